#include "whatif/branch.h"

#include <algorithm>
#include <array>
#include "sim/change_apply.h"
#include "sim/checks.h"
#include "whatif/compare.h"
#include "whatif/whatif_messages.h"

namespace cl::whatif {

namespace {

using M = WhatIfMsg;

constexpr std::array<std::string_view, static_cast<std::size_t>(Aspect::Count)> kAspectIds = {
    "cookie", "set-cookie", "status", "user", "page", "jar", "sessions"};

std::string names_of(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "-" : out;
}

// The first timeline entry of lesson step `step` (from 1) or later: the end of the
// entries before it.
std::size_t first_entry_of(const sim::Timeline& t, int step) {
  std::size_t i = 0;
  while (i < t.size() && t.step(i).scenario_step < step - 1) ++i;
  return i;
}

// Why a fork cannot be made, or an empty message.
Message fork_problem(const sim::World& original, const WhatIf& w, const sim::Snapshot& before) {
  const scenario::Scenario& sc = original.scenario();
  const int count = static_cast<int>(sc.steps.size());
  if (w.at < 1 || w.at > count) return message(M::BadStep, {std::to_string(w.at), std::to_string(count)});
  if (w.changes.empty()) return message(M::NoChange);
  if (original.next_scenario_step() < static_cast<std::size_t>(w.at - 1))
    return message(M::NotRun, {std::to_string(w.at)});
  std::vector<std::string> browsers, servers;
  for (const auto& b : sc.browsers) browsers.push_back(b.name);
  for (const auto& s : sc.servers) servers.push_back(s.name);
  const std::string& step_browser = sc.steps[static_cast<std::size_t>(w.at - 1)].browser;
  for (const Change& c : w.changes) {
    using K = Change::Kind;
    if (c.kind == K::Server) {
      const int srv = original.server_for_change(c.server);
      if (srv < 0) return message(M::NoServer, {c.server, names_of(servers)});
      if (c.csrf && *c.csrf && !original.server(srv).has_csrf_check())
        return message(M::NoCsrf, {original.server(srv).spec().name});
      continue;
    }
    if (c.kind == K::Wait) continue;
    const std::string name = c.browser.empty() ? step_browser : c.browser;
    const int b = original.browser_index(name);
    if (b < 0) return message(M::NoBrowser, {name, names_of(browsers)});
    if (c.kind == K::Cookie || c.kind == K::DeleteCookie) {
      const sim::BrowserState& state = *before.browsers[static_cast<std::size_t>(b)];
      if (!sim::jar_has(state, c)) {
        std::vector<std::string> held;
        for (const cookie::Cookie& k : state.jar.all())
          if (std::find(held.begin(), held.end(), k.name) == held.end()) held.push_back(k.name);
        return message(M::NoCookie, {std::to_string(w.at), name, c.name, names_of(held)});
      }
    }
  }
  return {};
}

}  // namespace

std::string_view aspect_id(Aspect a) {
  const auto i = static_cast<std::size_t>(a);
  return i < kAspectIds.size() ? kAspectIds[i] : std::string_view{};
}

Bilingual aspect_label(Aspect a) {
  switch (a) {
    case Aspect::CookieHeader: return {"Cookie header", "Cookie 헤더"};
    case Aspect::SetCookie: return {"Set-Cookie", "Set-Cookie"};
    case Aspect::Status: return {"status", "상태 코드"};
    case Aspect::User: return {"who the server recognises", "서버가 알아본 사용자"};
    case Aspect::Page: return {"page", "페이지"};
    case Aspect::Jar: return {"cookie jar", "쿠키 저장소"};
    case Aspect::Sessions: return {"session table", "세션 테이블"};
    case Aspect::Count: break;
  }
  return {};
}

const Difference* StepDiff::find(Aspect a) const {
  for (const Difference& d : differences)
    if (d.aspect == a) return &d;
  return nullptr;
}

bool StepDiff::differs() const {
  return std::any_of(differences.begin(), differences.end(), [](const Difference& d) { return !d.carried; });
}

Branch::~Branch() = default;

const StepDiff* Branch::step(int lesson_step) const {
  for (const StepDiff& s : steps_)
    if (s.step == lesson_step) return &s;
  return nullptr;
}

int Branch::lesson_step_of(std::size_t i) const { return i < lesson_step_.size() ? lesson_step_[i] : 0; }

std::optional<std::size_t> Branch::replaces(std::size_t i) const {
  return i < replaces_.size() ? replaces_[i] : std::nullopt;
}

std::size_t Branch::memory_estimate() const { return world_->timeline().memory_estimate(); }

scenario::Scenario branch_scenario(const scenario::Scenario& original, const WhatIf& w) {
  scenario::Scenario sc = original;
  sc.experiments.clear();
  const std::size_t at = static_cast<std::size_t>(std::clamp(w.at, 1, static_cast<int>(sc.steps.size())) - 1);
  scenario::Step change;
  change.action = scenario::Action::Change;
  change.browser = at < sc.steps.size()  ? sc.steps[at].browser
                   : sc.browsers.empty() ? std::string()
                                         : sc.browsers.front().name;
  change.changes = w.changes;
  for (const Change& c : w.changes) {
    const Bilingual what = sim::describe_change(c, change.browser);
    const Bilingual line{"What if: " + what.en + ".", "만약에: " + what.ko + "."};
    change.say.en += (change.say.en.empty() ? "" : " ") + line.en;
    change.say.ko += (change.say.ko.empty() ? "" : " ") + line.ko;
  }
  change.pos = at < sc.steps.size() ? sc.steps[at].pos : scenario::SourcePos{};
  sc.steps.insert(sc.steps.begin() + static_cast<std::ptrdiff_t>(at), std::move(change));
  return sc;
}

struct BranchBuilder {
  static ForkResult build(const sim::World& original, const WhatIf& w) {
    ForkResult out;
    const sim::Timeline& ot = original.timeline();
    const int count = static_cast<int>(original.scenario().steps.size());
    const std::size_t fork_index = w.at >= 1 && w.at <= count ? first_entry_of(ot, w.at) : 0;
    const sim::Snapshot before = fork_index == 0 ? ot.initial() : ot.snapshot(fork_index - 1);
    out.error = fork_problem(original, w, before);
    if (!out.error.empty()) return out;

    std::shared_ptr<Branch> b(new Branch);
    b->what_if_ = w;
    b->fork_index_ = fork_index;
    sim::WorldOptions options;  // in memory, every reason explained
    // The learner's language, as the original's: the sites answer a Korean browser in
    // Korean, and a branch in English would differ from a Korean run at its first page.
    options.lang = original.options().lang;
    b->world_ = std::make_unique<sim::World>(branch_scenario(original.scenario(), w), options, before,
                                             static_cast<std::size_t>(w.at - 1));
    b->world_->run_all();

    // The changes in words.
    const std::string& browser = b->world_->scenario().steps[static_cast<std::size_t>(w.at - 1)].browser;
    Bilingual what;
    for (const Change& c : w.changes) {
      const Bilingual one = sim::describe_change(c, browser);
      what.en += (what.en.empty() ? "" : "; ") + one.en;
      what.ko += (what.ko.empty() ? "" : "; ") + one.ko;
    }
    b->description_ = {message(M::AtStep, {std::to_string(w.at), what.en}).en(),
                       message(M::AtStep, {std::to_string(w.at), what.ko}).ko()};

    // Each branch entry's lesson step and the original entry it stands in for.
    const sim::Timeline& bt = b->world_->timeline();
    for (std::size_t i = 0; i < bt.size(); ++i) {
      const int ss = bt.step(i).scenario_step;  // the branch scenario's: `at - 1` is the change
      const int lesson = ss >= w.at ? ss : 0;   // branch scenario index k holds lesson step k (from 1)
      b->lesson_step_.push_back(lesson);
      std::optional<std::size_t> replaced;
      if (lesson > 0) {
        const std::size_t own_first = i - [&] {
          std::size_t n = 0;
          while (n < i && bt.step(i - n - 1).scenario_step == ss) ++n;
          return n;
        }();
        const std::size_t nth = i - own_first;
        const std::size_t of = first_entry_of(ot, lesson);
        if (of + nth < ot.size() && ot.step(of + nth).scenario_step == lesson - 1) replaced = of + nth;
      }
      b->replaces_.push_back(replaced);
    }

    compare_runs(original, *b->world_, w.at, b->steps_, b->parting_, b->outcomes_);
    out.branch = std::move(b);
    return out;
  }
};

ForkResult fork(const sim::World& original, const WhatIf& what_if) { return BranchBuilder::build(original, what_if); }

}  // namespace cl::whatif

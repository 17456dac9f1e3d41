#include "app/logic/what_if_bench.h"
#include <algorithm>
#include <filesystem>
#include "app/logic/ui_text.h"
#include "app/logic/sequence_layout.h"
#include "whatif/whatif_messages.h"

namespace cl::app {
namespace {

// The state after a step's entries [first, first + count) of a timeline.
sim::Snapshot after_entries(const sim::Timeline& t, std::size_t first, std::size_t count) {
  const std::size_t end = first + count;
  if (end == 0 || t.size() == 0) return t.initial();
  return t.snapshot(std::min(end, t.size()) - 1);
}

bool is_none(const std::string& text) {
  const std::string none_en = whatif::message(whatif::WhatIfMsg::NoneText).in(Lang::En);
  const std::string none_ko = whatif::message(whatif::WhatIfMsg::NoneText).in(Lang::Ko);
  return text.empty() || text == none_en || text == none_ko || text == "-";
}

// A step's arrows as the Sequence labels them; a local action as its note ("wait 20m").
std::vector<std::string> labels(const sim::Timeline& t, std::size_t first, std::size_t count, const Lanes& lanes,
                                TimeMs span, Lang lang) {
  std::vector<std::string> out;
  for (std::size_t i = first; i < first + count && i < t.size(); ++i) {
    const Arrow a = arrow_of(t.step(i), lanes, lang);
    out.push_back(a.has_exchange ? a.request_label + " → " + a.response_label
                                 : "(" + action_note(t.step(i).action, span, lang) + ")");
  }
  return out;
}

// Two cookies as the comparison of the runs sees them (whatif/compare.cpp): the times
// of creation and use left out, since a wait or a replay shifts them all.
bool same_cookie(const cookie::Cookie& a, const cookie::Cookie& b) {
  return a.value == b.value && a.persistent == b.persistent && (!a.persistent || a.expiry == b.expiry) &&
         a.host_only == b.host_only && a.secure == b.secure && a.http_only == b.http_only && a.same_site == b.same_site;
}

// The branch's jar against the original's: the branch's cookies in its order, then the
// original's the branch lacks.
std::vector<CookieRow> jar_rows(const std::vector<cookie::Cookie>& original,
                                const std::vector<cookie::Cookie>& branch) {
  auto find = [](const std::vector<cookie::Cookie>& in, const cookie::Cookie& c) {
    return std::find_if(in.begin(), in.end(), [&](const cookie::Cookie& x) {
      return x.name == c.name && x.domain == c.domain && x.path == c.path;
    });
  };
  std::vector<CookieRow> rows;
  for (const cookie::Cookie& c : branch) {
    CookieRow r;
    r.cookie = c;
    const auto o = find(original, c);
    r.change = o == original.end() ? Change::New : same_cookie(*o, c) ? Change::Same : Change::Changed;
    rows.push_back(std::move(r));
  }
  for (const cookie::Cookie& c : original)
    if (find(branch, c) == branch.end()) {
      CookieRow r;
      r.cookie = c;
      r.change = Change::Removed;
      rows.push_back(std::move(r));
    }
  return rows;
}

}  // namespace

Change mark_of(const whatif::Difference& d) {
  if (is_none(d.original.en) && !is_none(d.branch.en)) return Change::New;
  if (!is_none(d.original.en) && is_none(d.branch.en)) return Change::Removed;
  return Change::Changed;
}

RowColors diff_row_colors(Change mark, bool high_contrast) {
  SessionRowView v;
  v.change = mark;
  return session_row_colors(v, high_contrast);
}

StepCompare compare_step(const sim::World& original, const whatif::Branch& branch, int lesson_step, int browser) {
  StepCompare c;
  c.step = lesson_step;
  if (lesson_step < branch.what_if().at) {
    c.before_fork = true;
    return c;
  }
  const whatif::StepDiff* d = branch.step(lesson_step);
  if (!d) {
    c.past_end = true;
    return c;
  }
  for (const whatif::Difference& x : d->differences) c.rows.push_back({x.aspect, x.original, x.branch, mark_of(x)});
  const sim::Snapshot o = after_entries(original.timeline(), d->original_first, d->original_count);
  const sim::Snapshot b = after_entries(branch.world().timeline(), d->branch_first, d->branch_count);
  if (browser >= 0 && static_cast<std::size_t>(browser) < o.browsers.size() &&
      static_cast<std::size_t>(browser) < b.browsers.size())
    c.jar = jar_rows(o.browsers[static_cast<std::size_t>(browser)]->jar.all(),
                     b.browsers[static_cast<std::size_t>(browser)]->jar.all());
  for (std::size_t s = 0; s < o.servers.size() && s < b.servers.size(); ++s)
    c.sessions.push_back(session_rows(o.servers[s], b.servers[s], b.now));
  return c;
}

std::vector<LaneRow> side_by_side(const sim::World& original, const whatif::Branch& branch, Lang lang) {
  const Lanes lanes = lanes_of(original.scenario(), lang);
  std::vector<LaneRow> rows;
  const auto& steps = original.scenario().steps;
  for (const whatif::StepDiff& d : branch.steps()) {
    // A wait lasts as long in both runs: the lesson's step says how long.
    const TimeMs span = d.step >= 1 && static_cast<std::size_t>(d.step) <= steps.size() &&
                                steps[static_cast<std::size_t>(d.step - 1)].action == scenario::Action::Wait
                            ? steps[static_cast<std::size_t>(d.step - 1)].duration
                            : 0;
    rows.push_back({d.step, labels(original.timeline(), d.original_first, d.original_count, lanes, span, lang),
                    labels(branch.world().timeline(), d.branch_first, d.branch_count, lanes, span, lang), !d.same()});
  }
  return rows;
}

void WhatIfBench::follow(const sim::World* lesson) {
  if (lesson == lesson_) return;
  lesson_ = lesson;
  branches_.clear();
  selected_ = -1;
  experiments_.clear();
  if (lesson) experiments_.resize(lesson->scenario().experiments.size());
}

const whatif::Branch* WhatIfBench::shown() const {
  return selected_ >= 0 && static_cast<std::size_t>(selected_) < branches_.size()
             ? branches_[static_cast<std::size_t>(selected_)].get()
             : nullptr;
}

bool WhatIfBench::run(const sim::World& lesson, const whatif::WhatIf& what_if, Message* error) {
  follow(&lesson);
  for (std::size_t i = 0; i < branches_.size(); ++i)
    if (branches_[i]->what_if() == what_if) {
      selected_ = static_cast<int>(i);
      return true;
    }
  whatif::ForkResult r = whatif::fork(lesson, what_if);
  if (!r.ok()) {
    if (error) *error = r.error;
    return false;
  }
  branches_.push_back(std::move(r.branch));
  selected_ = static_cast<int>(branches_.size()) - 1;
  return true;
}

void WhatIfBench::select(int index) {
  selected_ = index >= 0 && static_cast<std::size_t>(index) < branches_.size() ? index : -1;
}

void WhatIfBench::remove(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= branches_.size()) return;
  branches_.erase(branches_.begin() + index);
  if (selected_ == index) selected_ = -1;
  else if (selected_ > index) --selected_;
}

const ExperimentState* WhatIfBench::experiment(std::size_t index) const {
  return index < experiments_.size() ? &experiments_[index] : nullptr;
}

void WhatIfBench::predict(std::size_t index, Prediction prediction) {
  // Once run, the answer stands: a prediction changed after seeing the result is no prediction.
  if (index < experiments_.size() && !experiments_[index].branch) experiments_[index].predicted = prediction;
}

bool WhatIfBench::run_experiment(const sim::World& lesson, std::size_t index, Message* error) {
  follow(&lesson);
  if (index >= experiments_.size() || !experiments_[index].predicted) return false;
  const scenario::Experiment& e = lesson.scenario().experiments[index];
  if (!run(lesson, whatif::WhatIf{e.at, e.changes}, error)) return false;
  experiments_[index].branch = branches_[static_cast<std::size_t>(selected_)];
  return true;
}

std::optional<ExperimentOutcome> WhatIfBench::outcome(std::size_t index) const {
  if (index >= experiments_.size() || !experiments_[index].branch || !experiments_[index].predicted)
    return std::nullopt;
  const ExperimentState& s = experiments_[index];
  ExperimentOutcome o;
  o.branch = s.branch.get();
  o.parts = !s.branch->parting().none();
  o.right = *s.predicted == (o.parts ? Prediction::Parts : Prediction::Same);
  return o;
}

SaveStatus WhatIfBench::save_shown(const sim::World& lesson, const std::string& path) const {
  SaveStatus s;
  const whatif::Branch* b = shown();
  if (!b || path.empty()) return s;
  std::error_code ec;
  const std::filesystem::path full = std::filesystem::absolute(path, ec);
  s.path = ec ? path : full.lexically_normal().string();
  s.ok = whatif::save_branch(lesson.scenario(), b->what_if(), path, &s.error);
  return s;
}

std::string suggested_save_path(const scenario::Scenario& lesson, std::size_t number) {
  const std::string name = "-what-if-" + std::to_string(number) + ".toml";
  if (lesson.path.empty() || lesson.path.front() == '<') return "lesson" + name;
  const std::filesystem::path p(lesson.path);
  return (p.parent_path() / (p.stem().string() + name)).string();
}

}  // namespace cl::app

// The window's what-if bench: the editor's form turned into a change, branches kept
// and switched between, the original untouched and one click away, the marks each
// step's comparison gets, and an experiment asked as a question (predict, then run).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include "app/logic/lesson.h"
#include "app/logic/row_colors.h"
#include "app/logic/what_if_bench.h"
#include "app/logic/what_if_form.h"
#include "scenario/load.h"
#include "temp_dir.h"

using namespace cl;
using namespace cl::app;

namespace {

const std::string kLessons = COOKIELAB_SOURCE_DIR "/scenarios/";

// Everything the window can show of a timeline, as text: each step's messages and
// checks, and each snapshot's jars and session rows.
std::string everything(const sim::World& w) {
  std::ostringstream out;
  const sim::Timeline& t = w.timeline();
  for (std::size_t i = 0; i < t.size(); ++i) {
    const sim::Step& step = t.step(i);
    out << "step " << step.scenario_step << " " << step.time << "\n";
    if (step.exchange) out << step.exchange->request_text() << step.exchange->response_text() << "\n";
    for (const sim::ExpectationResult& c : step.checks) out << c.what << c.passed << c.seen << "\n";
    const sim::Snapshot s = t.snapshot(i);
    for (const auto& b : s.browsers) {
      out << b->name << (b->open ? " open\n" : " closed\n");
      for (const cookie::Cookie& c : b->jar.all())
        out << "  " << c.name << "=" << c.value << " " << c.domain << c.path << c.http_only << c.secure << "\n";
    }
    for (const auto& table : s.servers)
      for (const auto& [key, row] : table) out << "  row " << row->key << " " << row->user << "\n";
  }
  return out.str();
}

whatif::WhatIf spec(const std::string& text) {
  const scenario::ParsedSpec p = scenario::parse_what_if_spec(text);
  INFO(text << ": " << p.error.message.en());
  REQUIRE(p.change);
  return {p.at, {*p.change}};
}

}  // namespace

TEST_CASE("the what-if form writes each kind of change in the change syntax", "[what_if]") {
  WhatIfForm f;
  f.cookie = "sessionid";
  f.browser = "alice";
  f.http_only = Keep3::Off;
  f.same_site = SameSiteChoice::Strict;
  CHECK(form_text(f) == "cookie:sessionid@alice:httponly=false,samesite=strict");
  f.set_value = true;
  f.value = "stolen";
  f.expires = LifeChoice::After;
  f.expires_after = "2h";
  CHECK(form_text(f) == "cookie:sessionid@alice:value=stolen,expires=2h,httponly=false,samesite=strict");
  REQUIRE(form_change(f).change);
  CHECK(form_change(f).change->http_only == false);
  f.kind = scenario::Change::Kind::DeleteCookie;
  CHECK(form_text(f) == "cookie:sessionid@alice:delete");
  CHECK(form_change(f).change->kind == scenario::Change::Kind::DeleteCookie);

  WhatIfForm s;
  s.kind = scenario::Change::Kind::Server;
  s.server = "shop";
  s.renew_key = Keep3::Off;
  s.cookie_secure = Keep3::On;
  s.max_age = LifeChoice::Session;
  s.csrf = Keep3::Off;
  CHECK(form_text(s) == "server:shop:secure=true,max-age=session,renew-key=false,csrf=false");
  REQUIRE(form_change(s).change);
  CHECK(form_change(s).change->renew_key == false);

  WhatIfForm b;
  b.kind = scenario::Change::Kind::Browser;
  b.policy = PolicyChoice::Chromium;
  b.block_third_party = Keep3::On;
  CHECK(form_text(b) == "browser:policy=chromium,third-party=block");
  b.browser = "bob";
  CHECK(form_text(b) == "browser:bob:policy=chromium,third-party=block");
  b.kind = scenario::Change::Kind::CloseReopen;
  CHECK(form_text(b) == "close:bob");
  b.kind = scenario::Change::Kind::Wait;
  b.wait = "3w";
  CHECK(form_change(b).change->duration == 21 * 24 * 3600 * 1000LL);

  // Nothing changed, or a duration the parser cannot read: the parser's own error.
  WhatIfForm nothing;
  nothing.cookie = "sessionid";
  CHECK_FALSE(form_change(nothing).change);
  CHECK_FALSE(form_change(nothing).error.message.empty());
  b.wait = "soon";
  CHECK_FALSE(form_change(b).change);
}

TEST_CASE("What if at a shown step forks after it, with that browser's cookies on offer", "[what_if]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  CHECK(lesson_step_at(w, 0) == 0);
  CHECK(fork_step_at(w, 0) == 1);
  // Step 2 is a login post and the redirect the browser followed: two entries.
  const std::size_t after2 = position_of_step(w, 2);
  CHECK(lesson_step_at(w, after2) == 2);
  CHECK(lesson_step_at(w, after2 - 1) == 2);
  CHECK(fork_step_at(w, after2) == 3);
  CHECK(fork_step_at(w, lesson.count()) == static_cast<int>(w.scenario().steps.size()));
  const WhatIfForm f = form_at(w, after2, 0);
  CHECK(f.at == 3);
  CHECK(f.browser == "alice");
  CHECK(f.server == w.scenario().servers.front().name);
  const std::vector<std::string> names = cookie_names_before(w, 3, "alice");
  CHECK(std::find(names.begin(), names.end(), "sessionid") != names.end());
  CHECK(std::find(names.begin(), names.end(), "csrftoken") != names.end());
  CHECK(cookie_names_before(w, 1, "alice").empty());
}

TEST_CASE("branches are kept and switched between, and the original stays as it was", "[what_if]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  lesson.go_to(4);
  const sim::World& w = *lesson.lesson_world();
  const std::string before = everything(w);
  const sim::Snapshot shown_before = lesson.after();
  WhatIfBench bench;
  bench.follow(&w);
  CHECK(bench.shown() == nullptr);
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  REQUIRE(bench.run(w, spec("7:browser:policy=rfc6265")));
  REQUIRE(bench.branches().size() == 2);
  CHECK(bench.selected() == 1);
  CHECK(bench.shown()->parting().none());
  // The same what-if again shows the branch made before, not a copy.
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  CHECK(bench.branches().size() == 2);
  CHECK(bench.selected() == 0);
  CHECK(bench.shown()->parting().step == 3);
  bench.select(1);
  CHECK(bench.shown() == bench.branches()[1].get());
  // Back to the original: one call, and the lesson shows what it showed.
  bench.back_to_original();
  CHECK(bench.shown() == nullptr);
  CHECK(everything(w) == before);
  CHECK(lesson.position() == 4);
  CHECK(lesson.after().browsers[0]->jar == shown_before.browsers[0]->jar);
  // A fork that cannot be made says why and adds nothing.
  Message error;
  CHECK_FALSE(bench.run(w, spec("3:cookie:nosuch:httponly=false"), &error));
  CHECK_FALSE(error.empty());
  CHECK(bench.branches().size() == 2);
  // Removing the shown branch goes back to the original; one before it moves the selection.
  bench.select(1);
  bench.remove(0);
  CHECK(bench.selected() == 0);
  CHECK(bench.shown()->parting().none());
  bench.remove(0);
  CHECK(bench.shown() == nullptr);
  CHECK(bench.branches().empty());
  // Another lesson drops the old one's branches.
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  Lesson other;
  REQUIRE(other.open_default());
  bench.follow(other.lesson_world());
  CHECK(bench.branches().empty());
  CHECK(bench.selected() == -1);
}

TEST_CASE("each step of a branch is compared with its marks", "[what_if]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  const whatif::Branch& b = *bench.shown();
  // Before the fork both runs are one.
  const StepCompare two = compare_step(w, b, 2, 0);
  CHECK(two.before_fork);
  CHECK(two.same());
  // Step 3: the script's line now replaces sessionid: the Set-Cookie row and the jar's row are marked changed.
  const StepCompare three = compare_step(w, b, 3, 0);
  CHECK_FALSE(three.before_fork);
  REQUIRE_FALSE(three.same());
  CHECK(three.rows.front().aspect == whatif::Aspect::SetCookie);
  CHECK(three.rows.front().mark == Change::Changed);
  bool sessionid_changed = false;
  for (const CookieRow& r : three.jar)
    if (r.cookie.name == "sessionid") sessionid_changed = r.change == Change::Changed;
  CHECK(sessionid_changed);
  for (const CookieRow& r : three.jar)
    if (r.cookie.name == "csrftoken") CHECK(r.change == Change::Same);
  CHECK(three.sessions.size() == w.scenario().servers.size());
  // Step 5's script cookie is the same in both runs (its times of creation and use aside):
  // only sessionid is marked.
  const StepCompare five = compare_step(w, b, 5, 0);
  int marked = 0, seen_script_cookie = 0;
  for (const CookieRow& r : five.jar) {
    if (r.change != Change::Same) ++marked;
    if (r.cookie.name == "recently_viewed") ++seen_script_cookie;
  }
  CHECK(seen_script_cookie == 1);
  CHECK(marked == 1);
  // Past the lesson's end there is nothing to compare.
  CHECK(compare_step(w, b, 99, 0).past_end);
  // A change that makes no difference: every step the same, nothing marked.
  REQUIRE(bench.run(w, spec("7:browser:policy=rfc6265")));
  for (int s = 7; s <= static_cast<int>(w.scenario().steps.size()); ++s) {
    const StepCompare c = compare_step(w, *bench.shown(), s, 0);
    CHECK(c.same());
    for (const CookieRow& r : c.jar) CHECK(r.change == Change::Same);
  }
  // The side-by-side lanes: one row per step from the fork, marked where they differ.
  const std::vector<LaneRow> lanes = side_by_side(w, b, Lang::En);
  REQUIRE(lanes.size() == w.scenario().steps.size() - 2);
  CHECK(lanes.front().step == 3);
  CHECK(lanes.front().differs);
  CHECK_FALSE(lanes.front().original.empty());
  CHECK(lanes.front().original.size() == lanes.front().branch.size());
}

TEST_CASE("a difference is marked new, removed or changed as the jar marks its rows", "[what_if]") {
  CHECK(mark_of({whatif::Aspect::CookieHeader, {"(none)", "(없음)"}, {"sessionid=abc", "sessionid=abc"}}) ==
        Change::New);
  CHECK(mark_of({whatif::Aspect::CookieHeader, {"sessionid=abc", "sessionid=abc"}, {"(none)", "(없음)"}}) ==
        Change::Removed);
  CHECK(mark_of({whatif::Aspect::CookieHeader, {"(none)", "(없음)"}, {"a=1", "a=1"}}) == Change::New);
  CHECK(mark_of({whatif::Aspect::Status, {"200", "200"}, {"302", "302"}}) == Change::Changed);
  CHECK(mark_of({whatif::Aspect::User, {"alice", "alice"}, {"-", "-"}}) == Change::Removed);
  // The rows take the session table's colours: readable in both themes.
  for (const bool hc : {false, true})
    for (const Change m : {Change::New, Change::Changed, Change::Removed}) {
      const RowColors c = diff_row_colors(m, hc);
      const Rgba bg = over(c.background, table_background(hc));
      CHECK(c.background.a > 0);
      CHECK(contrast_ratio(c.text, bg) >= kMinTextContrast);
      CHECK(contrast_ratio(c.state, bg) >= kMinTextContrast);
    }
}

TEST_CASE("an experiment is a question: predict, then run it", "[what_if]") {
  scenario::LoadResult r = scenario::load_scenario_file(kLessons + "09b-httponly-and-secure.toml");
  REQUIRE(r.scenario);
  scenario::Scenario sc = *r.scenario;
  sc.experiments.clear();
  scenario::Experiment parts;
  parts.at = 3;
  parts.changes = spec("3:cookie:sessionid:httponly=false").changes;
  parts.prompt = {"What if sessionid were not HttpOnly?", "sessionid가 HttpOnly가 아니라면?"};
  scenario::Experiment same;
  same.at = 7;
  same.changes = spec("7:browser:policy=rfc6265").changes;
  sc.experiments = {parts, same};
  Lesson lesson;
  lesson.open_scenario(sc);
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  bench.follow(&w);
  REQUIRE(bench.experiment(0));
  CHECK_FALSE(bench.experiment(0)->predicted);
  CHECK(bench.experiment(2) == nullptr);
  // No run before a prediction: the question comes first.
  CHECK_FALSE(bench.run_experiment(w, 0));
  CHECK(bench.branches().empty());
  CHECK_FALSE(bench.outcome(0));
  bench.predict(0, Prediction::Parts);
  REQUIRE(bench.run_experiment(w, 0));
  REQUIRE(bench.outcome(0));
  CHECK(bench.outcome(0)->parts);
  CHECK(bench.outcome(0)->right);
  CHECK(bench.shown() == bench.outcome(0)->branch);
  // Once run, the prediction stands.
  bench.predict(0, Prediction::Same);
  CHECK(*bench.experiment(0)->predicted == Prediction::Parts);
  // A wrong prediction is told as wrong.
  bench.predict(1, Prediction::Parts);
  REQUIRE(bench.run_experiment(w, 1));
  CHECK_FALSE(bench.outcome(1)->parts);
  CHECK_FALSE(bench.outcome(1)->right);
  CHECK(bench.branches().size() == 2);
}

TEST_CASE("a branch is saved as a scenario file where the learner said", "[what_if]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  CHECK(suggested_save_path(w.scenario(), 1) == kLessons + "09b-httponly-and-secure-what-if-1.toml");
  scenario::Scenario builtin;
  builtin.path = "<built-in>";
  CHECK(suggested_save_path(builtin, 2) == "lesson-what-if-2.toml");
  WhatIfBench bench;
  CHECK_FALSE(bench.save_shown(w, "x.toml").ok);  // the original is no branch
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  cl::test::TempDir dir("what-if-save");
  const std::string path = (dir.dir / "branch.toml").string();
  const SaveStatus s = bench.save_shown(w, path);
  CHECK(s.ok);
  CHECK(s.path == path);
  scenario::LoadResult back = scenario::load_scenario_file(path);
  CHECK(back.scenario);
  const SaveStatus bad = bench.save_shown(w, (dir.dir / "no" / "such" / "x.toml").string());
  CHECK_FALSE(bad.ok);
  CHECK_FALSE(bad.error.empty());
}

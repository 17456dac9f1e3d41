// The learner's own path: their actions never cut the lesson short, Undo and Back to
// the lesson bring back exactly what was there; and the editing helps that go with
// it (Reload for every lesson, a broken file watched, recent files as absolute paths).
#include <catch2/catch.hpp>
#include <unistd.h>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include "app/logic/actions.h"
#include "app/logic/file_watch.h"
#include "app/logic/lesson.h"
#include "scenario/change.h"
#include "temp_dir.h"

using namespace cl;
using namespace cl::app;
namespace fs = std::filesystem;

namespace {

// Everything a snapshot holds, compared value by value (the pointers may differ).
bool same_state(const sim::Snapshot& a, const sim::Snapshot& b) {
  if (a.now != b.now || std::memcmp(a.ids.s, b.ids.s, sizeof a.ids.s) != 0) return false;
  if (a.browsers.size() != b.browsers.size() || a.servers.size() != b.servers.size()) return false;
  for (std::size_t i = 0; i < a.browsers.size(); ++i) {
    const sim::BrowserState& x = *a.browsers[i];
    const sim::BrowserState& y = *b.browsers[i];
    if (x.name != y.name || !(x.jar == y.jar) || x.open != y.open || x.status != y.status) return false;
    if ((x.location ? x.location->to_string() : "") != (y.location ? y.location->to_string() : "")) return false;
  }
  for (std::size_t i = 0; i < a.servers.size(); ++i) {
    if (a.servers[i].size() != b.servers[i].size()) return false;
    auto x = a.servers[i].begin();
    for (auto y = b.servers[i].begin(); y != b.servers[i].end(); ++x, ++y)
      if (x->first != y->first || !(*x->second == *y->second)) return false;
  }
  return true;
}

// A step as it was exchanged: its action, browser, the bytes both ways.
std::string step_text(const sim::Step& s) {
  std::string t = std::to_string(static_cast<int>(s.action)) + " " + std::to_string(s.browser) + " " +
                  std::to_string(s.scenario_step) + "\n";
  if (s.exchange) t += s.exchange->request_text() + s.exchange->response_text();
  return t;
}

// Every step and every snapshot of a World's timeline.
struct Recorded {
  std::vector<std::string> steps;
  std::vector<sim::Snapshot> states;  // initial, then after each step
};
Recorded record(const sim::World& w) {
  Recorded r;
  const sim::Timeline& t = w.timeline();
  r.states.push_back(t.initial());
  for (std::size_t i = 0; i < t.size(); ++i) {
    r.steps.push_back(step_text(t.step(i)));
    r.states.push_back(t.snapshot(i));
  }
  return r;
}
void check_same(const Recorded& a, const Recorded& b) {
  REQUIRE(a.steps.size() == b.steps.size());
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    INFO("step " << i + 1);
    CHECK(a.steps[i] == b.steps[i]);
  }
  for (std::size_t i = 0; i < a.states.size(); ++i) {
    INFO("snapshot " << i);
    CHECK(same_state(a.states[i], b.states[i]));
  }
}

std::string first_browser(const Lesson& lesson) { return lesson.after().browsers.at(0)->name; }

// A `change` step the learner takes (the what-if vocabulary, scenario/change.h).
scenario::Step change_step(const char* text) {
  scenario::Step st;
  st.action = scenario::Action::Change;
  const scenario::ParsedChange p = scenario::parse_change(text);
  REQUIRE(p.change);
  st.changes.push_back(*p.change);
  return st;
}

}  // namespace

TEST_CASE("a click at a step keeps the lesson: the action goes onto the learner's own path", "[own-path]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  const std::size_t steps = lesson.count();
  REQUIRE(steps >= 10);
  const Recorded lesson_before = record(*lesson.lesson_world());
  lesson.go_to(9);
  const std::string name = first_browser(lesson);
  lesson.perform(browser_step(name, scenario::Action::Close));

  CHECK(lesson.on_own_path());
  CHECK(lesson.own_path_fork() == 9);
  CHECK(lesson.own_path_actions() == 1);
  CHECK(lesson.position() == 10);
  CHECK(lesson.count() == 10);
  REQUIRE(lesson.step() != nullptr);
  CHECK(lesson.step()->action == scenario::Action::Close);
  CHECK_FALSE(lesson.after().browsers.at(0)->open);
  // The lesson's own timeline is all there, untouched.
  CHECK(lesson.lesson_world()->timeline().size() == steps);
  check_same(lesson_before, record(*lesson.lesson_world()));

  SECTION("Back to the lesson: exactly the step and state that were left") {
    lesson.perform(visit_step(name, "shop.example/"));
    lesson.back_to_lesson();
    CHECK_FALSE(lesson.on_own_path());
    CHECK(lesson.world() == lesson.lesson_world());
    CHECK(lesson.position() == 9);
    CHECK(lesson.count() == steps);
    check_same(lesson_before, record(*lesson.world()));
    // (The state after step 9, or before it while its question waits.)
    CHECK(same_state(lesson.after(), lesson_before.states[lesson.outcome_hidden() ? 8 : 9]));
  }
  SECTION("Undo takes back the last action; the first one taken back leaves the path") {
    lesson.perform(browser_step(name, scenario::Action::Reopen));
    lesson.perform(visit_step(name, "http://shop.example/"));
    CHECK(lesson.own_path_actions() == 3);
    const std::size_t with_three = lesson.count();
    lesson.undo();
    CHECK(lesson.on_own_path());
    CHECK(lesson.own_path_actions() == 2);
    CHECK(lesson.count() < with_three);
    CHECK(lesson.position() == lesson.count());
    CHECK(lesson.step()->action == scenario::Action::Reopen);
    CHECK(lesson.after().browsers.at(0)->open);
    lesson.undo();
    CHECK(lesson.step()->action == scenario::Action::Close);
    lesson.undo();
    CHECK_FALSE(lesson.on_own_path());
    CHECK(lesson.position() == 9);
    CHECK(lesson.count() == steps);
    check_same(lesson_before, record(*lesson.world()));
  }
  SECTION("the stepping keys move within the own path, whose first steps are the lesson's") {
    lesson.back();
    CHECK(lesson.on_own_path());
    CHECK(lesson.position() == 9);
    CHECK(step_text(*lesson.step()) == lesson_before.steps[8]);
    CHECK(same_state(lesson.after(), lesson_before.states[lesson.outcome_hidden() ? 8 : 9]));
    lesson.first();
    CHECK(lesson.on_own_path());
    lesson.last();
    CHECK(lesson.position() == 10);
    CHECK(lesson.step()->action == scenario::Action::Close);
  }
  SECTION("an action further back on the own path moves the fork; the lesson stays whole") {
    lesson.go_to(3);
    lesson.perform(browser_step(name, scenario::Action::ClearCookies));
    CHECK(lesson.own_path_fork() == 3);
    CHECK(lesson.own_path_actions() == 1);
    CHECK(lesson.count() == 4);
    check_same(lesson_before, record(*lesson.lesson_world()));
    lesson.back_to_lesson();
    CHECK(lesson.position() == 3);
    check_same(lesson_before, record(*lesson.world()));
  }
  SECTION("every change of path is a new timeline for the panels' caches") {
    const auto g = lesson.generation();
    lesson.undo();
    CHECK(lesson.generation() != g);
  }
}

TEST_CASE("the own path forks from any step with the lesson's exact state", "[own-path]") {
  // Every step of two lessons, redirects followed by the browser included (a fork can
  // fall between a post and its redirect): the path's steps up to the fork are the
  // lesson's, byte for byte, and its state there is the lesson's.
  for (const char* file : {"", COOKIELAB_SOURCE_DIR "/scenarios/06-django-sessions.toml"}) {
    Lesson lesson;
    REQUIRE((*file ? lesson.open_file(file) : lesson.open_default()));
    const Recorded whole = record(*lesson.lesson_world());
    for (std::size_t p = 0; p <= lesson.count(); ++p) {
      INFO(file << " at " << p);
      lesson.go_to(p);
      lesson.perform(browser_step(first_browser(lesson), scenario::Action::ClearCookies));
      REQUIRE(lesson.on_own_path());
      REQUIRE(lesson.own_path_fork() == p);
      const Recorded path = record(*lesson.world());
      REQUIRE(path.steps.size() >= p);
      for (std::size_t i = 0; i < p; ++i) CHECK(path.steps[i] == whole.steps[i]);
      for (std::size_t i = 0; i <= p; ++i) CHECK(same_state(path.states[i], whole.states[i]));
      lesson.back_to_lesson();
      CHECK(lesson.position() == p);
    }
    check_same(whole, record(*lesson.world()));
  }
}

TEST_CASE("the own path keeps its earlier changes through a later action and Undo", "[own-path]") {
  // A server's what-if settings are not state the timeline keeps: every rewind makes
  // them again from the change steps left on the timeline, the learner's own included.
  // The browser's policy and the clock are in the snapshot and come back with it.
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/06-django-sessions.toml"));
  lesson.go_to(2);
  const int django = lesson.world()->server_for_change("django");
  REQUIRE(django >= 0);
  const auto overrides = [&] { return lesson.world()->server(django).overrides(); };
  const cookie::Policy policy = lesson.world()->browser(0).jar.policy();
  const cookie::Policy other = policy == cookie::Policy::Chromium ? cookie::Policy::Rfc6265 : cookie::Policy::Chromium;
  const std::string other_name(cookie::policy_name(other));

  lesson.perform(change_step("server:django:renew-key=off"));
  REQUIRE(lesson.on_own_path());
  CHECK(overrides().renew_key == std::optional<bool>(false));
  lesson.perform(change_step("server:django:csrf=off"));
  CHECK(overrides().renew_key == std::optional<bool>(false));
  CHECK(overrides().csrf == std::optional<bool>(false));
  lesson.perform(change_step(("browser:policy=" + other_name).c_str()));
  const TimeMs before_wait = lesson.world()->now();
  lesson.perform(change_step("wait:1h"));
  CHECK(lesson.world()->now() == before_wait + 3600 * 1000);
  CHECK(lesson.world()->browser(0).jar.policy() == other);
  REQUIRE(lesson.own_path_actions() == 4);

  lesson.undo();  // the wait
  CHECK(lesson.world()->now() == before_wait);
  CHECK(lesson.world()->browser(0).jar.policy() == other);
  CHECK(overrides().renew_key == std::optional<bool>(false));
  CHECK(overrides().csrf == std::optional<bool>(false));
  lesson.undo();  // the policy
  CHECK(lesson.world()->browser(0).jar.policy() == policy);
  CHECK(overrides().renew_key == std::optional<bool>(false));
  CHECK(overrides().csrf == std::optional<bool>(false));
  lesson.undo();  // csrf=off: gone, renew-key=off stays
  CHECK(overrides().renew_key == std::optional<bool>(false));
  CHECK_FALSE(overrides().csrf);
  lesson.undo();  // the last one: back to the lesson, as it was
  CHECK_FALSE(lesson.on_own_path());
  CHECK_FALSE(overrides().any());
}

TEST_CASE("answers and the score belong to the lesson, on the own path too", "[own-path]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  std::size_t asked = 0;
  for (std::size_t p = 1; p <= lesson.count() && !asked; ++p)
    if (lesson.unanswered(p)) asked = p;
  REQUIRE(asked > 0);
  lesson.go_to(asked);
  lesson.answer(lesson.question()->answer);
  const QuizScore before = lesson.score();
  CHECK(before.correct == 1);
  lesson.perform(browser_step(first_browser(lesson), scenario::Action::Close));
  CHECK(lesson.score().correct == before.correct);
  CHECK(lesson.score().questions == before.questions);
  lesson.back_to_lesson();
  CHECK(lesson.answer_of(asked) == std::optional<int>(lesson.question()->answer));
  CHECK(lesson.score().correct == before.correct);
}

TEST_CASE("File > Reload reads every lesson again, the built-in one included", "[reload]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  lesson.go_to(4);
  const auto g = lesson.generation();
  CHECK(lesson.reload());
  CHECK(lesson.generation() != g);  // a fresh World
  CHECK(lesson.path().empty());
  CHECK(lesson.position() == 4);
  SECTION("from the own path: the lesson again, at the fork") {
    lesson.go_to(6);
    lesson.perform(browser_step(first_browser(lesson), scenario::Action::Close));
    CHECK(lesson.reload());
    CHECK_FALSE(lesson.on_own_path());
    CHECK(lesson.position() == 6);
  }
  SECTION("a lesson file") {
    cl::test::TempDir tmp("app-own-path");
    std::ifstream in(COOKIELAB_SOURCE_DIR "/scenarios/02-a-cookie.toml");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string path = tmp.write("l.toml", text);
    REQUIRE(lesson.open_file(path));
    lesson.go_to(2);
    CHECK(lesson.reload());
    CHECK(lesson.path() == path);
    CHECK(lesson.position() == 2);
  }
}

TEST_CASE("a file that could not be opened is watched and opens once it is fixed", "[reload]") {
  cl::test::TempDir tmp("app-own-path");
  std::ifstream in(COOKIELAB_SOURCE_DIR "/scenarios/02-a-cookie.toml");
  const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // As `cookielab broken.toml` does: the built-in lesson, then the file, which fails.
  Lesson lesson;
  REQUIRE(lesson.open_default());
  const std::string path = tmp.write("lesson.toml", "title = 3\n[[step]]\naction = \"fly\"\n");
  CHECK_FALSE(lesson.open_file(path));
  CHECK_FALSE(lesson.errors().empty());
  CHECK(lesson.path().empty());
  CHECK(lesson.watched_broken_file() == path);
  CHECK_FALSE(lesson.reload_if_changed());  // not re-read while unchanged
  SECTION("saved still broken: new errors, still watched") {
    tmp.write("lesson.toml", "title = 3\n[[step]]\naction = \"teleport\"\n");
    CHECK(lesson.reload_if_changed());
    CHECK_FALSE(lesson.errors().empty());
    CHECK(lesson.path().empty());
    CHECK(lesson.watched_broken_file() == path);
    CHECK_FALSE(lesson.reload_if_changed());
  }
  SECTION("fixed: it opens, the errors go, it is watched as the open lesson") {
    tmp.write("lesson.toml", good);
    CHECK(lesson.reload_if_changed());
    CHECK(lesson.errors().empty());
    CHECK(lesson.path() == path);
    CHECK(lesson.watched_broken_file().empty());
    CHECK(lesson.scenario()->title.en.find("cookie") != std::string::npos);
    CHECK_FALSE(lesson.reload_if_changed());
  }
  SECTION("File > Reload tries the broken file, not the lesson shown") {
    tmp.write("lesson.toml", good);
    CHECK(lesson.reload());
    CHECK(lesson.path() == path);
  }
  SECTION("another lesson opened: the broken file is no longer watched") {
    REQUIRE(lesson.open_file(tmp.write("other.toml", good)));
    CHECK(lesson.watched_broken_file().empty());
    tmp.write("lesson.toml", good);
    CHECK_FALSE(lesson.reload_if_changed());
    CHECK(lesson.path() == (tmp.dir / "other.toml").string());
  }
}

TEST_CASE("recent files are absolute paths; old relative entries that name nothing are dropped", "[recent]") {
  cl::test::TempDir tmp("app-own-path");
  fs::create_directories(tmp.dir / "course");
  tmp.write("course/a.toml", "x");
  const fs::path start = fs::current_path();
  fs::current_path(tmp.dir);
  const std::string absolute = absolute_path("course/../course/a.toml");
  CHECK(fs::path(absolute).is_absolute());
  CHECK(absolute == fs::canonical(tmp.dir / "course" / "a.toml").string());
  CHECK(absolute_path("not-yet.toml") == (fs::canonical(tmp.dir) / "not-yet.toml").string());
  // A list an older version wrote: relative paths, one naming a file from here.
  const std::string where = tmp.write("recent.txt", "course/a.toml\ngone/b.toml\n/nowhere/c.toml\n");
  const RecentFiles r = load_recent_files(where);
  fs::current_path(start);
  REQUIRE(r.paths.size() == 2);
  CHECK(r.paths[0] == absolute);           // resolved, still first
  CHECK(r.paths[1] == "/nowhere/c.toml");  // absolute: kept, shown as missing
  CHECK(stamp_of(r.paths[0]).exists);      // found from another folder
  CHECK_FALSE(stamp_of(r.paths[1]).exists);
}

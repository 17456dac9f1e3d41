#include <catch2/catch.hpp>
#include <algorithm>
#include <set>
#include <string>
#include "app/logic/lesson.h"
#include "app/logic/lesson_list.h"
#include "app/logic/server_view.h"

using namespace cl;
using namespace cl::app;

namespace {

// The rows the timeline says the panel should show at `position`.
std::vector<SessionRowView> timeline_rows(const Lesson& lesson, std::size_t server, std::size_t position) {
  const sim::Timeline& t = lesson.world()->timeline();
  const sim::Snapshot before = position >= 2 ? t.snapshot(position - 2) : t.initial();
  const sim::Snapshot after = position >= 1 ? t.snapshot(position - 1) : t.initial();
  return session_rows(before.servers[server], after.servers[server], after.now);
}

bool same_rows(const std::vector<SessionRowView>& a, const std::vector<SessionRowView>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!(a[i].row == b[i].row) || a[i].change != b[i].change || a[i].expired != b[i].expired) return false;
  return true;
}

void check_every_step(Lesson& lesson, const std::string& name) {
  for (std::size_t p = 0; p <= lesson.count(); ++p) {
    lesson.go_to(p);
    // Answered, so the step's outcome (and at the last step the live table) is shown.
    if (lesson.question()) lesson.answer(0);
    const ServerPanelView view = server_panel_view(lesson);
    INFO(name << " at step " << p << " of " << lesson.count());
    CHECK(view.live == (p == lesson.count() && p > 0));
    REQUIRE(view.servers.size() == lesson.scenario()->servers.size());
    for (std::size_t s = 0; s < view.servers.size(); ++s) {
      INFO("server " << s);
      CHECK(same_rows(view.servers[s].rows, timeline_rows(lesson, s, p)));
      std::set<std::string> keys;
      for (const auto& r : view.servers[s].rows) CHECK(keys.insert(r.row.key).second);  // no row twice
    }
  }
}

}  // namespace

TEST_CASE("the server panel shows the timeline's session table at every step", "[server_view]") {
  SECTION("the built-in lesson") {
    Lesson lesson;
    REQUIRE(lesson.open_default());
    check_every_step(lesson, "built-in");
  }
  SECTION("every lesson of the course") {
    const auto lessons = list_lessons(COOKIELAB_SOURCE_DIR "/scenarios");
    REQUIRE(lessons.size() >= 10);
    for (const auto& info : lessons) {
      Lesson lesson;
      REQUIRE(lesson.open_file(info.path));
      check_every_step(lesson, info.path);
    }
  }
}

TEST_CASE("the live table is keyed by each row's own key", "[server_view]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/09a-hijacking-and-fixation.toml"));
  const server::Server& srv = lesson.world()->server(0);
  const sim::SessionTable table = sim::session_table_of(srv);
  REQUIRE(table.size() == srv.sessions().size());
  REQUIRE_FALSE(table.empty());
  for (const auto& [key, row] : table) {
    REQUIRE(row);
    CHECK_FALSE(key.empty());
    CHECK(key == row->key);
  }
}

TEST_CASE("a waiting question hides the step's routes and rows", "[server_view]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/01-http-forgets.toml"));
  std::size_t p = 1;
  while (p <= lesson.count()) {
    lesson.go_to(p);
    if (lesson.question()) break;
    ++p;
  }
  REQUIRE(lesson.question());
  const ServerPanelView hidden = server_panel_view(lesson);
  CHECK_FALSE(hidden.live);
  lesson.go_to(p - 1);
  const ServerPanelView previous = server_panel_view(lesson);
  for (std::size_t s = 0; s < hidden.servers.size(); ++s) CHECK(hidden.servers[s].routes == previous.servers[s].routes);
}

TEST_CASE("the session row the server found is marked at its lookup step", "[server_view]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/04-sessions.toml"));
  SECTION("lesson 04, step 5: the profile request finds alice's row") {
    lesson.go_to(5);
    if (lesson.question()) lesson.answer(0);
    const ServerPanelView view = server_panel_view(lesson);
    REQUIRE(view.servers.size() == 1);
    int found = 0;
    for (const SessionRowView& v : view.servers[0].rows) {
      if (!v.found) continue;
      ++found;
      CHECK(v.row.user == "alice");
      CHECK(lesson.step()->exchange->cookie_header().find(v.row.key) != std::string::npos);
      CHECK(v.found_why.en.find("found session") != std::string::npos);
      CHECK(v.found_why.ko.find("찾았습니다") != std::string::npos);
      CHECK(row_state_label(v, Lang::En) == "found");
      CHECK(row_state_label(v, Lang::Ko) == "찾음");
    }
    CHECK(found == 1);
  }
  SECTION("in every lesson, a row is found exactly at the steps whose server says so") {
    for (const LessonInfo& info : list_lessons(COOKIELAB_SOURCE_DIR "/scenarios")) {
      Lesson l;
      REQUIRE(l.open_file(info.path));
      for (std::size_t p = 1; p <= l.count(); ++p) {
        l.go_to(p);
        if (l.question()) l.answer(0);
        const sim::Step* step = l.step();
        const bool said = step->exchange && std::find(step->exchange->events->begin(), step->exchange->events->end(),
                                                      "session-found") != step->exchange->events->end();
        const ServerPanelView view = server_panel_view(l);
        int found = 0;
        for (std::size_t s = 0; s < view.servers.size(); ++s)
          for (const SessionRowView& v : view.servers[s].rows) {
            found += v.found;
            if (v.found) CHECK(static_cast<int>(s) == step->exchange->server);
          }
        INFO(info.path << " step " << p);
        CHECK(found == (said ? 1 : 0));
      }
    }
  }
}

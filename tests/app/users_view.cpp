// The users table beside a Django server's session table: the row the step's session
// points at by _auth_user_id is marked, an old _auth_user_hash says so, and the
// colours read in both themes.
#include <catch2/catch.hpp>
#include <algorithm>
#include "app/logic/lesson.h"
#include "app/logic/row_colors.h"
#include "app/logic/server_view.h"

using namespace cl;
using namespace cl::app;

namespace {

// The shown step's users view of `server` at the timeline entry whose request is `method url`
// (the first of them after `from`), answered so that its outcome shows.
ServerPanelView view_at(Lesson& lesson, std::string_view method, std::string_view url, std::size_t& from) {
  const auto& steps = lesson.world()->timeline().steps();
  for (std::size_t i = from; i < steps.size(); ++i) {
    const auto& x = steps[i].exchange;
    if (!x || x->method != method || x->url->to_string() != url) continue;
    from = i + 1;
    lesson.go_to(i + 1);
    if (lesson.question()) lesson.answer(0);
    return server_panel_view(lesson);
  }
  FAIL("no step " << method << " " << url);
  return {};
}

const UserRowView& row(const ServerPanelView& v, std::size_t server, long long id) {
  const auto& rows = v.servers[server].users.rows;
  const auto it = std::find_if(rows.begin(), rows.end(), [&](const UserRowView& r) { return r.row.id == id; });
  REQUIRE(it != rows.end());
  return *it;
}

}  // namespace

TEST_CASE("users view: the row a session names is marked, and an old hash is told", "[users_view]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/11-django-auth.toml"));
  std::size_t at = 0;
  // Before anyone logs in: the users table is there, nothing links to it.
  ServerPanelView v = view_at(lesson, "GET", "http://shop.example/accounts/login/", at);
  REQUIRE(v.servers.size() == 2);
  REQUIRE(v.servers[0].has_users);
  CHECK(v.servers[0].users.table == "auth_user");
  CHECK(v.servers[1].users.table == "accounts_user");
  REQUIRE(v.servers[0].users.rows.size() == 2);
  CHECK(!row(v, 0, 1).linked);
  CHECK(!row(v, 0, 1).row.last_login);
  CHECK(user_link_label(row(v, 0, 1), Lang::En).empty());

  // The login: a new session row naming user 1, whose last_login the step wrote.
  v = view_at(lesson, "POST", "http://shop.example/accounts/login/", at);
  CHECK(row(v, 0, 1).linked);
  CHECK(row(v, 0, 1).changed);
  CHECK(!row(v, 0, 1).old_hash);
  CHECK(!row(v, 0, 2).linked);
  CHECK(user_link_label(row(v, 0, 1), Lang::En) == "\u2190");
  CHECK(user_link_why(row(v, 0, 1)).en.find("_auth_user_id \"1\" is its id") != std::string::npos);

  // The profile: the found row links to alice, who did not change.
  v = view_at(lesson, "GET", "http://shop.example/accounts/profile/", at);
  CHECK(row(v, 0, 1).linked);
  CHECK(!row(v, 0, 1).changed);
  REQUIRE(row(v, 0, 1).linked_keys.size() == 1);

  // The password change on the phone: the row changed, the new session carries the new hash.
  v = view_at(lesson, "POST", "http://shop.example/accounts/password_change/", at);
  CHECK(row(v, 0, 1).changed);
  CHECK(row(v, 0, 1).linked);
  CHECK(!row(v, 0, 1).old_hash);

  // The laptop comes back with the old hash: its row is deleted, and the link says why.
  v = view_at(lesson, "GET", "http://shop.example/accounts/profile/", at);
  CHECK(row(v, 0, 1).linked);
  CHECK(row(v, 0, 1).old_hash);
  CHECK(user_link_label(row(v, 0, 1), Lang::Ko) == "\u2190 이전 해시");
  CHECK(user_link_why(row(v, 0, 1)).en.find("older password") != std::string::npos);

  // The blog: accounts_user, the same link.
  v = view_at(lesson, "POST", "http://blog.example/accounts/login/", at);
  CHECK(row(v, 1, 1).linked);
  CHECK(!row(v, 1, 1).old_hash);
}

TEST_CASE("users view: only Django servers show a users table", "[users_view]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/09a-hijacking-and-fixation.toml"));
  lesson.last();
  if (lesson.question()) lesson.answer(0);
  const ServerPanelView v = server_panel_view(lesson);
  for (std::size_t s = 0; s < v.servers.size(); ++s)
    CHECK(v.servers[s].has_users == (lesson.scenario()->servers[s].profile == server::Profile::Django));
}

TEST_CASE("every users row's text reads on its background, in both themes", "[users_view][row_colors]") {
  for (const bool high_contrast : {false, true})
    for (const bool linked : {false, true})
      for (const bool changed : {false, true})
        for (const bool old_hash : {false, true}) {
          const RowColors c = user_row_colors(linked, changed, old_hash, high_contrast);
          const Rgba table = table_background(high_contrast);
          const Rgba backgrounds[] = {over(c.background, table), over(c.background, over({1, 1, 1, 0.06f}, table))};
          for (const Rgba& bg : backgrounds) {
            INFO((high_contrast ? "high contrast" : "normal")
                 << (linked ? ", linked" : "") << (changed ? ", changed" : "") << (old_hash ? ", old hash" : ""));
            CHECK(contrast_ratio(c.text, bg) >= kMinTextContrast);
            CHECK(contrast_ratio(c.state, bg) >= kMinTextContrast);
          }
        }
}

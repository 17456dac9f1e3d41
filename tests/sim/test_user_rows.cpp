// The users table on the timeline: each step's rows (a login's last_login, a password
// change), shared across keyframes, restored on rewind, and the link a session row
// makes into it (_auth_user_id, _auth_user_hash).
#include <catch2/catch.hpp>
#include "sim/world.h"

using namespace cl;

namespace {

scenario::Step step(scenario::Action a, std::string browser, std::string url = "", http::FormFields fields = {}) {
  scenario::Step s;
  s.action = a;
  s.browser = std::move(browser);
  s.url = std::move(url);
  s.fields = std::move(fields);
  return s;
}

// Alice logs in on her laptop and her phone, changes her password on the phone, and
// the laptop comes back.
scenario::Scenario password_change_scenario(std::string user_model = "") {
  scenario::Scenario sc;
  sc.path = "<test>";
  sc.title = {"Auth", "인증"};
  sc.start = *parse_iso8601("2026-03-09T09:00:00Z");
  sc.seed = 11;
  server::ServerSpec shop;
  shop.name = "shop";
  shop.hosts = {"shop.example"};
  shop.password_iterations = 1000;
  shop.user_model = std::move(user_model);
  shop.users = {{"alice", "wonderland", "", true}, {"bob", "builder", "", false}};
  sc.servers.push_back(shop);
  for (const char* name : {"laptop", "phone"}) {
    scenario::BrowserSpec b;
    b.name = name;
    sc.browsers.push_back(b);
  }
  for (const char* who : {"laptop", "phone"}) {
    sc.steps.push_back(step(scenario::Action::Visit, who, "http://shop.example/accounts/login/"));
    sc.steps.push_back(step(scenario::Action::Submit, who, "", {{"username", "alice"}, {"password", "wonderland"}}));
  }
  sc.steps.push_back(step(scenario::Action::Visit, "phone", "http://shop.example/accounts/password_change/"));
  sc.steps.push_back(step(scenario::Action::Submit, "phone", "",
                          {{"old_password", "wonderland"},
                           {"new_password1", "through-the-glass"},
                           {"new_password2", "through-the-glass"}}));
  scenario::Step back = step(scenario::Action::Visit, "laptop", "http://shop.example/accounts/profile/");
  back.follow_redirects = false;
  sc.steps.push_back(back);
  return sc;
}

const server::UserRow& alice(const sim::Snapshot& s) { return **s.users[0].find(1); }

// The timeline index of the last entry of scenario step i.
std::size_t after_step(const sim::World& w, int i) {
  std::size_t at = 0;
  for (const sim::Step& s : w.timeline().steps())
    if (s.scenario_step == i) at = s.index;
  return at;
}

}  // namespace

TEST_CASE("users: each step's users rows are on the timeline", "[users]") {
  sim::World w(password_change_scenario());
  w.run_all();
  const sim::Timeline& tl = w.timeline();
  const sim::Snapshot first = tl.initial();
  REQUIRE(first.users.size() == 1);
  REQUIRE(first.users[0].size() == 2);
  CHECK(!alice(first).last_login);
  CHECK(alice(first).date_joined == w.scenario().start);

  const sim::Snapshot laptop_in = tl.snapshot(after_step(w, 1));
  REQUIRE(alice(laptop_in).last_login);
  const sim::Snapshot phone_in = tl.snapshot(after_step(w, 3));
  CHECK(*alice(phone_in).last_login > *alice(laptop_in).last_login);
  CHECK(alice(phone_in).password == alice(first).password);
  CHECK((*phone_in.users[0].find(2))->last_login == std::nullopt);  // bob never logged in
  // An unchanged row is the same object from step to step.
  CHECK(phone_in.users[0].find(2)->get() == first.users[0].find(2)->get());

  const sim::Snapshot changed = tl.snapshot(after_step(w, 5));
  CHECK(alice(changed).password != alice(first).password);
  CHECK(alice(changed).session_auth_hash != alice(first).session_auth_hash);
  CHECK(alice(changed).last_login == alice(phone_in).last_login);  // a password change is no login
  // The newest step's rows are the database's.
  const sim::Snapshot last = tl.snapshot(tl.size() - 1);
  CHECK(alice(last) == w.server(0).users()[0]);
}

TEST_CASE("users: a session row names its users row, and an old hash shows", "[users]") {
  sim::World w(password_change_scenario());
  w.run_all();
  const sim::Timeline& tl = w.timeline();
  const sim::Snapshot both = tl.snapshot(after_step(w, 3));
  REQUIRE(both.servers[0].size() == 2);
  for (const auto& [key, row] : both.servers[0]) {
    const auto link = sim::session_user_link(*row);
    REQUIRE(link);
    CHECK(link->user_id == 1);
    CHECK(link->hash == alice(both).session_auth_hash);
  }
  // After the change on the phone: the laptop's row carries the old hash, the phone's the new.
  const sim::Snapshot changed = tl.snapshot(after_step(w, 5));
  REQUIRE(changed.servers[0].size() == 2);
  int old_hash = 0, new_hash = 0;
  for (const auto& [key, row] : changed.servers[0]) {
    const auto link = sim::session_user_link(*row);
    REQUIRE(link);
    if (link->hash == alice(changed).session_auth_hash) ++new_hash;
    else if (link->hash == alice(both).session_auth_hash) ++old_hash;
  }
  CHECK(old_hash == 1);
  CHECK(new_hash == 1);
  // The laptop's next request flushed its row.
  CHECK(tl.snapshot(tl.size() - 1).servers[0].size() == 1);

  server::SessionRow anonymous;
  anonymous.decoded = "{\"cart\":[\"apple\"]}";
  CHECK(!sim::session_user_link(anonymous));
  server::SessionRow php;
  php.decoded = "{\"user\":\"alice\"}";
  CHECK(!sim::session_user_link(php));
}

TEST_CASE("users: rewinding before a password change gives the old password back", "[users]") {
  sim::World w(password_change_scenario());
  w.run_all();
  const std::string changed_password = w.server(0).users()[0].password;
  const std::size_t keep = after_step(w, 4) + 1;  // up to the form, before the change
  const std::string original = alice(w.timeline().snapshot(keep - 1)).password;
  REQUIRE(changed_password != original);
  w.rewind(keep);
  CHECK(w.server(0).users()[0].password == original);
  CHECK(w.server(0).users()[0] == alice(w.timeline().snapshot(keep - 1)));
  // The laptop is logged in again as it was, and the same future comes back.
  w.run_all();
  CHECK(w.server(0).users()[0].password == changed_password);
  CHECK(w.timeline().step(w.timeline().size() - 1).exchange->status == 302);
}

TEST_CASE("users: rows survive keyframes", "[users]") {
  scenario::Scenario sc = password_change_scenario("accounts.User");
  for (int i = 0; i < 600; ++i) {
    scenario::Step wait = step(scenario::Action::Wait, "phone");
    wait.duration = kSecond;
    sc.steps.push_back(wait);
  }
  sim::World w(sc);
  w.run_all();
  CHECK(w.server(0).users_table() == "accounts_user");
  const sim::Timeline& tl = w.timeline();
  REQUIRE(tl.size() > sim::Timeline::kKeyframeEvery + 10);
  const auto live = w.server(0).users();
  for (std::size_t i : {tl.size() - 1, std::size_t{sim::Timeline::kKeyframeEvery}, std::size_t{600}}) {
    const sim::Snapshot s = tl.snapshot(i);
    REQUIRE(s.users[0].size() == live.size());
    for (const auto& row : live) CHECK(**s.users[0].find(row.id) == row);
  }
}

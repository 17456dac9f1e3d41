// django.contrib.auth beside the sessions: the users table (auth_user, or a custom
// user model's accounts_user), the session's _auth_user_* keys against values Django
// 3.2.25 itself computes, and a password change that ends the other sessions.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include "client.h"
#include "page/page.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::has_event;
using test::kStart;

namespace {

std::string form_token(const Handling& h) {
  for (const auto& form : page::parse_page(h.response.body).forms)
    for (const auto& input : form.inputs)
      if (input.name == "csrfmiddlewaretoken") return input.value;
  return "";
}

Handling log_in(Client& c, const std::string& user, const std::string& password, TimeMs now) {
  const Handling page = c.get("/accounts/login/", now);
  return c.post("/accounts/login/",
                {{"csrfmiddlewaretoken", form_token(page)}, {"username", user}, {"password", password}}, now);
}

Handling change_password(Client& c, const std::string& old_password, const std::string& new1, const std::string& new2,
                         TimeMs now) {
  const Handling page = c.get("/accounts/password_change/", now);
  return c.post("/accounts/password_change/",
                {{"csrfmiddlewaretoken", form_token(page)},
                 {"old_password", old_password},
                 {"new_password1", new1},
                 {"new_password2", new2}},
                now);
}

// The table's column names in order, as `PRAGMA table_info` (and sqlite3's .schema) gives them.
std::vector<std::string> columns(sqlite3* db, const std::string& table) {
  std::vector<std::string> names;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, ("PRAGMA table_info(\"" + table + "\")").c_str(), -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
  sqlite3_finalize(st);
  return names;
}

std::string decoded_of(const Server& s, const std::string& key) {
  for (const auto& row : s.sessions())
    if (row.key == key) return row.decoded;
  return "";
}

const std::string kDelete = "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax";

}  // namespace

TEST_CASE("Django auth: the users table is auth_user with Django 3.2's columns", "[django][auth]") {
  IdGenerator ids(1);
  ServerSpec spec = test::spec_for(Profile::Django);
  spec.users_joined = kStart;
  Server s(spec, &ids);
  CHECK(s.users_table() == "auth_user");
  // auth 0012 rebuilt the table on SQLite with first_name last.
  CHECK(columns(s.db(), "auth_user") == std::vector<std::string>{"id", "password", "last_login", "is_superuser",
                                                                 "username", "last_name", "email", "is_staff",
                                                                 "is_active", "date_joined", "first_name"});
  auto rows = s.users();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == 1);
  CHECK(rows[0].username == "alice");
  CHECK(rows[0].password.rfind("pbkdf2_sha256$1000$", 0) == 0);
  CHECK(!rows[0].last_login);
  CHECK(rows[0].date_joined == kStart);
  CHECK(!rows[0].is_staff);
  CHECK(rows[0].is_active);
  CHECK(rows[1].username == "bob");
  CHECK(rows[1].is_staff);
  CHECK(s.take_user_changes().empty());

  Client c{s};
  log_in(c, "alice", "wonderland", kStart + kMinute);
  const auto changed = s.take_user_changes();
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].username == "alice");
  CHECK(changed[0].last_login == kStart + kMinute);  // update_last_login
  CHECK(s.users()[0].last_login == kStart + kMinute);
  CHECK(!s.users()[1].last_login);
  CHECK(s.take_user_changes().empty());
}

TEST_CASE("Django auth: a custom user model keeps its users in accounts_user, and sessions work the same",
          "[django][auth]") {
  CHECK(user_table_name("auth.User") == "auth_user");
  CHECK(user_table_name("accounts.User") == "accounts_user");
  CHECK(user_table_name("accounts.CustomUser") == "accounts_customuser");
  IdGenerator ids(1), ids2(1);
  ServerSpec spec = test::spec_for(Profile::Django);
  spec.user_model = "accounts.User";
  Server custom(spec, &ids);
  Server built_in(test::spec_for(Profile::Django), &ids2);
  CHECK(custom.users_table() == "accounts_user");
  // A fresh migration of `class User(AbstractUser)` orders the columns as the class does.
  CHECK(columns(custom.db(), "accounts_user") ==
        std::vector<std::string>{"id", "password", "last_login", "is_superuser", "username", "first_name", "last_name",
                                 "email", "is_staff", "is_active", "date_joined"});
  CHECK(columns(custom.db(), "auth_user").empty());
  CHECK(custom.users() == built_in.users());  // the same rows, another table

  Client a{custom}, b{built_in};
  const Handling h = log_in(a, "alice", "wonderland", kStart);
  log_in(b, "alice", "wonderland", kStart);
  CHECK(h.response.status == 302);
  CHECK(h.user == "alice");
  // The same session data, byte for byte: _auth_user_id names row 1 of whichever table.
  CHECK(decoded_of(custom, a.jar["sessionid"]) == decoded_of(built_in, b.jar["sessionid"]));
  CHECK(decoded_of(custom, a.jar["sessionid"]).rfind("{\"_auth_user_id\":\"1\",", 0) == 0);
  CHECK(a.get("/accounts/profile/", kStart + kSecond).response.status == 200);
  CHECK(custom.users()[0].last_login == kStart);
}

TEST_CASE("Django auth: the password field and _auth_user_hash equal Django 3.2.25's", "[django][auth]") {
  // The expected strings were computed by Django 3.2.25 itself (Debian 12's python3-django):
  //   settings.configure(SECRET_KEY="cookielab-secret"); field = make_password("wonderland", salt)
  //   salted_hmac("django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash", field,
  //               algorithm="sha256").hexdigest()
  // with the salt the seeded generator gave (seed 1).
  IdGenerator ids(1);
  ServerSpec spec = test::spec_for(Profile::Django);
  spec.password_iterations = 260000;  // Django 3.2's default
  Server s(spec, &ids);
  const auto rows = s.users();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].password == "pbkdf2_sha256$260000$3g0N5muVd0xQtXvNd14P35$DhdmBflCk6pcgB/m1Ow3fnGsY14p+VK0wYUlhlwF6l4=");
  CHECK(rows[0].session_auth_hash == "7284446610f3204d779c592f21ca27d2a040e3b9ddbe63235b5e47857581c5f1");
  CHECK(rows[1].password == "pbkdf2_sha256$260000$L4gkbU7P3ap7owyaBjCHgH$HX6m+YpW5MYljAIeW4MBPGN97ZRVmCOdpuvug1Cwybk=");
  CHECK(rows[1].session_auth_hash == "2dd32f72af7f1154325f4cd3f0ff3c755456c7ded5f4f9a2a0daac9add8911e6");

  Client c{s};
  log_in(c, "alice", "wonderland", kStart);
  CHECK(decoded_of(s, c.jar["sessionid"]) ==
        "{\"_auth_user_id\":\"1\",\"_auth_user_backend\":\"django.contrib.auth.backends.ModelBackend\","
        "\"_auth_user_hash\":\"7284446610f3204d779c592f21ca27d2a040e3b9ddbe63235b5e47857581c5f1\"}");
}

TEST_CASE("Django auth: a password change keeps this session under a new key and ends the others", "[django][auth]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client laptop{s}, phone{s};
  log_in(laptop, "alice", "wonderland", kStart);
  log_in(phone, "alice", "wonderland", kStart + kSecond);
  log_in(phone, "alice", "wonderland", kStart + kSecond);  // same user again: the key stays
  const std::string laptop_key = laptop.jar["sessionid"], phone_key = phone.jar["sessionid"];
  REQUIRE(s.sessions().size() == 2);
  const std::string old_hash = s.users()[0].session_auth_hash;
  (void)s.take_user_changes();

  SECTION("the form needs a login") {
    Client nobody{s};
    const Handling h = nobody.get("/accounts/password_change/", kStart);
    CHECK(h.response.status == 302);
    CHECK(*h.response.headers.find("Location") == "/accounts/login/?next=/accounts/password_change/");
  }

  SECTION("the form: CSRF token, old password, the new one twice") {
    const Handling h = phone.get("/accounts/password_change/", kStart + 2 * kSecond);
    CHECK(h.response.status == 200);
    CHECK(h.route == "password-change");
    const auto p = page::parse_page(h.response.body);
    REQUIRE(p.forms.size() == 1);
    std::vector<std::string> names;
    for (const auto& input : p.forms[0].inputs) names.push_back(input.name);
    CHECK(names == std::vector<std::string>{"csrfmiddlewaretoken", "old_password", "new_password1", "new_password2"});
    CHECK(p.forms[0].method == "POST");
    CHECK(p.title == "Password change");
  }

  SECTION("a wrong old password, two different new ones, a short or numeric one change nothing") {
    const std::string before = s.users()[0].password;
    const auto error_of = [&](const Handling& h) {
      for (const auto& b : page::parse_page(h.response.body).blocks)
        if (b.kind == page::BlockKind::Error) return b.text;
      return std::string();
    };
    const TimeMs t = kStart + 2 * kSecond;
    CHECK(error_of(change_password(phone, "wrong", "through-the-glass", "through-the-glass", t)) ==
          "Your old password was entered incorrectly. Please enter it again.");
    CHECK(error_of(change_password(phone, "wonderland", "through-the-glass", "through-the-mirror", t)) ==
          "The two password fields didn\u2019t match.");
    CHECK(error_of(change_password(phone, "wonderland", "short", "short", t)) ==
          "This password is too short. It must contain at least 8 characters.");
    CHECK(error_of(change_password(phone, "wonderland", "20260309", "20260309", t)) ==
          "This password is entirely numeric.");
    CHECK(s.users()[0].password == before);
    CHECK(s.take_user_changes().empty());
    CHECK(phone.jar["sessionid"] == phone_key);
    CHECK(laptop.get("/accounts/profile/", t).response.status == 200);
  }

  SECTION("a good change") {
    const TimeMs t = kStart + 2 * kSecond;
    const Handling h = change_password(phone, "wonderland", "through-the-glass", "through-the-glass", t);
    CHECK(h.response.status == 302);
    CHECK(*h.response.headers.find("Location") == "/accounts/password_change/done/");
    CHECK(has_event(h, "password-changed"));
    CHECK(has_event(h, "session-renewed"));
    // The users row: a new salt and hash, a new session auth hash.
    const auto changed = s.take_user_changes();
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].password != "");
    CHECK(changed[0].password.rfind("pbkdf2_sha256$1000$", 0) == 0);
    CHECK(changed[0].session_auth_hash != old_hash);
    CHECK(changed[0] == s.users()[0]);
    // update_session_auth_hash(): cycle_key() -- a new key, the old row gone -- and the new hash.
    const std::string new_key = phone.jar["sessionid"];
    CHECK(new_key != phone_key);
    CHECK(new_key.size() == 32);
    CHECK(decoded_of(s, phone_key).empty());
    CHECK(decoded_of(s, new_key) ==
          "{\"_auth_user_id\":\"1\",\"_auth_user_backend\":\"django.contrib.auth.backends.ModelBackend\","
          "\"_auth_user_hash\":\"" +
              changed[0].session_auth_hash + "\"}");
    CHECK(s.sessions().size() == 2);  // the laptop's, still there, and the phone's new one

    const Handling done = phone.get("/accounts/password_change/done/", t + kSecond);
    CHECK(done.response.status == 200);
    CHECK(page::parse_page(done.response.body).title == "Password change successful");
    CHECK(phone.get("/accounts/profile/", t + kSecond).user == "alice");

    // The laptop's session still carries the old hash: get_user() flushes it.
    const Handling l = laptop.get("/accounts/profile/", t + 2 * kSecond);
    CHECK(l.response.status == 302);
    CHECK(*l.response.headers.find("Location") == "/accounts/login/?next=/accounts/profile/");
    CHECK(l.user == "");
    CHECK(has_event(l, "session-stale"));
    CHECK(has_event(l, "session-deleted"));
    CHECK(l.response.headers.all("Set-Cookie") == std::vector<std::string>{kDelete});
    CHECK(decoded_of(s, laptop_key).empty());
    CHECK(s.sessions().size() == 1);
    CHECK(!laptop.jar.count("sessionid"));
    // The old password no longer logs in; the new one does.
    CHECK(log_in(laptop, "alice", "wonderland", t + 3 * kSecond).response.status == 200);
    CHECK(log_in(laptop, "alice", "through-the-glass", t + 3 * kSecond).response.status == 302);
  }

  SECTION("stepping back restores the password and the last login") {
    const auto before = s.users();
    change_password(phone, "wonderland", "through-the-glass", "through-the-glass", kStart + 2 * kSecond);
    log_in(laptop, "alice", "through-the-glass", kStart + 3 * kSecond);
    CHECK(s.users() != before);
    s.restore_users(before);
    CHECK(s.users() == before);
    CHECK(s.take_user_changes().empty());
    Client again{s};
    CHECK(log_in(again, "alice", "wonderland", kStart + 4 * kSecond).response.status == 302);
  }
}

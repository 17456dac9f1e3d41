#include <catch2/catch.hpp>
#include <memory>
#include "app/logic/highlight.h"

using namespace cl;
using namespace cl::app;

namespace {
cookie::Cookie make(std::string name, std::string value, std::string domain = "shop.example", std::string path = "/") {
  cookie::Cookie c;
  c.name = std::move(name);
  c.value = std::move(value);
  c.domain = std::move(domain);
  c.path = std::move(path);
  c.creation = c.last_access = 1000;
  return c;
}
}  // namespace

TEST_CASE("cookie rows mark what the step did to the jar", "[highlight]") {
  const auto sid = make("sid", "abc");
  const auto theme = make("theme", "dark");
  SECTION("nothing changed: all Same, nothing sent") {
    auto rows = cookie_rows({sid, theme}, {sid, theme}, {}, 5000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].change == Change::Same);
    CHECK(rows[1].change == Change::Same);
    CHECK_FALSE(rows[0].sent);
  }
  SECTION("a cookie that appears is New") {
    auto rows = cookie_rows({sid}, {sid, theme}, {}, 5000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].cookie.name == "theme");
    CHECK(rows[1].change == Change::New);
  }
  SECTION("a new value is Changed") {
    auto sid2 = make("sid", "xyz");
    auto rows = cookie_rows({sid}, {sid2}, {}, 5000);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].change == Change::Changed);
  }
  SECTION("only the last-access time moved (the cookie was sent): Same, and sent") {
    auto used = sid;
    used.last_access = 4000;
    auto rows = cookie_rows({sid}, {used}, {used}, 5000);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].change == Change::Same);
    CHECK(rows[0].sent);
  }
  SECTION("same name on another path is another cookie") {
    auto other = make("sid", "abc", "shop.example", "/admin");
    auto rows = cookie_rows({sid}, {sid, other}, {other}, 5000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].change == Change::Same);
    CHECK_FALSE(rows[0].sent);
    CHECK(rows[1].change == Change::New);
    CHECK(rows[1].sent);
  }
  SECTION("a cookie that went is listed last as Removed") {
    auto rows = cookie_rows({sid, theme}, {theme}, {}, 5000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cookie.name == "theme");
    CHECK(rows[1].cookie.name == "sid");
    CHECK(rows[1].change == Change::Removed);
  }
  SECTION("a persistent cookie past its expiry is marked expired; a session cookie never") {
    auto old = make("old", "1");
    old.persistent = true;
    old.expiry = 4000;
    auto rows = cookie_rows({}, {old, sid}, {}, 5000);
    CHECK(rows[0].expired);
    CHECK_FALSE(rows[1].expired);
    rows = cookie_rows({}, {old}, {}, 3999);
    CHECK_FALSE(rows[0].expired);
  }
}

TEST_CASE("session rows mark new, changed, deleted and expired rows", "[highlight]") {
  auto row = [](std::string key, std::string user, TimeMs expire) {
    auto r = std::make_shared<server::SessionRow>();
    r->key = std::move(key);
    r->user = std::move(user);
    r->expire = expire;
    return std::shared_ptr<const server::SessionRow>(r);
  };
  sim::SessionTable before{row("k1", "", 9000), row("k2", "alice", 9000)};
  SECTION("unchanged") {
    auto rows = session_rows(before, before, 1000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].change == Change::Same);
    CHECK(rows[1].change == Change::Same);
  }
  SECTION("login: a row gets a user (changed), another is created (new)") {
    sim::SessionTable after{row("k1", "bob", 9000), *before.find("k2"), row("k3", "", 9000)};
    auto rows = session_rows(before, after, 1000);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].change == Change::Changed);
    CHECK(rows[1].change == Change::Same);
    CHECK(rows[2].change == Change::New);
  }
  SECTION("logout: the deleted row follows as Removed") {
    sim::SessionTable after{*before.find("k1")};
    auto rows = session_rows(before, after, 1000);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].row.key == "k2");
    CHECK(rows[1].change == Change::Removed);
  }
  SECTION("expiry: a row at or past its expire time is expired") {
    auto rows = session_rows(before, before, 9000);
    CHECK(rows[0].expired);
    rows = session_rows(before, before, 8999);
    CHECK_FALSE(rows[0].expired);
  }
  SECTION("a null row (deleted marker) is not kept, so not listed") {
    sim::SessionTable after{nullptr};
    auto rows = session_rows({}, after, 0);
    CHECK(rows.empty());
  }
}

TEST_CASE("a cookie's flags become short badges", "[highlight]") {
  auto c = make("sid", "abc");
  auto texts = [](const std::vector<CookieBadge>& badges) {
    std::vector<std::string> t;
    for (const auto& b : badges) t.push_back(b.text + "/" + b.attribute);
    return t;
  };
  using V = std::vector<std::string>;
  SECTION("no flags, no SameSite: no badge") { CHECK(cookie_badges(c).empty()); }
  SECTION("Secure and HttpOnly, then SameSite") {
    c.secure = true;
    c.http_only = true;
    c.same_site = cookie::SameSite::Lax;
    CHECK(texts(cookie_badges(c)) == V{"S/Secure", "H/HttpOnly", "Lax/SameSite"});
  }
  SECTION("each SameSite value by its name") {
    c.same_site = cookie::SameSite::Strict;
    CHECK(texts(cookie_badges(c)) == V{"Strict/SameSite"});
    c.same_site = cookie::SameSite::None;
    c.secure = true;
    CHECK(texts(cookie_badges(c)) == V{"S/Secure", "None/SameSite"});
  }
}

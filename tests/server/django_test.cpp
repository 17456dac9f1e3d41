#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <sqlite3.h>
#include <regex>
#include "client.h"
#include "page/page.h"
#include "server/crypto.h"
#include "server/signing.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::has_event;
using test::header_names;
using test::kStart;

namespace {

std::string form_token(const Handling& h) {
  const auto p = page::parse_page(h.response.body);
  for (const auto& form : p.forms)
    for (const auto& input : form.inputs)
      if (input.name == "csrfmiddlewaretoken") return input.value;
  return "";
}

// Logs in through the form, as a browser does: GET the page, POST with its token.
Handling log_in(Client& c, const std::string& user, const std::string& password, TimeMs now,
                const std::string& next = "") {
  const Handling page = c.get("/accounts/login/", now);
  http::FormFields f = {{"csrfmiddlewaretoken", form_token(page)}, {"username", user}, {"password", password}};
  if (!next.empty()) f.push_back({"next", next});
  return c.post("/accounts/login/", f, now);
}

const std::string kDelete = "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax";

}  // namespace

TEST_CASE("Django: the login page sets only the CSRF cookie", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  const Handling h = c.get("/accounts/login/", kStart);
  CHECK(h.response.status == 200);
  CHECK(h.route == "login");
  const auto cookies = h.response.headers.all("Set-Cookie");
  REQUIRE(cookies.size() == 1);
  CHECK(std::regex_match(cookies[0], std::regex("csrftoken=[A-Za-z0-9]{64}; expires=Mon, 01 Mar 2027 09:00:00 GMT; "
                                                "Max-Age=31449600; Path=/; SameSite=Lax")));
  CHECK(header_names(h.response) ==
        std::vector<std::string>{"Date", "Server", "Content-Type", "Expires", "Cache-Control", "X-Frame-Options",
                                 "Vary", "Content-Length", "X-Content-Type-Options", "Referrer-Policy", "Set-Cookie"});
  CHECK(*h.response.headers.find("Server") == "WSGIServer/0.2 CPython/3.11.2");
  CHECK(*h.response.headers.find("Date") == "Mon, 02 Mar 2026 09:00:00 GMT");
  CHECK(*h.response.headers.find("Content-Type") == "text/html; charset=utf-8");
  CHECK(*h.response.headers.find("Cache-Control") == "max-age=0, no-cache, no-store, must-revalidate, private");
  CHECK(*h.response.headers.find("Vary") == "Cookie");
  CHECK(*h.response.headers.find("Content-Length") == std::to_string(h.response.body.size()));
  CHECK(s.sessions().empty());

  SECTION("the form token is a fresh masking of the cookie's secret") {
    const std::string token = form_token(h);
    REQUIRE(token.size() == 64);
    CHECK(token != c.jar["csrftoken"]);
    CHECK(csrf_unmask(token) == csrf_unmask(c.jar["csrftoken"]));
    const Handling again = c.get("/accounts/login/", kStart + kSecond);
    CHECK(form_token(again) != token);
    CHECK(csrf_unmask(form_token(again)) == csrf_unmask(token));
    // The same cookie value is sent again, with a renewed expiry.
    REQUIRE(again.response.headers.all("Set-Cookie").size() == 1);
    CHECK(again.response.headers.all("Set-Cookie")[0].rfind("csrftoken=" + c.jar["csrftoken"] + ";", 0) == 0);
  }
}

TEST_CASE("Django: login, session data, signature", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  const Handling page = c.get("/accounts/login/", kStart);
  const std::string old_csrf = c.jar["csrftoken"];
  const Handling h =
      c.post("/accounts/login/",
             {{"csrfmiddlewaretoken", form_token(page)}, {"username", "alice"}, {"password", "wonderland"}}, kStart);
  CHECK(h.response.status == 302);
  CHECK(*h.response.headers.find("Location") == "/accounts/profile/");
  CHECK(h.user == "alice");
  CHECK(has_event(h, "login-ok"));
  CHECK(has_event(h, "session-created"));
  const auto cookies = h.response.headers.all("Set-Cookie");
  REQUIRE(cookies.size() == 2);
  CHECK(cookies[0].rfind("csrftoken=", 0) == 0);
  CHECK(csrf_unmask(c.jar["csrftoken"]) != csrf_unmask(old_csrf));  // rotated at login
  CHECK(std::regex_match(cookies[1], std::regex("sessionid=[a-z0-9]{32}; expires=Mon, 16 Mar 2026 09:00:00 GMT; "
                                                "HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax")));
  const std::string key = c.jar["sessionid"];

  const auto rows = s.sessions();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].key == key);
  CHECK(rows[0].user == "alice");
  CHECK(rows[0].expire == kStart + 1209600 * kSecond);
  const std::string hash = django_session_auth_hash(
      [&] {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(s.db(), "SELECT password FROM auth_user WHERE username='alice'", -1, &st, nullptr);
        sqlite3_step(st);
        std::string p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return p;
      }(),
      "cookielab-secret");
  CHECK(rows[0].decoded ==
        "{\"_auth_user_id\":\"1\",\"_auth_user_backend\":\"django.contrib.auth.backends.ModelBackend\","
        "\"_auth_user_hash\":\"" +
            hash + "\"}");

  SECTION("the signature, recomputed with OpenSSL alone") {
    const std::string& data = rows[0].data;
    const auto last = data.rfind(':');
    const std::string value = data.substr(0, last), signature = data.substr(last + 1);
    const std::string material = std::string("django.contrib.sessions.SessionStore") + "signer" + "cookielab-secret";
    unsigned char key_bytes[32];
    SHA256(reinterpret_cast<const unsigned char*>(material.data()), material.size(), key_bytes);
    unsigned char mac[32];
    unsigned int mac_len = 0;
    HMAC(EVP_sha256(), key_bytes, 32, reinterpret_cast<const unsigned char*>(value.data()), value.size(), mac,
         &mac_len);
    std::string expected = base64_encode(std::string(reinterpret_cast<char*>(mac), mac_len), false);
    for (char& ch : expected) ch = ch == '+' ? '-' : ch == '/' ? '_' : ch;
    CHECK(signature == expected);
    const auto colon = value.find(':');
    CHECK(base64_decode(value.substr(0, colon)) == rows[0].decoded);
    CHECK(value.substr(colon + 1) == base62_encode(kStart / 1000));
  }
  SECTION("the next request is recognised and reads without writing") {
    const Handling home = c.get("/", kStart + kHour);
    CHECK(home.user == "alice");
    CHECK(has_event(home, "session-found"));
    CHECK(home.response.headers.all("Set-Cookie").empty());
    CHECK(*home.response.headers.find("Vary") == "Cookie");
    CHECK(page::parse_page(home.response.body).blocks.at(1).text == "Hello, alice");
    CHECK(s.sessions()[0].expire == kStart + 1209600 * kSecond);  // not moved
    CHECK(s.user_for_cookie_header("sessionid=" + key, kStart + kHour) == "alice");
    CHECK(s.user_for_cookie_header("other=1; sessionid=" + key, kStart + kHour) == "alice");
    CHECK(s.user_for_cookie_header("sessionid=zzz", kStart + kHour) == "");
  }
  SECTION("a request that changes the session re-sends the same key with a new expiry") {
    const Handling add = c.get("/cart/add/?item=apple", kStart + kDay);
    CHECK(add.response.status == 302);
    CHECK(*add.response.headers.find("Location") == "/cart/");
    const auto lines = add.response.headers.all("Set-Cookie");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "sessionid=" + key +
                          "; expires=Tue, 17 Mar 2026 09:00:00 GMT; HttpOnly; Max-Age=1209600; "
                          "Path=/; SameSite=Lax");
    CHECK(has_event(add, "session-saved"));
    CHECK(s.sessions()[0].expire == kStart + kDay + 1209600 * kSecond);
    CHECK(s.sessions()[0].decoded.find("\"cart\":[\"apple\"]") != std::string::npos);
  }
  SECTION("logout deletes the row and the cookie") {
    const Handling out = c.get("/accounts/logout/", kStart + kHour);
    CHECK(out.response.status == 200);
    CHECK(has_event(out, "logout"));
    CHECK(has_event(out, "session-deleted"));
    CHECK(out.response.headers.all("Set-Cookie") == std::vector<std::string>{kDelete});
    CHECK(s.sessions().empty());
    CHECK(c.jar.count("sessionid") == 0);
    CHECK(c.get("/", kStart + kHour).user == "");
  }
  SECTION("the expired session is not found, stays in the table, and the cookie is deleted") {
    const Handling late = c.get("/", kStart + 1209600 * kSecond);
    CHECK(late.user == "");
    CHECK(has_event(late, "session-expired"));
    CHECK(late.response.headers.all("Set-Cookie") == std::vector<std::string>{kDelete});
    CHECK(s.sessions().size() == 1);
    CHECK_FALSE(s.find_session(key, kStart + 1209600 * kSecond));
    CHECK(s.find_session(key, kStart + 1209600 * kSecond - 1));
  }
}

TEST_CASE("Django: failed logins and unknown keys", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  SECTION("wrong password: 200, an error, no session") {
    const Handling h = log_in(c, "alice", "WRONG", kStart);
    CHECK(h.response.status == 200);
    CHECK(has_event(h, "login-failed"));
    const auto p = page::parse_page(h.response.body);
    bool error = false;
    for (const auto& b : p.blocks)
      if (b.kind == page::BlockKind::Error)
        error = b.text == "Please enter a correct username and password. Note that both fields may be case-sensitive.";
    CHECK(error);
    CHECK(c.jar.count("sessionid") == 0);
    CHECK(s.sessions().empty());
  }
  SECTION("unknown user") {
    CHECK(has_event(log_in(c, "mallory", "x", kStart), "login-failed"));
    CHECK(s.sessions().empty());
  }
  SECTION("an unknown session key gets the deleting line and is never adopted") {
    c.jar["sessionid"] = "abcdefghijklmnopqrstuvwxyz012345";
    const Handling h = c.get("/", kStart);
    CHECK(has_event(h, "session-missing"));
    CHECK(h.response.headers.all("Set-Cookie") == std::vector<std::string>{kDelete});
    c.jar["sessionid"] = "abcdefghijklmnopqrstuvwxyz012345";
    const Handling add = c.get("/cart/add/?item=apple", kStart);
    CHECK(has_event(add, "session-created"));
    CHECK(c.jar["sessionid"] != "abcdefghijklmnopqrstuvwxyz012345");
  }
  SECTION("the tracking pixel does not touch the session") {
    c.jar["sessionid"] = "abcdefghijklmnopqrstuvwxyz012345";
    const Handling h = c.get("/pixel.gif", kStart);
    REQUIRE(h.response.headers.all("Set-Cookie").size() == 1);
    CHECK(h.response.headers.all("Set-Cookie")[0].rfind("uid=", 0) == 0);
  }
}

TEST_CASE("Django: CSRF", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  SECTION("no cookie at all") {
    const Handling h = c.post("/accounts/login/", {{"username", "alice"}, {"password", "wonderland"}}, kStart);
    CHECK(h.response.status == 403);
    CHECK(has_event(h, "csrf-failed"));
    CHECK(h.response.body.find("CSRF cookie not set.") != std::string::npos);
    CHECK(h.response.headers.all("Set-Cookie").empty());
    CHECK(s.sessions().empty());
  }
  SECTION("cookie without a token, and a wrong token") {
    c.get("/accounts/login/", kStart);
    for (const std::string& token : std::vector<std::string>{"", "x", std::string(64, 'a')}) {
      INFO(token);
      const Handling h =
          c.post("/accounts/login/",
                 {{"csrfmiddlewaretoken", token}, {"username", "alice"}, {"password", "wonderland"}}, kStart);
      CHECK(h.response.status == 403);
      CHECK(h.response.body.find("CSRF token missing or incorrect.") != std::string::npos);
    }
    CHECK(s.sessions().empty());
  }
  SECTION("the X-CSRFToken header is accepted too") {
    c.get("/accounts/login/", kStart);
    http::Request r;
    r.method = "POST";
    r.target = "/accounts/login/";
    r.body = "username=alice&password=wonderland";
    r.headers.add("X-CSRFToken", c.jar["csrftoken"]);
    CHECK(c.send(r, kStart).response.status == 302);
  }
  SECTION("a state-changing POST from another site, logged in") {
    log_in(c, "alice", "wonderland", kStart);
    const Handling forged = c.post("/transfer/", {{"to", "mallory"}, {"amount", "100"}}, kStart);
    CHECK(forged.response.status == 403);
    CHECK_FALSE(has_event(forged, "transfer alice mallory 100"));
    const Handling form = c.get("/transfer/", kStart);
    const Handling real =
        c.post("/transfer/", {{"csrfmiddlewaretoken", form_token(form)}, {"to", "bob"}, {"amount", "5"}}, kStart);
    CHECK(real.response.status == 200);
    CHECK(has_event(real, "transfer alice bob 5"));
  }
  SECTION("over HTTPS the Referer must be this site") {
    c.origin = "https://shop.example";
    const Handling page = c.get("/accounts/login/", kStart);
    http::FormFields f = {{"csrfmiddlewaretoken", form_token(page)}, {"username", "alice"}, {"password", "wonderland"}};
    const Handling none = c.post("/accounts/login/", f, kStart);
    CHECK(none.response.status == 403);
    CHECK(none.response.body.find("Referer checking failed - no Referer.") != std::string::npos);
    http::Request r;
    r.method = "POST";
    r.target = "/accounts/login/";
    r.body = http::form_encode(f);
    r.headers.add("Referer", "https://evil.example/");
    CHECK(c.send(r, kStart).response.status == 403);
    r.headers.set("Referer", "https://shop.example/accounts/login/");
    CHECK(c.send(r, kStart).response.status == 302);
  }
}

TEST_CASE("Django: key renewal at login", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  SECTION("anonymous session with data: new key, old row deleted, data kept") {
    const Handling add = c.get("/cart/add/?item=apple", kStart);
    CHECK(has_event(add, "session-created"));
    const std::string anonymous = c.jar["sessionid"];
    CHECK(s.sessions().size() == 1);
    CHECK(s.sessions()[0].user == "");
    const Handling h = log_in(c, "alice", "wonderland", kStart);
    CHECK(has_event(h, "session-renewed"));
    CHECK(c.jar["sessionid"] != anonymous);
    const auto rows = s.sessions();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].key == c.jar["sessionid"]);
    CHECK(rows[0].decoded.find("\"cart\":[\"apple\"]") != std::string::npos);
    CHECK_FALSE(s.find_session(anonymous, kStart));
  }
  SECTION("another user: everything cleared, new key") {
    log_in(c, "alice", "wonderland", kStart);
    c.get("/cart/add/?item=apple", kStart);
    const std::string alice_key = c.jar["sessionid"];
    const Handling h = log_in(c, "bob", "builder", kStart);
    CHECK(h.user == "bob");
    CHECK(c.jar["sessionid"] != alice_key);
    const auto rows = s.sessions();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].user == "bob");
    CHECK(rows[0].decoded.find("cart") == std::string::npos);
  }
  SECTION("the same user again: same key, cookie and expiry refreshed") {
    log_in(c, "alice", "wonderland", kStart);
    const std::string key = c.jar["sessionid"];
    const Handling h = log_in(c, "alice", "wonderland", kStart + kDay);
    CHECK_FALSE(has_event(h, "session-renewed"));
    CHECK(c.jar["sessionid"] == key);
    CHECK(h.response.headers.all("Set-Cookie").back().find("expires=Tue, 17 Mar 2026") != std::string::npos);
    CHECK(s.sessions()[0].expire == kStart + kDay + 1209600 * kSecond);
  }
}

TEST_CASE("Django: protected pages and next=", "[django]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  const Handling profile = c.get("/accounts/profile/", kStart);
  CHECK(profile.response.status == 302);
  CHECK(*profile.response.headers.find("Location") == "/accounts/login/?next=/accounts/profile/");
  CHECK(has_event(profile, "login-required"));
  CHECK(profile.response.body.empty());
  CHECK(*profile.response.headers.find("Content-Length") == "0");
  CHECK(*c.get("/transfer/?a=b&c=d", kStart).response.headers.find("Location") ==
        "/accounts/login/?next=/transfer/%3Fa%3Db%26c%3Dd");
  CHECK(*c.get("/admin/", kStart).response.headers.find("Location") == "/admin/login/?next=/admin/");

  SECTION("next is followed when it stays on the site") {
    CHECK(*log_in(c, "alice", "wonderland", kStart, "/cart/").response.headers.find("Location") == "/cart/");
  }
  SECTION("next to another site is ignored") {
    CHECK(*log_in(c, "alice", "wonderland", kStart, "//evil.example/").response.headers.find("Location") ==
          "/accounts/profile/");
    CHECK(*log_in(c, "alice", "wonderland", kStart, "http://evil.example/").response.headers.find("Location") ==
          "/accounts/profile/");
  }
  SECTION("a user who is not staff is sent to the admin login") {
    log_in(c, "alice", "wonderland", kStart);
    const Handling h = c.get("/admin/", kStart);
    CHECK(*h.response.headers.find("Location") == "/admin/login/?next=/admin/");
    CHECK(has_event(h, "staff-required"));
    CHECK(c.get("/accounts/profile/", kStart).response.status == 200);
  }
  SECTION("staff get in") {
    log_in(c, "bob", "builder", kStart);
    CHECK(c.get("/admin/", kStart).response.status == 200);
  }
}

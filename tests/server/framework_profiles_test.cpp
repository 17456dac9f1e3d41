#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include "client.h"
#include "server/profiles/profile.h"
#include "server/signing.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::kStart;

TEST_CASE("every Profile has one description, registered under a name that round-trips", "[registry]") {
  CHECK(all_profiles().size() == kProfileCount);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < kProfileCount; ++i) {
    const Profile p = all_profiles()[i];
    CAPTURE(i, profile_name(p));
    CHECK(static_cast<std::size_t>(p) == i);  // in the order of the enum
    const FrameworkProfile& fw = framework(p);
    CHECK(fw.profile == p);
    CHECK(fw.name == profile_name(p));
    CHECK_FALSE(fw.name.empty());
    CHECK(profile_named(fw.name) == p);
    names.insert(fw.name);
    // Every hook the server calls without asking is there.
    CHECK(fw.encode);
    CHECK(fw.decode);
    CHECK(fw.user_in_session);
    CHECK(fw.record_login);
    CHECK(fw.session_cookie_line);
    CHECK(fw.app_cookie_line);
    CHECK(fw.lay_out);
    CHECK_FALSE(fw.html_content_type.empty());
    CHECK_FALSE(fw.login_error.empty());
    if (fw.renewal == LoginRenewal::CycleKey) CHECK(fw.owner_at_login);
  }
  CHECK(names.size() == kProfileCount);  // no two share a name
  CHECK(names == std::set<std::string_view>{"django", "php", "express", "servlet", "stateless"});
  CHECK_FALSE(profile_named("rails"));
  CHECK_FALSE(profile_named("Django"));  // scenario files write names in lower case
  CHECK_FALSE(profile_named(""));
}

namespace {

// What each framework documents for its session cookie and key.
struct Documented {
  Profile profile;
  std::string cookie;      // SESSION_COOKIE_NAME, session.name, name option, SessionCookieName
  std::string key_class;   // the key's characters, as a regex class
  std::size_t key_length;  // and how many
  std::optional<TimeMs> age;
};

const Documented kDocumented[] = {
    // get_random_string(32, VALID_KEY_CHARS); SESSION_COOKIE_AGE = 1209600
    {Profile::Django, "sessionid", "[a-z0-9]", 32, 1209600 * kSecond},
    // session.sid_length=26, sid_bits_per_character=5; session.gc_maxlifetime = 1440
    {Profile::Php, "PHPSESSID", "[0-9a-v]", 26, 1440 * kSecond},
    // uid-safe(24): 24 bytes in base64url; MemoryStore without maxAge keeps it
    {Profile::Express, "connect.sid", "[A-Za-z0-9_-]", 32, std::nullopt},
    // 16 bytes in upper-case hex; <session-timeout>30</session-timeout>
    {Profile::Servlet, "JSESSIONID", "[0-9A-F]", 32, 30 * kMinute},
};

// The key in a session cookie's value, as the framework reads it back.
std::string key_in(Profile p, const std::string& value, const std::string& secret) {
  if (p != Profile::Express) return value;
  // express-session signs its ids: "s:" + id + "." + base64 HMAC-SHA256, URI-encoded.
  CHECK(std::regex_match(value, std::regex("s%3A[A-Za-z0-9_-]{32}\\.([A-Za-z0-9]|%2B|%2F){43}")));
  return express_unsign(value, secret).value_or("");
}

}  // namespace

TEST_CASE("each description's session cookie and key are the framework's, and the server sends them", "[registry]") {
  static_assert(std::size(kDocumented) == 4);
  const Documented& d = kDocumented[GENERATE(0, 1, 2, 3)];
  {
    const FrameworkProfile& fw = framework(d.profile);
    CAPTURE(fw.name);
    const std::regex key_form(d.key_class + "{" + std::to_string(d.key_length) + "}");

    SECTION("the description") {
      CHECK(fw.keeps_sessions());
      CHECK(fw.session_cookie == d.cookie);
      CHECK(fw.key_length == d.key_length);
      CHECK(fw.default_age == d.age);
      // Every character of the alphabet is one the framework uses, and the alphabet
      // holds as many as the class (so none is missing).
      const std::regex one(d.key_class);
      std::set<char> chars;
      for (char c : fw.key_alphabet) {
        CHECK(std::regex_match(std::string(1, c), one));
        chars.insert(c);
      }
      std::size_t in_class = 0;
      for (int c = 1; c < 128; ++c) in_class += std::regex_match(std::string(1, static_cast<char>(c)), one);
      CHECK(chars.size() == in_class);
    }
    SECTION("what the server does") {
      IdGenerator ids(1);
      const ServerSpec spec = test::spec_for(d.profile);
      Server s(spec, &ids);
      Client c{s};
      CHECK(s.session_cookie_name() == d.cookie);
      // A cart item is stored in the session by every framework (Django makes its key
      // only when something is stored).
      const Handling h = c.get("/cart/add/?item=apple", kStart);
      CHECK(test::has_event(h, "session-created"));
      REQUIRE(c.jar.count(d.cookie) == 1);  // the cookie, under the framework's name
      const std::string key = key_in(d.profile, c.jar[d.cookie], spec.secret);
      CHECK(std::regex_match(key, key_form));
      const auto rows = s.sessions();
      REQUIRE(rows.size() == 1);
      CHECK(rows[0].key == key);
      if (d.age) CHECK(rows[0].expire == kStart + *d.age);
      else CHECK(rows[0].expire > kStart + 1000 * 365 * kDay);  // kept until the process ends
      CHECK(s.find_session(key, kStart + kSecond));
    }
  }
}

TEST_CASE("a server that keeps no sessions has no session cookie", "[registry]") {
  const FrameworkProfile& fw = framework(Profile::Stateless);
  CHECK_FALSE(fw.keeps_sessions());
  CHECK(fw.session_cookie.empty());
  CHECK_FALSE(fw.csrf);
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Stateless), &ids);
  Client c{s};
  c.get("/cart/add/?item=apple", kStart);
  CHECK(c.jar.empty());
  CHECK(s.sessions().empty());
}

TEST_CASE("each description's Set-Cookie lines, exactly as the framework writes them", "[registry]") {
  const std::string secret = "cookielab-secret";
  SECTION("Django 3.2 (the attributes sorted by name, as Morsel writes them)") {
    const FrameworkProfile& fw = framework(Profile::Django);
    CHECK(fw.session_cookie_line("k", secret, kStart, 1209600 * kSecond) ==
          "sessionid=k; expires=Mon, 16 Mar 2026 09:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax");
    REQUIRE(fw.delete_session_cookie_line);
    CHECK(fw.delete_session_cookie_line() ==
          "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax");
    REQUIRE(fw.csrf);
    CHECK(fw.csrf->cookie_name == "csrftoken");
    CsrfState state;
    CHECK_FALSE(fw.csrf->cookie(state));  // nothing asked for a token: no cookie
    IdGenerator ids(1);
    const std::string form_token = fw.csrf->form_token(state, ids);
    CHECK(csrf_well_formed(form_token));
    CHECK(csrf_unmask(form_token) == csrf_unmask(state.token));  // a masking of the same secret
    const auto cookie = fw.csrf->cookie(state);
    REQUIRE(cookie);
    CHECK(fw.app_cookie_line(*cookie, kStart) ==
          "csrftoken=" + state.token +
              "; expires=Mon, 01 Mar 2027 09:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax");
  }
  SECTION("PHP, Express, Tomcat") {
    CHECK(framework(Profile::Php).session_cookie_line("k", secret, kStart, 1440 * kSecond) == "PHPSESSID=k; path=/");
    CHECK(framework(Profile::Express).session_cookie_line("k", secret, kStart, std::nullopt) ==
          "connect.sid=" + express_cookie_value("k", secret) + "; Path=/; HttpOnly");
    CHECK(framework(Profile::Servlet).session_cookie_line("k", secret, kStart, 30 * kMinute) ==
          "JSESSIONID=k; Path=/; HttpOnly");
    for (Profile p : {Profile::Php, Profile::Express, Profile::Servlet, Profile::Stateless}) {
      CAPTURE(profile_name(p));
      CHECK_FALSE(framework(p).csrf);                        // only Django has a CSRF middleware
      CHECK_FALSE(framework(p).delete_session_cookie_line);  // the others leave the cookie
    }
  }
}

TEST_CASE("each description's login, logout and stored data", "[registry]") {
  CHECK(framework(Profile::Django).renewal == LoginRenewal::CycleKey);
  CHECK(framework(Profile::Php).renewal == LoginRenewal::KeepKey);
  CHECK(framework(Profile::Express).renewal == LoginRenewal::RegenerateEmpty);
  CHECK(framework(Profile::Servlet).renewal == LoginRenewal::ChangeKey);
  CHECK(framework(Profile::Django).logout == LogoutStyle::Flush);
  for (Profile p : {Profile::Php, Profile::Express, Profile::Servlet})
    CHECK(framework(p).logout == LogoutStyle::Destroy);
  CHECK(framework(Profile::Django).start == SessionStart::OnSave);
  CHECK_FALSE(framework(Profile::Django).age_slides);  // SESSION_SAVE_EVERY_REQUEST=False

  SessionData data;
  data.set_text("user", "alice");
  data.append_item("cart", "apple");
  for (Profile p : {Profile::Django, Profile::Php, Profile::Express, Profile::Servlet}) {
    const FrameworkProfile& fw = framework(p);
    CAPTURE(fw.name);
    const std::string stored = fw.encode(data, "secret", kStart, fw.default_age, kStart + kDay);
    const DecodedSession d = fw.decode(stored, "secret");
    REQUIRE(d.data);
    CHECK(*d.data == data);
    if (p != Profile::Django) CHECK(fw.decode(stored, "another secret").data == data);  // only Django signs its data
  }
  // Django: <base64 JSON>:<base62 time>:<base64 HMAC-SHA256>, unreadable under another secret.
  const FrameworkProfile& django = framework(Profile::Django);
  const std::string stored = django.encode(data, "secret", kStart, django.default_age, kStart);
  CHECK(std::regex_match(stored, std::regex("[A-Za-z0-9_-]+:[0-9A-Za-z]+:[A-Za-z0-9_-]{43}")));
  CHECK_FALSE(django.decode(stored, "another secret").data);
}

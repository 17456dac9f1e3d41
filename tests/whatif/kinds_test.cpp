// Every kind of change the issue lists, each shown to do what it says in the engine,
// and the mistakes a fork refuses.
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include "scenario/load.h"
#include "whatif/branch.h"
#include "whatif/whatif_messages.h"

using namespace cl;

namespace {

const sim::World& ran(const std::string& id) {
  static std::map<std::string, std::unique_ptr<sim::World>> worlds;
  auto& w = worlds[id];
  if (!w) {
    scenario::LoadResult r =
        scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/" + id + ".toml");
    REQUIRE(r.scenario);
    w = std::make_unique<sim::World>(*r.scenario);
    w->run_all();
  }
  return *w;
}

whatif::WhatIf spec(const std::string& text) {
  whatif::WhatIf w;
  for (std::string_view one : split(text, ' ')) {
    const scenario::ParsedSpec p = scenario::parse_what_if_spec(one);
    INFO(one << ": " << p.error.message.en());
    REQUIRE(p.change);
    w.at = p.at;
    w.changes.push_back(*p.change);
  }
  return w;
}

std::shared_ptr<const whatif::Branch> branch(const std::string& id, const std::string& text) {
  const whatif::ForkResult f = whatif::fork(ran(id), spec(text));
  INFO(text << ": " << f.error.en());
  REQUIRE(f.ok());
  return f.branch;
}

// The branch's exchanges of lesson step `step`.
std::vector<const sim::Exchange*> exchanges(const whatif::Branch& b, int step) {
  std::vector<const sim::Exchange*> out;
  const sim::Timeline& t = b.world().timeline();
  for (std::size_t i = 0; i < t.size(); ++i)
    if (b.lesson_step_of(i) == step && t.step(i).exchange) out.push_back(&*t.step(i).exchange);
  return out;
}

// The branch's jar of `browser` after lesson step `step`.
std::vector<cookie::Cookie> jar_after(const whatif::Branch& b, int step, int browser = 0) {
  const whatif::StepDiff* d = b.step(step);
  REQUIRE(d);
  REQUIRE(d->branch_count > 0);
  return b.world().timeline().snapshot(d->branch_first + d->branch_count - 1).browsers[browser]->jar.all();
}

const cookie::Cookie* named(const std::vector<cookie::Cookie>& jar, const std::string& name) {
  for (const cookie::Cookie& c : jar)
    if (c.name == name) return &c;
  return nullptr;
}

std::string user_at(const whatif::Branch& b, int step) {
  const auto ex = exchanges(b, step);
  return ex.empty() ? "?" : ex.back()->user;
}

}  // namespace

TEST_CASE("cookie value: the request carries the new value") {
  const auto b = branch("02-a-cookie", "3:cookie:lang:value=en");
  REQUIRE(exchanges(*b, 3).size() == 1);
  CHECK(exchanges(*b, 3)[0]->cookie_header() == "lang=en");
  CHECK(b->parting().step == 3);
  CHECK(b->parting().text.en == "step 3: lang is sent with the value en instead of ko");
  CHECK(b->parting().text.ko == "3단계: lang 쿠키가 ko 대신 en 값으로 전송됩니다");
}

TEST_CASE("cookie Domain: a domain cookie reaches the subdomain") {
  const auto b = branch("08-scope", "3:cookie:visited:domain=shop.example");
  CHECK(exchanges(*b, 3)[0]->cookie_header().starts_with("visited="));
  CHECK(b->parting().step == 3);
  CHECK(b->parting().aspect == whatif::Aspect::CookieHeader);
}

TEST_CASE("cookie Path: a cookie for /cart is left out of /, with the path-match reason") {
  const auto b = branch("08-scope", "2:cookie:visited:path=/cart");
  CHECK(exchanges(*b, 2)[0]->cookie_header().empty());
  CHECK(b->parting().text.en.starts_with("step 2: visited is not sent: "));
  CHECK(b->parting().text.en.find("RFC 6265 5.1.4") != std::string::npos);
}

TEST_CASE("cookie expiry: a cookie given one survives closing the browser; session makes it go") {
  const auto b = branch("05-lifetimes", "7:cookie:recent:expires=1d");
  CHECK(named(jar_after(*b, 7), "recent"));
  CHECK(named(jar_after(*b, 7), "recent")->persistent);
  const auto s = branch("05-lifetimes", "7:cookie:lang:expires=session");
  CHECK_FALSE(named(jar_after(*s, 7), "lang"));
  const auto at = branch("05-lifetimes", "6:cookie:lang:expires=2026-01-01T00:00:00Z");  // in the past: evicted
  CHECK(exchanges(*at, 6)[0]->cookie_header().find("lang=") == std::string::npos);
}

TEST_CASE("cookie Secure: off, it goes over plain http; on, it stays off it") {
  const auto off = branch("09b-httponly-and-secure", "9:cookie:bank_session:secure=false");
  CHECK(exchanges(*off, 9)[0]->cookie_header().starts_with("bank_session="));
  const auto on = branch("02-a-cookie", "3:cookie:lang:secure=true");
  CHECK(exchanges(*on, 3)[0]->cookie_header().empty());
  CHECK(on->parting().text.en.find("A Secure cookie is only sent over https") != std::string::npos);
}

TEST_CASE("cookie SameSite: Lax keeps the cookie off a cross-site POST") {
  const auto b = branch("09c-csrf-and-forgery", "3:cookie:PHPSESSID:samesite=lax");
  CHECK(b->parting().step == 4);  // the change itself (step 3's jar) is carried, not a parting
  const whatif::StepDiff* d3 = b->step(3);
  REQUIRE(d3);
  REQUIRE(d3->find(whatif::Aspect::Jar));
  CHECK(d3->find(whatif::Aspect::Jar)->carried);
  CHECK_FALSE(d3->differs());
  CHECK(b->parting().text.en.starts_with("step 4: PHPSESSID is not sent: "));
  CHECK(user_at(*b, 4).empty());
}

TEST_CASE("cookie delete: the request goes without it") {
  const auto b = branch("02-a-cookie", "3:cookie:lang:delete");
  CHECK(exchanges(*b, 3)[0]->cookie_header().empty());
  CHECK(b->parting().text.en == "step 3: lang is not sent: the jar no longer holds it");
}

TEST_CASE("server cookie attributes: the session cookie's Set-Cookie line is rewritten") {
  const auto b = branch("04-sessions", "4:server:shop:httponly=false,secure=true,samesite=strict,max-age=1h");
  std::string line;
  for (const sim::Exchange* ex : exchanges(*b, 4))
    for (const auto& s : ex->set_cookies)
      if (s.decision.parsed.name == "sessionid") line = s.line;
  CHECK(line.find("HttpOnly") == std::string::npos);
  CHECK(line.find("; Secure") != std::string::npos);
  CHECK(line.find("SameSite=Strict") != std::string::npos);
  CHECK(line.find("Max-Age=3600") != std::string::npos);
  CHECK(line.find("expires=") == std::string::npos);
  // Secure from http: the browser refuses it (RFC 6265bis 5.7 under both policies here).
  CHECK_FALSE(named(jar_after(*b, 4), "sessionid"));
  const auto session = branch("06-django-sessions", "2:server:shop:max-age=session");
  CHECK_FALSE(named(jar_after(*session, 6), "sessionid"));  // a session cookie: closing the browser drops it
}

TEST_CASE("override_cookie_line keeps the framework's line and its order") {
  server::ServerOverrides o;
  o.cookie_same_site = "Strict";
  o.cookie_http_only = false;
  CHECK(server::override_cookie_line("sessionid=k; expires=X; HttpOnly; Max-Age=60; Path=/; SameSite=Lax", o) ==
        "sessionid=k; expires=X; Max-Age=60; Path=/; SameSite=Strict");
  o = {};
  o.cookie_max_age = std::optional<TimeMs>{};
  o.cookie_secure = true;
  CHECK(server::override_cookie_line("PHPSESSID=k; path=/", o) == "PHPSESSID=k; path=/; Secure");
  CHECK(server::override_cookie_line("a=b; Max-Age=5; expires=Y", o) == "a=b; Secure");
}

TEST_CASE("renewing the key at login: on, fixation fails; off, it succeeds") {
  const auto on = branch("09a-hijacking-and-fixation", "11:server:forum:renew-key=on");
  CHECK(user_at(*on, 12).empty());
  const auto off = branch("09a-hijacking-and-fixation", "16:server:shop:renew-key=off");
  CHECK(user_at(*off, 17) == "alice");
  CHECK(off->parting().step == 16);
}

TEST_CASE("session lifetime: a longer one keeps the idle session") {
  const auto b = branch("10-server-expiry", "5:server:intranet:session-age=1h");
  CHECK(user_at(*b, 8) == "alice");
}

TEST_CASE("CSRF check off: the forged post is no longer refused with 403") {
  const auto b = branch("09c-csrf-and-forgery", "11:server:shop:csrf=off");
  REQUIRE_FALSE(exchanges(*b, 11).empty());
  CHECK(exchanges(*b, 11)[0]->status != 403);
  CHECK(b->parting().step == 11);
}

TEST_CASE("browser policy: RFC 6265 as written sends a cookie without SameSite cross-site") {
  const auto b = branch("09c-csrf-and-forgery", "7:browser:carol:policy=rfc6265");
  CHECK(exchanges(*b, 8)[0]->cookie_header().starts_with("PHPSESSID="));
  CHECK(b->parting().text.en ==
        "step 8: PHPSESSID is sent now; the original left it out: The cookie has no SameSite, so it is treated as Lax "
        "and withheld from this cross-site request. (RFC 6265bis 5.8.3)");
}

TEST_CASE("third-party blocking: the tracker's cookie is refused") {
  const auto b = branch("03-what-cookies-are-for", "16:browser:third-party=block");
  CHECK_FALSE(named(jar_after(*b, 16), "uid"));
  CHECK(b->parting().aspect == whatif::Aspect::SetCookie);
}

TEST_CASE("close and reopen: session cookies go") {
  const auto b = branch("05-lifetimes", "3:close");
  CHECK_FALSE(named(jar_after(*b, 3), "recent"));
  CHECK(named(jar_after(*b, 3), "lang"));
  CHECK(b->parting().step == 3);
}

TEST_CASE("a wait of the clock: the session cookie expires") {
  const auto b = branch("04-sessions", "7:wait:15d");
  CHECK(b->parting().text.en.starts_with("step 7: sessionid is not sent: it expired at "));
  CHECK(user_at(*b, 7).empty());
}

TEST_CASE("several changes at one step make one branch") {
  const auto b = branch("09b-httponly-and-secure", "9:cookie:bank_session:secure=false 9:wait:1h");
  CHECK(b->what_if().changes.size() == 2);
  CHECK(b->description().en == "at step 9: bank_session in alice's jar: Secure off; 1h pass");
  CHECK(exchanges(*b, 9)[0]->cookie_header().starts_with("bank_session="));
}

TEST_CASE("checks and questions whose outcome changes are listed, the others not") {
  const auto b = branch("10-server-expiry", "5:server:intranet:session-age=1h");
  std::vector<std::string> seen;
  for (const whatif::OutcomeChange& o : b->outcomes()) seen.push_back(o.text.en);
  CHECK(seen == std::vector<std::string>{
                    "step 8: status 302: passes in the original, fails on this branch",
                    "step 8: logged in: nobody: passes in the original, fails on this branch",
                    "step 8: the question's answer rests on what now goes differently; think it over again",
                });
  CHECK(b->outcomes()[2].question);
  CHECK(b->outcomes()[1].what == "logged_in");
}

TEST_CASE("each branch step names the original step it stands in for") {
  const auto b = branch("09b-httponly-and-secure", "9:cookie:bank_session:secure=false");
  const sim::Timeline& ot = ran("09b-httponly-and-secure").timeline();
  CHECK(b->lesson_step_of(0) == 0);  // the change
  CHECK_FALSE(b->replaces(0));
  for (std::size_t i = 1; i < b->world().timeline().size(); ++i) {
    INFO(i);
    REQUIRE(b->replaces(i));
    CHECK(ot.step(*b->replaces(i)).scenario_step == b->lesson_step_of(i) - 1);
  }
  CHECK(b->fork_index() == *b->replaces(1));
}

TEST_CASE("a fork that cannot be made says why") {
  auto error = [](const std::string& id, const whatif::WhatIf& w) { return whatif::fork(ran(id), w).error.en(); };
  CHECK(error("09b-httponly-and-secure", spec("13:wait:1h")) == "step 13: the lesson has steps 1 to 12");
  CHECK(error("09b-httponly-and-secure", {3, {}}) == "nothing to change: give at least one change");
  CHECK(error("09b-httponly-and-secure", spec("3:close:bob")) ==
        "no browser is called bob; the lesson's browsers: alice");
  CHECK(error("09b-httponly-and-secure", spec("3:server:rails:renew-key=off")) ==
        "no server is called rails, nor runs as rails; the lesson's servers: shop, bank");
  CHECK(error("09b-httponly-and-secure", spec("1:cookie:sessionid:value=x")) ==
        "before step 1, alice's jar holds no cookie sessionid; it holds: -");
  CHECK(error("09c-csrf-and-forgery", spec("3:server:forum:csrf=on")) ==
        "server forum has no CSRF check to turn on (only django has one)");
  CHECK(whatif::fork(ran("09b-httponly-and-secure"), spec("3:close:bob")).error.ko() ==
        "bob라는 브라우저가 없습니다. 이 수업의 브라우저: alice");
}

namespace {
bool has_hangul(const std::string& s) {
  // Hangul syllables U+AC00..U+D7A3 start with the UTF-8 bytes EA..ED.
  for (unsigned char c : s)
    if (c >= 0xEA && c <= 0xED) return true;
  return false;
}
}  // namespace

TEST_CASE("a difference's words are Korean in Korean, its data the same in both") {
  std::map<whatif::Aspect, int> korean;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"09b-httponly-and-secure", "3:cookie:sessionid:delete"},
      {"09b-httponly-and-secure", "3:cookie:sessionid:httponly=false"},
      {"09b-httponly-and-secure", "9:cookie:bank_session:secure=false"},
      {"04-sessions", "2:wait:30d"}};
  for (const auto& [lesson, s] : cases) {
    const whatif::ForkResult f = whatif::fork(ran(lesson), spec(s));
    if (!f.ok()) continue;
    for (const whatif::StepDiff& d : f.branch->steps())
      for (const whatif::Difference& x : d.differences)
        for (const Bilingual* t : {&x.original, &x.branch}) {
          INFO(s << " " << whatif::aspect_id(x.aspect) << ": " << t->en << " / " << t->ko);
          CHECK_FALSE(t->ko.empty());
          if (t->en != t->ko) {
            CHECK(has_hangul(t->ko));
            ++korean[x.aspect];
          } else {
            CHECK_FALSE(has_hangul(t->en));  // data: no words to translate
          }
        }
  }
  // Every aspect whose texts have words around the data showed them in Korean.
  for (whatif::Aspect a :
       {whatif::Aspect::CookieHeader, whatif::Aspect::SetCookie, whatif::Aspect::Jar, whatif::Aspect::Sessions}) {
    INFO(whatif::aspect_id(a));
    CHECK(korean[a] > 0);
  }
}

TEST_CASE("a branch of a Korean run is Korean too: it parts where the English one does", "[whatif]") {
  // The branch's browsers read the learner's language, as the original's do: a branch
  // in English would show "Log in" where the Korean run shows "로그인" and part at step 1.
  scenario::LoadResult r =
      scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/06-django-sessions.toml");
  REQUIRE(r.scenario);
  sim::WorldOptions ko;
  ko.lang = Lang::Ko;
  sim::World korean(*r.scenario, ko);
  korean.run_all();
  for (const char* text : {"1:server:django:renew-key=off", "1:wait:1s"}) {
    INFO(text);
    const whatif::ForkResult f = whatif::fork(korean, spec(text));
    REQUIRE(f.ok());
    const auto english = branch("06-django-sessions", text);
    CHECK(f.branch->world().options().lang == Lang::Ko);
    CHECK(f.branch->parting().step == english->parting().step);
    CHECK(f.branch->parting().aspect == english->parting().aspect);
    CHECK(f.branch->parting().aspect != whatif::Aspect::Page);
  }
}

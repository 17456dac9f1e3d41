// A file that uses every key of scenarios/FORMAT.md loads into the values it says,
// and the defaults the format promises are filled in.
#include <catch2/catch.hpp>
#include "scenario/load.h"

using namespace cl;
using namespace cl::scenario;

namespace {

const char* const kEverything = R"toml(id      = "every-key"
level   = 3
start   = "2026-03-02T09:00:00Z"
seed    = 42
title   = { en = "Everything", ko = "전부" }
summary = { en = "One sentence.", ko = "한 문장." }

[[server]]
name     = "shop"
hosts    = ["shop.example", "www.shop.example"]
profile  = "php"
session_age = "1h30m"
secret   = "s3cret"
users    = [ { username = "alice", password = "wonderland" },
             { username = "bob", password = "builder", staff = true, display_name = "Bob B." } ]

  [[server.route]]
  path    = "/set-theme"
  method  = "GET"
  status  = 201
  headers = ["Set-Cookie: theme=dark; Path=/", "Content-Type:text/html"]
  body    = "<p>Dark</p>"

  [[server.route]]
  path    = "/any"

[[server]]
name    = "tracker"
hosts   = ["ads.example"]
profile = "express"

[[browser]]
name       = "alice"
policy     = "chromium"
user_agent = "Mozilla/5.0 (test)"
block_third_party = true

[[browser]]
name = "mallory"

[[step]]
action  = "visit"
browser = "alice"
url     = "http://shop.example/accounts/login/"
follow_redirects = false
say     = { en = "Alice opens the login page.", ko = "앨리스가 로그인 페이지를 엽니다." }
expect  = { status = 302, location = "/x", sent = ["a"], not_sent = ["b"], stored = ["c"], ignored = ["d"], in_jar = ["e"], not_in_jar = ["f"], sessions = 2, logged_in = "alice", page_contains = "Hello" }

  [step.question]
  prompt  = { en = "Will the browser send a cookie?", ko = "브라우저가 쿠키를 보낼까요?" }
  choices = [ { en = "Yes", ko = "예" }, { en = "No", ko = "아니요" } ]
  answer  = 2
  explain = { en = "The jar is empty.", ko = "쿠키 저장소가 비어 있습니다." }

[[step]]
action  = "submit"
browser = "alice"
form    = "/accounts/login/"
fields  = { username = "alice", password = "wonderland", next = "/" }

[[step]]
action  = "follow"
browser = "alice"
link    = "Profile"

[[step]]
action  = "post"
browser = "alice"
url     = "http://shop.example/transfer"
from    = "http://evil.example/"
fields  = { to = "mallory", amount = "100" }

[[step]]
action   = "wait"
browser  = "alice"
duration = "2h"

[[step]]
action  = "close"
browser = "alice"

[[step]]
action  = "reopen"
browser = "alice"

[[step]]
action  = "clear_cookies"
browser = "mallory"

[[step]]
action  = "set_cookie"
browser = "alice"
url     = "http://shop.example/"
cookie  = "theme=light; Path=/"

[[step]]
action  = "script_cookie"
browser = "alice"
url     = "http://shop.example/"
cookie  = "x=1"

[[step]]
action  = "delete_cookie"
browser = "alice"
name    = "theme"
domain  = ".Shop.Example"
path    = "/"

[[step]]
action       = "copy_cookie"
browser      = "mallory"
from_browser = "alice"
name         = "sessionid"

[[step]]
action  = "delete_session"
browser = "alice"
server  = "shop"
user    = "bob"

[[step]]
action  = "raw"
browser = "alice"
url     = "http://shop.example/"
request = """
GET / HTTP/1.1
Host: shop.example

"""

[[step]]
action  = "raw"
browser = "alice"
url     = "http://nobody.example/"
crlf    = false
request = "GET / HTTP/1.1\nHost: nobody.example\n\n"
)toml";

}  // namespace

TEST_CASE("a file with every key loads into every field") {
  const LoadResult r = load_scenario_text(kEverything, "dir/every.toml");
  for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.scenario);
  const Scenario& s = *r.scenario;

  SECTION("top level") {
    CHECK(s.path == "dir/every.toml");
    CHECK(s.id == "every-key");
    CHECK(s.level == 3);
    CHECK(s.start == 1772442000000);  // 2026-03-02T09:00:00Z
    CHECK(s.seed == 42);
    CHECK(s.title == Bilingual{"Everything", "전부"});
    CHECK(s.summary == Bilingual{"One sentence.", "한 문장."});
  }

  SECTION("servers, users and routes") {
    REQUIRE(s.servers.size() == 2);
    const auto& shop = s.servers[0];
    CHECK(shop.name == "shop");
    CHECK(shop.hosts == std::vector<std::string>{"shop.example", "www.shop.example"});
    CHECK(shop.profile == server::Profile::Php);
    CHECK(shop.session_age == 90 * kMinute);
    CHECK(shop.secret == "s3cret");
    REQUIRE(shop.users.size() == 2);
    CHECK(shop.users[0].username == "alice");
    CHECK(shop.users[0].password == "wonderland");
    CHECK(shop.users[0].display_name == "alice");  // defaults to the user name
    CHECK_FALSE(shop.users[0].staff);
    CHECK(shop.users[1].display_name == "Bob B.");
    CHECK(shop.users[1].staff);
    REQUIRE(shop.routes.size() == 2);
    CHECK(shop.routes[0].path == "/set-theme");
    CHECK(shop.routes[0].method == "GET");
    CHECK(shop.routes[0].status == 201);
    REQUIRE(shop.routes[0].headers.size() == 2);
    CHECK(shop.routes[0].headers[0] == http::Field{"Set-Cookie", "theme=dark; Path=/"});
    CHECK(shop.routes[0].headers[1] == http::Field{"Content-Type", "text/html"});
    CHECK(shop.routes[0].body == "<p>Dark</p>");
    CHECK(shop.routes[1].method == "*");
    CHECK(shop.routes[1].status == 200);
    CHECK(s.servers[1].profile == server::Profile::Express);
    CHECK_FALSE(s.servers[1].session_age);
  }

  SECTION("browsers") {
    REQUIRE(s.browsers.size() == 2);
    CHECK(s.browsers[0].name == "alice");
    CHECK(s.browsers[0].policy == cookie::Policy::Chromium);
    CHECK(s.browsers[0].user_agent == "Mozilla/5.0 (test)");
    CHECK(s.browsers[0].block_third_party);
    CHECK(s.browsers[0].pos.line == 32);  // its [[browser]] header
    CHECK(s.browsers[1].policy == cookie::Policy::Rfc6265);
    CHECK(s.browsers[1].user_agent == "CookieLab/1.0 (mallory)");
    CHECK_FALSE(s.browsers[1].block_third_party);
  }

  SECTION("a visit with expectations and a question") {
    REQUIRE(s.steps.size() == 15);
    const Step& v = s.steps[0];
    CHECK(v.action == Action::Visit);
    CHECK(v.browser == "alice");
    CHECK(v.url == "http://shop.example/accounts/login/");
    CHECK_FALSE(v.follow_redirects);
    CHECK(v.say == Bilingual{"Alice opens the login page.", "앨리스가 로그인 페이지를 엽니다."});
    CHECK(v.pos.line == 41);  // its [[step]] header
    const Expectations& e = v.expect;
    CHECK(e.any());
    CHECK(e.status == 302);
    CHECK(e.location == "/x");
    CHECK(e.sent == std::vector<std::string>{"a"});
    CHECK(e.not_sent == std::vector<std::string>{"b"});
    CHECK(e.stored == std::vector<std::string>{"c"});
    CHECK(e.ignored == std::vector<std::string>{"d"});
    CHECK(e.in_jar == std::vector<std::string>{"e"});
    CHECK(e.not_in_jar == std::vector<std::string>{"f"});
    CHECK(e.sessions == 2);
    CHECK(e.logged_in == "alice");
    CHECK(e.page_contains == "Hello");
    REQUIRE(v.question);
    CHECK(v.question->prompt.en == "Will the browser send a cookie?");
    REQUIRE(v.question->choices.size() == 2);
    CHECK(v.question->choices[1] == Bilingual{"No", "아니요"});
    CHECK(v.question->answer == 1);  // 1-based in the file, 0-based in memory
    CHECK(v.question->explanation.ko == "쿠키 저장소가 비어 있습니다.");
  }

  SECTION("each action keeps its own keys") {
    const Step& submit = s.steps[1];
    CHECK(submit.action == Action::Submit);
    CHECK(submit.form == "/accounts/login/");
    // The file's order, not the alphabetical order a TOML table keeps.
    CHECK(submit.fields == http::FormFields{{"username", "alice"}, {"password", "wonderland"}, {"next", "/"}});
    CHECK(submit.follow_redirects);
    CHECK_FALSE(submit.expect.any());
    CHECK_FALSE(submit.question);
    CHECK(s.steps[2].action == Action::Follow);
    CHECK(s.steps[2].link == "Profile");
    CHECK(s.steps[3].action == Action::Post);
    CHECK(s.steps[3].from == "http://evil.example/");
    CHECK(s.steps[3].fields == http::FormFields{{"to", "mallory"}, {"amount", "100"}});
    CHECK(s.steps[4].duration == 2 * kHour);
    CHECK(s.steps[5].action == Action::Close);
    CHECK(s.steps[6].action == Action::Reopen);
    CHECK(s.steps[7].action == Action::ClearCookies);
    CHECK(s.steps[7].browser == "mallory");
    CHECK(s.steps[8].action == Action::SetCookie);
    CHECK(s.steps[8].cookie == "theme=light; Path=/");
    CHECK(s.steps[9].action == Action::ScriptCookie);
    CHECK(s.steps[10].action == Action::DeleteCookie);
    CHECK(s.steps[10].name == "theme");
    CHECK(s.steps[10].domain == "shop.example");  // stored form: lower-case, no leading dot
    CHECK(s.steps[10].path == "/");
    CHECK(s.steps[11].from_browser == "alice");
    CHECK(s.steps[11].name == "sessionid");
    CHECK(s.steps[12].server == "shop");
    CHECK(s.steps[12].user == "bob");
  }

  SECTION("raw requests get CRLF line ends unless crlf = false") {
    CHECK(s.steps[13].request == "GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n");
    // A host nobody serves is allowed: the browser shows "could not connect".
    CHECK(s.steps[14].url == "http://nobody.example/");
    CHECK(s.steps[14].request == "GET / HTTP/1.1\nHost: nobody.example\n\n");
  }
}

TEST_CASE("defaults: one browser, its user agent, the id from the file name") {
  const LoadResult r = load_scenario_text(R"toml(title = { en = "T", ko = "티" }
[[step]]
action = "visit"
url = "http://shop.example/"
[[step]]
action = "wait"
duration = "30s"
)toml",
                                          "/some/dir/07-two-people.toml");
  for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(r.scenario);
  const Scenario& s = *r.scenario;
  CHECK(s.id == "07-two-people");
  CHECK(s.level == 1);
  CHECK(s.seed == 1);
  CHECK(s.start == 0);
  CHECK(s.summary.empty());
  CHECK(s.servers.empty());
  REQUIRE(s.browsers.size() == 1);
  CHECK(s.browsers[0].name == "browser");
  CHECK(s.browsers[0].user_agent == "CookieLab/1.0 (browser)");
  CHECK(s.browsers[0].policy == cookie::Policy::Rfc6265);
  REQUIRE(s.steps.size() == 2);
  CHECK(s.steps[0].browser == "browser");
  CHECK(s.steps[1].browser == "browser");
  CHECK(s.steps[1].duration == 30 * kSecond);
  CHECK(s.steps[0].pos.line == 2);
  CHECK(s.steps[0].pos.column == 1);
}

TEST_CASE("the one declared browser drives every step") {
  const LoadResult r = load_scenario_text(R"toml(title = { en = "T", ko = "티" }
[[browser]]
name = "alice"
[[step]]
action = "close"
)toml",
                                          "x.toml");
  REQUIRE(r.scenario);
  CHECK(r.scenario->steps[0].browser == "alice");
  CHECK(r.scenario->browsers[0].user_agent == "CookieLab/1.0 (alice)");
}

TEST_CASE("a route's body_base64 holds bytes no TOML string can (an image)") {
  const LoadResult r = load_scenario_text(R"toml(title = { en = "T", ko = "티" }
[[server]]
name = "tracker"
hosts = ["tracker.example"]
  [[server.route]]
  path = "/pixel.gif"
  body_base64 = "R0lGODlhAP8="
[[step]]
action = "close"
)toml",
                                          "x.toml");
  for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(r.scenario);
  CHECK(r.scenario->servers[0].routes[0].body == std::string("GIF89a\0\xff", 8));
}

TEST_CASE("texts written as dotted keys and a TOML date-time start") {
  const LoadResult r = load_scenario_text(R"toml(title.en = "T"
title.ko = "티"
start = 2026-03-02T18:00:00+09:00
[[step]]
action = "close"
say.en = "Bye."
say.ko = "안녕."
)toml",
                                          "x.toml");
  for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(r.scenario);
  CHECK(r.scenario->title == Bilingual{"T", "티"});
  CHECK(r.scenario->start == 1772442000000);  // the same instant as 09:00Z
  CHECK(r.scenario->steps[0].say == Bilingual{"Bye.", "안녕."});
}

TEST_CASE("a quoted start time may carry an offset, as a teacher in Seoul writes it") {
  for (const char* start : {"2026-03-02T18:00:00+09:00", "2026-03-02T04:30:00-04:30", "2026-03-02T09:00:00+00:00"}) {
    const LoadResult r = load_scenario_text(
        std::string("title = { en = \"T\", ko = \"티\" }\nstart = \"") + start + "\"\n[[step]]\naction = \"close\"\n",
        "x.toml");
    INFO(start);
    for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
    REQUIRE(r.scenario);
    CHECK(r.scenario->start == 1772442000000);  // 2026-03-02T09:00:00Z
  }
  for (const char* bad : {"2026-03-02T18:00:00+24:00", "2026-03-02T18:00:00+0900", "2026-03-02T18:00:00"}) {
    INFO(bad);
    CHECK_FALSE(load_scenario_text(std::string("title = { en = \"T\", ko = \"티\" }\nstart = \"") + bad +
                                       "\"\n[[step]]\naction = \"close\"\n",
                                   "x.toml")
                    .scenario);
  }
}

TEST_CASE("Diagnostic::to_string") {
  // A diagnostic holds a kind and its arguments; these two kinds stand for any.
  static constexpr cl::MessageEntry kBad{"bad", "잘못됨", ""}, kMissing{"missing", "없음", ""};
  CHECK(Diagnostic{"a.toml", 3, 7, cl::Message(kBad, {})}.to_string() == "a.toml:3:7: bad");
  CHECK(Diagnostic{"a.toml", 3, 7, cl::Message(kBad, {})}.to_string(cl::Lang::Ko) == "a.toml:3:7: 잘못됨");
  CHECK(Diagnostic{"a.toml", 0, 0, cl::Message(kMissing, {})}.to_string() == "a.toml: missing");
}

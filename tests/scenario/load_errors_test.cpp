// Each kind of mistake in a scenario file is reported with the exact line and
// column of the offending key or value, and a message that says what is allowed.
#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "scenario/load.h"

using namespace cl::scenario;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

std::vector<std::string> diagnostics_of(std::string_view text) {
  const LoadResult r = load_scenario_text(text, "t.toml");
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    out.push_back(d.to_string());
    // Every mistake is also told in Korean, at the same place: lessons are written
    // by teachers who read either language.
    const std::string ko = d.to_string(cl::Lang::Ko);
    INFO(ko);
    CHECK(cl::ko::has_hangul(d.message.ko()));
    CHECK(ko.substr(0, ko.size() - d.message.ko().size()) ==
          out.back().substr(0, out.back().size() - d.message.en().size()));
  }
  // A scenario is handed out only when nothing is wrong.
  CHECK(r.scenario.has_value() == out.empty());
  return out;
}

std::string only_diagnostic(std::string_view text) {
  const auto all = diagnostics_of(text);
  for (const auto& d : all) UNSCOPED_INFO(d);
  REQUIRE(all.size() == 1);
  return all.front();
}

// Line 1 of every snippet below: a valid title, so only the mistake under test is reported.
#define TITLE "title = { en = \"T\", ko = \"티\" }\n"

}  // namespace

TEST_CASE("TOML syntax errors carry toml++'s position") {
  SECTION("unclosed inline table") {
    CHECK(only_diagnostic("title = { en = \"T\", ko = \"티\" \n[[step]]\naction = \"close\"\n") ==
          "t.toml:1:30: TOML syntax error: Error while parsing inline table: expected key or closing '}', saw '\\n'");
  }
  SECTION("a key without a value") {
    CHECK_THAT(only_diagnostic(TITLE "level =\n"), StartsWith("t.toml:2:8: TOML syntax error: "));
  }
  SECTION("a key given twice") {
    CHECK_THAT(only_diagnostic(TITLE "level = 1\nlevel = 2\n"), StartsWith("t.toml:3:9: TOML syntax error: "));
  }
  SECTION("an unterminated string") { CHECK_THAT(only_diagnostic(TITLE "id = \"abc\n"), StartsWith("t.toml:2:")); }
}

TEST_CASE("a file's own key written under a table says where it belongs") {
  CHECK(only_diagnostic(
            TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\nlevel = 1\n[[step]]\naction = \"close\"\n") ==
        "t.toml:5:1: server 1: unknown key \"level\"; allowed here: name, hosts, profile, session_age, users, route, "
        "secret, user_model, show_users; \"level\" belongs at the top of the file, before the first [[...]] table "
        "(keys written under a "
        "table belong to it)");
  CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nseed = 3\n"),
             Contains("\"seed\" belongs at the top of the file"));
}

TEST_CASE("mistakes that would only have shown when the lesson ran") {
  SECTION("expecting a status from a step that sends nothing") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"wait\"\nduration = \"1h\"\nexpect = { status = 200 }\n") ==
          "t.toml:5:21: step 1: expect.status: a \"wait\" step sends no request, so there is nothing to check; its "
          "expectations can be stored, ignored, in_jar, not_in_jar, sessions, logged_in, page_contains");
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"wait\"\nduration = \"1h\"\nexpect = { sessions = 0 }\n").empty());
  }
  SECTION("a route's path with a query, which no request would match") {
    CHECK_THAT(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n[[server.route]]\n"
                                     "path = \"/set-theme?name=dark\"\n[[step]]\naction = \"close\"\n"),
               StartsWith("t.toml:6:8: server 1: route 1: path: \"/set-theme?name=dark\" has a query or fragment"));
  }
  SECTION("a whole Set-Cookie field where its value belongs") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"set_cookie\"\nurl = \"http://a.example/\"\n"
                                     "cookie = \"Set-Cookie: theme=dark\"\n"),
               StartsWith("t.toml:5:10: step 1: cookie: write only the line's value"));
  }
}

TEST_CASE("a count too large for the program says so, not that it is too small") {
  CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = { sessions = 3000000000 }\n") ==
        "t.toml:4:23: step 1: expect.sessions: 3000000000 is too large; at most 2147483647");
}

TEST_CASE("common TOML syntax errors are explained in Korean, toml++'s words after them") {
  const auto korean = [](std::string_view text) {
    const LoadResult r = load_scenario_text(text, "t.toml");
    REQUIRE(r.diagnostics.size() == 1);
    return r.diagnostics[0].to_string(cl::Lang::Ko);
  };
  // The keyboard's full-width '＝', an inline table split over two lines, curly quotes.
  CHECK_THAT(korean(TITLE "level ＝ 1\n"),
             StartsWith("t.toml:2:7: TOML 문법 오류: 전각 '＝' 대신 반각 '='를 쓰세요 ("));
  CHECK_THAT(korean(TITLE "summary = { en = \"a\",\n ko = \"b\" }\n"),
             Contains("{ ... } 안에서는 줄을 바꿀 수 없습니다"));
  CHECK_THAT(korean(TITLE "id = \xE2\x80\x9Cx\xE2\x80\x9D\n"), Contains("곧은 따옴표"));
  CHECK_THAT(korean(TITLE "id = \"abc\n"), Contains("문자열을 닫는 \"가 없거나"));
  CHECK_THAT(korean("title = { en = \"T\", ko = \"\xB1\xE8\" }\n"), Contains("UTF-8로 다시 저장하세요"));
}

TEST_CASE("unknown keys are named, with the keys allowed there") {
  SECTION("top level") {
    CHECK(only_diagnostic(TITLE "levle = 1\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:1: unknown key \"levle\"; allowed here: id, level, start, seed, title, summary, server, browser, "
          "step, experiment");
  }
  SECTION("in a server") {
    CHECK(only_diagnostic(
              TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\nport = 80\n[[step]]\naction = \"close\"\n") ==
          "t.toml:5:1: server 1: unknown key \"port\"; allowed here: name, hosts, profile, session_age, users, route, "
          "secret, user_model, show_users");
  }
  SECTION("in a user") {
    CHECK(only_diagnostic(
              TITLE
              "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n"
              "users = [ { username = \"a\", password = \"b\", admin = true } ]\n[[step]]\naction = \"close\"\n") ==
          "t.toml:5:45: server 1: user 1: unknown key \"admin\"; allowed here: username, password, display_name, "
          "staff, display");
  }
  SECTION("in a browser") {
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \"a\"\ncolor = \"red\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:4:1: browser 1: unknown key \"color\"; allowed here: name, policy, user_agent, block_third_party, "
          "display, language");
  }
  SECTION("in expect") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = { cookies = 1 }\n") ==
          "t.toml:4:12: step 1: unknown key \"cookies\" in expect; allowed here: status, location, sent, not_sent, "
          "stored, ignored, in_jar, not_in_jar, sessions, logged_in, page_contains");
  }
  SECTION("in a text") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nsay = { en = \"a\", ko = \"b\", fr = \"c\" }\n") ==
          "t.toml:4:29: step 1: unknown key \"fr\" in say; allowed here: en, ko");
  }
  SECTION("in a step: a key no action takes") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\nurl = \"http://a.example/\"\nurll = 1\n"),
               StartsWith("t.toml:5:1: step 1: unknown key \"urll\"; allowed in a step: action, browser, say, expect, "
                          "question, url, follow_redirects, fields,"));
  }
  SECTION("in a step: a key of another action") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\nurl = \"http://a.example/\"\nduration = \"2h\"\n") ==
          "t.toml:5:1: step 1: action \"visit\" does not use key \"duration\"; it takes: url, follow_redirects "
          "(and action, browser, say, expect, question)");
  }
  SECTION("in a step whose action takes no key") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nfollow_redirects = false\n") ==
          "t.toml:4:1: step 1: action \"close\" does not use key \"follow_redirects\"; it takes: no other key "
          "(and action, browser, say, expect, question)");
  }
}

TEST_CASE("wrong types say what was expected and what was found") {
  SECTION("a string for an integer") {
    CHECK(only_diagnostic(TITLE "level = \"easy\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:9: level: expected an integer, found a string");
  }
  SECTION("an integer for a string") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\nurl = 80\n") ==
          "t.toml:4:7: step 1: url: expected a string, found an integer");
  }
  SECTION("a string for a boolean") {
    CHECK(only_diagnostic(TITLE
                          "[[step]]\naction = \"visit\"\nurl = \"http://a.example/\"\nfollow_redirects = \"no\"\n") ==
          "t.toml:5:20: step 1: follow_redirects: expected true or false, found a string");
  }
  SECTION("a float in an array of names") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = { in_jar = [\"a\", 1.5] }\n") ==
          "t.toml:4:27: step 1: expect.in_jar[1]: expected a string, found a floating-point number");
  }
  SECTION("a string for a list of hosts") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = \"s.example\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:4:9: server 1: hosts: expected an array of strings, found a string");
  }
  SECTION("a single [step] table instead of [[step]]") {
    CHECK(only_diagnostic(TITLE "[step]\naction = \"close\"\n") ==
          "t.toml:2:1: step: expected an array of tables (write [[step]] before each step), found a table");
  }
  SECTION("expect as a string") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = \"200\"\n") ==
          "t.toml:4:10: step 1: expect: expected a table, found a string");
  }
  SECTION("fields as an array") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"submit\"\nfields = [\"a\"]\n") ==
          "t.toml:4:10: step 1: fields: expected a table of strings, e.g. { username = \"alice\" }, found an array");
  }
  SECTION("a field value that is not a string") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"submit\"\nfields = { amount = 100 }\n") ==
          "t.toml:4:21: step 1: fields.amount: expected a string, found an integer");
  }
}

TEST_CASE("unknown names of actions, profiles and policies list the allowed ones") {
  SECTION("action") {
    CHECK(
        only_diagnostic(TITLE "[[step]]\naction = \"teleport\"\n") ==
        "t.toml:3:10: step 1: action: unknown action \"teleport\"; allowed: visit, submit, follow, post, wait, close, "
        "reopen, clear_cookies, set_cookie, script_cookie, delete_cookie, copy_cookie, delete_session, raw, change");
  }
  SECTION("profile") {
    CHECK(
        only_diagnostic(
            TITLE
            "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\nprofile = \"rails\"\n[[step]]\naction = \"close\"\n") ==
        "t.toml:5:11: server 1: profile: unknown profile \"rails\"; allowed: django, php, express, servlet, stateless");
  }
  SECTION("policy") {
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \"a\"\npolicy = \"firefox\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:4:10: browser 1: policy: unknown policy \"firefox\"; allowed: rfc6265, chromium");
  }
  SECTION("action names are exact") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"Visit\"\nurl = \"http://a.example/\"\n"),
               StartsWith("t.toml:3:10: step 1: action: unknown action \"Visit\"; allowed: visit,"));
  }
}

TEST_CASE("values that do not parse") {
  SECTION("a URL with another scheme, with parse_url's reason") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\nurl = \"ftp://a.example/\"\n"),
               StartsWith("t.toml:4:7: step 1: url: bad URL \"ftp://a.example/\": ") && Contains("ftp"));
  }
  SECTION("a relative URL") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\nurl = \"/accounts/login/\"\n"),
               StartsWith("t.toml:4:7: step 1: url: bad URL \"/accounts/login/\": "));
  }
  SECTION("a bad from URL of a post") {
    CHECK_THAT(only_diagnostic(
                   TITLE "[[step]]\naction = \"post\"\nurl = \"http://a.example/\"\nfields = {}\nfrom = \"evil\"\n"),
               StartsWith("t.toml:6:8: step 1: from: bad URL \"evil\": "));
  }
  SECTION("a duration") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"wait\"\nduration = \"soon\"\n") ==
          "t.toml:4:12: step 1: duration: bad duration \"soon\"; write a number and a unit, e.g. \"30s\", \"15m\", "
          "\"2h\", \"1d\", \"2w\", \"1h30m\"");
  }
  SECTION("a session age") {
    CHECK_THAT(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\nsession_age = \"2 "
                                     "weeks\"\n[[step]]\naction = \"close\"\n"),
               StartsWith("t.toml:5:15: server 1: session_age: bad duration \"2 weeks\""));
  }
  SECTION("a start time") {
    CHECK(only_diagnostic(TITLE "start = \"2026-13-01T00:00:00Z\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:9: start: bad start time \"2026-13-01T00:00:00Z\"; write it in UTC as \"2026-03-02T09:00:00Z\"");
  }
  SECTION("a TOML local date-time start has no zone") {
    CHECK(only_diagnostic(TITLE "start = 2026-03-02T09:00:00\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:9: start: a local date-time has no time zone; write it in UTC as \"2026-03-02T09:00:00Z\"");
  }
  SECTION("a host with a port") {
    CHECK_THAT(
        only_diagnostic(
            TITLE
            "[[server]]\nname = \"s\"\nhosts = [\"s.example\", \"s.example:8080\"]\n[[step]]\naction = \"close\"\n"),
        StartsWith("t.toml:4:23: server 1: hosts[1]: \"s.example:8080\": write only the host name"));
  }
  SECTION("a host in upper case") {
    CHECK(
        only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"Shop.Example\"]\n[[step]]\naction = \"close\"\n") ==
        "t.toml:4:10: server 1: hosts[0]: \"Shop.Example\": write the host in lower case");
  }
  SECTION("a route header without a colon") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n[[server.route]]\npath = \"/x\"\n"
                                "headers = [\"Set-Cookie a=b\"]\n[[step]]\naction = \"close\"\n") ==
          "t.toml:7:12: server 1: route 1: headers[0]: a header is written \"Name: value\"; no ':' found");
  }
  SECTION("a route's body_base64 that is not base64, or given beside body") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n[[server.route]]\npath = \"/x\"\n"
                                "body_base64 = \"R0lG*\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:7:15: server 1: route 1: body_base64 is not base64 (RFC 4648 section 4)");
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n[[server.route]]\npath = \"/x\"\n"
                                "body = \"a\"\nbody_base64 = \"YQ==\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:8:15: server 1: route 1: give body or body_base64, not both");
  }
  SECTION("a route path without a slash") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\n[[server.route]]\npath = "
                                "\"x\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:6:8: server 1: route 1: path: \"x\" must start with '/'");
  }
  SECTION("levels, seeds and statuses out of range") {
    CHECK(only_diagnostic(TITLE "level = 4\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:9: level: 4 is out of range; allowed: 1 (beginner), 2 (intermediate), 3 (advanced)");
    CHECK(only_diagnostic(TITLE "seed = -1\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:8: seed: -1 is out of range; a seed is 0 or more");
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = { status = 42 }\n") ==
          "t.toml:4:21: step 1: expect.status: 42 is out of range; write an HTTP status 100 to 599, or 0 for no "
          "response");
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nexpect = { sessions = -2 }\n") ==
          "t.toml:4:23: step 1: expect.sessions: -2 is out of range; a count is 0 or more");
  }
  SECTION("an empty name") {
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \" \"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:3:8: browser 1: name: is empty");
  }
}

TEST_CASE("missing required keys") {
  SECTION("no title") {
    CHECK(only_diagnostic("[[step]]\naction = \"close\"\n") ==
          "t.toml: missing key \"title\" (a table { en = \"...\", ko = \"...\" })");
  }
  SECTION("no step") {
    CHECK(only_diagnostic(TITLE) == "t.toml: missing key \"step\" (a scenario needs at least one [[step]])");
  }
  SECTION("an empty list of steps") {
    CHECK(only_diagnostic(TITLE "step = []\n") == "t.toml:2:8: step: a scenario needs at least one [[step]]");
  }
  SECTION("a step without action") {
    CHECK_THAT(only_diagnostic(TITLE "[[step]]\nurl = \"http://a.example/\"\n"),
               StartsWith("t.toml:2:1: step 1: missing key \"action\" (one of: visit, submit,"));
  }
  SECTION("each action's own keys (FORMAT.md table)") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"visit\"\n") ==
          "t.toml:2:1: step 1: action \"visit\" needs key \"url\"");
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"follow\"\n") ==
          "t.toml:2:1: step 1: action \"follow\" needs key \"link\"");
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"wait\"\n") ==
          "t.toml:2:1: step 1: action \"wait\" needs key \"duration\"");
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"delete_cookie\"\n") ==
          "t.toml:2:1: step 1: action \"delete_cookie\" needs key \"name\"");
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"post\"\n") ==
          std::vector<std::string>{"t.toml:2:1: step 1: action \"post\" needs key \"url\"",
                                   "t.toml:2:1: step 1: action \"post\" needs key \"fields\""});
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"raw\"\n").size() == 2);
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"set_cookie\"\n").size() == 2);
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"script_cookie\"\n").size() == 2);
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"copy_cookie\"\n").size() == 2);
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"delete_session\"\n") ==
          "t.toml:2:1: step 1: action \"delete_session\" needs key \"server\"");
    // A logout button form has only hidden inputs: submit needs no fields.
    CHECK(diagnostics_of(TITLE "[[step]]\naction = \"submit\"\n").empty());
  }
  SECTION("a server without name and hosts") {
    CHECK(diagnostics_of(TITLE "[[server]]\nprofile = \"php\"\n[[step]]\naction = \"close\"\n") ==
          std::vector<std::string>{
              "t.toml:2:1: server 1: missing key \"name\" (how steps refer to this server)",
              "t.toml:2:1: server 1: missing key \"hosts\" (the host names it answers for, e.g. [\"shop.example\"])"});
  }
  SECTION("a user without a password") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"s.example\"]\nusers = [ { username = \"a\" } ]\n"
                                "[[step]]\naction = \"close\"\n") ==
          "t.toml:5:11: server 1: user 1: missing key \"password\"");
  }
}

TEST_CASE("references to browsers, servers and users") {
  SECTION("a step names a browser that does not exist") {
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \"alice\"\n[[step]]\naction = \"close\"\nbrowser = \"bob\"\n") ==
          "t.toml:6:11: step 1: browser: no browser named \"bob\"; browsers: alice");
  }
  SECTION("several browsers and a step that names none") {
    CHECK(only_diagnostic(
              TITLE "[[browser]]\nname = \"alice\"\n[[browser]]\nname = \"mallory\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:6:1: step 1: which browser? this scenario has 2 (alice, mallory); add browser = \"...\"");
  }
  SECTION("the default browser is called browser") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nbrowser = \"alice\"\n") ==
          "t.toml:4:11: step 1: browser: no browser named \"alice\"; the file declares no [[browser]], so its one "
          "browser is \"browser\": add [[browser]] with name = \"alice\"");
  }
  SECTION("copy_cookie from a browser that does not exist, or from itself") {
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \"a\"\n[[step]]\naction = \"copy_cookie\"\nbrowser = \"a\"\n"
                                "from_browser = \"b\"\nname = \"sid\"\n") ==
          "t.toml:7:16: step 1: from_browser: no browser named \"b\"; browsers: a");
    CHECK(only_diagnostic(TITLE "[[browser]]\nname = \"a\"\n[[step]]\naction = \"copy_cookie\"\nbrowser = \"a\"\n"
                                "from_browser = \"a\"\nname = \"sid\"\n") ==
          "t.toml:7:16: step 1: from_browser: the cookie would be copied from \"a\" into itself");
  }
  SECTION("delete_session names an unknown server or user") {
    const std::string servers = TITLE
        "[[server]]\nname = \"shop\"\nhosts = [\"s.example\"]\nusers = [ { username = \"alice\", password = \"x\" } "
        "]\n";
    CHECK(only_diagnostic(servers + "[[step]]\naction = \"delete_session\"\nserver = \"bank\"\n") ==
          "t.toml:8:10: step 1: server: no server named \"bank\"; servers: shop");
    CHECK(only_diagnostic(servers + "[[step]]\naction = \"delete_session\"\nserver = \"shop\"\nuser = \"bob\"\n") ==
          "t.toml:9:8: step 1: user: server \"shop\" has no user \"bob\"; its users: alice");
  }
  SECTION("logged_in names a user nobody has") {
    CHECK(only_diagnostic(TITLE "[[server]]\nname = \"shop\"\nhosts = [\"s.example\"]\nusers = [ { username = "
                                "\"alice\", password = \"x\" } ]\n"
                                "[[step]]\naction = \"close\"\nexpect = { logged_in = \"alcie\" }\n") ==
          "t.toml:8:24: step 1: expect.logged_in: no server has a user \"alcie\" (\"\" means nobody)");
  }
  SECTION("a URL whose host nobody serves is allowed (the browser cannot connect)") {
    CHECK(diagnostics_of(TITLE
                         "[[step]]\naction = \"visit\"\nurl = \"http://nowhere.example/\"\nexpect = { status = 0 }\n")
              .empty());
  }
}

TEST_CASE("names and hosts must be unique") {
  SECTION("two servers with one name") {
    CHECK(only_diagnostic(
              TITLE
              "[[server]]\nname = \"s\"\nhosts = [\"a.example\"]\n[[server]]\nname = \"s\"\nhosts = [\"b.example\"]\n"
              "[[step]]\naction = \"close\"\n") ==
          "t.toml:6:8: server 2: duplicate server name \"s\" (server 1 has it, line 3)");
  }
  SECTION("a host served twice") {
    CHECK(
        only_diagnostic(TITLE "[[server]]\nname = \"s\"\nhosts = [\"a.example\"]\n[[server]]\nname = \"t\"\nhosts = "
                              "[\"b.example\", \"a.example\"]\n"
                              "[[step]]\naction = \"close\"\n") ==
        "t.toml:7:23: server 2: host \"a.example\" is already served by server \"s\"; each host belongs to one server");
    CHECK(only_diagnostic(
              TITLE
              "[[server]]\nname = \"s\"\nhosts = [\"a.example\", \"a.example\"]\n[[step]]\naction = \"close\"\n") ==
          "t.toml:4:23: server 1: host \"a.example\" is listed twice");
  }
  SECTION("two browsers with one name") {
    CHECK(
        only_diagnostic(
            TITLE
            "[[browser]]\nname = \"a\"\n[[browser]]\nname = \"a\"\n[[step]]\naction = \"close\"\nbrowser = \"a\"\n") ==
        "t.toml:5:8: browser 2: duplicate browser name \"a\" (browser 1 has it)");
  }
  SECTION("a user listed twice") {
    CHECK(only_diagnostic(TITLE
                          "[[server]]\nname = \"s\"\nhosts = [\"a.example\"]\n"
                          "users = [ { username = \"a\", password = \"x\" }, { username = \"a\", password = \"y\" } ]\n"
                          "[[step]]\naction = \"close\"\n") == "t.toml:5:60: server 1: user \"a\" is listed twice");
  }
}

TEST_CASE("questions") {
  const std::string step =
      TITLE "[[step]]\naction = \"close\"\n[step.question]\nprompt = { en = \"Q\", ko = \"질문\" }\n";
  SECTION("the answer is out of range") {
    CHECK(only_diagnostic(step +
                          "choices = [ { en = \"A\", ko = \"가\" }, { en = \"B\", ko = \"나\" } ]\nanswer = 3\n") ==
          "t.toml:7:10: step 1: question.answer: 3 is out of range; the choices are numbered 1 to 2");
    CHECK(only_diagnostic(step +
                          "choices = [ { en = \"A\", ko = \"가\" }, { en = \"B\", ko = \"나\" } ]\nanswer = 0\n") ==
          "t.toml:7:10: step 1: question.answer: 0 is out of range; the choices are numbered 1 to 2");
  }
  SECTION("fewer than two choices") {
    CHECK(only_diagnostic(step + "choices = [ { en = \"A\", ko = \"가\" } ]\nanswer = 1\n") ==
          "t.toml:6:11: step 1: question.choices: a question needs at least 2 choices, found 1");
  }
  SECTION("a choice written as a plain string") {
    CHECK(only_diagnostic(step + "choices = [ \"A\", { en = \"B\", ko = \"나\" } ]\nanswer = 1\n") ==
          "t.toml:6:13: step 1: question.choices[0]: expected a table { en = \"...\", ko = \"...\" }, found a string; "
          "every text must be given in both English and Korean");
  }
  SECTION("no answer") {
    CHECK(only_diagnostic(step + "choices = [ { en = \"A\", ko = \"가\" }, { en = \"B\", ko = \"나\" } ]\n") ==
          "t.toml:4:1: step 1: missing key \"question.answer\" (the number of the right choice, from 1)");
  }
}

TEST_CASE("every text in both languages") {
  SECTION("missing ko") {
    CHECK(only_diagnostic("title = { en = \"T\" }\n[[step]]\naction = \"close\"\n") ==
          "t.toml:1:9: title: missing \"ko\" (Korean); every text must be given in both English and Korean");
  }
  SECTION("missing en") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nsay = { ko = \"안녕\" }\n") ==
          "t.toml:4:7: step 1: say: missing \"en\" (English); every text must be given in both English and Korean");
  }
  SECTION("a plain string is not enough") {
    CHECK(only_diagnostic(TITLE "summary = \"Just English\"\n[[step]]\naction = \"close\"\n") ==
          "t.toml:2:11: summary: expected a table { en = \"...\", ko = \"...\" }, found a string; every text must be "
          "given in both English and Korean");
  }
  SECTION("an empty translation") {
    CHECK(only_diagnostic(TITLE "[[step]]\naction = \"close\"\nsay = { en = \"Hi\", ko = \"\" }\n") ==
          "t.toml:4:25: step 1: say.ko: is empty");
  }
}

TEST_CASE("a file with several mistakes reports all of them, in file order") {
  const char* const text = R"toml(level = "easy"
title = { en = "Broken" }

[[server]]
name = "shop"
hosts = ["shop.example"]
profile = "rails"

[[browser]]
name = "alice"
[[browser]]
name = "mallory"

[[step]]
action = "teleport"
browser = "alice"

[[step]]
action = "wait"
browser = "alice"
duration = "soon"

[[step]]
action = "visit"
url = "http://shop.example/"
)toml";
  CHECK(diagnostics_of(text) ==
        std::vector<std::string>{
            "t.toml:1:9: level: expected an integer, found a string",
            "t.toml:2:9: title: missing \"ko\" (Korean); every text must be given in both English and Korean",
            "t.toml:7:11: server 1: profile: unknown profile \"rails\"; allowed: django, php, express, servlet, "
            "stateless",
            "t.toml:15:10: step 1: action: unknown action \"teleport\"; allowed: visit, submit, follow, post, wait, "
            "close, reopen, clear_cookies, set_cookie, script_cookie, delete_cookie, copy_cookie, delete_session, raw, "
            "change",
            "t.toml:21:12: step 2: duration: bad duration \"soon\"; write a number and a unit, e.g. \"30s\", \"15m\", "
            "\"2h\", \"1d\", \"2w\", \"1h30m\"",
            "t.toml:23:1: step 3: which browser? this scenario has 2 (alice, mallory); add browser = \"...\"",
        });
}

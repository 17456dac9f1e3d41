// log._cookielab.events of CookieLab's own export: what changed a jar outside an
// exchange. The importer replays them, -o writes them as steps, and bad ones are
// told with their place, never a crash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include "base/text.h"
#include "har/har.h"
#include "first_problem.h"
#include "har/import.h"
#include "har/write_scenario.h"
#include "report/har.h"
#include "scenario/load.h"
#include "sim/world.h"

using namespace cl;
using namespace cl::har;
using cl::har::test::first_problem;

namespace {

// One exchange of browser "alice", then `events` (the log._cookielab.events array's text).
std::string lab_har(const std::string& events, const std::string& browsers = R"([{"name": "alice"}])") {
  return R"({"log": {"version": "1.2", "creator": {"name": "CookieLab", "version": "1"}, "entries": [
{"startedDateTime": "2026-12-03T09:00:00.000Z", "request": {"method": "GET", "url": "http://a.example/", "headers": [{"name": "Accept", "value": "text/html"}]},
 "response": {"status": 200, "statusText": "OK", "headers": [{"name": "Set-Cookie", "value": "a=1"}], "content": {"size": 2, "mimeType": "text/html", "text": "hi"}},
 "_cookielab": {"browser": "alice", "policy": "rfc6265", "redirect": false}},
{"startedDateTime": "2026-12-03T09:00:05.000Z", "request": {"method": "GET", "url": "http://a.example/", "headers": [{"name": "Accept", "value": "text/html"}, {"name": "Cookie", "value": "a=1; b=2"}]},
 "response": {"status": 200, "statusText": "OK", "headers": [], "content": {"size": 2, "mimeType": "text/html", "text": "hi"}},
 "_cookielab": {"browser": "alice", "policy": "rfc6265", "redirect": false}}
],
"_cookielab": {"browsers": )" +
         browsers + R"(, "events": )" + events + "}}}";
}

const char* kSetB =
    R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice", "action": "script_cookie", "url": "http://a.example/", "cookie": "b=2"}])";

}  // namespace

TEST_CASE("an event of the export is replayed between the entries: the Cookie header is then explained") {
  ReadResult r = read_har(lab_har(kSetB));
  for (const auto& p : r.problems) FAIL_CHECK(p.where.to_string() + ": " + p.what.en());
  REQUIRE(r.capture);
  REQUIRE(r.capture->lab_events.size() == 1);
  CHECK(r.capture->lab_events[0].after == 1);
  Imported im = import_capture(std::move(*r.capture), {true, "lab.har"});
  const sim::Timeline& tl = im.world->timeline();
  REQUIRE(tl.size() == 3);  // entry, the script's cookie, entry
  CHECK_FALSE(tl.step(1).exchange);
  CHECK(tl.step(1).action == scenario::Action::ScriptCookie);
  CHECK(tl.step(2).exchange->cookies.sent().size() == 2);
  CHECK(tl.step(2).differences.empty());

  // Without the event the same capture is a script's cookie the step must explain.
  ReadResult bare = read_har(lab_har("[]"));
  REQUIRE(bare.capture);
  Imported without = import_capture(std::move(*bare.capture), {true, "lab.har"});
  REQUIRE(without.world->timeline().size() == 2);
  CHECK_FALSE(without.world->timeline().step(1).differences.empty());

  // -o writes it as a step `cookielab check` accepts.
  const std::string toml = scenario_toml(im.scenario, "lab.har");
  CHECK(toml.find("action = \"script_cookie\"") != std::string::npos);
  scenario::LoadResult loaded = scenario::load_scenario_text(toml, "lab.toml");
  for (const auto& d : loaded.diagnostics) FAIL_CHECK(d.to_string());
  REQUIRE(loaded.scenario);
}

TEST_CASE("every lesson's export, imported, writes a scenario with its events that check accepts") {
  std::size_t events = 0;
  for (const auto& f : std::filesystem::directory_iterator(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios")) {
    if (f.path().extension() != ".toml") continue;
    INFO(f.path().string());
    scenario::LoadResult lesson_file = scenario::load_scenario_file(f.path().string());
    REQUIRE(lesson_file.scenario);
    sim::World lesson(*lesson_file.scenario);
    lesson.run_all();
    std::ostringstream har;
    report::write_har(har, lesson, Lang::En);
    ReadResult r = read_har(har.str());
    REQUIRE(r.capture);
    const std::size_t n = r.capture->lab_events.size();
    events += n;
    Imported im = import_capture(std::move(*r.capture), {false, "lesson.har"});
    // Each event is a step of the written scenario, with the action it had.
    std::size_t carried = 0;
    for (const scenario::Step& st : im.scenario.steps)
      if (!scenario::action_sends_request(st.action) && st.say.empty()) ++carried;
    CHECK(carried >= n);
    const std::string toml = scenario_toml(im.scenario, "lesson.har");
    // TOML is UTF-8: a body that is not (lesson 03's tracker image) is written as
    // body_base64 and read back byte for byte.
    CHECK(valid_utf8(toml));
    scenario::LoadResult loaded = scenario::load_scenario_text(toml, "lesson.toml");
    for (const auto& d : loaded.diagnostics) FAIL_CHECK(d.to_string());
    REQUIRE(loaded.scenario);
    REQUIRE(loaded.scenario->servers.size() == im.scenario.servers.size());
    for (std::size_t i = 0; i < im.scenario.servers.size(); ++i) {
      REQUIRE(loaded.scenario->servers[i].routes.size() == im.scenario.servers[i].routes.size());
      for (std::size_t j = 0; j < im.scenario.servers[i].routes.size(); ++j)
        CHECK(loaded.scenario->servers[i].routes[j].body == im.scenario.servers[i].routes[j].body);
    }
    sim::World replay(*loaded.scenario);
    replay.run_all();  // runs to the end without a crash
    CHECK(replay.finished());
  }
  CHECK(events >= 10);
}

TEST_CASE("bad log._cookielab content is told with its place, never a crash") {
  // A wrong type.
  CHECK(first_problem(lab_har(
            R"([{"after": "one", "time": "2026-12-03T09:00:02.000Z", "browser": "alice", "action": "close"}])")) ==
        "9:70 log._cookielab.events[0].after: expected a number, found a string");
  // An unknown action, and one that sends a request (an exchange is an entry).
  CHECK(first_problem(
            lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice", "action": "dance"}])")) ==
        "9:139 log._cookielab.events[0].action: unknown action \"dance\"; CookieLab's export records wait, close, "
        "reopen, clear_cookies, set_cookie, script_cookie, delete_cookie, copy_cookie");
  CHECK(first_problem(
            lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice", "action": "visit"}])"))
            .find("unknown action \"visit\"") != std::string::npos);
  // An unknown browser, and an unknown browser to copy from.
  CHECK(first_problem(
            lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "bob", "action": "close"}])")) ==
        "9:60 log._cookielab.events[0].browser: unknown browser \"bob\": no entry and no log._cookielab.browsers item "
        "has that name");
  CHECK(first_problem(lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice",
      "action": "copy_cookie", "from_browser": "mallory", "name": "a"}])"))
            .find("events[0].from_browser: unknown browser \"mallory\"") != std::string::npos);
  // A key its action needs, a place past the entries, a time, a negative wait.
  CHECK(first_problem(lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice",
      "action": "set_cookie", "url": "http://a.example/"}])")) ==
        "9:60 log._cookielab.events[0]: \"cookie\" is missing (a set_cookie event needs it)");
  CHECK(first_problem(
            lab_har(R"([{"after": 7, "time": "2026-12-03T09:00:02.000Z", "browser": "alice", "action": "close"}])")) ==
        "9:60 log._cookielab.events[0].after: \"after\" is 7; expected a whole number from 0 to 2 (the number of "
        "entries)");
  CHECK(first_problem(lab_har(R"([{"after": 1, "time": "yesterday", "browser": "alice", "action": "close"}])"))
            .find("events[0].time: bad time \"yesterday\"") != std::string::npos);
  CHECK(first_problem(lab_har(R"([{"after": 1, "time": "2026-12-03T09:00:02.000Z", "browser": "alice",
      "action": "wait", "duration": -5}])"))
            .find("\"duration\" is -5") != std::string::npos);
  // Not an array, and an event that is not an object.
  CHECK(first_problem(lab_har(R"({"after": 1})")).find("expected an array, found an object") != std::string::npos);
  CHECK(first_problem(lab_har(R"([3])")).find("expected an object, found a number") != std::string::npos);
  // Every cut of an export with events is refused with a place, never a crash.
  const std::string whole = lab_har(kSetB);
  for (std::size_t cut = 0; cut < whole.size(); cut += 7) CHECK_FALSE(read_har(whole.substr(0, cut)).capture);
}

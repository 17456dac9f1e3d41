// A capture on the timeline: the jar rebuilt by the engine, the differences said,
// secrets masked, and the scenario -o writes replaying the same cookies.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include "har/har.h"
#include "har/import.h"
#include "har/mask.h"
#include "har/write_scenario.h"
#include "scenario/load.h"
#include "sim/world.h"

using namespace cl;
using namespace cl::har;

namespace {

Capture login_capture() {
  std::ifstream in(std::string(COOKIELAB_SOURCE_DIR) + "/tests/data/har/login.har", std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  ReadResult r = read_har(text);
  REQUIRE(r.capture);
  return std::move(*r.capture);
}

std::string all_en(const std::vector<Message>& ms) {
  std::string s;
  for (const Message& m : ms) s += m.en() + "\n";
  return s;
}

// What a jar holds, without the times: (name, value, domain, path).
std::set<std::tuple<std::string, std::string, std::string, std::string>> contents(const cookie::CookieJar& jar) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
  for (const cookie::Cookie& c : jar.all()) out.emplace(c.name, c.value, c.domain, c.path);
  return out;
}

}  // namespace

TEST_CASE("each entry is a step with its real bytes, the jar rebuilt by the engine") {
  Imported im = import_capture(login_capture(), {false, "login.har"});
  const sim::Timeline& tl = im.world->timeline();
  REQUIRE(tl.size() == 3);
  CHECK(im.scenario.browsers.at(0).policy == cookie::Policy::Chromium);
  CHECK(im.scenario.servers.size() == 1);  // one host, one lane
  const sim::Exchange& first = *tl.step(0).exchange;
  CHECK(first.request_text().starts_with("GET /accounts/login/ HTTP/1.1\r\nHost: shop.example\r\n"));
  CHECK(first.set_cookies.at(0).decision.outcome == cookie::SetOutcome::Stored);
  CHECK(tl.step(2).exchange->redirect_follow);
  CHECK(*tl.step(2).exchange->response_body == "<h1>Hello, alice</h1>");  // decoded from base64
  const sim::Snapshot end = tl.snapshot(2);
  std::set<std::string> names;
  for (const cookie::Cookie& c : end.browsers[0]->jar.all()) names.insert(c.name);
  CHECK(names == std::set<std::string>{"_ga", "csrftoken", "prefs", "sessionid", "theme"});

  SECTION("where the real Cookie header is not the engine's, the step says why") {
    CHECK(all_en(tl.step(0).differences) ==
          "The browser's Cookie header differs from what the engine would send:\n"
          "_ga: sent before any Set-Cookie of the capture set it: it was in the browser before the capture began\n"
          "prefs: sent before any Set-Cookie of the capture set it: it was in the browser before the capture began\n");
    CHECK(all_en(tl.step(1).differences)
              .find("theme: sent by the browser, but no Set-Cookie in the capture sets it: "
                    "a script set it") != std::string::npos);
    CHECK(tl.step(2).differences.empty());  // the jar now follows the real browser
    CHECK_FALSE(tl.step(1).differences.at(1).ko().empty());
  }
}

TEST_CASE("secrets are masked, equal values alike, unless kept") {
  Imported im = import_capture(login_capture(), {false, "login.har"});
  const sim::Timeline& tl = im.world->timeline();
  const std::string post = tl.step(1).exchange->request_text();
  CHECK(post.find("wonderland") == std::string::npos);
  CHECK(post.find("Zx81kLmN0pQrStUv") == std::string::npos);
  CHECK(post.find("username=alice") != std::string::npos);  // not a secret
  // The CSRF cookie and the form field it is echoed in have the same mask.
  const std::string mask = tl.snapshot(0).browsers[0]->jar.all().at(1).value;
  CHECK(mask.starts_with("masked-"));
  CHECK(post.find("csrfmiddlewaretoken=" + mask) != std::string::npos);
  CHECK(tl.step(0).exchange->response_body->find("value=" + mask) != std::string::npos);
  CHECK(tl.step(2).exchange->request_text().find("Authorization: Bearer masked-") != std::string::npos);
  CHECK(im.scenario.summary.en.find("masked") != std::string::npos);
  CHECK(im.scenario.summary.ko.find("가려져") != std::string::npos);

  SECTION("--keep-secrets keeps them") {
    Imported kept = import_capture(login_capture(), {true, "login.har"});
    CHECK(kept.world->timeline().step(1).exchange->request_text().find("password=wonderland") != std::string::npos);
    CHECK(kept.masked == 0);
  }
  SECTION("the names that are secrets") {
    for (const char* n : {"password", "passwd", "pwd", "csrfmiddlewaretoken", "X-CSRF-Token", "auth_token", "api-key"})
      CHECK(secret_name(n));
    for (const char* n : {"username", "email", "next", "Accept"}) CHECK_FALSE(secret_name(n));
  }
}

TEST_CASE("the policy follows the capture's browser") {
  Capture c = login_capture();
  CHECK(policy_of(c) == cookie::Policy::Chromium);
  c.creator_name = "Firefox";
  CHECK(policy_of(c) == cookie::Policy::Rfc6265);
  c.creator_name = "Charles Proxy";
  Imported im = import_capture(c, {false, "x.har"});
  CHECK(im.scenario.summary.en.find("neither Chromium nor Firefox, so the jar follows RFC 6265") != std::string::npos);
}

TEST_CASE("entries out of order are shown in the order they started") {
  Capture c = login_capture();
  std::swap(c.entries[0], c.entries[2]);
  Imported im = import_capture(c, {false, "x.har"});
  CHECK(im.out_of_order);
  CHECK(im.world->timeline().step(0).exchange->url->path == "/accounts/login/");
  CHECK(im.scenario.summary.en.find("not in time order") != std::string::npos);
}

TEST_CASE("-o writes a scenario that check accepts and run replays with the same cookies") {
  Imported im = import_capture(login_capture(), {false, "login.har"});
  const std::string toml = scenario_toml(im.scenario, "login.har");
  scenario::LoadResult loaded = scenario::load_scenario_text(toml, "login.toml");
  for (const auto& d : loaded.diagnostics) FAIL_CHECK(d.to_string());
  REQUIRE(loaded.scenario);
  sim::World replay(*loaded.scenario);
  replay.run_all();
  for (const sim::Step& s : replay.timeline().steps())
    for (const auto& c : s.checks) CHECK(c.passed);
  // The same jar at the end...
  const sim::Timeline& rec = im.world->timeline();
  CHECK(contents(replay.timeline().snapshot(replay.timeline().size() - 1).browsers[0]->jar) ==
        contents(rec.snapshot(rec.size() - 1).browsers[0]->jar));
  // ...and every request carried the Cookie header the real browser sent.
  std::vector<std::string> real, replayed;
  for (const sim::Step& s : rec.steps()) real.push_back(s.exchange->cookie_header());
  for (const sim::Step& s : replay.timeline().steps())
    if (s.exchange) replayed.push_back(s.exchange->cookie_header());
  CHECK(replayed == real);
}

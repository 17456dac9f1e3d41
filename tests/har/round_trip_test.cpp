// CookieLab's own export imported again: every lesson's exchanges come back as they
// were, and each browser's jar is the lesson's after every exchange, as long as the
// lesson did nothing to that jar outside an exchange (a close, a cookie set by hand or
// by script, a copy: the HAR records no such thing); where it did, the step says why.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include "har/har.h"
#include "har/import.h"
#include "report/har.h"
#include "scenario/load.h"
#include "sim/world.h"

using namespace cl;

namespace {

std::set<std::tuple<std::string, std::string, std::string, std::string>> contents(const cookie::CookieJar& jar) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
  for (const cookie::Cookie& c : jar.all()) out.emplace(c.name, c.value, c.domain, c.path);
  return out;
}

std::vector<std::string> lessons() {
  std::vector<std::string> out;
  for (const auto& f : std::filesystem::directory_iterator(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios"))
    if (f.path().extension() == ".toml") out.push_back(f.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("importing CookieLab's own export of every lesson gives back the same exchanges and jars") {
  std::size_t compared_jars = 0;
  for (const std::string& path : lessons()) {
    INFO(path);
    scenario::LoadResult loaded = scenario::load_scenario_file(path);
    REQUIRE(loaded.scenario);
    sim::World lesson(*loaded.scenario);
    lesson.run_all();
    std::ostringstream har;
    report::write_har(har, lesson, Lang::En);
    har::ReadResult read = har::read_har(har.str());
    for (const auto& p : read.problems) FAIL_CHECK(p.where.to_string() + ": " + p.what.en());
    REQUIRE(read.capture);
    har::Imported im = har::import_capture(std::move(*read.capture), {true, "lesson.har"});
    const sim::Timeline& tl = lesson.timeline();
    const sim::Timeline& back = im.world->timeline();

    // The browsers by name, with their policies.
    std::vector<int> browser_of(lesson.scenario().browsers.size(), -1);
    for (std::size_t b = 0; b < lesson.scenario().browsers.size(); ++b)
      for (std::size_t i = 0; i < im.scenario.browsers.size(); ++i)
        if (im.scenario.browsers[i].name == lesson.scenario().browsers[b].name) {
          browser_of[b] = static_cast<int>(i);
          CHECK(im.scenario.browsers[i].policy == lesson.scenario().browsers[b].policy);
        }

    std::size_t k = 0;      // the imported step
    std::set<int> touched;  // browsers whose jar a step without an exchange changed
    for (const sim::Step& s : tl.steps()) {
      if (!s.exchange) {
        if (s.browser >= 0 && s.action != scenario::Action::Wait) touched.insert(s.browser);
        if (s.action == scenario::Action::Wait) touched.insert(-2);  // the clock: expiry is still seen alike
        continue;
      }
      if (s.exchange->browser < 0) continue;  // a raw client's, not a browser of the lesson
      REQUIRE(k < back.size());
      const sim::Exchange& a = *s.exchange;
      const sim::Exchange& b = *back.step(k).exchange;
      CHECK(b.method == a.method);
      CHECK(b.url->to_string() == a.url->to_string());
      CHECK(b.status == a.status);
      CHECK(b.redirect_follow == a.redirect_follow);
      CHECK(b.request_text() == a.request_text());
      if (a.answered()) {
        CHECK(b.response_head() == a.response_head());
        CHECK(*b.response_body == *a.response_body);
        REQUIRE(b.set_cookies.size() == a.set_cookies.size());
        for (std::size_t i = 0; i < a.set_cookies.size(); ++i)
          CHECK(b.set_cookies[i].decision.outcome == a.set_cookies[i].decision.outcome);
      }
      const int bi = browser_of[static_cast<std::size_t>(a.browser)];
      REQUIRE(bi >= 0);
      if (!touched.count(a.browser)) {
        // The same cookies sent and the same jar after the exchange.
        CHECK(back.step(k).differences.empty());
        CHECK(contents(back.snapshot(k).browsers[static_cast<std::size_t>(bi)]->jar) ==
              contents(tl.snapshot(s.index).browsers[static_cast<std::size_t>(a.browser)]->jar));
        ++compared_jars;
      } else if (b.cookie_header() != [&] {
                   std::string engine;
                   for (const cookie::Cookie& c : b.cookies.sent())
                     engine += (engine.empty() ? "" : "; ") + c.name + "=" + c.value;
                   return engine;
                 }()) {
        // Never silently: a Cookie header the engine would not have sent says why.
        CHECK_FALSE(back.step(k).differences.empty());
      }
      ++k;
    }
    CHECK(k == back.size());
  }
  CHECK(compared_jars > 50);
}

// CookieLab's own export imported again: every lesson's exchanges come back as they
// were, and after every exchange each browser's jar is the lesson's and its Cookie
// header the engine's own. What changed a jar outside an exchange (a close and a
// reopen, a cookie set by hand or by script, a copy, a wait) is in
// log._cookielab.events and replayed by the import at its place.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include "har/har.h"
#include "har/import.h"
#include "report/har.h"
#include "scenario/load.h"
#include "sim/world.h"

using namespace cl;

namespace {

using CookieRow = std::tuple<std::string, std::string, std::string, std::string, bool, TimeMs, bool, bool, bool>;

std::set<CookieRow> contents(const cookie::CookieJar& jar) {
  std::set<CookieRow> out;
  for (const cookie::Cookie& c : jar.all())
    out.emplace(c.name, c.value, c.domain, c.path, c.persistent, c.persistent ? c.expiry : 0, c.secure, c.http_only,
                c.host_only);
  return out;
}

// The Cookie header the engine's records say it sent ("a=b; c=d").
std::string engine_header(const sim::Exchange& ex) {
  std::string out;
  for (const cookie::Cookie& c : ex.cookies.sent()) out += (out.empty() ? "" : "; ") + c.name + "=" + c.value;
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
  std::size_t compared = 0, touched_lessons = 0;
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

    // The browsers by name, with their policies: every one of the lesson's.
    const std::size_t browsers = lesson.scenario().browsers.size();
    std::vector<int> browser_of(browsers, -1);
    for (std::size_t b = 0; b < browsers; ++b)
      for (std::size_t i = 0; i < im.scenario.browsers.size(); ++i)
        if (im.scenario.browsers[i].name == lesson.scenario().browsers[b].name) {
          browser_of[b] = static_cast<int>(i);
          CHECK(im.scenario.browsers[i].policy == lesson.scenario().browsers[b].policy);
        }
    for (std::size_t b = 0; b < browsers; ++b) REQUIRE(browser_of[b] >= 0);

    // The imported exchanges, in order (the replayed events are steps between them).
    std::vector<std::size_t> exchanges;
    for (const sim::Step& s : back.steps())
      if (s.exchange) exchanges.push_back(s.index);
    bool touched = false;
    std::size_t k = 0;
    for (const sim::Step& s : tl.steps()) {
      if (!s.exchange) {
        touched = touched || s.browser >= 0;
        continue;
      }
      if (s.exchange->browser < 0) continue;  // a raw client's, not a browser of the lesson
      REQUIRE(k < exchanges.size());
      const std::size_t at = exchanges[k];
      const sim::Exchange& a = *s.exchange;
      const sim::Exchange& b = *back.step(at).exchange;
      INFO("exchange " << k + 1 << ": " << a.method << " " << a.url->to_string());
      CHECK(b.browser == browser_of[static_cast<std::size_t>(a.browser)]);
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
      // The Cookie header the lesson sent is the one the engine sends from the imported
      // jar: nothing to explain.
      CHECK(b.cookie_header() == a.cookie_header());
      CHECK(engine_header(b) == engine_header(a));
      CHECK(back.step(at).differences.empty());
      // Every browser's jar after the exchange is the lesson's.
      const sim::Snapshot mine = tl.snapshot(s.index), theirs = back.snapshot(at);
      for (std::size_t br = 0; br < browsers; ++br) {
        INFO("browser " << lesson.scenario().browsers[br].name);
        CHECK(contents(theirs.browsers[static_cast<std::size_t>(browser_of[br])]->jar) ==
              contents(mine.browsers[br]->jar));
      }
      ++compared;
      ++k;
    }
    CHECK(k == exchanges.size());
    if (touched) ++touched_lessons;
  }
  CHECK(compared > 100);
  CHECK(touched_lessons >= 5);  // lessons that close, copy, set by hand or by script, or wait
}

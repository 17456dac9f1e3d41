#include <catch2/catch.hpp>
#include <string>
#include "app/logic/browser_view.h"
#include "app/logic/lesson.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("the address bar shows the URL requested, a redirect where it points", "[browser_view]") {
  SECTION("built-in step 1: the first request's URL, not an empty bar, while its question waits") {
    Lesson lesson;
    REQUIRE(lesson.open_default());
    lesson.go_to(1);
    REQUIRE(lesson.step()->exchange);
    const BrowserView v = browser_view(lesson, 0);
    CHECK(v.address == lesson.step()->exchange->url->to_string());
    CHECK_FALSE(v.address.empty());
    CHECK(v.waiting == lesson.outcome_hidden());
    CHECK(v.redirect_status.empty());  // nothing to show while waiting
  }
  SECTION("a request elsewhere: its URL, not the previous page's") {
    Lesson lesson;
    REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/01-http-forgets.toml"));
    bool seen = false;
    for (std::size_t p = 2; p <= lesson.count() && !seen; ++p) {
      lesson.go_to(p);
      const auto& x = lesson.step()->exchange;
      const auto& before = lesson.before().browsers.at(0)->location;
      if (!x || x->browser != 0 || !before || before->to_string() == x->url->to_string()) continue;
      INFO("step " << p);
      CHECK(browser_view(lesson, 0).address == x->url->to_string());
      seen = true;
    }
    CHECK(seen);
  }
  SECTION("a 302 not followed: \"302 Found\" and its Location") {
    Lesson lesson;
    REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/01-http-forgets.toml"));
    bool seen = false;
    for (std::size_t p = 1; p <= lesson.count() && !seen; ++p) {
      lesson.go_to(p);
      const auto& x = lesson.step()->exchange;
      if (!x || x->status != 302) continue;
      if (lesson.question()) {
        CHECK(browser_view(lesson, x->browser).redirect_status.empty());  // not before the answer
        lesson.answer(0);
      }
      const BrowserView v = browser_view(lesson, x->browser);
      CHECK(v.redirect_status == "302 Found");
      CHECK(v.redirect_to == "/accounts/login/?next=/accounts/profile/");
      CHECK_FALSE(v.waiting);
      // One step on, another request by the same browser: the redirect is not shown again.
      seen = true;
    }
    CHECK(seen);
  }
  SECTION("a browser index out of range gives an empty view") {
    Lesson lesson;
    REQUIRE(lesson.open_default());
    CHECK(browser_view(lesson, -1).address.empty());
    CHECK(browser_view(lesson, 99).address.empty());
  }
}

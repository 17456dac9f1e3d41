#include <catch2/catch.hpp>
#include "app/logic/layout.h"

using namespace cl::app;

namespace {
void check_inside(const Rect& r, float w, float h) {
  CHECK(r.x >= 0);
  CHECK(r.y >= 0);
  CHECK(r.right() <= w + 0.01f);
  CHECK(r.bottom() <= h + 0.01f);
  CHECK(r.w > 0);
  CHECK(r.h > 0);
}
bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() - 0.01f && b.x < a.right() - 0.01f && a.y < b.bottom() - 0.01f && b.y < a.bottom() - 0.01f;
}
}  // namespace

TEST_CASE("the layout puts every panel on screen, none over another", "[layout]") {
  const float sizes[][2] = {{1280, 720}, {1920, 1080}, {1024, 768}, {800, 1200}, {3840, 2160}};
  for (const auto& s : sizes) {
    INFO(s[0] << "x" << s[1]);
    Layout l = compute_layout(s[0], s[1], 24, 50);
    const Rect panels[] = {l.browser, l.sequence, l.narration, l.jar, l.inspector, l.server, l.controls};
    for (const Rect& r : panels) check_inside(r, s[0], s[1]);
    for (std::size_t i = 0; i < std::size(panels); ++i)
      for (std::size_t j = i + 1; j < std::size(panels); ++j) CHECK_FALSE(overlap(panels[i], panels[j]));
    CHECK(l.controls.y >= 24);
    CHECK(l.browser.y == 24);  // right under the menu bar
    CHECK(l.controls.bottom() == Approx(s[1]));
  }
  SECTION("wide screens get three columns, tall ones two") {
    CHECK(compute_layout(1920, 1080, 24, 50).wide);
    CHECK_FALSE(compute_layout(800, 1200, 24, 50).wide);
  }
}

TEST_CASE("font size follows the window height and the learner's scale", "[layout]") {
  CHECK(font_size_for(1280, 720, 1.0f) == Approx(16));
  CHECK(font_size_for(1920, 1080, 1.0f) == Approx(24));
  CHECK(font_size_for(1920, 1080, 1.5f) == Approx(36));
  CHECK(font_size_for(1100, 1100, 1.0f) == Approx(13.75f));   // narrow: the width decides
  CHECK(font_size_for(300, 200, 1.0f) == Approx(13));         // never unreadably small
  CHECK(font_size_for(100000, 100000, 10.0f) == Approx(64));  // nor absurd
}

TEST_CASE("the raw messages' monospace stays readable when projected", "[layout]") {
  // A 1280x720 projector at the learner's scale 1.0, and smaller windows: the monospace
  // text is at least 13 px and never smaller than the interface text beside it.
  const float sizes[][2] = {{1280, 720}, {1920, 1080}, {1024, 600}, {800, 480}, {300, 200}};
  for (const auto& s : sizes) {
    INFO(s[0] << "x" << s[1]);
    const float ui = font_size_for(s[0], s[1], 1.0f);
    CHECK(mono_font_size(ui) >= 13.0f);
    CHECK(mono_font_size(ui) >= ui);
  }
  CHECK(mono_font_size(font_size_for(1280, 720, 1.0f)) >= 16.0f);
  CHECK(mono_font_size(font_size_for(1280, 720, 0.6f)) >= 13.0f);  // Ctrl- does not make it unreadable
  CHECK(mono_font_size(font_size_for(1280, 720, 1.2f)) == Approx(font_size_for(1280, 720, 1.2f)));
}

TEST_CASE("a form's labels sit beside their fields when the fields keep room", "[layout]") {
  // The browser panel at 1280x720 (27% of the width, 16 px): "Username" beside its field.
  CHECK(form_labels_beside_fields(330, 75, 8, 16));
  // A long label in a narrow panel: above its field, as before.
  CHECK_FALSE(form_labels_beside_fields(200, 120, 8, 16));
  CHECK_FALSE(form_labels_beside_fields(330, 75, 8, 40));  // a large scale: the field would be too short
}

TEST_CASE("on a wide screen the narration gets most of the height", "[layout]") {
  for (const auto& s : {std::pair{1280.0f, 720.0f}, std::pair{1920.0f, 1080.0f}}) {
    const Layout l = compute_layout(s.first, s.second, 24, 50);
    const float body = s.second - 24 - 50;
    CHECK(l.narration.h >= body * 0.6f);
    CHECK(l.narration.h > l.server.h);
    CHECK(l.server.x == Approx(l.narration.x));  // the server panel right under it
    CHECK(l.server.y == Approx(l.narration.bottom()));
    CHECK(l.inspector.right() == Approx(l.narration.x));  // the row below ends where the column begins
  }
}

TEST_CASE("the narration and server panels share the column by what they hold", "[layout]") {
  const float body = 1000.0f - 24 - 50;
  const float share = body * 0.64f;  // the default split
  const auto split = [&](float narration, float server) {
    const Layout l = compute_layout(1600, 1000, 24, 50, ContentHeights{narration, server});
    CHECK(l.server.y == Approx(l.narration.bottom()));
    CHECK(l.server.bottom() == Approx(24 + body));
    return l.narration.h;
  };
  SECTION("not measured yet, or both fit at the default: the default") {
    CHECK(split(0, 0) == Approx(share));
    CHECK(split(400, 200) == Approx(share));
  }
  SECTION("a long step: the narration grows as far as it needs") { CHECK(split(700, 200) == Approx(700)); }
  SECTION("but the server keeps the rows it shows at its default share") {
    CHECK(split(900, 200) == Approx(body - 200));
    CHECK(split(900, 600) == Approx(share));
  }
  SECTION("a long session table takes what the narration does not use") {
    CHECK(split(300, 500) == Approx(body - 500));
    CHECK(split(300, 800) == Approx(300));
  }
}

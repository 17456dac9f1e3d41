#include <catch2/catch.hpp>
#include "app/logic/row_colors.h"

using namespace cl::app;

TEST_CASE("the WCAG contrast ratio", "[row_colors]") {
  CHECK(contrast_ratio({1, 1, 1}, {0, 0, 0}) == Approx(21));
  CHECK(contrast_ratio({0, 0, 0}, {1, 1, 1}) == Approx(21));
  CHECK(contrast_ratio({0.5f, 0.5f, 0.5f}, {0.5f, 0.5f, 0.5f}) == Approx(1));
  // #777777 on white is WCAG's classic borderline: 4.48.
  CHECK(contrast_ratio({0x77 / 255.0f, 0x77 / 255.0f, 0x77 / 255.0f}, {1, 1, 1}) == Approx(4.48f).margin(0.01f));
  // The high-contrast theme's old deleted row: red on dark red.
  CHECK(contrast_ratio({1, 0.35f, 0.35f}, {0.55f, 0, 0}) < kMinTextContrast);
  const Rgba half = over({1, 1, 1, 0.5f}, {0, 0, 0});
  CHECK(half.r == Approx(0.5f));
  CHECK(half.a == 1);
}

TEST_CASE("every session row's text reads on its background, in both themes", "[row_colors]") {
  for (const bool high_contrast : {false, true}) {
    for (const Change change : {Change::Same, Change::New, Change::Changed, Change::Removed}) {
      for (const bool expired : {false, true}) {
        for (const bool found : {false, true}) {
          SessionRowView v;
          v.change = change;
          v.expired = expired;
          v.found = found;
          const RowColors c = session_row_colors(v, high_contrast);
          // A row without its own background shows the table's, or its stripe.
          const Rgba table = table_background(high_contrast);
          const Rgba backgrounds[] = {over(c.background, table), over(c.background, over({1, 1, 1, 0.06f}, table))};
          for (const Rgba& bg : backgrounds) {
            INFO((high_contrast ? "high contrast" : "normal")
                 << ", change " << static_cast<int>(change) << (expired ? ", expired" : "")
                 << (found ? ", found" : ""));
            CHECK(contrast_ratio(c.text, bg) >= kMinTextContrast);
            CHECK(contrast_ratio(c.state, bg) >= kMinTextContrast);
          }
        }
      }
    }
  }
}

TEST_CASE("a deleted row is marked by its background, not only by its word", "[row_colors]") {
  for (const bool high_contrast : {false, true}) {
    SessionRowView v;
    v.change = Change::Removed;
    CHECK(session_row_colors(v, high_contrast).background.a > 0);
    v.change = Change::Same;
    CHECK(session_row_colors(v, high_contrast).background.a == 0);
    v.found = true;
    CHECK(session_row_colors(v, high_contrast).background.a > 0);
  }
}

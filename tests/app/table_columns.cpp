#include <catch2/catch.hpp>
#include <numeric>
#include "app/logic/table_columns.h"

using namespace cl::app;

TEST_CASE("columns that matter keep their minimum width and the table scrolls instead", "[table_columns]") {
  // The jar's compact columns: name (as wide as its widest cell), value, scope, expiry.
  const ColumnNeed jar[] = {{90, 0}, {80, 1}, {110, 1}, {75, 0}};
  const auto sum = [](const std::vector<float>& w) { return std::accumulate(w.begin(), w.end(), 0.0f); };
  SECTION("a wide panel: every column at least its minimum, the spare shared by weight") {
    const auto w = column_widths(jar, 500);
    REQUIRE(w.size() == 4);
    CHECK(sum(w) == Approx(500));
    CHECK(w[0] == Approx(90));
    CHECK(w[3] == Approx(75));
    CHECK(w[1] == Approx(80 + 72.5f));
    CHECK(w[2] == Approx(110 + 72.5f));
  }
  SECTION("Ctrl+: a panel narrower than the minimums keeps them all, wider than the panel (it scrolls)") {
    const auto w = column_widths(jar, 200);
    CHECK(w[0] == Approx(90));
    CHECK(w[1] == Approx(80));  // not "V..."
    CHECK(w[2] == Approx(110));
    CHECK(w[3] == Approx(75));
    CHECK(sum(w) > 200);
  }
  SECTION("no column takes a share: the minimums, even with room to spare") {
    const ColumnNeed fixed[] = {{10, 0}, {20, 0}};
    CHECK(sum(column_widths(fixed, 100)) == Approx(30));
  }
  CHECK(column_min(40, 25) == 40);
  CHECK(column_min(40, 65) == 65);
  CHECK(column_widths({}, 100).empty());
}

// Column widths for the jar's and the session table's compact tables. A column that
// matters (a cookie's name, value, domain and path, expiry; a session's key, user,
// expiry) keeps at least the width of its header and a useful part of its value; what
// the panel has over goes to the columns that can use it (the value, the scope, the
// session data). When the minimums do not fit, the table scrolls sideways instead of
// cutting a column to "V...": Dear ImGui shrinks fixed columns to fit otherwise.
#pragma once
#include <span>
#include <vector>

namespace cl::app {

struct ColumnNeed {
  float min = 0;     // content width (cell padding not included)
  float weight = 0;  // share of the space left over; 0 keeps the minimum
};

// `available` is the content width the columns share (the table's width less every
// cell's padding). Each width is at least its minimum; together they fill `available`
// when their minimums fit in it (and some column takes a share), else they scroll.
std::vector<float> column_widths(std::span<const ColumnNeed> needs, float available);

// The minimum of a column: its header and a sample of its content, whichever is wider.
float column_min(float header_width, float sample_width);

}  // namespace cl::app

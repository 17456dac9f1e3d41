#include "app/logic/table_columns.h"
#include <algorithm>

namespace cl::app {

std::vector<float> column_widths(std::span<const ColumnNeed> needs, float available) {
  std::vector<float> widths;
  float total_min = 0, total_weight = 0;
  for (const ColumnNeed& n : needs) {
    widths.push_back(std::max(0.0f, n.min));
    total_min += widths.back();
    total_weight += std::max(0.0f, n.weight);
  }
  const float spare = available - total_min;
  if (spare <= 0 || total_weight <= 0) return widths;
  for (std::size_t i = 0; i < needs.size(); ++i) widths[i] += spare * std::max(0.0f, needs[i].weight) / total_weight;
  return widths;
}

float column_min(float header_width, float sample_width) { return std::max(header_width, sample_width); }

}  // namespace cl::app

#include "app/logic/layout.h"
#include <algorithm>

namespace cl::app {

Layout compute_layout(float width, float height, float top, float controls_height) {
  Layout l;
  const float body_top = top;
  const float body_h = std::max(0.0f, height - top - controls_height);
  l.controls = {0, body_top + body_h, width, height - body_top - body_h};
  l.wide = width >= height * 1.25f;
  if (l.wide) {
    // Row 1: browser | sequence | narration. Row 2: jar (wide: many columns) | inspector | server.
    const float h1 = body_h * 0.48f, h2 = body_h - h1;
    const float y2 = body_top + h1;
    const float c1 = width * 0.27f, c2 = width * 0.38f, c3 = width - c1 - c2;
    l.browser = {0, body_top, c1, h1};
    l.sequence = {c1, body_top, c2, h1};
    l.narration = {c1 + c2, body_top, c3, h1};
    const float d1 = width * 0.40f, d2 = width * 0.33f, d3 = width - d1 - d2;
    l.jar = {0, y2, d1, h2};
    l.inspector = {d1, y2, d2, h2};
    l.server = {d1 + d2, y2, d3, h2};
  } else {
    // Two columns, three rows: the pairs that are read together sit side by side.
    const float rh = body_h / 3.0f;
    const float c1 = width * 0.5f, c2 = width - c1;
    l.browser = {0, body_top, c1, rh};
    l.narration = {c1, body_top, c2, rh};
    l.sequence = {0, body_top + rh, c1, rh};
    l.inspector = {c1, body_top + rh, c2, rh};
    l.jar = {0, body_top + 2 * rh, c1, body_h - 2 * rh};
    l.server = {c1, body_top + 2 * rh, c2, body_h - 2 * rh};
  }
  return l;
}

float font_size_for(float window_width, float window_height, float ui_scale) {
  const float base = std::clamp(std::min(window_height / 45.0f, window_width / 80.0f), 13.0f, 32.0f);
  return std::clamp(base * ui_scale, 10.0f, 64.0f);
}

}  // namespace cl::app

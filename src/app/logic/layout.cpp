#include "app/logic/layout.h"
#include <algorithm>

namespace cl::app {

namespace {

// The height of the narration in the right-hand column, over the server panel.
// The default split holds a typical step; it moves only as far as the narration
// needs to be read whole, and not so far that the server panel loses rows it would
// show at its default share. Should the session table need more than its share, the
// narration gives up what it does not use.
float narration_height(float body_h, const ContentHeights& needs) {
  const float share = body_h * 0.64f;
  if (needs.narration + needs.server <= body_h) return std::clamp(share, needs.narration, body_h - needs.server);
  const float server_keeps = std::min(needs.server, body_h - share);
  return std::min(needs.narration, body_h - server_keeps);
}

}  // namespace

Layout compute_layout(float width, float height, float top, float controls_height, const ContentHeights& needs) {
  Layout l;
  const float body_top = top;
  const float body_h = std::max(0.0f, height - top - controls_height);
  l.controls = {0, body_top + body_h, width, height - body_top - body_h};
  l.wide = width >= height * 1.25f;
  if (l.wide) {
    // Row 1: browser | sequence. Row 2: jar | inspector. The right-hand column is
    // narration over server: the narration (question, explanation, checks) needs the
    // height far more than a session table of a few rows does.
    const float h1 = body_h * 0.48f;
    const float y2 = body_top + h1;
    const float c1 = width * 0.27f, c2 = width * 0.41f, c3 = width - c1 - c2;
    l.browser = {0, body_top, c1, h1};
    l.sequence = {c1, body_top, c2, h1};
    const float narration_h = narration_height(body_h, needs);
    l.narration = {c1 + c2, body_top, c3, narration_h};
    l.server = {c1 + c2, body_top + narration_h, c3, body_h - narration_h};
    const float d1 = width * 0.40f, d2 = c1 + c2 - d1;
    l.jar = {0, y2, d1, body_h - h1};
    l.inspector = {d1, y2, d2, body_h - h1};
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

bool form_labels_beside_fields(float panel_width, float widest_label, float spacing, float font_size) {
  return panel_width - widest_label - spacing >= font_size * 8.0f;
}

float mono_font_size(float ui_size) { return std::max(ui_size, kMinReadableMono); }

}  // namespace cl::app

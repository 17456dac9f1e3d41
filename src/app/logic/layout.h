// Where each panel goes for a window size: three columns on a wide screen, two on
// a narrow or tall one. Pure arithmetic, so tests check nothing falls off screen.
#pragma once

namespace cl::app {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
};

struct Layout {
  Rect browser, sequence, narration, jar, inspector, server, controls;
  bool wide = true;
};

// The heights the narration and server panels need to show all they hold (title
// bar included), as measured when they were last drawn; 0 when not known yet.
struct ContentHeights {
  float narration = 0, server = 0;
  bool operator==(const ContentHeights&) const = default;
};

// `top` is the menu bar's height, `controls_height` the bar at the bottom.
Layout compute_layout(float width, float height, float top, float controls_height, const ContentHeights& needs = {});

// The font size in pixels for a window: large enough to read across a room (16 px
// at 1280x720, 24 at 1920x1080), smaller for a narrow window so the panels still
// fit, times the learner's scale.
float font_size_for(float window_width, float window_height, float ui_scale);

// The monospace size for raw HTTP text (the inspector, the playground) beside a `ui_size`
// interface font: never smaller than the interface font, and never under 13 px, below
// which a projected header line is unreadable from the back of a classroom. (It was
// 0.95 of the interface size; DejaVu Sans Mono's small x-height made that read smaller.)
float mono_font_size(float ui_size);
inline constexpr float kMinReadableMono = 13.0f;

// A page's form puts each label beside its field when the field keeps room for about
// a dozen characters (12 font sizes of width would be generous; 8 holds "alice" and a
// password with room to spare): a line less per field, so a login form's submit button
// is in view at 1280x720 without scrolling the browser panel.
bool form_labels_beside_fields(float panel_width, float widest_label, float spacing, float font_size);

}  // namespace cl::app

// The colours of a session table row, decided here so a test can hold them to the WCAG
// contrast minimum in both themes: a projector washes colours out, and the high-contrast
// theme once drew "deleted" in red on dark red (3.2:1).
#pragma once
#include "app/logic/highlight.h"

namespace cl::app {

struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
};

// `top` drawn over the opaque `below` (source-over blending, as ImGui draws).
Rgba over(Rgba top, Rgba below);
// WCAG 2.x relative luminance (sRGB channels linearised) and contrast ratio
// (L1 + 0.05) / (L2 + 0.05), 1 to 21; success criterion 1.4.3 asks 4.5 for body text.
float relative_luminance(Rgba c);
float contrast_ratio(Rgba a, Rgba b);
inline constexpr float kMinTextContrast = 4.5f;

// What a table's rows are drawn over: the table's own (child window) background.
Rgba table_background(bool high_contrast);
// The background of a row by its change ({0,0,0,0}: none, the table's own shows).
// The jar uses the same ones for its new, changed and removed cookies.
Rgba row_background(Change change, bool high_contrast);
Rgba found_row_background(bool high_contrast);

struct RowColors {
  Rgba background;  // translucent; a == 0 for none
  Rgba text;        // key, user, expiry, data
  Rgba state;       // the state column's word ("deleted", "found", ...)
};
RowColors session_row_colors(const SessionRowView& row, bool high_contrast);
// A users row: the found green when a session of the step links to it, the changed
// amber when the step wrote it, the deleted red when the link carries an old hash
// (that session goes). The same backgrounds as the session rows.
RowColors user_row_colors(bool linked, bool changed, bool old_hash, bool high_contrast);

}  // namespace cl::app

#include "app/logic/row_colors.h"
#include <algorithm>
#include <cmath>

namespace cl::app {
namespace {

// The theme's text colours (theme.cpp's palette), as the session table uses them.
struct Inks {
  Rgba text, muted, accent, changed, bad;
};
const Inks& inks(bool high_contrast) {
  static const Inks normal{{0.92f, 0.93f, 0.95f},
                           {0.60f, 0.63f, 0.68f},
                           {0.40f, 0.75f, 1.00f},
                           {1.00f, 0.75f, 0.30f},
                           {1.00f, 0.45f, 0.40f}};
  static const Inks contrast{{1, 1, 1}, {0.85f, 0.85f, 0.85f}, {1, 1, 0}, {1, 0.85f, 0}, {1, 0.35f, 0.35f}};
  return high_contrast ? contrast : normal;
}

float linear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

}  // namespace

Rgba over(Rgba top, Rgba below) {
  const float a = std::clamp(top.a, 0.0f, 1.0f);
  return {top.r * a + below.r * (1 - a), top.g * a + below.g * (1 - a), top.b * a + below.b * (1 - a), 1};
}

float relative_luminance(Rgba c) { return 0.2126f * linear(c.r) + 0.7152f * linear(c.g) + 0.0722f * linear(c.b); }

float contrast_ratio(Rgba a, Rgba b) {
  const float la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

Rgba table_background(bool high_contrast) { return high_contrast ? Rgba{0, 0, 0, 1} : Rgba{0.07f, 0.08f, 0.10f, 1}; }

Rgba row_background(Change change, bool high_contrast) {
  // Dark enough that the state's coloured word reads on them: the changed rows' amber
  // and the removed rows' red were lighter (3.5:1 and 3.2:1 in high contrast).
  switch (change) {
    case Change::New: return high_contrast ? Rgba{0, 0.20f, 0.65f, 1} : Rgba{0.15f, 0.30f, 0.60f, 0.75f};
    case Change::Changed: return high_contrast ? Rgba{0.40f, 0.27f, 0, 1} : Rgba{0.45f, 0.32f, 0.04f, 0.75f};
    case Change::Removed: return high_contrast ? Rgba{0.35f, 0, 0, 1} : Rgba{0.45f, 0.10f, 0.10f, 0.60f};
    case Change::Same: break;
  }
  return {0, 0, 0, 0};
}

// Green, as the jar marks the cookies sent: the key came back and matched this row.
Rgba found_row_background(bool high_contrast) {
  return high_contrast ? Rgba{0, 0.45f, 0, 1} : Rgba{0.10f, 0.40f, 0.20f, 0.75f};
}

RowColors session_row_colors(const SessionRowView& v, bool high_contrast) {
  const Inks& ink = inks(high_contrast);
  RowColors c;
  c.background = v.found && (v.change == Change::Same || v.change == Change::Changed)
                     ? found_row_background(high_contrast)
                     : row_background(v.change, high_contrast);
  // Greyed out: a deleted row, and an expired one when nothing else colours it. On the
  // blue, amber and green rows grey falls under 4.5:1; there the state word says it.
  const bool greyed = v.change == Change::Removed || (v.expired && c.background.a == 0);
  c.text = greyed ? ink.muted : ink.text;
  if (v.change == Change::Removed) c.state = ink.bad;
  else if (v.change == Change::New) c.state = ink.accent;
  else if (v.found) c.state = ink.text;  // on green, neither green nor amber reads
  else if (v.change == Change::Changed) c.state = ink.changed;
  else c.state = v.expired ? ink.bad : ink.text;
  return c;
}

RowColors user_row_colors(bool linked, bool changed, bool old_hash, bool high_contrast) {
  SessionRowView as_session;
  as_session.found = linked && !old_hash;
  // A link with an old hash: the red of a deleted row, as the session it names goes.
  as_session.change = old_hash ? Change::Removed : changed ? Change::Changed : Change::Same;
  RowColors c = session_row_colors(as_session, high_contrast);
  if (old_hash) c.text = inks(high_contrast).text;  // the user's row itself stays
  return c;
}

}  // namespace cl::app

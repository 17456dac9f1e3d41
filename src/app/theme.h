// Colours: the normal theme and a high-contrast one for projectors, plus the
// marks the panels share (sent, new, changed, expired, cookie header lines).
#pragma once
#include <imgui.h>
#include "app/logic/row_colors.h"

namespace cl::app {

struct Palette {
  ImVec4 text, muted, accent, link;
  ImVec4 sent_bg, new_bg, changed_bg, removed_bg, current_bg;
  ImVec4 cookie_line, set_cookie_line, start_line, header_name;
  ImVec4 ok, bad, question_bg;
  ImU32 lane, arrow, arrow_current, cookie_mark;
  // A what-if branch's arrows in the sequence, beside the original's (also dashed, so
  // they read apart without colour).
  ImU32 branch_arrow, branch_current;
};

const Palette& palette(bool high_contrast);
// A colour decided in app/logic (row_colors.h), as ImGui takes it.
inline ImVec4 imgui_color(Rgba c) { return {c.r, c.g, c.b, c.a}; }
void apply_theme(bool high_contrast, float ui_scale);

}  // namespace cl::app

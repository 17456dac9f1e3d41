// Small pieces the panels share: a fixed panel window, text in a colour with a
// tooltip, times in a short form.
#pragma once
#include <imgui.h>
#include <string>
#include <string_view>
#include "app/logic/layout.h"
#include "base/text.h"
#include "base/time.h"

namespace cl::app {

// A panel sits where the layout puts it; the learner does not drag it around.
bool begin_panel(const char* id, std::string_view title, const Rect& area);
void end_panel();

void text(std::string_view s);  // no format string: text as it is
void text_colored(const ImVec4& color, std::string_view s);
void text_wrapped(std::string_view s);
void tooltip(std::string_view s);          // for the last item, when hovered
void row_background(const ImVec4& color);  // inside a table row

// The height the current panel needs for what was drawn in it so far, title bar and
// padding included: measured each frame so the layout can make room next frame.
float content_height();

// "03-02 09:00:05" for times in the lesson (same year), with the full date as tooltip.
std::string short_time(TimeMs t);

}  // namespace cl::app

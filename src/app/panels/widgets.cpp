#include "app/panels/widgets.h"
#include <algorithm>
#include <cstdio>
#include <string>
#include "app/logic/wrap.h"

namespace cl::app {

bool begin_panel(const char* id, std::string_view title, const Rect& area) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
  // "###id" keeps the window's identity when the title changes language.
  std::string label = std::string(title) + "###" + id;
  return ImGui::Begin(label.c_str(), nullptr,
                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void end_panel() { ImGui::End(); }

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

void text_colored(const ImVec4& color, std::string_view s) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  text(s);
  ImGui::PopStyleColor();
}

void text_wrapped(std::string_view s) {
  // Our own breaking (app/logic/wrap.h): at spaces only, so "shop.example" and URLs
  // stay on one line. A group keeps every line at the x where the text began (beside
  // a button, after a header name).
  const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  const auto measure = [](std::string_view piece) {
    return ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
  };
  ImGui::BeginGroup();
  for (std::string_view line : wrap_lines(s, width, measure)) text(line);
  ImGui::EndGroup();
}

void tooltip(std::string_view s) {
  if (s.empty() || !ImGui::IsItemHovered()) return;
  // Not while a popup (the cookie editor) is open: hover was decided before it
  // opened this frame, and Dear ImGui 1.86 asserts when a new tooltip window is
  // created behind a modal that opened in the same frame.
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  ImGui::BeginTooltip();
  // One item per line (our own breaking, as text_wrapped), not ImGui's wrapping inside
  // one item: that puts lines exactly a font size apart, and Hangul, merged at 1.1x the
  // Latin size (fonts.cpp), rises above its line's top and touches the line above.
  // Separate items are ItemSpacing.y apart, as everywhere else in the window.
  const auto measure = [](std::string_view piece) {
    return ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
  };
  for (std::string_view line : wrap_lines(s, ImGui::GetFontSize() * 28.0f, measure)) text(line);
  ImGui::EndTooltip();
}

void row_background(const ImVec4& color) {
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(color));
}

float content_height() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
}

std::string short_time(TimeMs t) {
  CivilTime c = civil_from_time(t);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02u:%02u:%02u", static_cast<long long>(c.year), c.month, c.day,
                c.hour, c.minute, c.second);
  return buf;
}

}  // namespace cl::app

// The lesson picker: every scenario in the lessons folder with its title, level,
// number of steps and summary; a click opens it.
#include <imgui.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "app/logic/lesson_label.h"
#include "app/logic/ui_text.h"
#include "app/logic/wrap.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

void draw_lesson_picker(AppState& state) {
  LessonPicker& picker = state.lesson_picker;
  if (!picker.open) return;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.75f, vp->Size.y * 0.75f), ImGuiCond_Appearing);
  const std::string title = std::string(tr(Ui::Lessons, lang)) + "###lessons";
  if (!ImGui::Begin(title.c_str(), &picker.open, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  std::string chosen;
  if (ImGui::BeginTable("lessons", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupColumn(tr(Ui::Title, lang).data(), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(Ui::Level, lang).data(), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Ui::Steps, lang).data(), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Ui::Summary, lang).data(), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < picker.lessons.size(); ++i) {
      const LessonInfo& l = picker.lessons[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      // "4 · Sessions: ..." whole, wrapped in its column: a Selectable's own label is
      // one line, cut at the column's edge. The Selectable is as tall as the lines and
      // spans the row, the lines are drawn over it.
      const auto measure = [](std::string_view piece) {
        return ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
      };
      const std::string label = lesson_label(l, lang);  // the lines point into it
      const auto lines = wrap_lines(label, ImGui::GetContentRegionAvail().x, measure);
      const float n = static_cast<float>(lines.size());
      const float h = n * ImGui::GetTextLineHeight() + (n - 1) * ImGui::GetStyle().ItemSpacing.y;
      const ImVec2 at = ImGui::GetCursorPos();
      if (ImGui::Selectable("##lesson", false,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, h)))
        chosen = l.path;
      ImGui::SetCursorPos(at);
      for (std::string_view line : lines) text(line);
      ImGui::PopID();
      ImGui::TableNextColumn();
      text(std::string(static_cast<std::size_t>(std::clamp(l.level, 1, 3)), '*'));
      ImGui::TableNextColumn();
      if (l.broken) text_colored(pal.bad, "!");
      else text(std::to_string(l.steps));
      ImGui::TableNextColumn();
      text_wrapped(l.summary.in(lang));
    }
    ImGui::EndTable();
  }
  ImGui::End();
  if (!chosen.empty()) {
    open_lesson_file(state, chosen);
    picker.open = false;
  }
}

}  // namespace cl::app

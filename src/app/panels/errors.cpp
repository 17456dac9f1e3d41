// A scenario with mistakes: its diagnostics, one per line as file:line:column, in
// a window over the lesson that stays open underneath. Never a crash.
#include <imgui.h>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

void draw_errors(AppState& state) {
  if (state.lesson.errors().empty()) return;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.7f, vp->Size.y * 0.5f), ImGuiCond_Appearing);
  const std::string title = std::string(tr(Ui::FileErrors, lang)) + "###errors";
  bool open = true;
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
    text_wrapped(tr(Ui::FileErrorsHint, lang));
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
    for (const auto& d : state.lesson.errors()) text_wrapped(d.to_string(lang));
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (ImGui::Button(tr(Ui::Dismiss, lang).data())) open = false;
  }
  ImGui::End();
  if (!open) state.lesson.dismiss_errors();
}

}  // namespace cl::app

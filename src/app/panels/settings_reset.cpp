// View > Reset saved settings: a confirmation first (a learner's scores are not
// thrown away by a slip of the mouse), then the settings file and the recent list
// go, and the window comes back to the defaults at once.
#include <imgui.h>
#include <string>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/platform/platform.h"

namespace cl::app {

void draw_reset_settings(AppState& state) {
  const Lang lang = state.lang;
  const std::string title = std::string(tr(Ui::ResetSettings, lang)) + "###reset-settings";
  if (state.reset_asked) {
    ImGui::OpenPopup(title.c_str());
    state.reset_asked = false;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.4f, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  text_wrapped(tr(Ui::ResetSettingsAsk, lang));
  ImGui::Spacing();
  if (ImGui::Button(tr(Ui::Reset, lang).data())) {
    const Settings defaults = platform::reset_saved_settings(state.settings_location);
    state.settings = defaults;
    state.lang = defaults.lang;
    state.ui_scale = defaults.ui_scale;
    state.high_contrast = defaults.high_contrast;
    state.last_score.reset();
    state.recent = RecentFiles{};
    save_recent_files(state.recent, state.recent_location);
    // The open lesson's answers so far are not saved again: its key is dropped
    // until another lesson opens.
    state.lesson_path = state.lesson.path();
    state.lesson_key.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(Ui::Cancel, lang).data()) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace cl::app

// Help: a short "how to read this screen" overlay, and the glossary, both in the
// chosen language.
#include <imgui.h>
#include <string>
#include "app/app_state.h"
#include "app/logic/glossary.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

void draw_help(AppState& state) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (state.help_panel.how_to_read) {
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.6f, 0), ImGuiCond_Appearing);  // height: fits the text
    const std::string title = std::string(tr(Ui::HowToRead, lang)) + "###howto";
    if (ImGui::Begin(title.c_str(), &state.help_panel.how_to_read, ImGuiWindowFlags_NoSavedSettings)) {
      for (const Bilingual& b : screen_help()) {
        text_wrapped(b.in(lang));
        ImGui::Spacing();
      }
    }
    ImGui::End();
  }
  if (state.help_panel.glossary) {
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.6f, vp->Size.y * 0.75f), ImGuiCond_Appearing);
    const std::string title = std::string(tr(Ui::Glossary, lang)) + "###glossary";
    if (ImGui::Begin(title.c_str(), &state.help_panel.glossary, ImGuiWindowFlags_NoSavedSettings)) {
      for (const GlossaryEntry& e : glossary()) {
        std::string term = e.term;
        if (lang == Lang::Ko && *e.term_ko) term = std::string(e.term_ko) + " (" + e.term + ")";
        text_colored(pal.accent, term);
        ImGui::Indent();
        text_wrapped(e.definition.in(lang));
        ImGui::Unindent();
        ImGui::Spacing();
      }
    }
    ImGui::End();
  }
}

}  // namespace cl::app

// Help: a short "how to read this screen" overlay, and the glossary, both in the
// chosen language.
#include <imgui.h>
#include <imgui_stdlib.h>
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
    HelpPanel& help = state.help_panel;
    if (ImGui::Begin(title.c_str(), &help.glossary, ImGuiWindowFlags_NoSavedSettings)) {
      // The search box stays on top; the entries scroll under it.
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::InputTextWithHint("##search", tr(Ui::SearchGlossary, lang).data(), &help.search)) help.focus = -1;
      ImGui::BeginChild("entries");
      const std::vector<std::size_t> shown = search_glossary(help.search);
      if (shown.empty()) text_colored(pal.muted, tr(Ui::NoGlossaryMatch, lang));
      for (std::size_t i : shown) {
        const GlossaryEntry& e = glossary()[i];
        // The entry a narration link opened is marked, and scrolled to once.
        const bool focused = static_cast<int>(i) == help.focus;
        text_colored(focused ? pal.set_cookie_line : pal.accent, (focused ? "▶ " : "") + glossary_heading(e, lang));
        if (focused && help.scroll_to_focus) {
          ImGui::SetScrollHereY(0.0f);
          help.scroll_to_focus = false;
        }
        ImGui::Indent();
        text_wrapped(e.definition.in(lang));
        ImGui::Unindent();
        ImGui::Spacing();
      }
      ImGui::EndChild();
    }
    ImGui::End();
  }
}

}  // namespace cl::app

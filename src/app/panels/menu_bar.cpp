// The menu bar: File (open, lessons, recent files, reload, export, quit), View (language,
// contrast, size, full screen), Help; and the notice when no Korean font was found.
#include <imgui.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/platform/platform.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

void draw_menu_bar(AppState& state) {
  const Lang lang = state.lang;
  if (!ImGui::BeginMainMenuBar()) return;
  auto label = [&](Ui id, const char* key) { return std::string(tr(id, lang)) + "###" + key; };
  // --panel file-menu: the File menu shown open, for screenshots of it.
  if (state.show_file_menu) ImGui::OpenPopup(label(Ui::File, "file").c_str());
  if (ImGui::BeginMenu(label(Ui::File, "file").c_str())) {
    if (ImGui::MenuItem(label(Ui::Open, "open").c_str(), "Ctrl+O")) state.file_dialog.open = true;
    if (ImGui::MenuItem(label(Ui::Lessons, "lessons").c_str())) {
      state.lesson_picker.lessons = list_lessons(lessons_directory());
      state.lesson_picker.open = true;
    }
    if (ImGui::BeginMenu(label(Ui::Recent, "recent").c_str(), !state.recent.paths.empty())) {
      std::string chosen;
      for (const auto& p : state.recent.paths) {
        // A file moved or deleted since: listed, greyed out, not opened.
        const bool there = stamp_of(p).exists;
        const std::string item = there ? p : p + "  " + std::string(tr(Ui::RecentMissing, lang));
        if (ImGui::MenuItem(item.c_str(), nullptr, false, there)) chosen = p;
      }
      ImGui::EndMenu();
      if (!chosen.empty()) open_lesson_file(state, chosen);
    }
    // Every lesson can be read again, the built-in one included.
    if (ImGui::MenuItem(label(Ui::Reload, "reload").c_str(), nullptr, false, state.lesson.loaded()) &&
        state.lesson.reload())
      state.reloaded_at = state.now;
    if (ImGui::MenuItem(label(Ui::Export, "export").c_str(), nullptr, false, state.lesson.loaded()))
      open_export_dialog(state);
    if (!platform::in_page() && ImGui::MenuItem(label(Ui::Quit, "quit").c_str(), "Ctrl+Q")) state.quit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(label(Ui::View, "view").c_str())) {
    if (ImGui::MenuItem("English", nullptr, lang == Lang::En)) state.lang = Lang::En;
    if (ImGui::MenuItem("한국어", nullptr, lang == Lang::Ko)) state.lang = Lang::Ko;
    ImGui::Separator();
    ImGui::MenuItem(label(Ui::HighContrast, "contrast").c_str(), nullptr, &state.high_contrast);
    if (ImGui::MenuItem((std::string(tr(Ui::UiScale, lang)) + " +###bigger").c_str(), "Ctrl++"))
      state.ui_scale = std::min(2.5f, state.ui_scale + 0.1f);
    if (ImGui::MenuItem((std::string(tr(Ui::UiScale, lang)) + " -###smaller").c_str(), "Ctrl+-"))
      state.ui_scale = std::max(0.6f, state.ui_scale - 0.1f);
    ImGui::MenuItem(label(Ui::FullScreen, "full").c_str(), "F11", &state.fullscreen);
    ImGui::Separator();
    ImGui::MenuItem(label(Ui::Playground, "playground").c_str(), "F2", &state.playground_panel.open);
    if (ImGui::MenuItem(label(Ui::WhatIfMenu, "what_if").c_str(), nullptr, state.what_if_panel.open,
                        state.lesson.loaded()))
      open_what_if(state);
    ImGui::Separator();
    if (ImGui::MenuItem(label(Ui::ResetSettings, "reset-settings").c_str(), nullptr, false,
                        !state.settings_location.empty()))
      state.reset_asked = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(label(Ui::Help, "help").c_str())) {
    ImGui::MenuItem(label(Ui::HowToRead, "howto").c_str(), "F1", &state.help_panel.how_to_read);
    ImGui::MenuItem(label(Ui::Glossary, "glossary").c_str(), nullptr, &state.help_panel.glossary);
    ImGui::EndMenu();
  }
  platform::draw_menu(state);  // the page's own menu (platform.h); nothing natively
  // Where the lesson comes from, then notices.
  const std::string source =
      state.lesson.path().empty() ? std::string(tr(Ui::BuiltInLesson, lang)) : state.lesson.path();
  text_colored(palette(state.high_contrast).muted, source);
  // For two seconds after the file changed on disk and was read again.
  if (state.now - state.reloaded_at < 2.0 && state.lesson.errors().empty()) {
    ImGui::SameLine();
    text_colored(palette(state.high_contrast).ok, tr(Ui::Reloaded, lang));
  }
  // What became of the last export, for eight seconds: where the file went, or why not.
  const ExportDialog& exported = state.export_dialog;
  if (exported.outcome && state.now - exported.outcome_at < 8.0) {
    ImGui::SameLine();
    const Palette& p = palette(state.high_contrast);
    text_colored(exported.outcome->ok ? p.ok : p.bad, export_status(*exported.outcome, lang));
  }
  if (!state.has_korean_font) {
    ImGui::SameLine();
    text_colored(palette(state.high_contrast).bad, tr(Ui::NoKoreanFont, Lang::En));
  }
  ImGui::EndMainMenuBar();
}

}  // namespace cl::app

// The strip that says the learner is on their own path: from which step, and the
// two ways out (Undo their last action, Back to the lesson as it was left). It sits
// right above the controls, in a colour no panel uses, so the step counter and the
// path are read together.
#include <imgui.h>
#include <cstdio>
#include <string>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

namespace {

// Both strips sit over the controls' top edge in the question colour, undecorated.
void begin_strip(const char* id, const Rect& area, const Palette& pal) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, pal.question_bg);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleColor();
  ImGui::AlignTextToFramePadding();
}

}  // namespace

void draw_own_path(AppState& state, const Rect& area) {
  Lesson& lesson = state.lesson;
  if (!lesson.on_own_path() || lesson.preparing() || area.h <= 0) return;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  begin_strip("###own_path", area, pal);
  text_colored(pal.set_cookie_line, tr(Ui::OwnPath, lang));
  ImGui::SameLine();
  char line[256];
  std::snprintf(line, sizeof line, tr(Ui::OwnPathFrom, lang).data(), static_cast<int>(lesson.own_path_fork()));
  text(line);
  ImGui::SameLine();
  // The buttons at the right edge when they fit there, else right after the text.
  const std::string back = std::string("↩ ") + std::string(tr(Ui::BackToLesson, lang)) + "###back_to_lesson";
  const std::string undo = std::string(tr(Ui::Undo, lang)) + "###undo_own";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons_w = ImGui::CalcTextSize(back.c_str(), nullptr, true).x +
                          ImGui::CalcTextSize(undo.c_str(), nullptr, true).x + style.FramePadding.x * 4 +
                          style.ItemSpacing.x;
  const float x = ImGui::GetWindowContentRegionMax().x - buttons_w;
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
  if (ImGui::Button(undo.c_str())) lesson.undo();
  tooltip(tr(Ui::UndoHint, lang));
  ImGui::SameLine();
  if (ImGui::Button(back.c_str())) lesson.back_to_lesson();
  ImGui::End();
}

void draw_preparing(AppState& state, const Rect& area) {
  const Lesson& lesson = state.lesson;
  if (!lesson.preparing() || area.h <= 0) return;
  const Palette& pal = palette(state.high_contrast);
  begin_strip("###preparing", area, pal);
  const Lesson::Progress p = lesson.progress();
  char line[512];
  std::snprintf(line, sizeof line, tr(Ui::PreparingSteps, state.lang).data(), static_cast<int>(p.ready),
                static_cast<int>(p.total));
  text_colored(pal.set_cookie_line, line);
  ImGui::End();
}

}  // namespace cl::app

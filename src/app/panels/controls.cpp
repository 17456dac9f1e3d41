// The controls bar: first, back, next, last, play/pause with a speed, the step
// counter, and the switches a teacher reaches for in class (language, contrast, size).
#include <imgui.h>
#include <cstdio>
#include <optional>
#include <string>
#include "app/app_state.h"
#include "app/logic/controls_view.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

void draw_controls(AppState& state, const Rect& area) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
  ImGui::Begin("###controls", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  Lesson& lesson = state.lesson;
  const float pad = (area.h - ImGui::GetFrameHeight()) * 0.5f - ImGui::GetStyle().WindowPadding.y;
  if (pad > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
  auto button = [&](const char* glyph, Ui label, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(
        (std::string(glyph) + " " + std::string(tr(label, lang)) + "##" + std::to_string(static_cast<int>(label)))
            .c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    return pressed;
  };
  const std::size_t pos = lesson.position(), count = lesson.count();
  if (button("|◀", Ui::First, pos > 0)) lesson.first();
  if (button("◀", Ui::Back, pos > 0)) lesson.back();
  if (button("▶", Ui::Next, pos < count)) lesson.next();
  if (button("▶|", Ui::Last, pos < count)) lesson.last();
  const std::optional<Ui> refusal = play_refusal(lesson);
  if (button(lesson.playing() ? "❚❚" : "▶▶", lesson.playing() ? Ui::Pause : Ui::Play, count > 0)) {
    if (refusal && !lesson.playing()) state.play_refused_version = lesson.version();
    else lesson.toggle_play();
  }
  if (refusal) {
    tooltip(tr(*refusal, lang));  // of the Play button, the last item drawn
    if (state.play_refused_version == lesson.version()) {
      text_colored(pal.bad, tr(*refusal, lang));
      ImGui::SameLine();
    }
  }
  float speed = lesson.speed();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  const char* per_second = tr(Ui::SpeedFormat, lang).data();
  if (ImGui::SliderFloat("##speed", &speed, 0.25f, 8.0f, per_second, ImGuiSliderFlags_Logarithmic))
    lesson.set_speed(speed);
  tooltip(tr(Ui::Speed, lang));
  ImGui::SameLine();
  char counter[96];
  std::snprintf(counter, sizeof counter, tr(Ui::StepOf, lang).data(), static_cast<int>(pos), static_cast<int>(count));
  text_colored(pal.accent, counter);
  // What if...: fork the lesson here (panels/what_if.cpp).
  ImGui::SameLine();
  if (ImGui::Button(("↪ " + std::string(tr(Ui::WhatIf, lang)) + "###what_if").c_str())) open_what_if(state);
  tooltip(tr(Ui::WhatIfHint, lang));

  // Right side: language, contrast. Laid out from the right edge.
  const char* lang_label = lang == Lang::En ? "한국어" : "English";
  const float lang_w = ImGui::CalcTextSize(lang_label).x + ImGui::GetStyle().FramePadding.x * 2;
  const std::string hc = std::string(tr(Ui::HighContrast, lang));
  const float hc_w = ImGui::CalcTextSize(hc.c_str()).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  const float right = ImGui::GetWindowContentRegionMax().x;
  // The scale in use, so a teacher knows what Ctrl +/- did; a click resets it, as Ctrl+0.
  const std::string scale = scale_label(state.ui_scale) + "###scale";
  const float scale_w = ImGui::CalcTextSize(scale.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  const float x = right - lang_w - hc_w - scale_w - ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::SameLine();
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
  if (ImGui::Button(scale.c_str())) state.ui_scale = 1.0f;
  tooltip(tr(Ui::ScaleHint, lang));
  ImGui::SameLine();
  ImGui::Checkbox(hc.c_str(), &state.high_contrast);
  ImGui::SameLine();
  if (ImGui::Button(lang_label)) state.lang = lang == Lang::En ? Lang::Ko : Lang::En;
  ImGui::End();
}

}  // namespace cl::app

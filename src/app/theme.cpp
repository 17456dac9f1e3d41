#include "app/theme.h"
#include "app/logic/row_colors.h"

namespace cl::app {
namespace {

// The rows' backgrounds come from logic/row_colors.h, where a test checks the text on them.
Palette with_row_colors(Palette p, bool high_contrast) {
  p.new_bg = imgui_color(row_background(Change::New, high_contrast));
  p.changed_bg = imgui_color(row_background(Change::Changed, high_contrast));
  p.removed_bg = imgui_color(row_background(Change::Removed, high_contrast));
  p.sent_bg = imgui_color(found_row_background(high_contrast));
  return p;
}

}  // namespace

const Palette& palette(bool high_contrast) {
  static const Palette normal =
      with_row_colors({{0.92f, 0.93f, 0.95f, 1},     {0.60f, 0.63f, 0.68f, 1},     {0.40f, 0.75f, 1.00f, 1},
                       {0.45f, 0.70f, 1.00f, 1},     {0.10f, 0.40f, 0.20f, 0.75f}, {0.15f, 0.30f, 0.60f, 0.75f},
                       {0.55f, 0.40f, 0.05f, 0.75f}, {0.45f, 0.10f, 0.10f, 0.60f}, {0.25f, 0.35f, 0.55f, 0.85f},
                       {0.45f, 0.90f, 0.55f, 1},     {1.00f, 0.75f, 0.30f, 1},     {0.55f, 0.80f, 1.00f, 1},
                       {0.75f, 0.78f, 0.85f, 1},     {0.40f, 0.90f, 0.45f, 1},     {1.00f, 0.45f, 0.40f, 1},
                       {0.30f, 0.22f, 0.05f, 1},     IM_COL32(120, 130, 150, 255), IM_COL32(200, 205, 215, 255),
                       IM_COL32(255, 210, 80, 255),  IM_COL32(255, 170, 60, 255),  IM_COL32(110, 180, 255, 255),
                       IM_COL32(170, 225, 255, 255)},
                      false);
  static const Palette contrast = with_row_colors({{1, 1, 1, 1},
                                                   {0.85f, 0.85f, 0.85f, 1},
                                                   {1, 1, 0, 1},
                                                   {0.40f, 0.85f, 1, 1},
                                                   {0, 0.45f, 0, 1},
                                                   {0, 0.20f, 0.65f, 1},
                                                   {0.60f, 0.40f, 0, 1},
                                                   {0.55f, 0, 0, 1},
                                                   {0.20f, 0.20f, 0.20f, 1},
                                                   {0.30f, 1, 0.30f, 1},
                                                   {1, 0.85f, 0, 1},
                                                   {0.40f, 0.85f, 1, 1},
                                                   {1, 1, 1, 1},
                                                   {0.30f, 1, 0.30f, 1},
                                                   {1, 0.35f, 0.35f, 1},
                                                   {0.25f, 0.20f, 0, 1},
                                                   IM_COL32(255, 255, 255, 255),
                                                   IM_COL32(255, 255, 255, 255),
                                                   IM_COL32(255, 255, 0, 255),
                                                   IM_COL32(255, 160, 0, 255),
                                                   IM_COL32(0, 220, 255, 255),
                                                   IM_COL32(0, 255, 255, 255)},
                                                  true);
  return high_contrast ? contrast : normal;
}

void apply_theme(bool high_contrast, float ui_scale) {
  ImGuiStyle style;
  if (high_contrast) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 1);
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0, 0, 0.45f, 1);
    c[ImGuiCol_Button] = ImVec4(0, 0, 0.55f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0, 0.3f, 0.9f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.9f, 0.7f, 0, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.12f, 0.12f, 0.12f, 1);
    c[ImGuiCol_Header] = ImVec4(0, 0, 0.55f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.08f, 0.08f, 0.08f, 1);
    c[ImGuiCol_MenuBarBg] = ImVec4(0, 0, 0, 1);
    style.WindowBorderSize = 2;
    style.FrameBorderSize = 1;
  } else {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0.07f, 0.08f, 0.10f, 1);
    style.Colors[ImGuiCol_TitleBg] = style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.14f, 0.20f, 0.32f, 1);
  }
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  style.WindowPadding = ImVec2(8, 6);
  style.ItemSpacing = ImVec2(8, 5);
  style.ScaleAllSizes(ui_scale);
  ImGui::GetStyle() = style;
}

}  // namespace cl::app

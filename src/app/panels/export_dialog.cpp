// File > Export...: a small window with the four formats, a save-as line (proposed
// beside the lesson's file, editable) and Export. The text formats are written at once
// (logic/export.h); the PNG of the sequence view is taken by the window a few frames
// later, once this window is gone from the screen. The outcome is told in the menu bar.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/screenshot.h"
#include "app/theme.h"

namespace cl::app {

namespace {

// Frames drawn after the dialog closed before the picture is taken: one to draw the
// screen without it, one more because ImGui sizes some widgets from the frame before.
constexpr int kPngFrames = 3;

void set_status(AppState& state, const ExportOutcome& outcome) {
  state.export_dialog.status = export_status(outcome, state.lang);
  state.export_dialog.status_ok = outcome.ok;
  state.export_dialog.status_at = state.now;
}

}  // namespace

void open_export_dialog(AppState& state) {
  ExportDialog& dlg = state.export_dialog;
  dlg.open = true;
  // A path the learner typed is kept for the same lesson; another lesson gets its own.
  if (dlg.path.empty() || dlg.path_for != state.lesson.path()) {
    std::error_code ec;
    dlg.path = default_export_path(state.lesson.path(), std::filesystem::current_path(ec).string(), dlg.format);
    dlg.path_for = state.lesson.path();
  }
}

void draw_export_dialog(AppState& state) {
  ExportDialog& dlg = state.export_dialog;
  if (!dlg.open) return;
  const Lang lang = state.lang;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  // Height 0: fitted to the content every frame, so the PNG's extra line never hides the buttons.
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, ImGui::GetFontSize() * 40), 0), ImGuiCond_Always);
  const std::string title = std::string(tr(Ui::ExportTitle, lang)) + "###export";
  if (!ImGui::Begin(title.c_str(), &dlg.open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  for (int i = 0; i < static_cast<int>(ExportFormat::Count); ++i) {
    const auto f = static_cast<ExportFormat>(i);
    const std::string item = std::string(tr(export_label(f), lang)) + "###format" + std::to_string(i);
    if (ImGui::RadioButton(item.c_str(), dlg.format == f) && dlg.format != f) {
      dlg.format = f;
      dlg.path = with_extension(dlg.path, f);  // the name follows the format
    }
  }
  ImGui::Spacing();
  text(tr(Ui::ExportSaveAs, lang));
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputText("##export-path", &dlg.path, ImGuiInputTextFlags_EnterReturnsTrue);
  text_colored(palette(state.high_contrast).muted, tr(Ui::ExportWhat, lang));
  if (dlg.format == ExportFormat::SequencePng)
    text_colored(palette(state.high_contrast).muted, tr(Ui::ExportPngHint, lang));
  // The last failure stays in view here, where the path can be corrected.
  if (!dlg.status_ok && !dlg.status.empty()) text_colored(palette(state.high_contrast).bad, dlg.status);
  ImGui::Spacing();
  const sim::World* world = state.lesson.world();
  ImGui::BeginDisabled(world == nullptr || dlg.path.empty());
  if ((ImGui::Button(tr(Ui::ExportButton, lang).data()) || enter) && world && !dlg.path.empty()) {
    if (dlg.format == ExportFormat::SequencePng) {
      dlg.png_path = dlg.path;
      dlg.png_frames = kPngFrames;
      dlg.open = false;
    } else {
      const ExportOutcome outcome = export_text(*world, dlg.format, dlg.path, lang);
      set_status(state, outcome);
      if (outcome.ok) dlg.open = false;
    }
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr(Ui::Cancel, lang).data())) dlg.open = false;
  ImGui::End();
}

ExportOutcome write_sequence_png(const AppState& state, const std::string& path, int fb_w, int fb_h, float scale_x,
                                 float scale_y) {
  ExportOutcome out;
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  out.path = ec ? path : absolute.lexically_normal().string();
  const PixelRect r = crop_to_pixels(state.export_dialog.sequence, scale_x, scale_y, fb_w, fb_h);
  if (r.empty()) {
    out.error = "the sequence panel is not on screen";
    return out;
  }
  // Opened once first for the system's reason when it cannot be (as the text formats tell it).
  if (std::FILE* f = std::fopen(out.path.c_str(), "wb")) {
    std::fclose(f);
  } else {
    out.error = std::strerror(errno);
    return out;
  }
  out.ok = write_screenshot_region(out.path, r.x, r.y, r.w, r.h);
  if (!out.ok) out.error = std::strerror(EIO);
  return out;
}

void take_pending_export_png(AppState& state, int fb_w, int fb_h, float scale_x, float scale_y) {
  ExportDialog& dlg = state.export_dialog;
  if (dlg.png_path.empty()) return;
  if (--dlg.png_frames > 0) {
    state.redraw = true;  // draw the frames it waits for without waiting for an event
    return;
  }
  set_status(state, write_sequence_png(state, dlg.png_path, fb_w, fb_h, scale_x, scale_y));
  dlg.png_path.clear();
  state.redraw = true;  // show the status at once
}

}  // namespace cl::app

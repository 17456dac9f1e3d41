// Opening a scenario with a file dialog made of ImGui widgets: the folder's
// sub-folders and .toml files; a click opens a folder or the file.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <algorithm>
#include <filesystem>
#include <system_error>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

namespace fs = std::filesystem;

void draw_file_dialog(AppState& state) {
  FileDialog& dlg = state.file_dialog;
  if (!dlg.open) return;
  const Lang lang = state.lang;
  if (dlg.directory.empty()) {
    std::error_code ec;
    dlg.directory =
        state.lesson.path().empty() ? lessons_directory() : fs::path(state.lesson.path()).parent_path().string();
    if (dlg.directory.empty()) dlg.directory = fs::current_path(ec).string();
    // Absolute, so ".." can climb above the folder the program started in.
    dlg.directory = fs::absolute(dlg.directory, ec).lexically_normal().string();
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.55f, vp->Size.y * 0.7f), ImGuiCond_Appearing);
  const std::string title = std::string(tr(Ui::OpenScenario, lang)) + "###filedialog";
  if (!ImGui::Begin(title.c_str(), &dlg.open, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  if (ImGui::Button("..")) {
    fs::path p = fs::path(dlg.directory).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();  // "a/b/" -> "a/b"
    dlg.directory = p.parent_path().string();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##dir", &dlg.directory);

  std::vector<fs::directory_entry> dirs, files;
  std::error_code ec;
  for (fs::directory_iterator it(dlg.directory, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->is_directory(e2)) dirs.push_back(*it);
    else if (it->path().extension() == ".toml") files.push_back(*it);
  }
  auto by_name = [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); };
  std::sort(dirs.begin(), dirs.end(), by_name);
  std::sort(files.begin(), files.end(), by_name);
  text_colored(palette(state.high_contrast).muted, tr(Ui::DropHint, lang));
  ImGui::BeginChild("entries", ImVec2(0, 0), true);
  if (ec) text_colored(palette(state.high_contrast).bad, ec.message());
  std::string go_dir, open_file;
  for (const auto& d : dirs) {
    std::string label = d.path().filename().string();
    label += "/";
    if (ImGui::Selectable(label.c_str())) go_dir = d.path().string();
  }
  for (const auto& f : files)
    if (ImGui::Selectable(f.path().filename().string().c_str())) open_file = f.path().string();
  ImGui::EndChild();
  ImGui::End();
  if (!go_dir.empty()) dlg.directory = go_dir;
  if (!open_file.empty()) {
    open_lesson_file(state, open_file);
    dlg.open = false;
  }
}

}  // namespace cl::app

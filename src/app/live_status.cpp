#include "app/live_status.h"

#include <imgui.h>
#include "app/logic/ui_text.h"
#include "app/theme.h"

namespace cl::app {

void draw_live_status(const AppState& state, const LiveServe& live) {
  const std::string text = serve_status(live.url(), live.requests(), state.lang);
  // Drawn over the menu bar (its items sit at the left), so no panel loses room.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float pad = ImGui::GetStyle().FramePadding.x * 2;
  const ImVec2 at(vp->Pos.x + vp->Size.x - size.x - pad, vp->Pos.y + (ImGui::GetFrameHeight() - size.y) * 0.5f);
  const Palette& pal = palette(state.high_contrast);
  ImGui::GetForegroundDrawList()->AddText(at, ImGui::GetColorU32(pal.ok), text.c_str());
}

}  // namespace cl::app

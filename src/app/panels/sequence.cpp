// The sequence view: browsers and servers as lanes, each step a request arrow and
// a response arrow (or a note for steps that send nothing). A cookie mark on an
// arrow means a Cookie (request) or Set-Cookie (response) header travelled.
// Clicking a row jumps to that step. Only the visible rows are drawn.
#include <imgui.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {
namespace {

void arrow_line(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 color, float thickness, float head) {
  dl->AddLine(from, to, color, thickness);
  const float dir = to.x >= from.x ? 1.0f : -1.0f;
  dl->AddTriangleFilled(to, ImVec2(to.x - dir * head, to.y - head * 0.6f),
                        ImVec2(to.x - dir * head, to.y + head * 0.6f), color);
}

// A small cookie: a filled disc with two dots, drawn rather than a glyph so no
// font needs it.
void cookie_mark(ImDrawList* dl, ImVec2 c, float r, ImU32 color) {
  dl->AddCircleFilled(c, r, color);
  dl->AddCircleFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.3f), r * 0.18f, IM_COL32(90, 50, 10, 255));
  dl->AddCircleFilled(ImVec2(c.x + r * 0.3f, c.y + r * 0.25f), r * 0.18f, IM_COL32(90, 50, 10, 255));
}

}  // namespace

void draw_sequence(AppState& state, const Rect& area) {
  if (!begin_panel("sequence", tr(Ui::Sequence, state.lang), area) || !state.lesson.loaded()) {
    end_panel();
    return;
  }
  SequencePanel& panel = state.sequence_panel;
  const Palette& pal = palette(state.high_contrast);
  if (panel.version != state.lesson.version() || panel.lang != state.lang) {
    // The "(no server)" lane only when some request found no server.
    const auto& all = state.lesson.world()->timeline().steps();
    if (panel.generation != state.lesson.generation() || panel.lang != state.lang) {
      panel.lanes = lanes_of(*state.lesson.scenario(), state.lang);
      add_client_lanes(panel.lanes, all);
      bool unanswered = false;
      for (const auto& st : all) unanswered |= st.exchange && st.exchange->server < 0;
      if (!unanswered) {
        panel.lanes.labels.pop_back();
        panel.lanes.short_labels.pop_back();
      }
      panel.generation = state.lesson.generation();
      panel.lang = state.lang;
    }
    panel.version = state.lesson.version();
  }
  const Lanes& lanes = panel.lanes;
  const auto& all_steps = state.lesson.world()->timeline().steps();
  const std::size_t position = state.lesson.position();
  // Only the steps the learner may see: none past a question still waiting, whose
  // row would give its answer away.
  const std::size_t shown_rows = std::min(state.lesson.revealed(), all_steps.size());
  const float font = ImGui::GetFontSize();

  // Lane headers stay put above the scrolling rows.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  SequenceGeometry header{origin.x, width, 0, 0, lanes.count()};
  // Labels wider than a lane go on two staggered lines instead of running together.
  const float lane_w = width / static_cast<float>(std::max(1, lanes.count()));
  // Hosts when they fit, else the servers' short names (as on the server tabs).
  auto widest = [&](const std::vector<std::string>& labels) {
    float w = 0;
    for (const auto& label : labels) w = std::max(w, ImGui::CalcTextSize(label.c_str()).x);
    return w;
  };
  const bool use_short = widest(lanes.labels) > lane_w * 2 - 6;
  const std::vector<std::string>& labels = use_short ? lanes.short_labels : lanes.labels;
  const bool stagger = widest(labels) > lane_w - 6;
  for (int l = 0; l < lanes.count(); ++l) {
    const std::string& label = labels[static_cast<std::size_t>(l)];
    const float x = header.lane_x(l);
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    const float max_w = stagger ? lane_w * 2 - 6 : lane_w - 6;
    const float y = origin.y + (stagger && l % 2 == 1 ? font * 1.1f : 0.0f);
    const float left = std::max(origin.x, std::min(x - std::min(w, max_w) / 2, origin.x + width - std::min(w, max_w)));
    ImGui::PushClipRect(ImVec2(left, y), ImVec2(left + max_w, y + font * 1.2f), true);
    dl->AddText(ImVec2(left, y), ImGui::GetColorU32(l < lanes.browsers ? pal.accent : pal.ok), label.c_str());
    ImGui::PopClipRect();
  }
  ImGui::Dummy(ImVec2(width, font * (stagger ? 2.3f : 1.3f)));

  ImGui::BeginChild("rows", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  // Two label lines per row: the request above its arrow, the response above its own.
  const float row_h = font * 2.9f;
  SequenceGeometry geo;
  geo.left = ImGui::GetCursorScreenPos().x;
  geo.width = ImGui::GetContentRegionAvail().x;
  geo.top = ImGui::GetCursorScreenPos().y;
  geo.row_height = row_h;
  geo.lanes = lanes.count();
  const float view_h = ImGui::GetWindowHeight();
  // Bring the shown step into view when it changes, and when the rows or the view change
  // size (Ctrl +/-, a resized window), but not while the learner scrolls.
  if (panel.scrolled_to != position || panel.scrolled_row_h != row_h || panel.scrolled_view_h != view_h) {
    panel.scrolled_to = position;
    panel.scrolled_row_h = row_h;
    panel.scrolled_view_h = view_h;
    const std::size_t row = position > 0 ? position - 1 : 0;
    ImGui::SetScrollY(scroll_to_show(row, ImGui::GetScrollY(), view_h, row_h));
  }
  const float scroll = ImGui::GetScrollY();
  // One invisible button over all rows: a click selects the step under the pointer
  // (and a click on the scroll bar does not).
  ImGui::InvisibleButton("rows", ImVec2(std::max(1.0f, geo.width), std::max(1.0f, geo.content_height(shown_rows))));
  if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
    if (auto row = geo.row_at(ImGui::GetMousePos().y, shown_rows)) state.lesson.go_to(*row + 1);
  }
  dl = ImGui::GetWindowDrawList();
  const RowRange rows = visible_rows(scroll, view_h, row_h, shown_rows);
  const float y0 = geo.top;  // already includes the scroll
  // Lane lines through the visible band.
  for (int l = 0; l < lanes.count(); ++l) {
    const float x = geo.lane_x(l);
    dl->AddLine(ImVec2(x, y0 + scroll), ImVec2(x, y0 + scroll + view_h), pal.lane, 1.5f);
  }
  for (std::size_t r = rows.first; r < rows.last; ++r) {
    const sim::Step& step = all_steps[r];
    // A waiting question: neither the cookie mark nor the response is drawn yet.
    const bool hidden = state.lesson.row_outcome_hidden(r);
    const Arrow a = arrow_of(step, lanes, state.lang);
    const float top = geo.row_y(r);
    const bool current = r + 1 == position;
    if (current)
      dl->AddRectFilled(ImVec2(geo.left, top), ImVec2(geo.left + geo.width, top + row_h),
                        ImGui::GetColorU32(pal.current_bg));
    const ImU32 color = current ? pal.arrow_current : pal.arrow;
    const float thick = current ? 3.0f : 1.5f;
    // Step number at the left edge.
    const std::string number = std::to_string(r + 1);
    dl->AddText(ImVec2(geo.left + 2, top + 2), ImGui::GetColorU32(pal.muted), number.c_str());
    const float x1 = geo.lane_x(a.from), x2 = geo.lane_x(a.to);
    const float req_y = top + font * 1.25f, resp_y = top + font * 2.6f;
    if (!a.has_exchange) {
      // A wait says how long: the clock jump explains expiries that follow.
      TimeMs span = 0;
      const auto& scripted = state.lesson.scenario()->steps;
      if (step.action == scenario::Action::Wait && step.scenario_step >= 0 &&
          static_cast<std::size_t>(step.scenario_step) < scripted.size())
        span = scripted[static_cast<std::size_t>(step.scenario_step)].duration;
      const std::string note = "(" + action_note(step.action, span, state.lang) + ")";
      dl->AddText(ImVec2(x1 + 6, top + row_h * 0.25f), ImGui::GetColorU32(pal.muted), note.c_str());
      continue;
    }
    const float head = font * 0.45f;
    arrow_line(dl, ImVec2(x1, req_y), ImVec2(x2, req_y), color, thick, head);
    const bool cookie = a.carries_cookie && !hidden;
    const float label_x = std::min(x1, x2) + font * (cookie ? 1.2f : 0.4f);
    dl->AddText(ImVec2(label_x, req_y - font * 1.05f), color, a.request_label.c_str());
    if (cookie)
      cookie_mark(dl, ImVec2(std::min(x1, x2) + font * 0.6f, req_y - font * 0.5f), font * 0.38f, pal.cookie_mark);
    // A recorded exchange whose real Cookie header is not the engine's (the narration
    // says why): a red diamond by the arrow's head, drawn so no font needs a glyph.
    if (!step.differences.empty() && !hidden) {
      const float r = font * 0.32f, cx = std::max(x1, x2) - font * 1.1f, cy = req_y - font * 0.55f;
      dl->AddQuadFilled(ImVec2(cx, cy - r), ImVec2(cx + r, cy), ImVec2(cx, cy + r), ImVec2(cx - r, cy),
                        ImGui::GetColorU32(pal.bad));
    }
    if (hidden) {
      // The question waits: the answer is not drawn yet.
      dl->AddText(ImVec2(label_x, resp_y - font * 0.9f), ImGui::GetColorU32(pal.muted), "?");
      continue;
    }
    arrow_line(dl, ImVec2(x2, resp_y), ImVec2(x1, resp_y), color, thick, head);
    const float rlabel_x = std::min(x1, x2) + font * (a.carries_set_cookie ? 1.6f : 0.8f);
    dl->AddText(ImVec2(rlabel_x, resp_y - font * 1.05f), color, a.response_label.c_str());
    if (a.carries_set_cookie) {
      cookie_mark(dl, ImVec2(std::min(x1, x2) + font * 1.0f, resp_y - font * 0.5f), font * 0.38f, pal.cookie_mark);
    }
  }
  ImGui::EndChild();
  end_panel();
}

}  // namespace cl::app

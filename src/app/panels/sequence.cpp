// The sequence view: browsers and servers as lanes, each step a request arrow and
// a response arrow (or a note for steps that send nothing). A cookie mark on an
// arrow means a Cookie (request) or Set-Cookie (response) header travelled.
// Clicking a row jumps to that step. Only the visible rows are drawn.
// With a what-if branch shown, the branch's arrows go beside the original's from the
// fork on (logic/sequence_branch.h): dashed, in their own colour, the steps that differ
// marked "≠"; a click on one shows that step of the branch in the inspector.
#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include "app/app_state.h"
#include "app/logic/sequence_branch.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {
namespace {

void arrow_line(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 color, float thickness, float head, bool dashed) {
  if (!dashed) {
    dl->AddLine(from, to, color, thickness);
  } else {
    // Dashes, so a branch's arrow reads apart from the original's without its colour.
    const float dash = head * 1.1f, gap = head * 0.7f;
    const float dir = to.x >= from.x ? 1.0f : -1.0f, length = std::abs(to.x - from.x);
    for (float at = 0; at < length; at += dash + gap)
      dl->AddLine(ImVec2(from.x + dir * at, from.y), ImVec2(from.x + dir * std::min(length, at + dash), to.y), color,
                  thickness);
  }
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

// How one line of arrows is drawn: the original's solid, a branch's dashed.
struct LineStyle {
  ImU32 color = 0;
  float thick = 1.5f;
  bool dashed = false;
};

// One timeline entry's arrows (or its note) on the line whose top is `top`.
void draw_entry(ImDrawList* dl, const AppState& state, const sim::Step& step, const Lanes& lanes,
                const SequenceGeometry& geo, float top, float row_h, bool hidden, const LineStyle& style) {
  const Palette& pal = palette(state.high_contrast);
  const float font = ImGui::GetFontSize();
  const Arrow a = arrow_of(step, lanes, state.lang);
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
    dl->AddText(ImVec2(x1 + 6, top + row_h * 0.25f), style.dashed ? style.color : ImGui::GetColorU32(pal.muted),
                note.c_str());
    return;
  }
  const ImU32 color = style.color;
  const float head = font * 0.45f;
  arrow_line(dl, ImVec2(x1, req_y), ImVec2(x2, req_y), color, style.thick, head, style.dashed);
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
    return;
  }
  arrow_line(dl, ImVec2(x2, resp_y), ImVec2(x1, resp_y), color, style.thick, head, style.dashed);
  const float rlabel_x = std::min(x1, x2) + font * (a.carries_set_cookie ? 1.6f : 0.8f);
  dl->AddText(ImVec2(rlabel_x, resp_y - font * 1.05f), color, a.response_label.c_str());
  if (a.carries_set_cookie)
    cookie_mark(dl, ImVec2(std::min(x1, x2) + font * 1.0f, resp_y - font * 0.5f), font * 0.38f, pal.cookie_mark);
}

// The shown branch as the bench holds it (shared, so the rows' cache can tell a removed
// branch from a new one at the same address); null for the original or on the learner's
// own path, whose timeline is not the one the branch forked from.
std::shared_ptr<const whatif::Branch> shown_branch(const AppState& state) {
  const WhatIfBench& bench = state.what_if;
  if (state.lesson.on_own_path() || bench.selected() < 0 ||
      static_cast<std::size_t>(bench.selected()) >= bench.branches().size())
    return nullptr;
  return bench.branches()[static_cast<std::size_t>(bench.selected())];
}

}  // namespace

void draw_sequence(AppState& state, const Rect& area) {
  if (!begin_panel("sequence", tr(Ui::Sequence, state.lang), area) || !state.lesson.loaded()) {
    end_panel();
    return;
  }
  SequencePanel& panel = state.sequence_panel;
  const Palette& pal = palette(state.high_contrast);
  // The What if window may not be drawn yet this frame: a reloaded lesson drops its branches here too.
  state.what_if.follow(state.lesson.lesson_world());
  const std::shared_ptr<const whatif::Branch> branch_ptr = shown_branch(state);
  const whatif::Branch* branch = branch_ptr.get();
  const bool branch_changed = panel.rows_branch != (branch != nullptr) || panel.rows_for.lock() != branch_ptr;
  if (panel.version != state.lesson.version() || panel.lang != state.lang || branch_changed) {
    // The "(no server)" lane only when some request found no server (on either run).
    const auto& all = state.lesson.world()->timeline().steps();
    if (panel.generation != state.lesson.generation() || panel.lang != state.lang || branch_changed) {
      panel.lanes = lanes_of(*state.lesson.scenario(), state.lang);
      add_client_lanes(panel.lanes, all);
      bool unanswered = false;
      for (const auto& st : all) unanswered |= st.exchange && st.exchange->server < 0;
      if (branch)
        for (const auto& st : branch->world().timeline().steps()) unanswered |= st.exchange && st.exchange->server < 0;
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
  if (branch_changed || panel.rows_generation != state.lesson.generation() || panel.rows_shown != shown_rows) {
    panel.rows = SequenceRows(shown_rows, branch);
    panel.rows_for = branch_ptr;
    panel.rows_branch = branch != nullptr;
    panel.rows_generation = state.lesson.generation();
    panel.rows_shown = shown_rows;
  }
  const SequenceRows& rows = panel.rows;
  const sim::Step* picked = picked_step(panel.pick, branch, position);
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
  float header_h = font * (stagger ? 2.3f : 1.3f);
  if (branch) {
    // The key to the two runs: a solid arrow for the original, a dashed one for the branch.
    const float y = origin.y + header_h + font * 0.5f, sample = font * 2.2f;
    float x = origin.x + font * 0.3f;
    ImGui::PushClipRect(ImVec2(origin.x, origin.y + header_h), ImVec2(origin.x + width, y + font), true);
    arrow_line(dl, ImVec2(x, y), ImVec2(x + sample, y), pal.arrow, 1.5f, font * 0.45f, false);
    x += sample + font * 0.4f;
    const std::string original = std::string(tr(Ui::OriginalRun, state.lang));
    dl->AddText(ImVec2(x, y - font * 0.55f), pal.arrow, original.c_str());
    x += ImGui::CalcTextSize(original.c_str()).x + font * 1.2f;
    arrow_line(dl, ImVec2(x, y), ImVec2(x + sample, y), pal.branch_arrow, 1.5f, font * 0.45f, true);
    x += sample + font * 0.4f;
    const std::string name =
        "↳ " + branch_label(state.what_if, branch, state.lang) + (branch->parting().none() ? "  =" : "  ≠");
    dl->AddText(ImVec2(x, y - font * 0.55f), pal.branch_arrow, name.c_str());
    ImGui::PopClipRect();
    header_h += font * 1.2f;
  }
  ImGui::Dummy(ImVec2(width, header_h));

  ImGui::BeginChild("rows", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  // Two label lines per row: the request above its arrow, the response above its own.
  // A row with both runs' arrows is two such lines, the branch's below.
  const float row_h = font * 2.9f;
  SequenceGeometry geo;
  geo.left = ImGui::GetCursorScreenPos().x;
  geo.width = ImGui::GetContentRegionAvail().x;
  geo.top = ImGui::GetCursorScreenPos().y;
  geo.row_height = row_h;
  geo.lanes = lanes.count();
  const float view_h = ImGui::GetWindowHeight();
  // Bring the shown step into view when it changes, and when the rows or the view change
  // size (Ctrl +/-, a resized window, a branch shown or gone), but not while the learner scrolls.
  if (panel.scrolled_to != position || panel.scrolled_row_h != row_h || panel.scrolled_view_h != view_h ||
      panel.scrolled_lines != rows.lines()) {
    panel.scrolled_to = position;
    panel.scrolled_row_h = row_h;
    panel.scrolled_view_h = view_h;
    panel.scrolled_lines = rows.lines();
    const std::size_t entry = position > 0 ? position - 1 : 0;
    const std::size_t row = rows.row_of_original(entry).value_or(entry);
    ImGui::SetScrollY(scroll_to_row(rows, row, ImGui::GetScrollY(), view_h, row_h));
  }
  const float scroll = ImGui::GetScrollY();
  // One invisible button over all rows: a click selects the step under the pointer
  // (and a click on the scroll bar does not). On a branch's line, that step of the branch.
  const float content_h = row_h * static_cast<float>(rows.lines());
  ImGui::InvisibleButton("rows", ImVec2(std::max(1.0f, geo.width), std::max(1.0f, content_h)));
  if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
    if (const auto hit = hit_row(rows, ImGui::GetMousePos().y, geo.top, row_h)) {
      const SequenceRow row = rows.row(hit->row);
      if (hit->on_branch && branch) {
        state.lesson.go_to(position_for_branch_entry(*branch, *row.branch));
        panel.pick = {branch, *row.branch, state.lesson.position()};
      } else if (row.original) {
        state.lesson.go_to(*row.original + 1);
        panel.pick = {};
      }
      picked = picked_step(panel.pick, branch, state.lesson.position());
    }
  }
  dl = ImGui::GetWindowDrawList();
  const RowSpan span = visible_span(rows, scroll, view_h, row_h);
  const float y0 = geo.top;  // already includes the scroll
  // Lane lines through the visible band.
  for (int l = 0; l < lanes.count(); ++l) {
    const float x = geo.lane_x(l);
    dl->AddLine(ImVec2(x, y0 + scroll), ImVec2(x, y0 + scroll + view_h), pal.lane, 1.5f);
  }
  const std::optional<std::size_t> current_row = position > 0 ? rows.row_of_original(position - 1) : std::nullopt;
  const sim::Timeline* branch_timeline = branch ? &branch->world().timeline() : nullptr;
  const float number_x = branch ? font * 0.35f : 2.0f;  // clear of the bar where the runs part
  for (std::size_t r = span.first; r < span.last; ++r) {
    const SequenceRow row = rows.row(r);
    const float top = y0 + row_h * static_cast<float>(rows.lines_before(r));
    const float bottom = top + row_h * static_cast<float>(row.units());
    // The line shown in the inspector is the highlighted one: the original's, or the
    // branch's clicked below it.
    const bool current = current_row == r;
    if (current && !picked)
      dl->AddRectFilled(ImVec2(geo.left, top), ImVec2(geo.left + geo.width, top + row_h),
                        ImGui::GetColorU32(pal.current_bg));
    // The runs part at this step: a bar down the row's edge (and the words on its branch line).
    if (row.mark == RunMark::Parts)
      dl->AddRectFilled(ImVec2(geo.left, top), ImVec2(geo.left + font * 0.2f, bottom),
                        ImGui::GetColorU32(pal.set_cookie_line));
    // Step number at the left edge.
    if (row.original) {
      const std::string number = std::to_string(*row.original + 1);
      dl->AddText(ImVec2(geo.left + number_x, top + 2), ImGui::GetColorU32(pal.muted), number.c_str());
      // A waiting question: neither the cookie mark nor the response is drawn yet.
      const bool hidden = state.lesson.row_outcome_hidden(*row.original);
      const bool thick = current && !picked;
      draw_entry(dl, state, all_steps[*row.original], lanes, geo, top, row_h, hidden,
                 {thick ? pal.arrow_current : pal.arrow, thick ? 3.0f : 1.5f, false});
    }
    if (!row.branch || !branch_timeline || *row.branch >= branch_timeline->size()) continue;
    const float line = top + row_h * static_cast<float>(row.branch_unit());
    const sim::Step& bstep = branch_timeline->step(*row.branch);
    const bool chosen = picked == &bstep;
    if (chosen)
      dl->AddRectFilled(ImVec2(geo.left, line), ImVec2(geo.left + geo.width, line + row_h),
                        ImGui::GetColorU32(pal.current_bg));
    // The branch's line says it is the branch without its colour: "↳" where the step number
    // goes, then "≠" where the step went differently (where the runs part too).
    const bool differs = row.mark == RunMark::Differs || row.mark == RunMark::Parts;
    const std::string tag = std::string("↳") + (differs ? "≠" : "");
    dl->AddText(ImVec2(geo.left + number_x, line + 2), pal.branch_arrow, tag.c_str());
    if (row.mark == RunMark::Change) {
      // The change itself: what was changed, in words, on the branch's line.
      // Wrapped: the line has room for two lines of text, and the Korean words are long.
      const std::string note = "(" + branch->description().in(state.lang) + ")";
      const float x = geo.lane_x(0) + 6, right = geo.left + geo.width - font * 0.3f;
      ImGui::PushClipRect(ImVec2(x, line), ImVec2(geo.left + geo.width, line + row_h), true);
      dl->AddText(ImGui::GetFont(), font, ImVec2(x, line + font * 0.25f), pal.branch_arrow, note.c_str(), nullptr,
                  std::max(font * 4, right - x));
      ImGui::PopClipRect();
      continue;
    }
    bool hidden = false;
    for (std::size_t e = row.step_original_first; e < row.step_original_end; ++e)
      hidden |= state.lesson.row_outcome_hidden(e);
    draw_entry(dl, state, bstep, lanes, geo, line, row_h, hidden,
               {chosen ? pal.branch_current : pal.branch_arrow, chosen ? 3.0f : 1.5f, true});
    if (row.mark == RunMark::Parts && row.first_of_step) {
      // Where the runs part, in words at the line's right end.
      const char* words = tr(Ui::RunsPartHere, state.lang).data();
      const float w = ImGui::CalcTextSize(words).x, x = geo.left + geo.width - w - font * 0.3f;
      // On the window's own colour, readable over a long request label.
      dl->AddRectFilled(ImVec2(x - font * 0.2f, line + 1), ImVec2(x + w + font * 0.2f, line + font * 1.1f),
                        ImGui::GetColorU32(ImGuiCol_WindowBg));
      dl->AddText(ImVec2(x, line + 2), ImGui::GetColorU32(pal.text), words);
    }
  }
  // The reason the runs part, on the branch's lines where they do.
  if (branch && ImGui::IsWindowHovered()) {
    if (const auto hit = hit_row(rows, ImGui::GetMousePos().y, geo.top, row_h)) {
      const SequenceRow row = rows.row(hit->row);
      if (hit->on_branch && row.mark == RunMark::Parts) tooltip(branch->parting().text.in(state.lang));
      else if (hit->on_branch && row.mark == RunMark::Change) tooltip(branch->description().in(state.lang));
    }
  }
  ImGui::EndChild();
  end_panel();
}

}  // namespace cl::app

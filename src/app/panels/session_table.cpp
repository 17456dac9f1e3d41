// The server: which routes were hit so far, and the session table as the server
// stored it in SQLite (one table per server), rows changed in this step highlighted
// and expired rows shown as such (they stay in the table until cleaned up, but a
// lookup treats them as absent).
#include <imgui.h>
#include <algorithm>
#include <iterator>
#include <string>
#include "app/app_state.h"
#include "app/logic/row_colors.h"
#include "app/logic/server_view.h"
#include "app/logic/table_columns.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "scenario/names.h"
#include "server/route_names.h"

namespace cl::app {
namespace {

void rebuild(SessionTablePanel& panel, const Lesson& lesson) {
  if (panel.version == lesson.version()) return;
  panel.version = lesson.version();
  ServerPanelView view = server_panel_view(lesson);
  panel.servers.assign(view.servers.size(), {});
  for (std::size_t s = 0; s < view.servers.size(); ++s) {
    panel.servers[s].routes = std::move(view.servers[s].routes);
    panel.servers[s].rows = std::move(view.servers[s].rows);
    panel.servers[s].has_users = view.servers[s].has_users;
    panel.servers[s].users = std::move(view.servers[s].users);
  }
  panel.live = view.live;
}

// Returns the height the panel needs to show every row of the table.
float draw_server(AppState& state, std::size_t index) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const auto& server = state.server_panel.servers[index];
  const sim::Step* step = state.lesson.step();
  const bool hidden = state.lesson.outcome_hidden();
  const TimeMs now = state.lesson.after().now;
  const std::string current_route =
      step && step->exchange && !hidden && step->exchange->server == static_cast<int>(index) ? step->exchange->route
                                                                                             : "";

  text_colored(pal.accent, tr(Ui::RoutesHit, lang));
  ImGui::SameLine();
  if (server.routes.empty()) text_colored(pal.muted, "-");
  for (std::size_t i = 0; i < server.routes.size(); ++i) {
    const auto& [route, hits] = server.routes[i];
    std::string label = server::route_label(route, lang) + (hits > 1 ? " ×" + std::to_string(hits) : "");
    if (i > 0) ImGui::SameLine();
    // Wrap to the next line when the label would not fit.
    if (i > 0 && ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label.c_str()).x) ImGui::NewLine();
    if (route == current_route) text_colored(pal.set_cookie_line, "[" + label + "]");
    else text(label);
  }
  text_colored(pal.accent, tr(Ui::SessionTable, lang));
  if (state.server_panel.live) {
    ImGui::SameLine();
    text_colored(pal.ok, tr(Ui::Live, lang));
    tooltip(tr(Ui::LiveHint, lang));
  }
  const float users_h = users_table_height(server);  // under the sessions, for a Django server
  if (server.rows.empty()) {
    text_colored(pal.muted, tr(Ui::NoSessions, lang));
    draw_users_table(state, index);
    return content_height();
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
  const float needed = ImGui::GetCursorPosY() + row_h * static_cast<float>(server.rows.size() + 1) +
                       style.ItemSpacing.y + style.WindowPadding.y + users_h;
  // The data, the one long column, takes what the others leave and is cut (its tooltip
  // has all of it), but not below a useful part of it: then the table scrolls sideways,
  // and the key, user and expiry are never cut to one letter (logic/table_columns.h).
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
  const auto width_of = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
  const Ui headers[] = {Ui::SessionKey, Ui::Whose, Ui::Expires, Ui::RowState};
  float others = 0;
  for (std::size_t c = 0; c < 4; ++c)
    others += column_min(width_of(tr(headers[c], lang)), state.server_panel.seen[c]) + style.CellPadding.x * 2 + 1;
  const ColumnNeed data_need[] = {{column_min(width_of(tr(Ui::SessionData, lang)), width_of("{\"_auth")), 1}};
  const float data_w =
      column_widths(data_need, ImGui::GetContentRegionAvail().x - others - style.CellPadding.x * 2 - 1)[0];
  // With a users table below, the sessions take what it leaves (at least two rows) and scroll.
  // Exactly its rows when they fit (no blank space above the users), else at least the
  // header and two rows.
  const float rows_h = row_h * static_cast<float>(server.rows.size() + 1) + 2;
  const float sessions_h =
      users_h > 0 ? std::clamp(ImGui::GetContentRegionAvail().y - users_h, std::min(rows_h, row_h * 3 + 2), rows_h) : 0;
  if (!ImGui::BeginTable("sessions", 5, flags, ImVec2(0, sessions_h))) return needed;
  ImGui::TableSetupScrollFreeze(1, 1);
  for (Ui h : headers) ImGui::TableSetupColumn(tr(h, lang).data());
  ImGui::TableSetupColumn(tr(Ui::SessionData, lang).data(), ImGuiTableColumnFlags_WidthFixed, data_w);
  ImGui::TableHeadersRow();
  float seen[4] = {};
  // The widest cell of column c so far this frame (from where the cell began).
  const auto measure_cell = [&](std::size_t c, float x0) {
    seen[c] = std::max(seen[c], ImGui::GetItemRectMax().x - x0);
  };
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(server.rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const SessionRowView& v = server.rows[static_cast<std::size_t>(r)];
      ImGui::TableNextRow();
      // Colours from logic/row_colors.h (held to WCAG contrast there, in both themes).
      const RowColors colors = session_row_colors(v, state.high_contrast);
      if (colors.background.a > 0) row_background(imgui_color(colors.background));
      const ImVec4 color = imgui_color(colors.text);
      const std::string found_why = v.found ? "\n\n" + v.found_why.in(lang) : "";
      ImGui::TableNextColumn();
      float x0 = ImGui::GetCursorScreenPos().x;
      // Long keys are cut: the start is enough to tell rows apart, the tooltip has it all.
      text_colored(color, v.row.key.size() > 10 ? v.row.key.substr(0, 8) + "..." : v.row.key);
      tooltip(v.row.key + found_why);
      measure_cell(0, x0);
      ImGui::TableNextColumn();
      x0 = ImGui::GetCursorScreenPos().x;
      // The user as the learner sees them (앨리스 in Korean), the account name otherwise.
      const std::string& user =
          scenario::user_shown(state.lesson.world()->scenario(), static_cast<int>(index), v.row.user, lang);
      text_colored(color, v.row.user.empty() ? std::string(tr(Ui::Anonymous, lang)) : user);
      measure_cell(1, x0);
      ImGui::TableNextColumn();
      x0 = ImGui::GetCursorScreenPos().x;
      // Time left rather than a date, as in the cookie jar: narrow enough to leave the
      // data column room, and a sliding timeout shows as the time left growing back.
      text_colored(v.expired ? pal.bad : color, session_time_left(v.row.expire, now, lang));
      tooltip(format_iso8601(v.row.expire));
      measure_cell(2, x0);
      ImGui::TableNextColumn();
      x0 = ImGui::GetCursorScreenPos().x;
      text_colored(imgui_color(colors.state), row_state_label(v, lang));
      if (v.found) tooltip(v.found_why.in(lang));
      measure_cell(3, x0);
      ImGui::TableNextColumn();
      const std::string& data = v.row.decoded.empty() ? v.row.data : v.row.decoded;
      text_colored(color, data.size() > 60 ? data.substr(0, 60) + "..." : data);
      tooltip(std::string(tr(Ui::SessionData, lang)) + ": " + v.row.data + "\n\n" + v.row.decoded);
    }
  }
  ImGui::EndTable();
  std::copy(std::begin(seen), std::end(seen), state.server_panel.seen);
  draw_users_table(state, index);
  return needed;
}

}  // namespace

void draw_session_table(AppState& state, const Rect& area) {
  if (!begin_panel("server", tr(Ui::Server, state.lang), area) || !state.lesson.loaded()) {
    end_panel();
    return;
  }
  rebuild(state.server_panel, state.lesson);
  const auto* scenario = state.lesson.scenario();
  SessionTablePanel& panel = state.server_panel;
  const std::size_t n = panel.servers.size();
  // For the layout, which gives the narration above what this panel does not need.
  panel.height = content_height();
  if (n == 1) {
    panel.height = draw_server(state, 0);
  } else if (n > 1 && ImGui::BeginTabBar("servers")) {
    // The server the shown step talked to comes to the front once per step.
    const bool follow = panel.followed != state.lesson.version();
    panel.followed = state.lesson.version();
    const sim::Step* step = state.lesson.step();
    const int talked_to = step && step->exchange ? step->exchange->server : -1;
    for (std::size_t i = 0; i < n; ++i) {
      std::string label = i < scenario->servers.size() ? scenario->servers[i].name : "?";
      label.append("###s").append(std::to_string(i));
      const ImGuiTabItemFlags flags = follow && talked_to == static_cast<int>(i) ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
        panel.height = draw_server(state, i);
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  end_panel();
}

}  // namespace cl::app

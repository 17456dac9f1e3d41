// The users table under a Django server's session table: auth_user (or a custom user
// model's table) as SQLite holds it, a few columns by their real names, and the rows
// this step's session rows point at by _auth_user_id marked, with what Django makes
// of the link (an old _auth_user_hash logs that session out).
#include <imgui.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "app/logic/row_colors.h"
#include "app/logic/ui_text.h"
#include "app/logic/users_view.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {

float users_table_height(const SessionTablePanel::Server& server) {
  if (!server.has_users) return 0;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
  // The heading line, the header row and every row.
  return ImGui::GetTextLineHeightWithSpacing() + row_h * static_cast<float>(server.users.rows.size() + 1) +
         style.ItemSpacing.y + 2;
}

void draw_users_table(AppState& state, std::size_t index) {
  const SessionTablePanel::Server& server = state.server_panel.servers[index];
  if (!server.has_users) return;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  text_colored(pal.accent, std::string(tr(Ui::UsersTable, lang)) + ": " + server.users.table);
  tooltip(lang == Lang::Ko ? "Django의 사용자 모델이 사는 테이블입니다. 세션 데이터의 _auth_user_id가 이 테이블의 id를 "
                             "가리킵니다."
                           : "The table Django's user model lives in. A session's _auth_user_id is an id of this "
                             "table.");
  // No scrolling of its own: a few rows, the password column takes what is left and is cut.
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("users", 6, flags)) return;
  const Ui headers[] = {Ui::UserId, Ui::UserName, Ui::LastLogin, Ui::Staff, Ui::UserLink};
  for (Ui h : headers) ImGui::TableSetupColumn(tr(h, lang).data());
  ImGui::TableSetupColumn("password", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (const UserRowView& v : server.users.rows) {
    ImGui::TableNextRow();
    const RowColors colors = user_row_colors(v.linked, v.changed, v.old_hash, state.high_contrast);
    if (colors.background.a > 0) row_background(imgui_color(colors.background));
    const ImVec4 color = imgui_color(colors.text);
    const std::string why = user_link_why(v).in(lang);
    ImGui::TableNextColumn();
    text_colored(color, std::to_string(v.row.id));
    if (!why.empty()) tooltip(why);
    ImGui::TableNextColumn();
    text_colored(color, v.row.username);
    ImGui::TableNextColumn();
    // How long ago, as the jar and the session rows count time: narrow, and it moves at a login.
    text_colored(color, v.row.last_login ? time_left(*v.row.last_login, state.lesson.after().now, lang)
                                         : std::string(tr(Ui::NeverLoggedIn, lang)));
    if (v.row.last_login) tooltip(format_iso8601(*v.row.last_login));
    ImGui::TableNextColumn();
    text_colored(color, v.row.is_staff ? "1" : "0");
    ImGui::TableNextColumn();
    text_colored(imgui_color(colors.state), user_link_label(v, lang));
    if (!why.empty()) tooltip(why);
    ImGui::TableNextColumn();
    // The PBKDF2 field is long: its algorithm, rounds and salt start it, the tooltip has it all,
    // with the session auth hash a session must carry.
    text_colored(color, v.row.password.size() > 40 ? v.row.password.substr(0, 38) + "..." : v.row.password);
    tooltip("password: " + v.row.password + "\n\nget_session_auth_hash(): " + v.row.session_auth_hash);
  }
  ImGui::EndTable();
  // A step that links a session to a row brings the row into view once, should the
  // panel be too short for both tables (1280x720): the link is what the step shows.
  SessionTablePanel& panel = state.server_panel;
  const bool any_linked =
      std::any_of(server.users.rows.begin(), server.users.rows.end(), [](const UserRowView& r) { return r.linked; });
  if (any_linked && panel.users_scrolled != state.lesson.version() && ImGui::GetScrollMaxY() > 0) {
    panel.users_scrolled = state.lesson.version();
    ImGui::SetScrollHereY(1.0f);
    state.redraw = true;  // the scroll takes effect in the next frame
  }
}

}  // namespace cl::app

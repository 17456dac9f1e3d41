#include "app/logic/users_view.h"

#include <algorithm>
#include "app/logic/ui_text.h"

namespace cl::app {

UsersTableView users_view(std::string table, const sim::UserTable& before, const sim::UserTable& after,
                          const std::vector<SessionRowView>& sessions) {
  UsersTableView view;
  view.table = std::move(table);
  for (const auto& row : after) {
    UserRowView v;
    v.row = *row;
    const sim::UserTable::Row* old = before.find(row->id);
    v.changed = !old || !(**old == *row);
    view.rows.push_back(std::move(v));
  }
  std::vector<long long> old, current;  // ids linked with an old hash, with the row's own
  for (const SessionRowView& s : sessions) {
    if (!s.found && s.change == Change::Same) continue;
    const auto link = sim::session_user_link(s.row);
    if (!link) continue;
    const auto it = std::find_if(view.rows.begin(), view.rows.end(),
                                 [&](const UserRowView& u) { return u.row.id == link->user_id; });
    if (it == view.rows.end()) continue;
    it->linked = true;
    it->linked_keys.push_back(s.row.key);
    // A deleted row's hash compared with the row as it is now shows why it went (a
    // flushed stale session). When the step also wrote a row with the current hash
    // (update_session_auth_hash cycled the key), the old one was replaced, not refused.
    (link->hash == it->row.session_auth_hash ? current : old).push_back(it->row.id);
  }
  for (UserRowView& u : view.rows)
    u.old_hash =
        std::count(old.begin(), old.end(), u.row.id) > 0 && std::count(current.begin(), current.end(), u.row.id) == 0;
  return view;
}

std::string user_link_label(const UserRowView& row, Lang lang) {
  if (!row.linked) return "";
  return std::string(tr(row.old_hash ? Ui::UserLinkedOld : Ui::UserLinked, lang));
}

Bilingual user_link_why(const UserRowView& row) {
  if (!row.linked) return {};
  std::string keys;
  for (const std::string& k : row.linked_keys) keys += (keys.empty() ? "" : ", ") + k.substr(0, 8) + "...";
  const std::string id = std::to_string(row.row.id);
  Bilingual why{"The session " + keys + " names this row: _auth_user_id \"" + id + "\" is its id.",
                "이 행을 가리키는 세션: " + keys + ". 그 세션의 _auth_user_id 값이 이 행의 id(" + id + ")입니다."};
  if (row.old_hash)
    why = why + Bilingual{
                    " Its _auth_user_hash was made from an older password field, so Django logs that session "
                    "out (flushes it) at its next request.",
                    " 그 세션의 _auth_user_hash는 예전 비밀번호 필드로 만든 것이라서, Django는 다음 요청에서 "
                    "그 세션을 로그아웃시킵니다(flush)."};
  else
    why = why + Bilingual{" Its _auth_user_hash matches this row's password field, so Django accepts it as " +
                              row.row.username + ".",
                          " 그 세션의 _auth_user_hash가 이 행의 비밀번호 필드와 맞으므로, Django는 " +
                              ko::with(row.row.username, ko::Josa::EuroRo) + " 받아들입니다."};
  return why;
}

}  // namespace cl::app

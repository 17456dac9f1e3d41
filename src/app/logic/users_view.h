// The users table the Server panel shows beside a Django server's session table
// (auth_user, or a custom user model's accounts_user), with the link Django's
// session data makes into it: the rows the step's session rows name by
// _auth_user_id are marked, and so is a link whose _auth_user_hash is an old one
// (the password changed: Django logs that session out at its next request).
// GUI-free, for the tests.
#pragma once
#include <string>
#include <vector>
#include "app/logic/highlight.h"
#include "base/text.h"
#include "server/server.h"
#include "sim/user_rows.h"

namespace cl::app {

struct UserRowView {
  server::UserRow row;
  bool changed = false;                  // this step wrote the row (a login's last_login, a password change)
  bool linked = false;                   // a session row this step found, wrote or deleted names it by _auth_user_id
  bool old_hash = false;                 // ... and carries an _auth_user_hash that is no longer this row's (and no
                                         // session the step wrote carries the current one)
  std::vector<std::string> linked_keys;  // those session keys
};

struct UsersTableView {
  std::string table;  // "auth_user", "accounts_user"
  std::vector<UserRowView> rows;
};

// The rows of `after`, each compared with `before` and linked from the session rows of
// the step (found, new, changed or deleted ones; a row unchanged and not found is
// not the step's business and links nothing).
UsersTableView users_view(std::string table, const sim::UserTable& before, const sim::UserTable& after,
                          const std::vector<SessionRowView>& sessions);

// The session column's mark: "←" (a session names this row by _auth_user_id), or
// "← old hash"; "" when not linked. Narrow: the tooltip says it in words.
std::string user_link_label(const UserRowView& row, Lang lang);
// The tooltip of a linked row: which session rows point at it and what Django does.
Bilingual user_link_why(const UserRowView& row);

}  // namespace cl::app

// What the Server panel shows at the lesson's shown step: the routes hit so far and
// the session table with this step's changes marked. GUI-free, so a test can compare
// it with the timeline at every step of every lesson.
#pragma once
#include <string>
#include <utility>
#include <vector>
#include "app/logic/highlight.h"
#include "app/logic/lesson.h"
#include "app/logic/users_view.h"
#include "server/server.h"
#include "sim/timeline.h"

namespace cl::app {

struct ServerTableView {
  std::vector<std::pair<std::string, int>> routes;  // route, times hit (so far), in order of first hit
  std::vector<SessionRowView> rows;
  bool has_users = false;  // a Django server: its users table is shown beside the sessions
  UsersTableView users;
};

struct ServerPanelView {
  std::vector<ServerTableView> servers;  // scenario order
  bool live = false;                     // the rows were read from SQLite (the newest step), not the timeline
};

// At a step whose server reports "session-found", the row whose key the request's
// cookie carried is marked found (with the server's words on it for the tooltip).
ServerPanelView server_panel_view(const Lesson& lesson);

// The state column's word for a row: "new", "changed", "deleted", "expired", "found",
// or two of them ("found · changed": a sliding expiry renewed the row it found).
std::string row_state_label(const SessionRowView& row, Lang lang);

}  // namespace cl::app

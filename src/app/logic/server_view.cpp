#include "app/logic/server_view.h"
#include <map>
#include <algorithm>
#include <memory>
#include "app/logic/ui_text.h"
#include "scenario/names.h"
#include "server/narration.h"

namespace cl::app {
namespace {

// The row the server found: its "session-found" event names no key, but the key it
// looked up came in the request's Cookie field (Django's sessionid=KEY, PHPSESSID=KEY,
// express's signed s%3AKEY.signature), and keys are long random ids.
void mark_found(std::vector<SessionRowView>& rows, const sim::Exchange& x, const scenario::Scenario& sc) {
  const auto& events = *x.events;
  if (std::find(events.begin(), events.end(), "session-found") == events.end()) return;
  const std::string cookie = x.cookie_header();
  for (SessionRowView& v : rows) {
    if (v.row.key.empty() || cookie.find(v.row.key) == std::string::npos) continue;
    v.found = true;
    const Bilingual said =
        server::say::session_found(v.row.key, {scenario::user_shown(sc, x.server, v.row.user, Lang::En),
                                               scenario::user_shown(sc, x.server, v.row.user, Lang::Ko)});
    v.found_why = {"The request's cookie carries this session key. " + said.en,
                   "요청의 쿠키에 이 세션 키가 들어 있습니다. " + said.ko};
  }
}

}  // namespace

ServerPanelView server_panel_view(const Lesson& lesson) {
  ServerPanelView view;
  if (!lesson.world()) return view;
  const sim::Snapshot& before = lesson.before();
  const sim::Snapshot& after = lesson.after();
  const std::size_t servers = after.servers.size();
  view.servers.assign(servers, {});
  // Routes hit up to the shown step, in order of first hit (steps are few enough
  // in a lesson; the benchmark's ten thousand cost well under a millisecond). A step
  // whose question waits has not been answered by the server yet.
  std::vector<std::map<std::string, int>> counts(servers);
  std::vector<std::vector<std::string>> order(servers);
  const std::size_t shown =
      lesson.outcome_hidden() && lesson.position() > 0 ? lesson.position() - 1 : lesson.position();
  const auto& steps = lesson.world()->timeline().steps();
  for (std::size_t i = 0; i < shown && i < steps.size(); ++i) {
    const auto& x = steps[i].exchange;
    if (!x || x->server < 0 || static_cast<std::size_t>(x->server) >= servers || x->route.empty()) continue;
    if (counts[x->server][x->route]++ == 0) order[x->server].push_back(x->route);
  }
  // At the newest step the rows are read from the SQLite table itself; an earlier
  // step's rows come from the timeline (the database holds only the present).
  view.live = lesson.position() == lesson.count() && lesson.position() > 0 && !lesson.outcome_hidden();
  static const sim::SessionTable empty;
  for (std::size_t s = 0; s < servers; ++s) {
    for (const auto& r : order[s]) view.servers[s].routes.emplace_back(r, counts[s][r]);
    const sim::SessionTable& old_rows = s < before.servers.size() ? before.servers[s] : empty;
    if (view.live) {
      view.servers[s].rows =
          session_rows(old_rows, sim::session_table_of(lesson.world()->server(static_cast<int>(s))), after.now);
    } else {
      view.servers[s].rows = session_rows(old_rows, after.servers[s], after.now);
    }
    const sim::Step* step = lesson.step();
    if (step && step->exchange && !lesson.outcome_hidden() && step->exchange->server == static_cast<int>(s))
      mark_found(view.servers[s].rows, *step->exchange, lesson.world()->scenario());
    // Django's users table beside its sessions, linked from the rows marked above.
    const auto* scenario = lesson.scenario();
    if (scenario && s < scenario->servers.size() && scenario->servers[s].profile == server::Profile::Django) {
      static const sim::UserTable no_users;
      const sim::UserTable& old_users = s < before.users.size() ? before.users[s] : no_users;
      const std::string table = server::user_table_name(scenario->servers[s]);
      view.servers[s].has_users = true;
      view.servers[s].users =
          view.live
              ? users_view(table, old_users, sim::user_table_of(lesson.world()->server(static_cast<int>(s))),
                           view.servers[s].rows)
              : users_view(table, old_users, s < after.users.size() ? after.users[s] : no_users, view.servers[s].rows);
    }
  }
  return view;
}

std::string row_state_label(const SessionRowView& v, Lang lang) {
  std::string label;
  const auto add = [&](Ui word) {
    if (!label.empty()) label += " · ";
    label += tr(word, lang);
  };
  if (v.found) add(Ui::FoundRow);
  if (v.change == Change::New) add(Ui::NewRow);
  else if (v.change == Change::Changed) add(Ui::Changed);
  else if (v.change == Change::Removed) add(Ui::Deleted);
  else if (v.expired && !v.found) add(Ui::Expired);
  return label;
}

}  // namespace cl::app

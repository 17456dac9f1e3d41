#include "app/logic/server_view.h"
#include <map>
#include <memory>

namespace cl::app {

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
  }
  return view;
}

}  // namespace cl::app

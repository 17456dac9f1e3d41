// The simulated world of one scenario: a clock, the browsers' states, the servers
// with their SQLite session tables. It runs steps and records each on the timeline.
// What a browser does is the browser module's (src/browser/); the World keeps the
// clock, routes each request to the server of its host and records the exchange
// (it is the browser's agent::Network). The window and the command line both
// drive it; neither decides anything.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include "base/ids.h"
#include "base/time.h"
#include "scenario/scenario.h"
#include "server/server.h"
#include "sim/recorded.h"
#include "sim/timeline.h"

namespace cl::sim {

struct WorldOptions {
  std::string db_path;  // "" = in-memory SQLite; else one file (servers' tables prefixed)
  bool explain = true;  // compute the reason for every cookie left out (costs time)
  // The learner's language: a browser that does not fix its own (BrowserSpec::language)
  // reads this one. Korean sends Accept-Language as a Korean Chrome does, so the sites
  // answer in Korean; English sends none, as the English lessons always have, and the
  // sites answer in their default, English.
  Lang lang = Lang::En;
};

class World {
 public:
  explicit World(scenario::Scenario scenario, WorldOptions options = {});
  // A world that goes on from `start`, the state an earlier run of the same lesson
  // had before scenario step `next_step` (0-based): a what-if branch (whatif/). Steps
  // [0, next_step) count as run; the timeline begins at `start` and shares its
  // browsers and session rows; the servers take its session rows and the settings
  // the change steps before it gave them.
  World(scenario::Scenario scenario, WorldOptions options, const Snapshot& start, std::size_t next_step);
  ~World();

  const scenario::Scenario& scenario() const { return scenario_; }
  const WorldOptions& options() const { return options_; }
  // The language browser i's user reads (its own, else the learner's): its pages'.
  Lang browser_language(int i) const;
  // What the learner sees browser i called, in each language (BrowserSpec::display).
  Bilingual browser_names(int i) const;
  const Timeline& timeline() const { return timeline_; }
  TimeMs now() const { return now_; }

  // Runs scenario step i (adds one or more timeline steps); returns how many.
  std::size_t run_step(std::size_t i);
  void run_all();
  std::size_t next_scenario_step() const { return next_step_; }
  bool finished() const { return next_step_ >= scenario_.steps.size(); }

  // An action the learner takes in the window (a form typed in, a cookie edited):
  // the same vocabulary as scenario steps, appended to the timeline.
  std::size_t perform(const scenario::Step& step);
  // Keep the first `size` timeline steps, return to the state after them and forget
  // the rest, so the learner can take another path from there.
  void rewind(std::size_t size);
  // A real client's exchange (`cookielab FILE --serve`, see serve/live_server.h),
  // appended as one timeline step: browser -1 (a real client is none of the
  // scenario's browsers, whose states stay as they are), the servers' session
  // changes, the clock set to the time it was answered. The caller holds the
  // LiveServer's model_mutex(): the servers answered it, and their changed keys are
  // taken here. Returns the step's timeline index. (src/sim/live.cpp)
  std::size_t record_live(Exchange exchange, Bilingual narration);
  // A recorded exchange (an entry of a HAR capture, sim/recorded.h): the real bytes
  // go on the timeline as they were, and the browser's jar takes each Set-Cookie of
  // the response through the engine at the recorded time, so the jar panel, the
  // decisions and the sequence work as for a lesson. (src/sim/recorded.cpp)
  std::size_t record_exchange(RecordedExchange recorded);
  // The clock moves on to `t` (never back) without a step: a recorded event (a HAR
  // export's cookie set by hand, sim/recorded.h) is replayed with perform() at the
  // moment it happened, as the exchanges are recorded at theirs.
  void advance_clock(TimeMs t) {
    if (t > now_) now_ = t;
  }
  // What the engine would put in that browser's Cookie header now, with the reason
  // for each cookie left out; nothing changes (the jar is a copy).
  cookie::SendResult would_send(int browser, const cookie::RequestContext& ctx, TimeMs now) const;

  // Live state (the same as timeline().snapshot(size()-1)).
  const BrowserState& browser(int i) const;
  int browser_index(std::string_view name) const;
  int server_index(std::string_view name) const;
  int server_for_host(std::string_view host) const;
  server::Server& server(int i);
  const server::Server& server(int i) const;
  // The server a what-if change names: by its name, or the first of that profile ("django").
  int server_for_change(std::string_view name) const;
  // The first scenario step this world ran itself (0, or where a branch went on).
  std::size_t first_step() const { return resume_step_; }

 private:
  scenario::Scenario scenario_;
  WorldOptions options_;
  IdGenerator ids_;
  TimeMs now_ = 0;
  std::vector<std::unique_ptr<server::Server>> servers_;
  std::vector<std::shared_ptr<const BrowserState>> browsers_;
  std::unordered_map<std::string, int> browser_by_name_;
  Timeline timeline_;
  std::size_t next_step_ = 0;
  std::size_t resume_step_ = 0;  // scenario steps before it were run by the world this one goes on from
  // Steps the learner took in the window; the timeline points into them.
  std::vector<std::unique_ptr<scenario::Step>> interactive_;
  // The learner's change steps by the timeline index they made: restore() makes their
  // server settings again, as it does the scenario's (those are not in a snapshot).
  std::vector<std::pair<std::size_t, const scenario::Step*>> learner_changes_;
  Snapshot live_snapshot() const;
  void restore(const Snapshot& s);  // the live state made s (a rewind, a branch's start)
  // The sessions the servers changed since the last step (their changed keys, taken).
  void take_session_changes(Timeline::Delta& delta);
  std::size_t execute(const scenario::Step& step, int scenario_step);
  struct Runner;
  friend struct Runner;
};

}  // namespace cl::sim

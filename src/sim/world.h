// The simulated world of one scenario: a clock, the browsers with their jars, the
// servers with their SQLite session tables. It runs steps and records each on the
// timeline. The window and the command line both drive it; neither decides anything.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>
#include "base/ids.h"
#include "base/memo.h"
#include "base/time.h"
#include "scenario/scenario.h"
#include "server/server.h"
#include "sim/text_pool.h"
#include "sim/timeline.h"

namespace cl::sim {

struct WorldOptions {
  std::string db_path;     // "" = in-memory SQLite; else one file (servers' tables prefixed)
  bool explain = true;     // compute the reason for every cookie left out (costs time)
};

class World {
public:
  explicit World(scenario::Scenario scenario, WorldOptions options = {});
  ~World();

  const scenario::Scenario& scenario() const { return scenario_; }
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

  // Live state (the same as timeline().snapshot(size()-1)).
  const BrowserState& browser(int i) const;
  int browser_index(std::string_view name) const;
  int server_index(std::string_view name) const;
  int server_for_host(std::string_view host) const;
  server::Server& server(int i);
  const server::Server& server(int i) const;

private:
  scenario::Scenario scenario_;
  WorldOptions options_;
  IdGenerator ids_;
  TimeMs now_ = 0;
  std::vector<std::unique_ptr<server::Server>> servers_;
  std::vector<std::shared_ptr<const BrowserState>> browsers_;
  std::unordered_map<std::string, int> browser_by_name_;
  Timeline timeline_;
  TextPool texts_;
  // What each browser last sent and was sent, as pooled: its next exchange mostly
  // repeats them, and comparing with the likely text costs less than hashing it to
  // search the pool. Hints only: a stale one is compared and passed over.
  struct Recent {
    std::shared_ptr<const std::vector<cookie::Cookie>> sent;  // the last Cookie list
    struct AtUrl {
      std::size_t hash = 0;  // of the address: the entries sit together, the Urls apart
      std::shared_ptr<const http::Url> url;  // pooled
      std::shared_ptr<const std::string> request, body;
      // What `request` was built from, when it was a plain GET (no body, no Referer):
      // the same cookies and the same Accept make the same message again, neither
      // built nor compared (most of a long run is such steps).
      std::shared_ptr<const http::Request> message;
      std::shared_ptr<const std::vector<cookie::Cookie>> message_cookies;
      bool message_top_level = true;
      std::shared_ptr<const std::string> head;  // the base of the next response head (DeltaText)
      bool body_has_img = false;  // whether `body` holds an <img> tag
      std::shared_ptr<const Bilingual> server_said;
      std::shared_ptr<const std::vector<std::string>> events;  // the server's, pooled
    };
    std::vector<AtUrl> at;  // the last few addresses
    AtUrl& at_url(const http::Url& url, TextPool& pool);
  };
  std::vector<Recent> recent_;  // one per browser, from the start
  // Steps' addresses as parsed (empty: refused). A lesson, and a long run most of all,
  // names the same few addresses again and again; parsing one costs more than a
  // lookup and a copy. Cleared when it grows large; what step_url returns is valid
  // until its next call.
  Memo<std::optional<http::Url>> step_urls_;
  const http::Url* step_url(std::string_view text);
  std::size_t next_step_ = 0;
  // Steps the learner took in the window; the timeline points into them.
  std::vector<std::unique_ptr<scenario::Step>> interactive_;
  Snapshot live_snapshot() const;
  // The sessions the servers changed since the last step (their changed keys, taken).
  void take_session_changes(Timeline::Delta& delta);
  std::size_t execute(const scenario::Step& step, int scenario_step);
  struct Runner;
  friend struct Runner;
};

}  // namespace cl::sim

// Every step of a run, with the exact messages and the state after it. Stepping
// back then forward shows identical state. State is shared between steps: a step
// stores only what it changed, and a full snapshot is kept every kKeyframeEvery
// steps, so memory grows with changes, not with steps times state.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "base/ids.h"
#include "base/text.h"
#include "base/time.h"
#include "cookie/jar.h"
#include "http/url.h"
#include "page/page.h"
#include "scenario/scenario.h"
#include "server/server.h"

namespace cl::sim {

// One browser as it stands after a step.
struct BrowserState {
  std::string name;
  std::string user_agent;
  cookie::CookieJar jar;
  bool open = true;
  std::optional<http::Url> location;  // the page shown
  page::Page page;
  int status = 0;                     // of the page shown
};

using SessionTable = std::map<std::string, std::shared_ptr<const server::SessionRow>>;

struct Snapshot {
  TimeMs now = 0;
  IdGenerator::State ids{};
  std::vector<std::shared_ptr<const BrowserState>> browsers;  // scenario order
  std::vector<SessionTable> servers;                          // scenario order
};

// A cookie line's fate, as the browser decided it.
struct SetCookieReport {
  std::string line;  // the header value as received
  cookie::SetDecision decision;
};

// One request and its response, exactly as exchanged.
struct Exchange {
  int browser = -1;   // index into the scenario's browsers (-1: a raw client)
  int server = -1;    // index into servers (-1: no server answered)
  http::Url url;
  std::string request_text;   // bytes sent
  std::string response_text;  // bytes received
  std::string method;
  int status = 0;
  std::vector<std::pair<std::string, std::string>> request_headers;   // in order
  std::vector<std::pair<std::string, std::string>> response_headers;  // in order
  cookie::SendResult cookies;              // what was sent and why others were not
  std::vector<SetCookieReport> set_cookies;
  std::string route;
  std::string user;                        // who the server recognised
  std::vector<std::string> events;         // from the server
  bool redirect_follow = false;            // the browser followed a Location by itself
  TimeMs time = 0;
};

struct ExpectationResult {
  std::string what;      // "status", "sent", ...
  bool passed = true;
  std::string expected, seen;
};

struct Step {
  std::size_t index = 0;           // position in the timeline
  int scenario_step = -1;          // index into Scenario::steps (-1 for interactive actions)
  scenario::Action action = scenario::Action::Visit;
  int browser = -1;
  std::optional<Exchange> exchange;  // steps that send nothing have none
  Bilingual narration;               // the scenario's words (first exchange of a step only)
  Bilingual explanation;             // what the engine and the server decided, generated
  std::vector<ExpectationResult> checks;
  const scenario::Question* question = nullptr;  // into the scenario; first exchange only
  TimeMs time = 0;                   // clock after the step
};

class Timeline {
public:
  static constexpr std::size_t kKeyframeEvery = 256;

  void reset(Snapshot initial);
  // Appends a step and the state after it. `changed_browsers` and `changed_sessions`
  // list only what this step changed; the rest is shared with the previous state.
  struct Delta {
    TimeMs now = 0;
    IdGenerator::State ids{};
    std::vector<std::pair<int, std::shared_ptr<const BrowserState>>> browsers;
    // (server, key, row) — a null row means deleted.
    std::vector<std::tuple<int, std::string, std::shared_ptr<const server::SessionRow>>> sessions;
  };
  void push(Step step, Delta delta);
  void truncate(std::size_t size);  // keep steps [0, size)

  std::size_t size() const { return steps_.size(); }
  const Step& step(std::size_t i) const { return steps_[i]; }
  const std::vector<Step>& steps() const { return steps_; }
  const Snapshot& initial() const { return initial_; }
  // State after step i (i < size()); before any step: initial(). Under 1 ms.
  Snapshot snapshot(std::size_t i) const;
  std::size_t memory_estimate() const;  // bytes, for the benchmark

private:
  Snapshot initial_;
  std::vector<Step> steps_;
  std::vector<Delta> deltas_;
  std::vector<Snapshot> keyframes_;  // keyframes_[k] = state after step k*kKeyframeEvery + kKeyframeEvery-1
  void apply(Snapshot& s, const Delta& d) const;
};

}  // namespace cl::sim

// Every step of a run, with the exact messages and the state after it. Stepping
// back then forward shows identical state. State is shared between steps: a step
// stores only what it changed, and a full snapshot is kept every kKeyframeEvery
// steps, so memory grows with changes, not with steps times state.
#pragma once
#include <cstddef>
#include <deque>
#include <tuple>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "base/delta_text.h"
#include "base/ids.h"
#include "base/message.h"
#include "base/text.h"
#include "base/time.h"
#include "browser/browser_state.h"
#include "cookie/jar.h"
#include "http/message.h"
#include "http/url.h"
#include "page/page.h"
#include "scenario/scenario.h"
#include "server/server.h"
#include "sim/exchange_store.h"
#include "sim/session_rows.h"
#include "sim/user_rows.h"

namespace cl::sim {

// One browser as it stands after a step: the browser module's value (src/browser/),
// named here as the window, the reports and the tests have always named it.
using BrowserState = agent::BrowserState;

struct Snapshot {
  TimeMs now = 0;
  IdGenerator::State ids{};
  std::vector<std::shared_ptr<const BrowserState>> browsers;  // scenario order
  std::vector<SessionTable> servers;                          // scenario order
  std::vector<UserTable> users;                               // each server's users table, scenario order
};

// A cookie line's fate, as the browser decided it. A long timeline keeps one for
// each Set-Cookie field it received, so `decision.parsed` keeps only the cookie's
// name and why a line was refused: its value and attributes are in `line`, and
// cookie::parse_set_cookie reads them again for whoever shows them.
struct SetCookieReport {
  std::string line;  // the header value as received
  cookie::SetDecision decision;

  static SetCookieReport kept(std::string_view line, cookie::SetDecision decision);
};

// The cookies a request carried. The Cookie field itself is in the request's
// bytes (Exchange::cookie_header); this is the jar's side of it.
struct SentCookies {
  // The records sent, in header order. A long timeline sends the same cookies
  // again and again, so equal lists are one list shared by every exchange that
  // sent it; that is why last_access is 0 here: it was the exchange's time.
  std::shared_ptr<const std::vector<cookie::Cookie>> list = none();
  std::vector<cookie::Exclusion> excluded;  // only filled when asked to explain

  const std::vector<cookie::Cookie>& sent() const { return *list; }
  static const std::shared_ptr<const std::vector<cookie::Cookie>>& none();
};

// One request and its response, exactly as exchanged.
struct Exchange {
  int browser = -1;  // index into the scenario's browsers (-1: a raw client)
  int server = -1;   // index into servers (-1: no server answered)
  // Shared through the timeline's TextPool (sim/exchange_store.h), like the texts:
  // addresses recur. Never null.
  std::shared_ptr<const http::Url> url = no_url();
  // The bytes exchanged. Texts are shared through the timeline's TextPool: the same
  // browser asking for the same page sends the same bytes, and a page body repeats.
  std::shared_ptr<const std::string> request;  // bytes sent
  // Status line and fields, through the blank line: kept as changes to the same
  // browser's last head at this address (mostly its Date), see base/delta_text.h.
  DeltaText head;
  std::shared_ptr<const std::string> response_body;  // null: nobody answered
  std::string method;
  int status = 0;
  SentCookies cookies;  // what was sent and why others were not
  std::vector<SetCookieReport> set_cookies;
  std::string route;
  std::string user;  // who the server recognised
  // What the server did ("session-found", ...), shared through the timeline's TextPool:
  // a long run repeats a few lists. Never null.
  std::shared_ptr<const std::vector<std::string>> events = no_events();
  std::shared_ptr<const Bilingual> server_said;  // the server's own account of what it did
  bool redirect_follow = false;                  // the browser followed a Location by itself
  TimeMs time = 0;

  const std::string& request_text() const;
  std::string response_head() const { return head.text(); }
  std::string response_text() const;  // head + body; "" when nobody answered
  bool answered() const { return response_body != nullptr; }
  // Header fields in order, read from the exact text (not stored twice).
  std::vector<http::Field> request_fields() const;
  std::vector<http::Field> response_fields() const;
  // The request's Cookie field ("a=b; c=d"), "" when it had none or did not parse.
  std::string cookie_header() const;
  // Whether the request's bytes hold a Cookie field line, parsed or not: a scan of
  // the head, cheap enough for every arrow of the sequence panel in every frame.
  bool has_cookie_field() const;
  static const std::shared_ptr<const http::Url>& no_url();
  static const std::shared_ptr<const std::vector<std::string>>& no_events();
};

struct ExpectationResult {
  std::string what;  // the expectation's key: "status", "sent", "logged_in", ...
  bool passed = true;
  std::string expected;     // its value as written ("302", "sessionid", "" for nobody)
  std::string seen;         // what happened: a value, or the names seen, comma-separated
  std::string expected_ko;  // logged_in: the user as the Korean learner sees them ("" = expected)
};

struct Step {
  std::size_t index = 0;   // position in the timeline
  int scenario_step = -1;  // index into Scenario::steps (-1 for interactive actions)
  scenario::Action action = scenario::Action::Visit;
  int browser = -1;
  std::optional<Exchange> exchange;  // steps that send nothing have none
  SharedBilingual narration;         // the scenario's words (first exchange of a step only)
  // What the engine and the server decided, for steps that send nothing. For an
  // exchange it is generated when asked (sim::explain in explain.h): a long timeline
  // keeps the decisions, not sentences about them.
  SharedBilingual explanation;
  std::vector<ExpectationResult> checks;
  const scenario::Question* question = nullptr;  // into the scenario; first exchange only
  TimeMs time = 0;                               // clock after the step
  // A recorded exchange (a HAR capture, sim/recorded.h): where the real browser's
  // Cookie header differs from what the engine would have sent, one line each with
  // why. Empty for everything the simulation made.
  std::vector<Message> differences;
};

class Timeline {
 public:
  // Full copies of the browsers and the session tables every kKeyframeEvery steps:
  // a jump copies the keyframe before it and replays fewer than that many steps.
  // Both copies are flat vectors of shared pointers, so a keyframe is small, and a
  // snapshot's copies are kept alive by the keyframe itself (one reference count).
  static constexpr std::size_t kKeyframeEvery = 512;

  void reset(Snapshot initial);
  // Appends a step and the state after it. `changed_browsers` and `changed_sessions`
  // list only what this step changed; the rest is shared with the previous state.
  struct Delta {
    TimeMs now = 0;
    IdGenerator::State ids{};
    std::vector<std::pair<int, std::shared_ptr<const BrowserState>>> browsers;
    // (server, key, row) — a null row means deleted.
    std::vector<std::tuple<int, std::string, std::shared_ptr<const server::SessionRow>>> sessions;
    // (server, row): users rows this step wrote (a login's last_login, a password change).
    std::vector<std::pair<int, std::shared_ptr<const server::UserRow>>> users;
  };
  void push(Step step, Delta delta);
  void truncate(std::size_t size);  // keep steps [0, size)

  std::size_t size() const { return steps_.size(); }
  const Step& step(std::size_t i) const { return steps_[i]; }
  const std::deque<Step>& steps() const { return steps_; }
  const Snapshot& initial() const { return initial_; }
  // State after step i (i < size()); before any step: initial(). Under 1 ms.
  Snapshot snapshot(std::size_t i) const;
  std::size_t memory_estimate() const;  // bytes, for the benchmark

  // The texts the steps share and the hints that make the next exchange cheap (what
  // each browser last sent and was sent): the exchange code calls it for each saving.
  ExchangeStore& store() { return store_; }
  const ExchangeStore& store() const { return store_; }

 private:
  Snapshot initial_;
  ExchangeStore store_;
  // Deques: a long run grows them without the copy-and-double peaks of a vector.
  std::deque<Step> steps_;
  std::deque<Delta> deltas_;
  // [k] = the state after step (k+1)*kKeyframeEvery - 1
  struct Keyframe {
    std::vector<std::shared_ptr<const BrowserState>> browsers;
    std::vector<SessionTable> servers;
    std::vector<UserTable> users;
  };
  std::vector<std::shared_ptr<const Keyframe>> keyframes_;
  static void apply_browsers(std::vector<std::shared_ptr<const BrowserState>>& b, const Delta& d);
  static void apply_sessions(std::vector<SessionTable>& t, const Delta& d);
  // Users rows change at logins and password changes only, so they are kept apart from
  // the deltas, in step order: a jump finds the few of its stretch by a binary search
  // instead of looking at every delta. The rows of steps [from, to] put into t, each
  // table's list copied once.
  struct UserChange {
    std::size_t step;
    int server;
    std::shared_ptr<const server::UserRow> row;
  };
  std::vector<UserChange> user_changes_;
  void apply_users(std::vector<UserTable>& t, std::size_t from, std::size_t to) const;
};

}  // namespace cl::sim

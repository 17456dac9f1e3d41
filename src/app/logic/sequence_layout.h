// The sequence view as geometry: one lane per browser and per server, one row per
// timeline step, an arrow for the request and one for the response. Kept apart from
// drawing so tests check which step a click selects and which rows get drawn.
#pragma once
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>
#include "scenario/scenario.h"
#include "sim/timeline.h"

namespace cl::app {

// Browsers first (scenario order), then servers; a step to a host no server
// answers goes to the last lane, "(no server)" ("(서버 없음)").
struct Lanes {
  std::vector<std::string> labels;                     // browser names, then each server's first host
  std::vector<std::string> short_labels;               // the same, with server names for hosts (for narrow lanes)
  std::vector<std::vector<std::string>> server_hosts;  // each server's host names (scenario order)
  int browsers = 0, servers = 0;                       // `browsers` counts the client lanes too
  // Real clients (`cookielab FILE --serve`), by User-Agent: one lane each, after the
  // scenario's browsers (their exchanges have browser -1: none of ours sent them).
  std::vector<std::string> clients;
  int first_client = 0;
  int browser_lane(int browser) const { return browser < 0 ? 0 : browser; }
  int client_lane(std::string_view user_agent) const;  // browser_lane(-1) when unknown
  int server_lane(int server) const { return server < 0 ? browsers + servers : browsers + server; }
  int count() const { return static_cast<int>(labels.size()); }
};
Lanes lanes_of(const scenario::Scenario& scenario, Lang lang = Lang::En);
// Adds a lane for each User-Agent of the real clients' steps (browser -1), in the
// order they first appear.
void add_client_lanes(Lanes& lanes, const std::deque<sim::Step>& steps);
// A lane's name for a User-Agent: "curl/7.88", "Chrome 156", "Firefox 128";
// "client" when it sent none.
std::string short_agent(std::string_view user_agent);
std::string user_agent_of(const sim::Exchange& exchange);  // "" when none was sent

struct Arrow {
  int from = 0, to = 0;             // lanes (request: browser -> server)
  std::string request_label;        // "GET /login"; "GET www.shop.example/" when the lane's label
                                    // (the server's first host) is not the host requested
  std::string response_label;       // "302 Found"; "(no response)" in the learner's language
  bool carries_cookie = false;      // the request had a Cookie header
  bool carries_set_cookie = false;  // the response had Set-Cookie
  bool has_exchange = false;        // false: a local action (wait, close...), drawn as a note
  std::string note;                 // for local actions: "wait", "close", ...
};
Arrow arrow_of(const sim::Step& step, const Lanes& lanes, Lang lang = Lang::En);

struct SequenceGeometry {
  float left = 0, width = 0;       // of the drawing area
  float top = 0, row_height = 40;  // y of the first row's top
  int lanes = 2;

  float lane_x(int lane) const;  // centre line of a lane
  float row_y(std::size_t row) const { return top + row_height * static_cast<float>(row); }
  float content_height(std::size_t rows) const { return row_height * static_cast<float>(rows); }
  // The timeline step (0-based) under y, or nothing when y is outside the rows.
  std::optional<std::size_t> row_at(float y, std::size_t rows) const;
};

// Rows [first, last) that intersect a visible band [view_top, view_top + view_height):
// only those are drawn, so ten thousand steps cost what a screenful costs.
struct RowRange {
  std::size_t first = 0, last = 0;
};
RowRange visible_rows(float view_top, float view_height, float row_height, std::size_t rows);

// The scroll offset that brings `row` into a view of `view_height`, changing
// `scroll` as little as possible (none when it is already fully visible).
float scroll_to_show(std::size_t row, float scroll, float view_height, float row_height);

}  // namespace cl::app

#include "app/logic/sequence_layout.h"
#include <algorithm>
#include <cmath>
#include "http/message.h"

namespace cl::app {

Lanes lanes_of(const scenario::Scenario& scenario) {
  Lanes l;
  for (const auto& b : scenario.browsers) l.labels.push_back(b.name);
  l.short_labels = l.labels;
  for (const auto& s : scenario.servers) {
    l.labels.push_back(s.hosts.empty() ? s.name : s.hosts.front());
    l.short_labels.push_back(s.name);
    l.server_hosts.push_back(s.hosts);
  }
  l.browsers = static_cast<int>(scenario.browsers.size());
  l.servers = static_cast<int>(scenario.servers.size());
  if (l.browsers == 0) {
    l.labels.insert(l.labels.begin(), "browser");
    l.short_labels.insert(l.short_labels.begin(), "browser");
    l.browsers = 1;
  }
  l.labels.push_back("(no server)");
  l.short_labels.push_back("(none)");
  return l;
}

Arrow arrow_of(const sim::Step& step, const Lanes& lanes) {
  Arrow a;
  if (!step.exchange) {
    a.from = a.to = lanes.browser_lane(step.browser);
    a.note = std::string(scenario::action_name(step.action));
    return a;
  }
  const sim::Exchange& x = *step.exchange;
  a.has_exchange = true;
  a.from = lanes.browser_lane(x.browser);
  a.to = lanes.server_lane(x.server);
  // A request the browser made by itself, following a redirect (RFC 9110 15.4).
  a.request_label = x.redirect_follow ? "↪ " : "";
  a.request_label += x.method;
  a.request_label.append(" ");
  // One lane per server, labelled with its first host; a request to another of its
  // hosts (www.shop.example, static.shop.example) says which, since in the scope
  // lesson the exact host decides which cookies go (RFC 6265 5.1.3, 5.4 step 1).
  if (x.server >= 0 && static_cast<std::size_t>(x.server) < lanes.server_hosts.size()) {
    const auto& hosts = lanes.server_hosts[static_cast<std::size_t>(x.server)];
    if (hosts.size() > 1 && !x.url.host.empty() && x.url.host != hosts.front()) a.request_label.append(x.url.host);
  }
  a.request_label.append(x.url.target());
  if (x.status > 0) {
    a.response_label = std::to_string(x.status);
    std::string_view phrase = http::reason_phrase(x.status);
    if (!phrase.empty()) a.response_label.append(" ").append(phrase);
  } else {
    a.response_label = "(no response)";
  }
  a.carries_cookie = !x.cookies.header.empty();
  // One report per Set-Cookie line received, whatever became of it.
  a.carries_set_cookie = !x.set_cookies.empty();
  return a;
}

float SequenceGeometry::lane_x(int lane) const {
  const float n = static_cast<float>(std::max(lanes, 1));
  return left + width * (static_cast<float>(lane) + 0.5f) / n;
}

std::optional<std::size_t> SequenceGeometry::row_at(float y, std::size_t rows) const {
  if (row_height <= 0 || y < top) return std::nullopt;
  const auto row = static_cast<std::size_t>(std::floor((y - top) / row_height));
  if (row >= rows) return std::nullopt;
  return row;
}

RowRange visible_rows(float view_top, float view_height, float row_height, std::size_t rows) {
  if (row_height <= 0 || rows == 0 || view_height <= 0) return {};
  const float first = std::max(0.0f, std::floor(view_top / row_height));
  const float last = std::ceil((view_top + view_height) / row_height);
  RowRange r;
  r.first = std::min(rows, static_cast<std::size_t>(first));
  r.last = std::min(rows, static_cast<std::size_t>(std::max(0.0f, last)));
  if (r.last < r.first) r.last = r.first;
  return r;
}

float scroll_to_show(std::size_t row, float scroll, float view_height, float row_height) {
  const float top = row_height * static_cast<float>(row);
  const float bottom = top + row_height;
  if (top < scroll) return top;
  if (bottom > scroll + view_height) return std::max(0.0f, bottom - view_height);
  return scroll;
}

}  // namespace cl::app

#include "app/logic/sequence_layout.h"
#include <algorithm>
#include <cctype>
#include <cmath>
#include "base/text.h"
#include "http/message.h"

namespace cl::app {

Lanes lanes_of(const scenario::Scenario& scenario, Lang lang) {
  Lanes l;
  for (const auto& b : scenario.browsers) l.labels.push_back(b.shown(lang));
  l.short_labels = l.labels;
  for (const auto& s : scenario.servers) {
    l.labels.push_back(s.hosts.empty() ? s.name : s.hosts.front());
    l.short_labels.push_back(s.name);
    l.server_hosts.push_back(s.hosts);
  }
  l.browsers = static_cast<int>(scenario.browsers.size());
  l.servers = static_cast<int>(scenario.servers.size());
  if (l.browsers == 0) {
    const char* shown = lang == Lang::Ko ? "브라우저" : "browser";
    l.labels.insert(l.labels.begin(), shown);
    l.short_labels.insert(l.short_labels.begin(), shown);
    l.browsers = 1;
  }
  const bool ko = lang == Lang::Ko;
  l.labels.push_back(ko ? "(서버 없음)" : "(no server)");
  l.short_labels.push_back(ko ? "(없음)" : "(none)");
  return l;
}

int Lanes::client_lane(std::string_view user_agent) const {
  for (std::size_t i = 0; i < clients.size(); ++i)
    if (clients[i] == user_agent) return first_client + static_cast<int>(i);
  return browser_lane(-1);
}

std::string user_agent_of(const sim::Exchange& exchange) {
  for (const http::Field& f : exchange.request_fields())
    if (iequals_ascii(f.name, "User-Agent")) return f.value;
  return "";
}

void add_client_lanes(Lanes& l, const std::deque<sim::Step>& steps) {
  l.first_client = l.browsers;
  for (const sim::Step& st : steps) {
    if (!st.exchange || st.exchange->browser >= 0) continue;
    std::string ua = user_agent_of(*st.exchange);
    if (std::find(l.clients.begin(), l.clients.end(), ua) != l.clients.end()) continue;
    const auto at = static_cast<std::ptrdiff_t>(l.browsers);
    l.labels.insert(l.labels.begin() + at, short_agent(ua));
    l.short_labels.insert(l.short_labels.begin() + at, short_agent(ua));
    l.clients.push_back(std::move(ua));
    ++l.browsers;
  }
}

namespace {

// The version after "Name/" up to its second dot: "7.88.1" -> "7.88", "156.0.0.0" -> "156".
std::string product_version(std::string_view ua, std::string_view name, int parts) {
  const std::size_t at = ua.find(name);
  if (at == std::string_view::npos) return "";
  std::size_t from = at + name.size(), end = from;
  int dots = 0;
  while (end < ua.size() && (std::isdigit(static_cast<unsigned char>(ua[end])) || ua[end] == '.')) {
    if (ua[end] == '.' && ++dots == parts) break;
    ++end;
  }
  return std::string(ua.substr(from, end - from));
}

}  // namespace

std::string short_agent(std::string_view ua) {
  if (ua.empty()) return "client";
  // Browsers name several engines for compatibility (RFC 9110 10.1.5): the most
  // specific product decides. Edge and Opera say Chrome too, Chrome says Safari.
  struct Product {
    std::string_view token, label;
  };
  static constexpr Product kBrowsers[] = {
      {"Edg/", "Edge"}, {"OPR/", "Opera"}, {"Firefox/", "Firefox"}, {"Chrome/", "Chrome"}, {"Version/", "Safari"}};
  for (const Product& p : kBrowsers) {
    std::string v = product_version(ua, p.token, 1);
    if (!v.empty()) return std::string(p.label) + " " + v;
  }
  // Anything else (curl/7.88.1, python-requests/2.28.1, Wget/1.21.3): the first
  // product with its version to two parts.
  std::string_view first = ua.substr(0, ua.find(' '));
  const std::size_t slash = first.find('/');
  if (slash == std::string_view::npos) return std::string(first.substr(0, 24));
  const std::string name(first.substr(0, slash + 1));
  std::string v = product_version(first, name, 2);
  return name.substr(0, 24) + v;
}

Arrow arrow_of(const sim::Step& step, const Lanes& lanes, Lang lang) {
  Arrow a;
  if (!step.exchange) {
    a.from = a.to = lanes.browser_lane(step.browser);
    a.note = std::string(scenario::action_name(step.action));
    return a;
  }
  const sim::Exchange& x = *step.exchange;
  a.has_exchange = true;
  a.from =
      x.browser >= 0 || lanes.clients.empty() ? lanes.browser_lane(x.browser) : lanes.client_lane(user_agent_of(x));
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
    if (hosts.size() > 1 && !x.url->host.empty() && x.url->host != hosts.front()) a.request_label.append(x.url->host);
  }
  a.request_label.append(x.url->target());
  // A raw request goes out as written, and may not even parse: its own first line,
  // not the method and address the step was given.
  const std::string& text = x.request_text();
  if (!text.empty() && !text.starts_with(x.method + " " + x.url->target() + " ")) {
    std::string line = text.substr(0, std::min(text.find_first_of("\r\n"), text.size()));
    if (line.size() > 32) line = line.substr(0, 32) + "...";
    a.request_label = line.empty() ? "(?)" : line;
  }
  if (x.status > 0) {
    a.response_label = std::to_string(x.status);
    std::string_view phrase = http::reason_phrase(x.status);
    if (!phrase.empty()) a.response_label.append(" ").append(phrase);
  } else {
    a.response_label = lang == Lang::Ko ? "(응답 없음)" : "(no response)";
  }
  a.carries_cookie = x.has_cookie_field();
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

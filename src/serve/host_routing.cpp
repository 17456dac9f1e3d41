#include "serve/host_routing.h"

#include <algorithm>
#include "base/text.h"

namespace cl::serve {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 3986 3.2.2 reg-name characters (plus ':' inside brackets for IPv6): anything
// else in a Host value is a malformed request, not a name we do not serve.
bool host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~' || c == '%';
}

}  // namespace

std::optional<std::string> host_of(std::string_view value) {
  // RFC 9110 5.5: optional whitespace around a field value is not part of it.
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  std::string_view host = value, port;
  if (value.front() == '[') {  // RFC 3986 3.2.2: IP-literal = "[" ... "]"
    const std::size_t close = value.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = value.substr(0, close + 1);
    const std::string_view rest = value.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return std::nullopt;
      port = rest.substr(1);
      if (!all_digits(port)) return std::nullopt;
    }
    for (char c : host.substr(1, host.size() - 2))
      if (!host_char(c) && c != ':') return std::nullopt;
    return to_lower_ascii(host);
  }
  const std::size_t colon = value.rfind(':');
  if (colon != std::string_view::npos) {
    host = value.substr(0, colon);
    port = value.substr(colon + 1);
    // "host:" is allowed by RFC 3986 (port = *DIGIT); "host:x" is not.
    if (!port.empty() && !all_digits(port)) return std::nullopt;
    if (port.size() > 5) return std::nullopt;
  }
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);  // "example." names the same host
  if (host.empty()) return std::nullopt;
  for (char c : host)
    if (!host_char(c)) return std::nullopt;
  return to_lower_ascii(host);
}

int route_host(const std::vector<std::vector<std::string>>& hosts_by_server, std::string_view host) {
  auto find = [&](std::string_view name) {
    for (std::size_t i = 0; i < hosts_by_server.size(); ++i)
      for (const std::string& h : hosts_by_server[i])
        if (h == name) return static_cast<int>(i);
    return -1;
  };
  const int direct = find(host);
  if (direct >= 0) return direct;
  constexpr std::string_view kLocalhost = ".localhost";
  if (host.size() > kLocalhost.size() && host.substr(host.size() - kLocalhost.size()) == kLocalhost)
    return find(host.substr(0, host.size() - kLocalhost.size()));
  return -1;
}

}  // namespace cl::serve

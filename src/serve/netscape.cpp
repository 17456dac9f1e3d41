#include "serve/netscape.h"

namespace cl::serve {

std::string netscape_line(const cookie::Cookie& c) {
  std::string line = c.http_only ? "#HttpOnly_" : "";
  line += c.host_only ? c.domain : "." + c.domain;
  line += c.host_only ? "\tFALSE\t" : "\tTRUE\t";
  line += c.path;
  line += c.secure ? "\tTRUE\t" : "\tFALSE\t";
  // curl writes whole seconds; TimeMs is milliseconds.
  line += std::to_string(c.persistent ? c.expiry / 1000 : 0);
  line += "\t" + c.name + "\t" + c.value;
  return line;
}

std::optional<NetscapeCookie> parse_netscape_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  NetscapeCookie c;
  constexpr std::string_view kHttpOnly = "#HttpOnly_";
  if (line.substr(0, kHttpOnly.size()) == kHttpOnly) {
    c.http_only = true;
    line.remove_prefix(kHttpOnly.size());
  } else if (line.empty() || line.front() == '#') {
    return std::nullopt;
  }
  std::vector<std::string_view> f;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      f.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  // The value may be empty, but the seventh field is always there.
  if (f.size() != 7) return std::nullopt;
  std::string_view domain = f[0];
  if (!domain.empty() && domain.front() == '.') domain.remove_prefix(1);
  c.domain = std::string(domain);
  if (f[1] != "TRUE" && f[1] != "FALSE") return std::nullopt;
  c.host_only = f[1] == "FALSE";
  c.path = std::string(f[2]);
  if (f[3] != "TRUE" && f[3] != "FALSE") return std::nullopt;
  c.secure = f[3] == "TRUE";
  if (f[4].empty()) return std::nullopt;
  long long expiry = 0;
  for (char ch : f[4]) {
    if (ch < '0' || ch > '9') return std::nullopt;
    expiry = expiry * 10 + (ch - '0');
    if (expiry > 253402300799LL) return std::nullopt;  // past year 9999: not a date curl writes
  }
  c.expiry = expiry;
  c.name = std::string(f[5]);
  c.value = std::string(f[6]);
  return c;
}

}  // namespace cl::serve

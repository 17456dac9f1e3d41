// The Netscape cookie-file format curl reads and writes (-b FILE, -c FILE): one
// cookie per line, seven tab-separated fields. It lets a real client's jar be set
// side by side with the simulated browser's.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "cookie/cookie.h"

namespace cl::serve {

// domain, include-subdomains, path, secure, expiry (Unix seconds, 0 = session
// cookie), name, value. A domain cookie is written ".example.com" TRUE, a host-only
// one "example.com" FALSE; HttpOnly puts "#HttpOnly_" in front of the domain (curl).
std::string netscape_line(const cookie::Cookie& c);

struct NetscapeCookie {
  std::string domain;  // without the leading dot
  bool host_only = true;
  std::string path;
  bool secure = false;
  bool http_only = false;
  long long expiry = 0;  // Unix seconds; 0 = until the browser closes
  std::string name, value;
  bool operator==(const NetscapeCookie&) const = default;
};

// One line of a cookie file; nullopt for comments, blank lines and lines that are
// not seven fields.
std::optional<NetscapeCookie> parse_netscape_line(std::string_view line);

}  // namespace cl::serve

// What a what-if changes about a server: the session cookie's attributes, rewritten
// in the framework's own line, and merging changes made at several steps.
#include <string>
#include <vector>
#include "base/text.h"
#include "server/server.h"

namespace cl::server {

void ServerOverrides::merge(const ServerOverrides& later) {
  if (later.cookie_http_only) cookie_http_only = later.cookie_http_only;
  if (later.cookie_secure) cookie_secure = later.cookie_secure;
  if (later.cookie_same_site) cookie_same_site = later.cookie_same_site;
  if (later.cookie_max_age) cookie_max_age = later.cookie_max_age;
  if (later.renew_key) renew_key = later.renew_key;
  if (later.session_age) session_age = later.session_age;
  if (later.csrf) csrf = later.csrf;
}

std::string override_cookie_line(std::string_view line, const ServerOverrides& o) {
  // RFC 6265 4.1.1: name=value, then "; "-separated attributes. An attribute the
  // overrides speak of is replaced where the framework wrote it (or dropped); one the
  // line lacks is added at the end, so the rest reads as the framework writes it.
  std::vector<std::string> parts;
  for (std::string_view p : split(line, ';')) parts.emplace_back(trim_wsp(p));
  std::vector<std::string> out{parts.empty() ? std::string(line) : parts[0]};
  bool had_http_only = false, had_secure = false, had_same_site = false, had_max_age = false;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& a = parts[i];
    const std::string name = to_lower_ascii(trim_wsp(std::string_view(a).substr(0, a.find('='))));
    if (name == "httponly" && o.cookie_http_only) {
      had_http_only = true;
      if (*o.cookie_http_only) out.push_back(a);
    } else if (name == "secure" && o.cookie_secure) {
      had_secure = true;
      if (*o.cookie_secure) out.push_back(a);
    } else if (name == "samesite" && o.cookie_same_site) {
      had_same_site = true;
      if (!o.cookie_same_site->empty()) out.push_back(a.substr(0, a.find('=')) + "=" + *o.cookie_same_site);
    } else if (name == "max-age" && o.cookie_max_age) {
      had_max_age = true;
      if (*o.cookie_max_age) out.push_back(a.substr(0, a.find('=')) + "=" + std::to_string(**o.cookie_max_age / 1000));
    } else if (name == "expires" && o.cookie_max_age) {
      // dropped: Max-Age says it now, or the cookie is a session cookie
    } else {
      out.push_back(a);
    }
  }
  if (o.cookie_http_only && *o.cookie_http_only && !had_http_only) out.emplace_back("HttpOnly");
  if (o.cookie_secure && *o.cookie_secure && !had_secure) out.emplace_back("Secure");
  if (o.cookie_same_site && !o.cookie_same_site->empty() && !had_same_site)
    out.push_back("SameSite=" + *o.cookie_same_site);
  if (o.cookie_max_age && *o.cookie_max_age && !had_max_age)
    out.push_back("Max-Age=" + std::to_string(**o.cookie_max_age / 1000));
  std::string joined;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0) joined += "; ";
    joined += out[i];
  }
  return joined;
}

}  // namespace cl::server

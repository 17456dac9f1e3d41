// Small builders shared by the cookie tests.
#pragma once
#include <string>
#include <string_view>
#include "base/time.h"
#include "cookie/jar.h"
#include "http/url.h"

namespace cl::cookie::test {

inline http::Url url(std::string_view text) {
  auto r = http::parse_url(text);
  if (!r.url) throw std::runtime_error("bad test URL: " + std::string(text));
  return *r.url;
}

inline RequestContext ctx(std::string_view u) {
  RequestContext c;
  c.url = url(u);
  return c;
}

// A request to u whose top-level page is at site (cross-site when another site).
inline RequestContext from(std::string_view u, std::string_view site, bool top_level = true,
                           std::string method = "GET") {
  RequestContext c = ctx(u);
  c.site_for_cookies = url(site);
  c.top_level_navigation = top_level;
  c.method = std::move(method);
  return c;
}

inline RequestContext script(std::string_view u) {
  RequestContext c = ctx(u);
  c.from_script = true;
  return c;
}

// 2026-01-01T00:00:00Z, the playground's start.
inline constexpr TimeMs kT0 = 1767225600000;

inline TimeMs utc(int y, unsigned mo, unsigned d, unsigned h = 0, unsigned mi = 0, unsigned s = 0) {
  return days_from_civil(y, mo, d) * kDay + h * kHour + mi * kMinute + s * kSecond;
}

}  // namespace cl::cookie::test

// Rules the jar's parts share (receiving, sending, storing): constants of RFC
// 6265 / 6265bis and Chromium, the 5.4 send order, and what counts as a secure
// origin. Internal to src/cookie.
#pragma once
#include <cstdint>
#include <limits>
#include <string_view>
#include "base/time.h"
#include "cookie/ascii.h"
#include "cookie/cookie.h"
#include "cookie/jar.h"
#include "http/url.h"

namespace cl::cookie::rules {

// 5.2.2: Max-Age <= 0 means "the earliest representable time"; CookieLab takes the
// earliest year a cookie-date may name (5.1.1 step 5), and 9999 as the latest.
inline const TimeMs kEarliest = days_from_civil(1601, 1, 1) * kDay;
inline const TimeMs kLatest = days_from_civil(9999, 12, 31) * kDay + kDay - kSecond;
inline constexpr TimeMs kNever = std::numeric_limits<TimeMs>::max();
// Chromium (and 6265bis 5.6.1's "cookie-age-limit") keep a cookie 400 days at most.
inline constexpr TimeMs kMaxAge400Days = 400 * kDay;
// Chromium's "Lax+POST" mitigation: a cookie without SameSite is still sent on a
// cross-site top-level POST during its first two minutes (single sign-on flows).
inline constexpr TimeMs kLaxAllowUnsafeAge = 2 * kMinute;

inline std::uint64_t hash_name(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: names are short
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// 5.4 step 2: longer paths first; among equal lengths, earlier creation first;
// creation_index makes the order total.
inline bool send_before(const Cookie& a, const Cookie& b) {
  if (a.path.size() != b.path.size()) return a.path.size() > b.path.size();
  if (a.creation != b.creation) return a.creation < b.creation;
  return a.creation_index < b.creation_index;
}

// The origins a policy trusts as "secure" (6265bis 5.7: "as defined by the user
// agent"). Chromium counts localhost and loopback addresses as potentially
// trustworthy, so developers can test Secure cookies without TLS.
inline bool secure_origin(const http::Url& url, Policy policy) {
  if (url.secure()) return true;
  if (policy != Policy::Chromium) return false;
  const std::string_view h = url.host;
  return h == "localhost" || h.ends_with(".localhost") || h.starts_with("127.") || h == "[::1]";
}

// 6265bis 5.8.3: "safe" methods for the Lax exception.
inline bool safe_method(std::string_view m) { return ascii::iequals(m, "GET") || ascii::iequals(m, "HEAD"); }

inline bool has_prefix(std::string_view name, std::string_view prefix, Policy policy) {
  // 6265bis 4.1.3 (as CookieLab's Rfc6265 policy reads it) matches prefixes
  // case-sensitively; Chromium matches "__secure-" too, so a server cannot dodge
  // the rule by changing the case.
  return policy == Policy::Chromium ? ascii::istarts_with(name, prefix) : name.starts_with(prefix);
}

inline bool is_http_scheme(std::string_view s) { return s == "http" || s == "https"; }

}  // namespace cl::cookie::rules

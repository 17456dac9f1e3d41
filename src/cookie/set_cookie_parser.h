// RFC 6265 5.2: the algorithm that turns a Set-Cookie header value into a name, a
// value and a list of attributes, and 5.1.1, the cookie-date algorithm.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/time.h"
#include "cookie/cookie.h"
#include "cookie/reason.h"

namespace cl::cookie {

// One attribute as written, and what the parser made of it (for the inspector).
struct ParsedAttribute {
  std::string name, value;  // as found, trimmed
  bool used = true;         // false when the algorithm ignores it (bad date, unknown name, ...)
  std::string note;         // why it was ignored, for the learner
};

struct ParsedSetCookie {
  Reason refused = Reason::None;  // NoEquals, EmptyName, ... when the whole line is ignored
  std::string name, value;
  std::vector<ParsedAttribute> attributes;  // in order of appearance
  // The cookie-attribute-list after 5.2's rules (the last one of each kind wins):
  std::optional<TimeMs> expires;        // Expires, as a time
  std::optional<std::int64_t> max_age;  // Max-Age in seconds (may be <= 0)
  std::optional<std::string> domain;    // leading dot removed, lower-cased; "" when empty
  std::optional<std::string> path;      // only when it starts with '/'
  bool secure = false;
  bool http_only = false;
  SameSite same_site = SameSite::Unspecified;
};

// The two readings of a line without '=' ("foo"). RFC 6265 5.2 step 2 ignores
// it; RFC 6265bis 5.6 step 2 and Chromium keep it as a cookie with an empty name
// and the value "foo" (sent back as just "foo"). Everything else is the same.
struct ParseOptions {
  bool allow_nameless = false;  // true: the 6265bis / Chromium reading
  // Chromium's stricter pair: no tab inside the name or value, no nameless cookie
  // whose value holds '=' (it would read back as another name), and an empty pair
  // reported as "no cookie content".
  bool chromium_pair = false;
};

// 6265bis 5.6 limits, in octets.
inline constexpr std::size_t kMaxNameValueSize = 4096;
inline constexpr std::size_t kMaxAttributeValueSize = 1024;

ParsedSetCookie parse_set_cookie(std::string_view header_value);  // RFC 6265 reading
ParsedSetCookie parse_set_cookie(std::string_view header_value, ParseOptions options);

// RFC 6265 5.1.1. nullopt when the date is not a cookie-date.
std::optional<TimeMs> parse_cookie_date(std::string_view text);

}  // namespace cl::cookie

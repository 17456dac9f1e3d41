// RFC 6265 5.2 (and RFC 6265bis 5.6): parsing one Set-Cookie header value.
// The algorithm never fails on an attribute: a bad attribute is ignored and the
// cookie is kept. Only the name-value pair can make the whole line be ignored.
#include <limits>
#include "cookie/ascii.h"
#include "cookie/set_cookie_parser.h"

namespace cl::cookie {
namespace {

// 6265bis 5.6 step 1: %x00-08 / %x0A-1F / %x7F anywhere in the line (HTAB is
// allowed) makes the user agent ignore the line. Older browsers truncated the
// line at NUL, CR or LF instead, which let an attacker smuggle a different cookie.
bool has_control_character(std::string_view s) {
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if ((c <= 0x08) || (c >= 0x0A && c <= 0x1F) || c == 0x7F) return true;
  }
  return false;
}

// 5.2.2: Max-Age = ["-"] 1*DIGIT. Anything else is ignored. Values too large for
// 64 bits saturate: they already mean "practically forever".
std::optional<std::int64_t> parse_delta_seconds(std::string_view v) {
  if (v.empty() || !(ascii::is_digit(v[0]) || v[0] == '-')) return std::nullopt;
  bool negative = v[0] == '-';
  std::string_view digits = negative ? v.substr(1) : v;
  if (digits.empty()) return std::nullopt;
  std::int64_t n = 0;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  for (char c : digits) {
    if (!ascii::is_digit(c)) return std::nullopt;
    int d = c - '0';
    n = n > (kMax - d) / 10 ? kMax : n * 10 + d;
  }
  return negative ? -n : n;
}

// 5.2.1 .. 5.2.6 and 6265bis 5.6.7: one cookie-av, already split and trimmed.
// Writes what it understood into `out` and says on the attribute if it was ignored.
void apply_attribute(ParsedSetCookie& out, ParsedAttribute& a) {
  const std::string_view name = a.name, value = a.value;
  // 6265bis 5.6 step 3.5: attribute values over 1024 octets are ignored.
  if (value.size() > kMaxAttributeValueSize) {
    a.used = false;
    a.note = "value longer than 1024 bytes (RFC 6265bis 5.6)";
    return;
  }
  if (ascii::iequals(name, "expires")) {
    // 5.2.1: a date the cookie-date algorithm rejects leaves the attribute out.
    if (auto t = parse_cookie_date(value)) out.expires = *t;
    else a.used = false, a.note = "not a cookie-date (RFC 6265 5.1.1); ignored";
  } else if (ascii::iequals(name, "max-age")) {
    if (auto s = parse_delta_seconds(value)) out.max_age = *s;
    else a.used = false, a.note = "not [\"-\"] digits (RFC 6265 5.2.2); ignored";
  } else if (ascii::iequals(name, "domain")) {
    // 5.2.3: an empty value SHOULD be ignored; a leading dot is dropped (".example.com"
    // and "example.com" mean the same since RFC 6265), and the domain is lower-cased.
    if (value.empty()) {
      a.used = false, a.note = "empty Domain is ignored (RFC 6265 5.2.3)";
    } else {
      out.domain = ascii::to_lower(value[0] == '.' ? value.substr(1) : value);
    }
  } else if (ascii::iequals(name, "path")) {
    // 5.2.4: a Path that does not start with '/' means "the default path". It
    // still counts as the last Path, so "Path=/a; Path=x" gets the default path.
    if (!value.empty() && value[0] == '/') {
      out.path = std::string(value);
    } else {
      out.path.reset();
      a.note = "does not start with '/': the default path is used (RFC 6265 5.2.4)";
    }
  } else if (ascii::iequals(name, "secure")) {
    out.secure = true;  // 5.2.5: any value is ignored
  } else if (ascii::iequals(name, "httponly")) {
    out.http_only = true;  // 5.2.6
  } else if (ascii::iequals(name, "samesite")) {
    // 6265bis 5.6.7: an unknown value counts as "Default" and still replaces an
    // earlier SameSite attribute (the last one wins).
    if (ascii::iequals(value, "strict")) out.same_site = SameSite::Strict;
    else if (ascii::iequals(value, "lax")) out.same_site = SameSite::Lax;
    else if (ascii::iequals(value, "none")) out.same_site = SameSite::None;
    else out.same_site = SameSite::Unspecified, a.note = "unknown value: SameSite left unspecified (RFC 6265bis 5.6.7)";
  } else {
    a.used = false;
    a.note = "unknown attribute; ignored (RFC 6265 5.2 step 6)";
  }
}

// 5.3 uses "the last attribute" of each kind, and step 3 lets Max-Age win over
// Expires. Mark the attributes that lose so the learner sees why they did nothing.
void mark_overridden(ParsedSetCookie& out) {
  bool seen_expires = false, seen_max_age = false, seen_domain = false, seen_path = false, seen_same_site = false;
  for (auto a = out.attributes.rbegin(); a != out.attributes.rend(); ++a) {
    if (!a->used) continue;
    auto later = [&](bool& seen, const char* note) {
      if (seen) a->used = false, a->note = note;
      seen = true;
    };
    if (ascii::iequals(a->name, "expires")) later(seen_expires, "a later Expires wins (RFC 6265 5.3)");
    else if (ascii::iequals(a->name, "max-age")) later(seen_max_age, "a later Max-Age wins (RFC 6265 5.3)");
    else if (ascii::iequals(a->name, "domain")) later(seen_domain, "a later Domain wins (RFC 6265 5.3)");
    else if (ascii::iequals(a->name, "path")) later(seen_path, "a later Path wins (RFC 6265 5.3)");
    else if (ascii::iequals(a->name, "samesite")) later(seen_same_site, "a later SameSite wins (RFC 6265bis 5.7)");
  }
  if (out.max_age && out.expires) {
    for (ParsedAttribute& a : out.attributes) {
      if (a.used && ascii::iequals(a.name, "expires")) {
        a.used = false;
        a.note = "Max-Age takes precedence over Expires (RFC 6265 5.3 step 3)";
      }
    }
  }
}

}  // namespace

ParsedSetCookie parse_set_cookie(std::string_view header_value) { return parse_set_cookie(header_value, {}); }

ParsedSetCookie parse_set_cookie(std::string_view line, ParseOptions options) {
  ParsedSetCookie out;
  if (ascii::trim_wsp(line).empty()) {
    out.refused = Reason::NoCookieContent;
    return out;
  }
  if (has_control_character(line)) {
    out.refused = Reason::DisallowedCharacter;
    return out;
  }
  // 5.2 step 1: the name-value pair runs up to the first ';'.
  const std::size_t semi = line.find(';');
  const std::string_view pair = line.substr(0, semi);
  std::string_view rest = semi == std::string_view::npos ? std::string_view{} : line.substr(semi);
  // Steps 2-4: split at the first '=' (so "a=b=c" has the value "b=c") and trim WSP.
  // Quotes are not special: a DQUOTE'd value keeps its quotes.
  const std::size_t eq = pair.find('=');
  if (eq == std::string_view::npos) {
    if (!options.allow_nameless) {
      out.refused = Reason::NoEquals;  // RFC 6265 5.2 step 2
      out.value = std::string(ascii::trim_wsp(pair));
      return out;
    }
    out.value = std::string(ascii::trim_wsp(pair));  // 6265bis 5.6 step 2: name is empty
  } else {
    out.name = std::string(ascii::trim_wsp(pair.substr(0, eq)));
    out.value = std::string(ascii::trim_wsp(pair.substr(eq + 1)));
  }
  // Step 5: RFC 6265 ignores an empty name; 6265bis only when value is empty too.
  if (out.name.empty() && (!options.allow_nameless || out.value.empty())) {
    out.refused = options.chromium_pair && out.value.empty() ? Reason::NoCookieContent : Reason::EmptyName;
    return out;
  }
  if (options.chromium_pair) {
    // HTAB is allowed around the pair (trimmed above), not inside it.
    if (out.name.find('\t') != std::string::npos || out.value.find('\t') != std::string::npos) {
      out.refused = Reason::DisallowedCharacter;
      return out;
    }
    if (out.name.empty() && out.value.find('=') != std::string::npos) {
      out.refused = Reason::EmptyName;
      return out;
    }
  }
  // 6265bis 5.6 step 4: name plus value over 4096 octets is refused.
  if (out.name.size() + out.value.size() > kMaxNameValueSize) {
    out.refused = Reason::NameValueTooLarge;
    return out;
  }
  // Step 6 and 5.2's attribute loop: each ';' starts one cookie-av.
  std::size_t count = 0;
  for (char c : rest) count += c == ';';
  out.attributes.reserve(count);
  while (!rest.empty()) {
    rest.remove_prefix(1);  // the ';'
    const std::size_t next = rest.find(';');
    const std::string_view av = rest.substr(0, next);
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
    const std::size_t aeq = av.find('=');
    ParsedAttribute& a = out.attributes.emplace_back();
    if (aeq == std::string_view::npos) {
      a.name = std::string(ascii::trim_wsp(av));
    } else {
      a.name = std::string(ascii::trim_wsp(av.substr(0, aeq)));
      a.value = std::string(ascii::trim_wsp(av.substr(aeq + 1)));
    }
    if (a.name.empty() && a.value.empty() && aeq == std::string_view::npos) {
      out.attributes.pop_back();  // "a=b;;" or a trailing ';': nothing was written
      continue;
    }
    apply_attribute(out, a);
  }
  mark_overridden(out);
  return out;
}

}  // namespace cl::cookie

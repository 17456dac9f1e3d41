// ASCII helpers the cookie engine runs on every byte of every header. They live
// here, inline, because the jar's hot paths (5.2 parsing, 5.4 matching) must not
// allocate or call out for a lower-case compare. Cookies are octets, not text:
// RFC 6265 5.2 compares attribute names "case-insensitively" in ASCII only.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace cl::cookie::ascii {

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
// RFC 6265 2.2 / RFC 5234: WSP is SP or HTAB.
constexpr bool is_wsp(char c) { return c == ' ' || c == '\t'; }

constexpr bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

constexpr bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

constexpr std::string_view trim_wsp(std::string_view s) {
  while (!s.empty() && is_wsp(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_wsp(s.back())) s.remove_suffix(1);
  return s;
}

inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

constexpr bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace cl::cookie::ascii

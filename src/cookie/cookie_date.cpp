// RFC 6265 5.1.1: the cookie-date algorithm. It is deliberately forgiving (servers
// have sent every date format ever invented), so it does not parse a grammar of
// whole dates: it splits the text into tokens and picks the first token that looks
// like a time, a day, a month and a year, in that order of priority.
#include <array>
#include "base/time.h"
#include "cookie/ascii.h"
#include "cookie/set_cookie_parser.h"

namespace cl::cookie {
namespace {

// 5.1.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E
constexpr bool is_delimiter(unsigned char c) {
  return c == 0x09 || (c >= 0x20 && c <= 0x2F) || (c >= 0x3B && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
}

// Reads 1 to max_digits digits at s[pos]; the grammar's "1*2DIGIT" etc. A token
// production is only matched when the digits are followed by the end of the token
// or by a non-digit ("( non-digit *OCTET )"), so "123" is not a 1*2DIGIT.
bool digits(std::string_view s, std::size_t& pos, std::size_t min_digits, std::size_t max_digits, int& out) {
  std::size_t start = pos;
  int v = 0;
  while (pos < s.size() && ascii::is_digit(s[pos]) && pos - start < max_digits) v = v * 10 + (s[pos++] - '0');
  if (pos - start < min_digits) return false;
  out = v;
  return true;
}

// time = hms-time ( non-digit *OCTET ); hms-time = time-field ":" time-field ":" time-field
bool match_time(std::string_view t, int& h, int& m, int& s) {
  std::size_t p = 0;
  if (!digits(t, p, 1, 2, h) || p >= t.size() || t[p++] != ':') return false;
  if (!digits(t, p, 1, 2, m) || p >= t.size() || t[p++] != ':') return false;
  if (!digits(t, p, 1, 2, s)) return false;
  return p == t.size() || !ascii::is_digit(t[p]);
}

// day-of-month = 1*2DIGIT ( non-digit *OCTET ); year = 2*4DIGIT ( non-digit *OCTET )
bool match_number(std::string_view t, std::size_t min_digits, std::size_t max_digits, int& out) {
  std::size_t p = 0;
  if (!digits(t, p, min_digits, max_digits, out)) return false;
  return p == t.size() || !ascii::is_digit(t[p]);
}

// month = ( "jan" / "feb" / ... / "dec" ) *OCTET, case-insensitively: only the
// first three characters count, so "January", "Janvier" and "jan." all match.
bool match_month(std::string_view t, int& month) {
  static constexpr std::array<std::string_view, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
  if (t.size() < 3) return false;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (ascii::iequals(t.substr(0, 3), names[i])) {
      month = static_cast<int>(i) + 1;
      return true;
    }
  }
  return false;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
  static constexpr int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}

}  // namespace

std::optional<TimeMs> parse_cookie_date(std::string_view text) {
  bool found_time = false, found_day = false, found_month = false, found_year = false;
  int hour = 0, minute = 0, second = 0, day = 0, month = 0, year = 0;
  // Step 1: the date-token-list; tokens are runs of non-delimiters.
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_delimiter(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_delimiter(static_cast<unsigned char>(text[i]))) ++i;
    if (start == i) break;
    std::string_view token = text.substr(start, i - start);
    // Step 2: each token is tried as time, then day-of-month, then month, then
    // year; the first production it matches (and not yet found) takes it.
    int a = 0, b = 0, c = 0;
    if (!found_time && match_time(token, a, b, c)) {
      found_time = true, hour = a, minute = b, second = c;
    } else if (!found_day && match_number(token, 1, 2, a)) {
      found_day = true, day = a;
    } else if (!found_month && match_month(token, a)) {
      found_month = true, month = a;
    } else if (!found_year && match_number(token, 2, 4, a)) {
      found_year = true, year = a;
    }
  }
  // Steps 3 and 4: two-digit years. 70-99 mean 19xx, 00-69 mean 20xx.
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  // Step 5: every part must be present and in range.
  if (!found_time || !found_day || !found_month || !found_year) return std::nullopt;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  // Step 6: "If no such date exists" (31 April, 30 February, 29 February 2023), fail.
  if (day > days_in_month(year, month)) return std::nullopt;
  // Step 7: the date in UTC.
  return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kDay + hour * kHour +
         minute * kMinute + second * kSecond;
}

}  // namespace cl::cookie

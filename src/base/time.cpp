#include "base/time.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <limits>
#include "base/text.h"

namespace cl {

namespace {

// Floor division: civil dates before 1970 have negative day numbers, and the
// day of a negative millisecond count is the one before, not day 0.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(std::int64_t y, unsigned m) {
  static constexpr std::array<unsigned, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

constexpr std::array<const char*, 7> kWeekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Reads exactly `n` decimal digits at `pos`.
bool read_digits(std::string_view s, std::size_t& pos, std::size_t n, unsigned& out) {
  if (pos + n > s.size()) return false;
  unsigned v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  pos += n;
  out = v;
  return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

}  // namespace

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms": eras of 400 years
// make the Gregorian cycle regular, with March as the first month so Feb 29 is last.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = floor_div(y, 400);
  const auto yoe = static_cast<unsigned>(y - era * 400);                 // [0, 399]
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilTime civil_from_time(TimeMs t) {
  const std::int64_t days = floor_div(t, kDay);
  const std::int64_t ms_of_day = t - days * kDay;
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  CivilTime c{};
  c.year = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  c.month = m;
  c.day = d;
  const auto secs = static_cast<unsigned>(ms_of_day / kSecond);
  c.hour = secs / 3600;
  c.minute = secs / 60 % 60;
  c.second = secs % 60;
  // 1970-01-01 was a Thursday (weekday 4 with Sunday = 0).
  c.weekday = static_cast<unsigned>((days + 4) - floor_div(days + 4, 7) * 7);
  return c;
}

// RFC 9110 5.6.7: IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT.
std::string format_http_date(TimeMs t) {
  // Written by hand, not with snprintf: every response carries a Date field, and
  // snprintf made up nearly half the cost of building a response head.
  const CivilTime c = civil_from_time(t);
  if (c.year < 0 || c.year > 9999) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02u %s %04lld %02u:%02u:%02u GMT", kWeekdays[c.weekday], c.day,
                  kMonths[c.month - 1], static_cast<long long>(c.year), c.hour, c.minute, c.second);
    return buf;
  }
  std::string out = "Www, DD Mmm YYYY hh:mm:ss GMT";
  char* p = out.data();
  std::memcpy(p, kWeekdays[c.weekday], 3);
  put_digits(p + 5, c.day, 2);
  std::memcpy(p + 8, kMonths[c.month - 1], 3);
  put_digits(p + 12, static_cast<unsigned long long>(c.year), 4);
  put_digits(p + 17, c.hour, 2);
  put_digits(p + 20, c.minute, 2);
  put_digits(p + 23, c.second, 2);
  return out;
}

namespace {

// The moment in `date_time` (year, month, day, hour, minute, second), then
// milliseconds only when not zero, then `zone`.
std::string format_moment(TimeMs t, const char* date_time, const char* zone) {
  const CivilTime c = civil_from_time(t);
  const std::int64_t ms = t - floor_div(t, kSecond) * kSecond;
  char buf[64];
  std::snprintf(buf, sizeof buf, date_time, static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute, c.second);
  std::string out = buf;
  if (ms != 0) {
    std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(ms));
    out += buf;
  }
  return out += zone;
}

}  // namespace

std::string format_iso8601(TimeMs t) { return format_moment(t, "%04lld-%02u-%02uT%02u:%02u:%02u", "Z"); }

std::string format_time_ko(TimeMs t) { return format_moment(t, "%lld년 %u월 %u일 %02u:%02u:%02u", "(UTC)"); }

std::optional<TimeMs> parse_iso8601(std::string_view s) {
  std::size_t pos = 0;
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
  if (!read_digits(s, pos, 4, year) || !expect(s, pos, '-') || !read_digits(s, pos, 2, month) || !expect(s, pos, '-') ||
      !read_digits(s, pos, 2, day) || !expect(s, pos, 'T') || !read_digits(s, pos, 2, hour) || !expect(s, pos, ':') ||
      !read_digits(s, pos, 2, minute) || !expect(s, pos, ':') || !read_digits(s, pos, 2, second))
    return std::nullopt;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!read_digits(s, pos, 3, ms)) return std::nullopt;
  }
  const std::string_view zone = s.substr(pos);
  if (zone != "Z" && zone != "+00:00") return std::nullopt;
  // No leap seconds: the simulated clock is POSIX time (second 60 is refused).
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 59)
    return std::nullopt;
  return days_from_civil(year, month, day) * kDay + hour * kHour + minute * kMinute + second * kSecond + ms;
}

// A duration is one or more "<digits><unit>" parts with units strictly decreasing
// ("1h30m", not "30m1h" or "1h1h"), so each span has one spelling.
std::optional<TimeMs> parse_duration(std::string_view s) {
  struct Unit {
    std::string_view name;
    TimeMs ms;
  };
  // "ms" before "m" so the longer unit wins.
  static constexpr std::array<Unit, 6> kUnits{
      {{"w", 7 * kDay}, {"d", kDay}, {"h", kHour}, {"ms", 1}, {"m", kMinute}, {"s", kSecond}}};
  if (s.empty()) return std::nullopt;
  constexpr TimeMs kMax = std::numeric_limits<TimeMs>::max();
  TimeMs total = 0;
  TimeMs last_unit = kMax;
  std::size_t pos = 0;
  while (pos < s.size()) {
    TimeMs n = 0;
    const std::size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      const int digit = s[pos] - '0';
      if (n > (kMax - digit) / 10) return std::nullopt;
      n = n * 10 + digit;
      ++pos;
    }
    if (pos == start) return std::nullopt;  // a unit without a number, or a sign
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits) {
      if (s.substr(pos, u.name.size()) == u.name) {
        unit = &u;
        break;
      }
    }
    if (unit == nullptr || unit->ms >= last_unit) return std::nullopt;
    pos += unit->name.size();
    last_unit = unit->ms;
    if (n > kMax / unit->ms) return std::nullopt;
    const TimeMs part = n * unit->ms;
    if (total > kMax - part) return std::nullopt;
    total += part;
  }
  if (total <= 0) return std::nullopt;  // "a positive span": "0s" waits for nothing
  return total;
}

std::string format_duration(TimeMs span) {
  if (span == 0) return "0s";
  std::string out;
  // Work with the magnitude as unsigned so the most negative value has one too.
  std::uint64_t rest = span < 0 ? 0 - static_cast<std::uint64_t>(span) : static_cast<std::uint64_t>(span);
  if (span < 0) out += '-';
  struct Unit {
    const char* name;
    std::uint64_t ms;
  };
  static constexpr std::array<Unit, 5> kUnits{{{"d", kDay}, {"h", kHour}, {"m", kMinute}, {"s", kSecond}, {"ms", 1}}};
  bool first = true;
  for (const Unit& u : kUnits) {
    const std::uint64_t n = rest / u.ms;
    rest %= u.ms;
    if (n == 0) continue;
    if (!first) out += ' ';
    out += std::to_string(n);
    out += u.name;
    first = false;
  }
  return out;
}

}  // namespace cl

// Simulated time. Everything in CookieLab runs on a clock the scenario sets, so
// transcripts repeat byte for byte; nothing reads the machine's clock.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cl {

// Milliseconds since 1970-01-01T00:00:00Z (UTC, no leap seconds).
using TimeMs = std::int64_t;

constexpr TimeMs kSecond = 1000;
constexpr TimeMs kMinute = 60 * kSecond;
constexpr TimeMs kHour = 60 * kMinute;
constexpr TimeMs kDay = 24 * kHour;

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day);
struct CivilTime {
  std::int64_t year;
  unsigned month, day, hour, minute, second, weekday;
};
CivilTime civil_from_time(TimeMs t);

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 IMF-fixdate), as servers send Expires.
std::string format_http_date(TimeMs t);
// "2026-01-01T00:00:00Z"; milliseconds are appended (".250Z") only when not zero.
std::string format_iso8601(TimeMs t);
// The same moment as a Korean sentence writes it: "2027년 3월 1일 09:00:02(UTC)";
// milliseconds only when not zero ("09:00:02.250(UTC)"). The clock is UTC, and the
// sentence says so: a reader in Korea would otherwise read it as KST, nine hours off.
std::string format_time_ko(TimeMs t);
// Accepts "YYYY-MM-DDTHH:MM:SSZ" (optionally with ".mmm", and "+00:00" for Z).
std::optional<TimeMs> parse_iso8601(std::string_view text);

// "30s", "2h", "1d", "90m", "1h30m", "500ms", "2w": a positive span. nullopt when malformed.
std::optional<TimeMs> parse_duration(std::string_view text);
// The inverse for display: "1d 2h", "30s", "0s".
std::string format_duration(TimeMs span);

}  // namespace cl

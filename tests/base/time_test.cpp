#include <catch2/catch.hpp>

#include "base/time.h"

using namespace cl;

namespace {
TimeMs at(std::int64_t y, unsigned m, unsigned d, unsigned hh = 0, unsigned mm = 0, unsigned ss = 0) {
  return days_from_civil(y, m, d) * kDay + hh * kHour + mm * kMinute + ss * kSecond;
}
}  // namespace

TEST_CASE("days_from_civil and civil_from_time", "[time]") {
  SECTION("epoch and known days") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(1970, 1, 2) == 1);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(days_from_civil(2038, 1, 19) == 24855);
    CHECK(days_from_civil(1600, 1, 1) == -135140);
  }
  SECTION("leap years: 2000 and 2024 have Feb 29, 1900 and 2100 do not") {
    CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);
    CHECK(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28) == 2);
    CHECK(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28) == 1);
    CHECK(days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28) == 1);
  }
  SECTION("round trip day by day over four centuries") {
    for (std::int64_t day = days_from_civil(1800, 1, 1); day <= days_from_civil(2200, 1, 1); day += 1) {
      const CivilTime c = civil_from_time(day * kDay);
      REQUIRE(days_from_civil(c.year, c.month, c.day) == day);
    }
  }
  SECTION("time of day and weekday") {
    const CivilTime c = civil_from_time(at(1994, 11, 6, 8, 49, 37) + 999);
    CHECK(c.year == 1994);
    CHECK(c.month == 11);
    CHECK(c.day == 6);
    CHECK(c.hour == 8);
    CHECK(c.minute == 49);
    CHECK(c.second == 37);
    CHECK(c.weekday == 0);                   // Sunday
    CHECK(civil_from_time(0).weekday == 4);  // Thursday
  }
  SECTION("a millisecond before the epoch is the last second of 1969") {
    const CivilTime c = civil_from_time(-1);
    CHECK(c.year == 1969);
    CHECK(c.month == 12);
    CHECK(c.day == 31);
    CHECK(c.hour == 23);
    CHECK(c.minute == 59);
    CHECK(c.second == 59);
    CHECK(c.weekday == 3);  // Wednesday
  }
}

TEST_CASE("format_http_date writes IMF-fixdate", "[time]") {
  CHECK(format_http_date(at(1994, 11, 6, 8, 49, 37)) == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(format_http_date(0) == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(format_http_date(at(2038, 1, 19, 3, 14, 7)) == "Tue, 19 Jan 2038 03:14:07 GMT");
  CHECK(format_http_date(at(2038, 1, 19, 3, 14, 8)) == "Tue, 19 Jan 2038 03:14:08 GMT");
  CHECK(format_http_date(at(2000, 2, 29, 12)) == "Tue, 29 Feb 2000 12:00:00 GMT");
  CHECK(format_http_date(at(2024, 2, 29, 23, 59, 59)) == "Thu, 29 Feb 2024 23:59:59 GMT");
  CHECK(format_http_date(at(2100, 3, 1)) == "Mon, 01 Mar 2100 00:00:00 GMT");
  CHECK(format_http_date(at(9999, 12, 31, 23, 59, 59)) == "Fri, 31 Dec 9999 23:59:59 GMT");
  CHECK(format_http_date(at(2026, 3, 2, 9) + 999) == "Mon, 02 Mar 2026 09:00:00 GMT");  // ms dropped
  CHECK(format_http_date(-1) == "Wed, 31 Dec 1969 23:59:59 GMT");
}

TEST_CASE("ISO 8601 format and parse", "[time]") {
  SECTION("format") {
    CHECK(format_iso8601(0) == "1970-01-01T00:00:00Z");
    CHECK(format_iso8601(at(2026, 1, 1)) == "2026-01-01T00:00:00Z");
    CHECK(format_iso8601(at(2026, 1, 1) + 250) == "2026-01-01T00:00:00.250Z");
    CHECK(format_iso8601(at(2026, 1, 1) + 5) == "2026-01-01T00:00:00.005Z");
    CHECK(format_iso8601(-1) == "1969-12-31T23:59:59.999Z");
    CHECK(format_iso8601(at(9999, 12, 31, 23, 59, 59)) == "9999-12-31T23:59:59Z");
  }
  SECTION("parse accepted forms") {
    CHECK(parse_iso8601("2026-03-02T09:00:00Z") == at(2026, 3, 2, 9));
    CHECK(parse_iso8601("2026-03-02T09:00:00.250Z") == at(2026, 3, 2, 9) + 250);
    CHECK(parse_iso8601("2026-03-02T09:00:00+00:00") == at(2026, 3, 2, 9));
    CHECK(parse_iso8601("2024-02-29T00:00:00Z") == at(2024, 2, 29));
    CHECK(parse_iso8601("1970-01-01T00:00:00Z") == 0);
  }
  SECTION("round trip") {
    for (TimeMs t : {TimeMs{0}, at(2038, 1, 19, 3, 14, 8) + 1, at(9999, 12, 31, 23, 59, 59) + 999, at(1900, 2, 28)})
      CHECK(parse_iso8601(format_iso8601(t)) == t);
  }
  SECTION("malformed, one by one") {
    CHECK_FALSE(parse_iso8601(""));
    CHECK_FALSE(parse_iso8601("2026-03-02"));
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:00"));        // no zone
    CHECK_FALSE(parse_iso8601("2026-03-02 09:00:00Z"));       // space for T
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:00+09:00"));  // only UTC
    CHECK_FALSE(parse_iso8601("2026-3-02T09:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-13-02T09:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-00-02T09:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-02-29T09:00:00Z"));  // not a leap year
    CHECK_FALSE(parse_iso8601("2100-02-29T09:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-04-31T09:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-03-02T24:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-03-02T09:60:00Z"));
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:60Z"));  // no leap seconds
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:00.5Z"));
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:00Zjunk"));
    CHECK_FALSE(parse_iso8601("2026-03-02T09:00:00z"));
  }
}

TEST_CASE("format_time_ko writes the moment as a Korean sentence reads it, in UTC", "[time]") {
  CHECK(format_time_ko(at(2027, 3, 1, 9, 0, 2)) == "2027년 3월 1일 09:00:02(UTC)");
  CHECK(format_time_ko(at(2026, 12, 31, 23, 59, 59)) == "2026년 12월 31일 23:59:59(UTC)");
  CHECK(format_time_ko(0) == "1970년 1월 1일 00:00:00(UTC)");
  // The exact moment: milliseconds are kept when there are any, as in format_iso8601.
  CHECK(format_time_ko(at(2026, 1, 1) + 250) == "2026년 1월 1일 00:00:00.250(UTC)");
  CHECK(format_time_ko(-1) == "1969년 12월 31일 23:59:59.999(UTC)");
}

TEST_CASE("parse_duration", "[time]") {
  SECTION("single units") {
    CHECK(parse_duration("30s") == 30 * kSecond);
    CHECK(parse_duration("15m") == 15 * kMinute);
    CHECK(parse_duration("90m") == 90 * kMinute);
    CHECK(parse_duration("2h") == 2 * kHour);
    CHECK(parse_duration("1d") == kDay);
    CHECK(parse_duration("2w") == 14 * kDay);
    CHECK(parse_duration("500ms") == 500);
  }
  SECTION("combined, largest unit first") {
    CHECK(parse_duration("1h30m") == kHour + 30 * kMinute);
    CHECK(parse_duration("1d2h3m4s5ms") == kDay + 2 * kHour + 3 * kMinute + 4 * kSecond + 5);
    CHECK(parse_duration("1w1d") == 8 * kDay);
  }
  SECTION("malformed, one by one") {
    CHECK_FALSE(parse_duration(""));
    CHECK_FALSE(parse_duration("5"));
    CHECK_FALSE(parse_duration("-1h"));
    CHECK_FALSE(parse_duration("+1h"));
    CHECK_FALSE(parse_duration("1x"));
    CHECK_FALSE(parse_duration("h"));
    CHECK_FALSE(parse_duration("1h30"));
    CHECK_FALSE(parse_duration("30m1h"));  // units out of order
    CHECK_FALSE(parse_duration("1h1h"));
    CHECK_FALSE(parse_duration("1 h"));
    CHECK_FALSE(parse_duration(" 1h"));
    CHECK_FALSE(parse_duration("1H"));
    CHECK_FALSE(parse_duration("1.5h"));
    CHECK_FALSE(parse_duration("0s"));  // not a positive span
  }
  SECTION("overflow is refused, not wrapped") {
    CHECK_FALSE(parse_duration("99999999999999999999ms"));
    CHECK_FALSE(parse_duration("9223372036854775807w"));
    CHECK(parse_duration("15250284452w") == 15250284452 * 7 * kDay);  // the largest whole week
    CHECK_FALSE(parse_duration("15250284453w"));                      // just above INT64_MAX milliseconds
    CHECK(parse_duration("9223372036854775807ms") == INT64_MAX);
    CHECK_FALSE(parse_duration("1w9223372036854775807ms"));
  }
}

TEST_CASE("format_duration", "[time]") {
  CHECK(format_duration(0) == "0s");
  CHECK(format_duration(30 * kSecond) == "30s");
  CHECK(format_duration(kDay + 2 * kHour) == "1d 2h");
  CHECK(format_duration(kHour + 30 * kMinute) == "1h 30m");
  CHECK(format_duration(14 * kDay) == "14d");
  CHECK(format_duration(1500) == "1s 500ms");
  CHECK(format_duration(-90 * kSecond) == "-1m 30s");
  CHECK(format_duration(INT64_MIN).front() == '-');
  SECTION("without its spaces, the display form parses back") {
    for (TimeMs span : {30 * kSecond, 2 * kHour, kHour + 30 * kMinute, TimeMs{500}, 3 * kDay + 1}) {
      std::string text = format_duration(span);
      std::erase(text, ' ');
      CHECK(parse_duration(text) == span);
    }
  }
}

// RFC 6265 5.1.1, the cookie-date algorithm.
#include <catch2/catch.hpp>
#include "cookie/set_cookie_parser.h"
#include "support.h"

using namespace cl::cookie;
using cl::cookie::test::utc;

TEST_CASE("cookie date: the IMF-fixdate servers send", "[date]") {
  CHECK(parse_cookie_date("Sun, 06 Nov 1994 08:49:37 GMT") == utc(1994, 11, 6, 8, 49, 37));
  CHECK(parse_cookie_date("Thu, 01 Jan 1970 00:00:00 GMT") == 0);
}

TEST_CASE("cookie date: RFC 850 and asctime forms", "[date]") {
  CHECK(parse_cookie_date("Sunday, 06-Nov-94 08:49:37 GMT") == utc(1994, 11, 6, 8, 49, 37));
  CHECK(parse_cookie_date("Sun Nov  6 08:49:37 1994") == utc(1994, 11, 6, 8, 49, 37));
}

TEST_CASE("cookie date: tokens may come in any order", "[date]") {
  CHECK(parse_cookie_date("1994 Nov 6 08:49:37") == utc(1994, 11, 6, 8, 49, 37));
  CHECK(parse_cookie_date("08:49:37 6 November 1994") == utc(1994, 11, 6, 8, 49, 37));
  CHECK(parse_cookie_date("Nov 1994 08:49:37 6") == utc(1994, 11, 6, 8, 49, 37));
}

TEST_CASE("cookie date: two-digit years", "[date]") {
  SECTION("70-99 are 19xx") {
    CHECK(parse_cookie_date("01 Jan 70 00:00:00") == utc(1970, 1, 1));
    CHECK(parse_cookie_date("01 Jan 99 00:00:00") == utc(1999, 1, 1));
  }
  SECTION("00-69 are 20xx") {
    CHECK(parse_cookie_date("01 Jan 00 00:00:00") == utc(2000, 1, 1));
    CHECK(parse_cookie_date("01 Jan 69 00:00:00") == utc(2069, 1, 1));
    CHECK(parse_cookie_date("01 Jan 38 00:00:00") == utc(2038, 1, 1));
  }
}

TEST_CASE("cookie date: month names are case-insensitive and only 3 letters count", "[date]") {
  CHECK(parse_cookie_date("01 JAN 2030 00:00:00") == utc(2030, 1, 1));
  CHECK(parse_cookie_date("01 january 2030 00:00:00") == utc(2030, 1, 1));
  CHECK(parse_cookie_date("01 Decxyz 2030 00:00:00") == utc(2030, 12, 1));
  CHECK_FALSE(parse_cookie_date("01 Ja 2030 00:00:00"));
}

TEST_CASE("cookie date: single-digit time fields and day", "[date]") {
  CHECK(parse_cookie_date("1 Feb 2030 1:2:3") == utc(2030, 2, 1, 1, 2, 3));
}

TEST_CASE("cookie date: trailing non-digits after a number are allowed", "[date]") {
  CHECK(parse_cookie_date("1st Feb 2030 10:00:00") == utc(2030, 2, 1, 10));
  CHECK(parse_cookie_date("01 Feb 2030 10:00:00Z") == utc(2030, 2, 1, 10));
  CHECK(parse_cookie_date("01 Feb 2030x 10:00:00") == utc(2030, 2, 1, 10));
}

TEST_CASE("cookie date: all delimiters split tokens", "[date]") {
  CHECK(parse_cookie_date("01-Feb-2030 10:00:00") == utc(2030, 2, 1, 10));
  CHECK(parse_cookie_date("01/Feb/2030,10:00:00") == utc(2030, 2, 1, 10));
  CHECK(parse_cookie_date("\t01\tFeb\t2030\t10:00:00\t") == utc(2030, 2, 1, 10));
  CHECK(parse_cookie_date("[01]{Feb}~2030~10:00:00") == utc(2030, 2, 1, 10));
}

TEST_CASE("cookie date: the first token of each kind wins", "[date]") {
  // "12:00:00" is the time; the later "13:00:00" is neither day, month nor year.
  CHECK(parse_cookie_date("01 Feb 2030 12:00:00 13:00:00") == utc(2030, 2, 1, 12));
  // The first 1-2 digit number is the day; "05" later is taken as a two-digit year.
  CHECK(parse_cookie_date("Feb 01 05 10:00:00") == utc(2005, 2, 1, 10));
}

TEST_CASE("cookie date: missing parts fail", "[date]") {
  CHECK_FALSE(parse_cookie_date(""));
  CHECK_FALSE(parse_cookie_date("01 Feb 2030"));        // no time
  CHECK_FALSE(parse_cookie_date("Feb 2030 10:00:00"));  // no day (2030 is too long)
  CHECK_FALSE(parse_cookie_date("01 2030 10:00:00"));   // no month
  CHECK_FALSE(parse_cookie_date("01 Feb 10:00:00"));    // no year
  CHECK_FALSE(parse_cookie_date("garbage"));
  CHECK_FALSE(parse_cookie_date("0"));
}

TEST_CASE("cookie date: out-of-range fields fail", "[date]") {
  CHECK_FALSE(parse_cookie_date("00 Feb 2030 10:00:00"));  // day < 1
  CHECK_FALSE(parse_cookie_date("32 Jan 2030 10:00:00"));  // day > 31
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 24:00:00"));  // hour > 23
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 10:60:00"));  // minute > 59
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 10:00:60"));  // second > 59 (no leap seconds)
  CHECK_FALSE(parse_cookie_date("01 Feb 1600 10:00:00"));  // year < 1601
  CHECK(parse_cookie_date("01 Jan 1601 00:00:00") == utc(1601, 1, 1));
  CHECK(parse_cookie_date("31 Dec 9999 23:59:59") == utc(9999, 12, 31, 23, 59, 59));
}

TEST_CASE("cookie date: dates that do not exist fail", "[date]") {
  CHECK_FALSE(parse_cookie_date("30 Feb 2030 10:00:00"));
  CHECK_FALSE(parse_cookie_date("31 Apr 2030 10:00:00"));
  CHECK_FALSE(parse_cookie_date("29 Feb 2023 10:00:00"));
  CHECK(parse_cookie_date("29 Feb 2024 10:00:00") == utc(2024, 2, 29, 10));
  CHECK(parse_cookie_date("29 Feb 2000 10:00:00") == utc(2000, 2, 29, 10));
  CHECK_FALSE(parse_cookie_date("29 Feb 2100 10:00:00"));
}

TEST_CASE("cookie date: malformed numbers are not taken", "[date]") {
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 100:00:00"));  // 3-digit hour: not a time
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 10:00"));      // hh:mm only
  CHECK_FALSE(parse_cookie_date("01 Feb 12030 10:00:00"));  // 5-digit year
  CHECK_FALSE(parse_cookie_date("001 Feb 2030 10:00:00"));  // 3 digits: neither day nor year here
  CHECK_FALSE(parse_cookie_date("01 Feb 2030 10:00:000"));  // 3-digit second
}

TEST_CASE("cookie date: a four-digit year below 100 follows the same rule", "[date]") {
  // 5.1.1 steps 3-4 look at the value, not at how many digits were written.
  CHECK(parse_cookie_date("01 Jan 0070 00:00:00") == utc(1970, 1, 1));
  CHECK(parse_cookie_date("01 Jan 0069 00:00:00") == utc(2069, 1, 1));
}

TEST_CASE("cookie date: time zones other than GMT are ignored tokens", "[date]") {
  CHECK(parse_cookie_date("Wed, 09 Jun 2021 10:18:14 PST") == utc(2021, 6, 9, 10, 18, 14));
  CHECK(parse_cookie_date("Wed, 09 Jun 2021 10:18:14 +0900") == utc(2021, 6, 9, 10, 18, 14));
}

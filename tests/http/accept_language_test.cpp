#include <catch2/catch.hpp>

#include <array>
#include "http/accept_language.h"

using namespace cl::http;

namespace {
constexpr std::array<std::string_view, 2> kSite = {"en", "ko"};
std::optional<std::size_t> pick(std::string_view field) { return lookup_language(parse_accept_language(field), kSite); }
}  // namespace

TEST_CASE("Accept-Language: ranges with their weights, most preferred first", "[accept-language]") {
  // What a Korean Chrome sends.
  CHECK(parse_accept_language("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7") ==
        std::vector<LanguageRange>{{"ko-kr", 1000}, {"ko", 900}, {"en-us", 800}, {"en", 700}});
  // RFC 9110 12.5.4's example, out of order on purpose; equal weights keep their order.
  CHECK(parse_accept_language("en;q=0.7, da, en-gb;q=0.8, fr") ==
        std::vector<LanguageRange>{{"da", 1000}, {"fr", 1000}, {"en-gb", 800}, {"en", 700}});
  // OWS around ';', a capital Q, q=1.000, q=0.5 and q=0.05, "*".
  CHECK(parse_accept_language("en ; Q=0.5,ko;q=1.000, *;q=0.05") ==
        std::vector<LanguageRange>{{"ko", 1000}, {"en", 500}, {"*", 50}});
}

TEST_CASE("Accept-Language: malformed members are left out, the rest still counts", "[accept-language]") {
  // RFC 9110 5.6.1: empty list elements do not count.
  CHECK(parse_accept_language(" , ,ko,, ") == std::vector<LanguageRange>{{"ko", 1000}});
  // Not a language-range (RFC 4647 2.1): digits in the first subtag, an empty or a
  // nine-letter subtag, a stray character; not a qvalue (RFC 9110 12.4.2): above 1,
  // four decimals, a 1 with a fraction, no value, another parameter.
  for (const char* bad : {"k0", "ko-", "-ko", "ko--kr", "abcdefghi", "ko_KR", "ko;q=1.5", "ko;q=0.1234", "ko;q=1.001",
                          "ko;q=", "ko;level=1", "ko;q=abc", "ko q=0.5"}) {
    INFO(bad);
    CHECK(parse_accept_language(std::string(bad) + ", en;q=0.3") == std::vector<LanguageRange>{{"en", 300}});
  }
  CHECK(parse_accept_language("zh-Hant-TW, sr-Latn-RS-1994") ==
        std::vector<LanguageRange>{{"zh-hant-tw", 1000}, {"sr-latn-rs-1994", 1000}});
  CHECK(parse_accept_language("").empty());
  CHECK(parse_accept_language(";;;,").empty());
}

TEST_CASE("Accept-Language: the site's language by RFC 4647 lookup", "[accept-language]") {
  CHECK(pick("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7") == 1u);  // ko-KR is shortened to ko
  CHECK(pick("en-US,en;q=0.9") == 0u);
  CHECK(pick("KO") == 1u);                      // tags are case-insensitive
  CHECK(pick("fr, en;q=0.5, ko;q=0.4") == 0u);  // the weights decide, not the order
  CHECK(pick("fr, ko;q=0.4, en;q=0.5") == 0u);
  CHECK(pick("fr-CA, ko;q=0.1") == 1u);  // French is not there: Korean, however light
  CHECK(pick("ko-x-private") == 1u);     // a singleton goes with the subtag after it
  CHECK_FALSE(pick("fr, de"));           // none of them: the caller answers in its default
  CHECK_FALSE(pick("*"));                // any language: the default too
  CHECK_FALSE(pick(""));
  CHECK_FALSE(pick("ko;q=0"));         // q=0: not acceptable
  CHECK_FALSE(pick("ko-KR, ko;q=0"));  // ... and it refuses what ko-KR would reach
  CHECK(pick("ko;q=0, en;q=0.1") == 0u);
  CHECK_FALSE(pick("kor"));  // a prefix of letters is no match: kor is not ko
}

#include <catch2/catch.hpp>

#include "http/form.h"

using namespace cl::http;

TEST_CASE("form_encode follows the WHATWG urlencoded serializer", "[form]") {
  CHECK(form_encode({}) == "");
  CHECK(form_encode({{"username", "alice"}, {"password", "pw 1"}}) == "username=alice&password=pw+1");
  CHECK(form_encode({{"k", "*-._"}}) == "k=*-._");
  CHECK(form_encode({{"k", "~!'()"}}) == "k=%7E%21%27%28%29");  // not kept, unlike percent_encode
  CHECK(form_encode({{"a&b", "c=d+e%"}}) == "a%26b=c%3Dd%2Be%25");
  CHECK(form_encode({{"이름", "김 철수"}}) == "%EC%9D%B4%EB%A6%84=%EA%B9%80+%EC%B2%A0%EC%88%98");
  CHECK(form_encode({{"", ""}}) == "=");
}

TEST_CASE("form_decode follows the WHATWG urlencoded parser", "[form]") {
  SECTION("pairs, in order, with repeats") {
    const FormFields f = form_decode("a=1&b=2&a=3");
    CHECK(f == FormFields{{"a", "1"}, {"b", "2"}, {"a", "3"}});
  }
  SECTION("'+' is a space; %XX is a byte; a bad escape is kept") {
    CHECK(form_decode("q=a+b%2Bc") == FormFields{{"q", "a b+c"}});
    CHECK(form_decode("q=%zz%4") == FormFields{{"q", "%zz%4"}});
    CHECK(form_decode("q=100%") == FormFields{{"q", "100%"}});
    CHECK(form_decode("q=%e3%85%8E") == FormFields{{"q", "\xE3\x85\x8E"}});
  }
  SECTION("empty pieces are skipped; no '=' means an empty value; only the first '=' splits") {
    CHECK(form_decode("&&a=1&&") == FormFields{{"a", "1"}});
    CHECK(form_decode("flag") == FormFields{{"flag", ""}});
    CHECK(form_decode("x=a=b") == FormFields{{"x", "a=b"}});
    CHECK(form_decode("=v") == FormFields{{"", "v"}});
    CHECK(form_decode("").empty());
  }
  SECTION("round trips, including Korean text and every byte") {
    std::string all_bytes;
    for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
    const FormFields fields{{"이름", "김 철수"},           {"메시지", "안녕하세요! 쿠키 & 세션 = 100%"},
                            {"emoji", "\xF0\x9F\x8D\xAA"}, {"bytes", all_bytes},
                            {"plus+and space", "a+b c"},   {"empty", ""}};
    CHECK(form_decode(form_encode(fields)) == fields);
  }
}

TEST_CASE("percent_encode and percent_decode", "[form]") {
  CHECK(percent_encode("abc-._~XYZ019") == "abc-._~XYZ019");
  CHECK(percent_encode("a b/c?") == "a%20b%2Fc%3F");
  CHECK(percent_encode("세션") == "%EC%84%B8%EC%85%98");
  CHECK(percent_decode("a%20b%2fc") == "a b/c");
  CHECK(percent_decode("a+b") == "a+b");  // '+' is only a space in forms
  CHECK(percent_decode("%") == "%");
  CHECK(percent_decode("%4") == "%4");
  CHECK(percent_decode("%G1") == "%G1");
  CHECK(percent_decode("%%41") == "%A");
  CHECK(percent_decode(percent_encode("쿠키 %zz")) == "쿠키 %zz");
}

TEST_CASE("form_get finds the first field of a name", "[form]") {
  const FormFields f{{"a", "1"}, {"b", "2"}, {"a", "3"}};
  REQUIRE(form_get(f, "a"));
  CHECK(*form_get(f, "a") == "1");
  CHECK(*form_get(f, "b") == "2");
  CHECK(form_get(f, "A") == nullptr);  // names are exact
  CHECK(form_get(f, "c") == nullptr);
}

// A parse error is a kind and its arguments: told in Korean too, while its English
// (what the simulated server's 400 response says) stays word for word.
#include <catch2/catch.hpp>
#include "base/text.h"
#include "http/message.h"
#include "http/url.h"

TEST_CASE("a malformed request is explained in both languages, the English kept as the message") {
  const char* inputs[] = {
      "GET  / HTTP/1.1\r\n\r\n",                      // two spaces
      "GET / http/1.1\r\n\r\n",                       // lower-case version
      "GET / HTTP/1.1\r\nHost : a\r\n\r\n",           // space before the colon
      "GET / HTTP/1.1\r\n folded\r\n\r\n",            // whitespace before the first field
      "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n",         // obs-fold
      "GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",  // not a number
      "GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
      "GET / HTTP/1.1\rX",                                           // bare CR
      "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc",  // incomplete body
      "\x01GET / HTTP/1.1\r\n\r\n",                                  // a control byte where the method starts
  };
  for (const char* in : inputs) {
    const auto p = cl::http::parse_request(in);
    INFO(in);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.message == p.error.problem.en());
    CHECK_FALSE(p.error.message.empty());
    CHECK(cl::ko::has_hangul(p.error.problem.ko()));
    CHECK(p.error.problem.ko().find('{') == std::string::npos);  // every argument filled in
  }
  SECTION("a few in full") {
    CHECK(cl::http::parse_request("GET / HTTP/1.1\r\nHost : a\r\n\r\n").error.problem.ko() ==
          "필드 이름(\"Host\")과 ':' 사이에 공백(SP)이 있습니다. RFC 9112 5.1은 이 자리에 공백을 허용하지 "
          "않습니다(':'가 바로 와야 합니다)");
    CHECK(cl::http::parse_request("\x01GET / HTTP/1.1\r\n\r\n").error.message ==
          "found byte 0x01 where the method should start; expected the method (letters, digits or !#$%&'*+-.^_`|~)");
    CHECK(cl::http::parse_request("\x01GET / HTTP/1.1\r\n\r\n").error.problem.ko() ==
          "메서드가 시작할 자리에 0x01 바이트가 있습니다. 여기에는 영문자, 숫자, !#$%&'*+-.^_`|~로 된 메서드가 와야 "
          "합니다");
    CHECK(cl::http::parse_response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab").error.problem.ko() ==
          "메시지가 도중에 끝났습니다. 이어서 와야 할 것: Content-Length에 적힌 본문 5바이트(지금은 2바이트뿐)");
  }
}

TEST_CASE("a refused URL keeps its kind, and its words in both languages") {
  const auto r = cl::http::parse_url("ftp://a.example/");
  REQUIRE_FALSE(r.url);
  CHECK(r.problem.en() == "the scheme \"ftp\" is not supported; expected http or https");
  CHECK(r.problem.ko() == "\"ftp\" 스킴은 지원하지 않습니다. http 또는 https만 쓸 수 있습니다");
}

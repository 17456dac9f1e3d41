#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>

#include "http/message.h"

using namespace cl::http;

namespace {

const std::string kGet =
    "GET /profile?tab=1 HTTP/1.1\r\n"
    "Host: shop.example\r\n"
    "Cookie: sessionid=abc; theme=dark\r\n"
    "\r\n";

const std::string kPost =
    "POST /login HTTP/1.1\r\n"
    "Host: shop.example\r\n"
    "Content-Type: application/x-www-form-urlencoded\r\n"
    "Content-Length: 27\r\n"
    "\r\n"
    "username=alice&password=pw1";

const std::string kChunkedPost =
    "POST /upload HTTP/1.1\r\n"
    "Host: a.example\r\n"
    "Transfer-Encoding: chunked\r\n"
    "\r\n"
    "5\r\nhello\r\n"
    "6;note=x\r\n world\r\n"
    "0\r\n"
    "Trailer-Field: t\r\n"
    "\r\n";

// Checks an Invalid answer and where it points.
void check_invalid_request(const std::string& text, int line, int column, const std::string& words) {
  INFO("input: " << text);
  const auto p = parse_request(text);
  REQUIRE(p.status == ParseStatus::Invalid);
  CHECK(p.error.line == line);
  CHECK(p.error.column == column);
  CHECK_THAT(p.error.message, Catch::Contains(words));
}

void check_invalid_response(const std::string& text, int line, int column, const std::string& words) {
  INFO("input: " << text);
  const auto p = parse_response(text);
  REQUIRE(p.status == ParseStatus::Invalid);
  CHECK(p.error.line == line);
  CHECK(p.error.column == column);
  CHECK_THAT(p.error.message, Catch::Contains(words));
}

}  // namespace

TEST_CASE("Headers keep order and compare names case-insensitively", "[message]") {
  Headers h;
  h.add("Set-Cookie", "a=1");
  h.add("Content-Type", "text/html");
  h.add("set-cookie", "b=2");
  SECTION("find and all") {
    REQUIRE(h.find("SET-COOKIE"));
    CHECK(*h.find("SET-COOKIE") == "a=1");
    CHECK(h.all("Set-Cookie") == std::vector<std::string>{"a=1", "b=2"});
    CHECK(h.has("content-type"));
    CHECK_FALSE(h.has("Location"));
    CHECK(h.find("Location") == nullptr);
    CHECK(h.all("Location").empty());
  }
  SECTION("set replaces every field of the name, in the first one's place") {
    h.set("SET-COOKIE", "c=3");
    REQUIRE(h.fields.size() == 2);
    CHECK(h.fields[0] == Field{"SET-COOKIE", "c=3"});
    CHECK(h.fields[1] == Field{"Content-Type", "text/html"});
    h.set("Location", "/");
    CHECK(h.fields.back() == Field{"Location", "/"});
  }
  SECTION("remove counts what it removed") {
    CHECK(h.remove("set-cookie") == 2);
    CHECK(h.remove("set-cookie") == 0);
    CHECK(h.fields.size() == 1);
  }
}

TEST_CASE("reason_phrase", "[message]") {
  CHECK(reason_phrase(200) == "OK");
  CHECK(reason_phrase(302) == "Found");
  CHECK(reason_phrase(303) == "See Other");
  CHECK(reason_phrase(403) == "Forbidden");
  CHECK(reason_phrase(404) == "Not Found");
  CHECK(reason_phrase(500) == "Internal Server Error");
  CHECK(reason_phrase(299) == "");
}

TEST_CASE("serialize writes the exact bytes", "[message]") {
  SECTION("request") {
    Request r;
    r.method = "POST";
    r.target = "/login";
    r.headers.add("Host", "shop.example");
    r.headers.add("Content-Length", "3");
    r.body = "a=b";
    CHECK(serialize(r) == "POST /login HTTP/1.1\r\nHost: shop.example\r\nContent-Length: 3\r\n\r\na=b");
  }
  SECTION("response with repeated Set-Cookie, no Content-Length added") {
    Response r;
    r.status = 302;
    r.reason = "Found";
    r.headers.add("Location", "/home");
    r.headers.add("Set-Cookie", "a=1");
    r.headers.add("Set-Cookie", "b=2");
    CHECK(serialize(r) == "HTTP/1.1 302 Found\r\nLocation: /home\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n");
  }
  SECTION("defaults") {
    CHECK(serialize(Request{}) == "GET / HTTP/1.1\r\n\r\n");
    CHECK(serialize(Response{}) == "HTTP/1.1 200 OK\r\n\r\n");
  }
}

TEST_CASE("parse_request reads valid requests", "[message]") {
  SECTION("GET with fields") {
    const auto p = parse_request(kGet);
    REQUIRE(p.ok());
    CHECK(p.message.method == "GET");
    CHECK(p.message.target == "/profile?tab=1");
    CHECK(p.message.version == "HTTP/1.1");
    CHECK(p.message.headers.fields ==
          std::vector<Field>{{"Host", "shop.example"}, {"Cookie", "sessionid=abc; theme=dark"}});
    CHECK(p.message.body.empty());
    CHECK(p.consumed == kGet.size());
  }
  SECTION("POST body by Content-Length; bytes after it are not consumed") {
    const auto p = parse_request(kPost + "GET / HTTP/1.1\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(p.message.body == "username=alice&password=pw1");
    CHECK(p.consumed == kPost.size());
  }
  SECTION("OWS around the value is not part of it; inner spaces are") {
    const auto p = parse_request("GET / HTTP/1.1\r\nX-A:\t  one  two \t\r\nX-B:\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(*p.message.headers.find("X-A") == "one  two");
    CHECK(*p.message.headers.find("X-B") == "");
  }
  SECTION("bare LF line ends (RFC 9112 2.2)") {
    const auto p = parse_request("GET / HTTP/1.1\nHost: a\n\n");
    REQUIRE(p.ok());
    CHECK(*p.message.headers.find("host") == "a");
  }
  SECTION("empty lines before the request-line are skipped") {
    const auto p = parse_request("\r\n\nGET / HTTP/1.0\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(p.message.version == "HTTP/1.0");
  }
  SECTION("obs-text (UTF-8) in a value is kept") {
    const auto p = parse_request("GET / HTTP/1.1\r\nX-Name: 김철수\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(*p.message.headers.find("x-name") == "김철수");
  }
  SECTION("Content-Length repeated with the same value") {
    const auto a = parse_request("POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\nabc");
    REQUIRE(a.ok());
    CHECK(a.message.body == "ab");
    const auto b = parse_request("POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab");
    REQUIRE(b.ok());
    CHECK(b.message.body == "ab");
  }
  SECTION("chunked body is decoded and reframed by Content-Length (RFC 9112 7.1.3)") {
    const auto p = parse_request(kChunkedPost);
    REQUIRE(p.ok());
    CHECK(p.message.body == "hello world");
    CHECK_FALSE(p.message.headers.has("Transfer-Encoding"));
    CHECK(*p.message.headers.find("Content-Length") == "11");
    CHECK_FALSE(p.message.headers.has("Trailer-Field"));  // trailers are dropped
    CHECK(p.consumed == kChunkedPost.size());
  }
  SECTION("chunk sizes in hex, either case") {
    const std::string body(26, 'x');
    const auto p =
        parse_request("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n1a\r\n" + body + "\r\n0\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(p.message.body == body);
    const auto q =
        parse_request("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1A\r\n" + body + "\r\n0\r\n\r\n");
    REQUIRE(q.ok());
  }
}

TEST_CASE("serialize and parse agree", "[message]") {
  Request r;
  r.method = "POST";
  r.target = "/a?b=c";
  r.headers.add("Host", "x.example");
  r.headers.add("Content-Length", "5");
  r.body = "hello";
  const auto p = parse_request(serialize(r));
  REQUIRE(p.ok());
  CHECK(p.message == r);

  Response s;
  s.status = 404;
  s.reason = "Not Found";
  s.headers.add("Set-Cookie", "a=1; Path=/");
  s.headers.add("Set-Cookie", "b=2");
  s.headers.add("Content-Length", "4");
  s.body = "gone";
  const auto q = parse_response(serialize(s));
  REQUIRE(q.ok());
  CHECK(q.message == s);
}

TEST_CASE("every truncation of a valid message is Incomplete", "[message]") {
  for (const std::string& full : {kGet, kPost, kChunkedPost}) {
    for (std::size_t n = 0; n < full.size(); ++n) {
      const std::string cut = full.substr(0, n);
      INFO("first " << n << " bytes of: " << full);
      const auto p = parse_request(cut);
      REQUIRE(p.status == ParseStatus::Incomplete);
      CHECK(p.error.offset == n);
      CHECK_FALSE(p.error.message.empty());
    }
    CHECK(parse_request(full).ok());
  }
  const std::string response = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nSet-Cookie: a=b\r\n\r\nhello";
  for (std::size_t n = 0; n < response.size(); ++n) {
    INFO("first " << n << " bytes of the response");
    REQUIRE(parse_response(response.substr(0, n)).status == ParseStatus::Incomplete);
  }
}

TEST_CASE("Incomplete errors point at the end of the input", "[message]") {
  const auto p = parse_request("GET / HTTP/1.1\r\nHost: a\r\nCookie: x");
  REQUIRE(p.status == ParseStatus::Incomplete);
  CHECK(p.error.line == 3);
  CHECK(p.error.column == 10);
  const auto q = parse_request("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
  REQUIRE(q.status == ParseStatus::Incomplete);
  CHECK_THAT(q.error.message, Catch::Contains("10 bytes") && Catch::Contains("3 present"));
}

TEST_CASE("malformed requests are Invalid, with line and column", "[message]") {
  SECTION("request-line") {
    check_invalid_request("GET  / HTTP/1.1\r\n\r\n", 1, 5, "request-target");
    check_invalid_request(" GET / HTTP/1.1\r\n\r\n", 1, 1, "method");
    check_invalid_request("G(T / HTTP/1.1\r\n\r\n", 1, 2, "'('");
    check_invalid_request("GET\t/ HTTP/1.1\r\n\r\n", 1, 4, "HTAB");
    check_invalid_request("GET / http/1.1\r\n\r\n", 1, 7, "HTTP/1.1");
    check_invalid_request("GET / HTTP/1.x\r\n\r\n", 1, 14, "digit");
    check_invalid_request("GET / HTTP/11\r\n\r\n", 1, 13, "'.'");
    check_invalid_request("GET / HTTP/1.1 \r\n\r\n", 1, 15, "end of the line");
    check_invalid_request("GET /a b HTTP/1.1\r\n\r\n", 1, 8, "'b'");
    check_invalid_request(std::string("GET /\x01 HTTP/1.1\r\n\r\n"), 1, 6, "byte 0x01");
    check_invalid_request("GET /\xC3\xA9 HTTP/1.1\r\n\r\n", 1, 6, "byte 0xC3");
    check_invalid_request("GET / HTTP/1.1\rHost: a\r\n\r\n", 1, 15, "bare CR");
  }
  SECTION("field lines") {
    check_invalid_request("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 2, 5, "RFC 9112 5.1");
    check_invalid_request("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", 2, 5, "HTAB");
    check_invalid_request("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 3, 1, "obs-fold");
    check_invalid_request("GET / HTTP/1.1\r\n Host: a\r\n\r\n", 2, 1, "first field line");
    check_invalid_request("GET / HTTP/1.1\r\nHost\r\n\r\n", 2, 5, "':'");
    check_invalid_request("GET / HTTP/1.1\r\n: a\r\n\r\n", 2, 1, "field name");
    check_invalid_request("GET / HTTP/1.1\r\nHo(st: a\r\n\r\n", 2, 3, "'('");
    check_invalid_request(std::string("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 27), 2, 5, "byte 0x00");
    check_invalid_request("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", 2, 5, "bare CR");
    check_invalid_request("GET / HTTP/1.1\nA: 1\nB: 2\n\x7f: 3\n\n", 4, 1, "byte 0x7F");
  }
  SECTION("Content-Length") {
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 3, 17,
                          "conflicting");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd", 2, 17, "conflicting");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 2, 17, "digits");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 2, 17, "digits");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n", 2, 17, "digits");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n", 2, 16, "decimal number");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n", 2, 17, "digits");
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 2, 17, "15 digits");
  }
  SECTION("Transfer-Encoding") {
    check_invalid_request("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 3, 20,
                          "both Transfer-Encoding and Content-Length");
    check_invalid_request("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 2, 20, "\"chunked\"");
    check_invalid_request("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 2, 20, "only coding");
    check_invalid_request("POST / HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 2, 20, "chunked");
  }
  SECTION("chunked body") {
    const std::string head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    check_invalid_request(head + "zz\r\n", 4, 1, "chunk size");
    check_invalid_request(head + "5x\r\nhello\r\n0\r\n\r\n", 4, 2, "after the chunk size");
    check_invalid_request(head + "3\r\nhello\r\n0\r\n\r\n", 5, 4, "after 3 bytes of chunk data");
    check_invalid_request(head + "10000000000000000\r\n", 4, 1, "15 hex digits");
    check_invalid_request(head + "0\r\nBad Trailer: x\r\n\r\n", 5, 4, "RFC 9112 5.1");
  }
}

TEST_CASE("parse_response", "[message]") {
  SECTION("a redirect that sets two cookies") {
    const std::string text =
        "HTTP/1.1 302 Found\r\nLocation: /home\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 0\r\n\r\n";
    const auto p = parse_response(text);
    REQUIRE(p.ok());
    CHECK(p.message.status == 302);
    CHECK(p.message.reason == "Found");
    CHECK(p.message.headers.all("set-cookie") == std::vector<std::string>{"a=1", "b=2"});
    CHECK(p.consumed == text.size());
  }
  SECTION("no Content-Length: the body runs to the end of the input") {
    const auto p = parse_response("HTTP/1.0 200 OK\r\n\r\n<p>hi</p>");
    REQUIRE(p.ok());
    CHECK(p.message.body == "<p>hi</p>");
  }
  SECTION("204 and 304 have no body whatever follows") {
    const auto p = parse_response("HTTP/1.1 204 No Content\r\n\r\nextra");
    REQUIRE(p.ok());
    CHECK(p.message.body.empty());
    CHECK(p.consumed == 27);
    const auto q = parse_response("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n");
    REQUIRE(q.ok());
    CHECK(q.message.body.empty());
  }
  SECTION("empty reason phrase, and one with spaces and UTF-8") {
    const auto p = parse_response("HTTP/1.1 299 \r\nContent-Length: 0\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(p.message.reason.empty());
    const auto q = parse_response("HTTP/1.1 200 Very OK 좋아요\r\nContent-Length: 0\r\n\r\n");
    REQUIRE(q.ok());
    CHECK(q.message.reason == "Very OK 좋아요");
  }
  SECTION("chunked response") {
    const auto p = parse_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n0\r\n\r\n");
    REQUIRE(p.ok());
    CHECK(p.message.body == "Wiki");
  }
  SECTION("malformed status-lines, one by one") {
    check_invalid_response("HTTP/1.1 20 OK\r\n\r\n", 1, 12, "status code");
    check_invalid_response("HTTP/1.1 099 Low\r\n\r\n", 1, 10, "100 to 599");
    check_invalid_response("HTTP/1.1 600 High\r\n\r\n", 1, 10, "100 to 599");
    check_invalid_response("HTTP/1.1 200OK\r\n\r\n", 1, 13, "SP");
    check_invalid_response("HTTP/1.1 200\r\n\r\n", 1, 13, "SP");
    check_invalid_response("HTTP/1.1  200 OK\r\n\r\n", 1, 10, "status code");
    check_invalid_response("HTTP 200 OK\r\n\r\n", 1, 5, "HTTP/1.1");
    check_invalid_response(std::string("HTTP/1.1 200 O\x01K\r\n\r\n"), 1, 15, "byte 0x01");
    check_invalid_response("HTTP/1.1 200 OK\r\nSet-Cookie : a=b\r\n\r\n", 2, 11, "colon");
  }
}

TEST_CASE("random bytes never crash the parsers and errors always have a place", "[message]") {
  // A tiny deterministic generator so this file needs nothing but http.
  std::uint64_t x = 88172645463325252ULL;
  const auto next = [&] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  const std::string pieces[] = {
      "GET",     " ", "/", "HTTP/1.1", "\r\n", "\n",    "\r",  ":", "Host", "Content-Length", "Transfer-Encoding",
      "chunked", "5", "0", "\t",       "\x01", "hello", "200", "OK"};
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    const int count = static_cast<int>(next() % 24);
    for (int k = 0; k < count; ++k) text += pieces[next() % std::size(pieces)];
    for (const auto status : {parse_request(text).status, parse_response(text).status}) {
      CHECK((status == ParseStatus::Ok || status == ParseStatus::Incomplete || status == ParseStatus::Invalid));
    }
    const auto p = parse_request(text);
    if (!p.ok()) {
      CHECK(p.error.line >= 1);
      CHECK(p.error.column >= 1);
      CHECK(p.error.offset <= text.size());
      CHECK_FALSE(p.error.message.empty());
    } else {
      CHECK(p.consumed <= text.size());
    }
  }
}

#include <catch2/catch.hpp>
#include "app/logic/message_lines.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("raw messages split into coloured lines", "[inspector]") {
  SECTION("a response with cookies and a body") {
    auto lines = split_message(
        "HTTP/1.1 302 Found\r\nLocation: /\r\nSet-Cookie: sid=1; Path=/\r\nset-cookie: b=2\r\n\r\nbody\r\nmore");
    REQUIRE(lines.size() == 7);
    CHECK(lines[0].kind == LineKind::StartLine);
    CHECK(lines[0].text == "HTTP/1.1 302 Found");
    CHECK(lines[1].kind == LineKind::Header);
    CHECK(lines[2].kind == LineKind::SetCookie);
    CHECK(lines[3].kind == LineKind::SetCookie);  // names are case-insensitive
    CHECK(lines[4].kind == LineKind::Blank);
    CHECK(lines[5].kind == LineKind::Body);
    CHECK(lines[6].text == "more");
  }
  SECTION("a request's Cookie line") {
    auto lines = split_message("GET / HTTP/1.1\r\nHost: a\r\nCookie: a=1; b=2\r\n\r\n");
    REQUIRE(lines.size() == 4);
    CHECK(lines[2].kind == LineKind::Cookie);
  }
  SECTION("bare LF line ends") {
    auto lines = split_message("GET / HTTP/1.1\nCookie: a=1\n\nx");
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].kind == LineKind::Cookie);
    CHECK(lines[1].text == "Cookie: a=1");
    CHECK(lines[3].kind == LineKind::Body);
  }
  SECTION("a Set-Cookie in the body is body text") {
    auto lines = split_message("HTTP/1.1 200 OK\r\n\r\nSet-Cookie: x=1");
    REQUIRE(lines.size() == 3);
    CHECK(lines[2].kind == LineKind::Body);
  }
  SECTION("truncated messages") {
    CHECK(split_message("").empty());
    auto one = split_message("HTTP/1.1 200");
    REQUIRE(one.size() == 1);
    CHECK(one[0].kind == LineKind::StartLine);
    auto no_blank = split_message("HTTP/1.1 200 OK\r\nSet-Cookie: a=1");
    REQUIRE(no_blank.size() == 2);
    CHECK(no_blank[1].kind == LineKind::SetCookie);
  }
}

TEST_CASE("Set-Cookie attributes are explained", "[inspector]") {
  SECTION("each piece, the first is the pair") {
    auto parts = set_cookie_parts("sid=abc; Path=/; HttpOnly;  Max-Age=60 ; SameSite=Lax; Foo=bar");
    REQUIRE(parts.size() == 6);
    CHECK(parts[0].text == "sid=abc");
    CHECK(parts[1].text == "Path=/");
    CHECK(parts[3].text == "Max-Age=60");
    for (const auto& p : parts) CHECK_FALSE(p.explanation.en.empty());
    CHECK(parts[2].explanation.en.find("HttpOnly") != std::string::npos);
    CHECK(parts[5].explanation.en.find("ignored") != std::string::npos);  // unknown attribute
  }
  SECTION("attribute names are case-insensitive and cite the RFC") {
    CHECK(explain_attribute("secure").en.find("5.2.5") != std::string::npos);
    CHECK(explain_attribute(" DOMAIN ").en.find("5.2.3") != std::string::npos);
    CHECK_FALSE(explain_attribute("expires").ko.empty());
    CHECK(explain_attribute("nonsense").empty());
  }
  SECTION("empty pieces are skipped") {
    CHECK(set_cookie_parts("").empty());
    CHECK(set_cookie_parts(";;").empty());
    CHECK(set_cookie_parts("a=b;;Secure").size() == 2);
  }
  SECTION("a Cookie header is a list of pairs") {
    auto parts = cookie_header_parts("a=1; b=2");
    REQUIRE(parts.size() == 2);
    CHECK(parts[1].text == "b=2");
  }
  SECTION("header values") {
    CHECK(header_value("Set-Cookie:  a=b ") == "a=b");
    CHECK(header_value("no colon").empty());
  }
}

TEST_CASE("a waiting question hides the request's cookies", "[inspector]") {
  auto texts = [](const std::vector<MessageLine>& lines) {
    std::vector<std::string> t;
    for (const auto& l : lines) t.emplace_back(l.text);
    return t;
  };
  using V = std::vector<std::string>;
  SECTION("a Cookie line becomes \"Cookie: ?\" in its place") {
    auto lines = hide_cookie_lines(split_message("GET / HTTP/1.1\r\nHost: a\r\nCookie: sid=1\r\nAccept: */*\r\n\r\n"));
    CHECK(texts(lines) == V{"GET / HTTP/1.1", "Host: a", "Cookie: ?", "Accept: */*", ""});
    CHECK(lines[2].kind == LineKind::Header);  // not parsed as cookies
  }
  SECTION("no Cookie line: the same \"Cookie: ?\" before the empty line (absence would answer too)") {
    auto lines = hide_cookie_lines(split_message("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
    CHECK(texts(lines) == V{"GET / HTTP/1.1", "Host: a", "Cookie: ?", ""});
  }
  SECTION("two Cookie lines become one") {
    auto lines = hide_cookie_lines(split_message("GET / HTTP/1.1\r\nCookie: a=1\r\ncookie: b=2\r\n\r\nbody"));
    CHECK(texts(lines) == V{"GET / HTTP/1.1", "Cookie: ?", "", "body"});
  }
  SECTION("truncated inputs") {
    CHECK(hide_cookie_lines(split_message("")).empty());
    CHECK(texts(hide_cookie_lines(split_message("GET / HTTP/1.1"))) == V{"GET / HTTP/1.1", "Cookie: ?"});
    CHECK(texts(hide_cookie_lines(split_message("GET / HTTP/1.1\r\nCookie: a=1"))) == V{"GET / HTTP/1.1", "Cookie: ?"});
    CHECK(texts(hide_cookie_lines(split_message("GET / HTTP/1.1\r\nHost: a"))) ==
          V{"GET / HTTP/1.1", "Host: a", "Cookie: ?"});
  }
}

TEST_CASE("a body that is not text is shown as its size and type", "[inspector]") {
  const std::string gif("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", 23);
  SECTION("text types and no type are text") {
    CHECK(body_is_text("<p>hi</p>", "text/html; charset=utf-8"));
    CHECK(body_is_text("{\"a\":1}", "application/json"));
    CHECK(body_is_text("a=1&b=2", "application/x-www-form-urlencoded"));
    CHECK(body_is_text("<a/>", "Application/XML"));
    CHECK(body_is_text("plain", ""));
    CHECK(body_is_text("안녕", "TEXT/PLAIN"));
  }
  SECTION("other types are not, even when the bytes are ASCII") {
    CHECK_FALSE(body_is_text("GIF89a", "image/gif"));
    CHECK_FALSE(body_is_text("abc", "application/octet-stream"));
  }
  SECTION("invalid UTF-8 is not text, whatever the type says") {
    CHECK_FALSE(body_is_text(gif, "text/plain"));
    CHECK_FALSE(body_is_text("\xc3", "text/plain"));              // cut before its last byte
    CHECK_FALSE(body_is_text("\xc0\xaf", "text/plain"));          // overlong
    CHECK_FALSE(body_is_text("\xed\xa0\x80", "text/plain"));      // a surrogate
    CHECK_FALSE(body_is_text("\xf4\x90\x80\x80", "text/plain"));  // past U+10FFFF
    CHECK(body_is_text("\xf0\x9f\x8d\xaa", "text/plain"));        // a cookie emoji
  }
  SECTION("the inspector's message: head as it is, the GIF as <23 bytes, image/gif>") {
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\nContent-Length: 23\r\n\r\n";
    CHECK(message_for_display(head + gif) == head + "<23 bytes, image/gif>");
  }
  SECTION("a text message is unchanged") {
    const std::string m = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>";
    CHECK(message_for_display(m) == m);
  }
  SECTION("no type and binary bytes: the size only") {
    CHECK(message_for_display("HTTP/1.1 200 OK\n\n\xff\xfe") == "HTTP/1.1 200 OK\n\n<2 bytes>");
  }
  SECTION("truncated messages are unchanged") {
    CHECK(message_for_display("").empty());
    CHECK(message_for_display("HTTP/1.1 200 OK") == "HTTP/1.1 200 OK");
    CHECK(message_for_display("HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\n") ==
          "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\n");
  }
}

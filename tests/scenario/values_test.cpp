// Single values checked apart from TOML: hosts, header lines, methods, CRLF, and
// the action names and keys of FORMAT.md.
#include <catch2/catch.hpp>
#include "scenario/step_keys.h"
#include "scenario/values.h"

using namespace cl::scenario;

TEST_CASE("action names round-trip and match FORMAT.md") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Action::Count); ++i) {
    const auto a = static_cast<Action>(i);
    CHECK_FALSE(action_name(a).empty());
    CHECK(action_from_name(action_name(a)) == a);
  }
  CHECK(action_name(Action::ClearCookies) == "clear_cookies");
  CHECK(action_name(Action::DeleteSession) == "delete_session");
  CHECK(action_name(Action::Count).empty());
  CHECK_FALSE(action_from_name("Visit"));
  CHECK_FALSE(action_from_name(""));
  CHECK_FALSE(action_from_name("visit "));
  CHECK(action_sends_request(Action::Post));
  CHECK_FALSE(action_sends_request(Action::Raw));
  CHECK_FALSE(action_sends_request(Action::Wait));
}

TEST_CASE("keys by action") {
  CHECK(action_keys(Action::Visit).required == std::vector<std::string_view>{"url"});
  CHECK(action_keys(Action::Post).required == std::vector<std::string_view>{"url", "fields"});
  CHECK(action_keys(Action::Submit).required.empty());
  CHECK(action_keys(Action::Submit).takes("fields"));
  CHECK(action_keys(Action::Raw).takes("crlf"));
  CHECK_FALSE(action_keys(Action::Raw).takes("follow_redirects"));
  CHECK_FALSE(action_keys(Action::Close).takes("url"));
  CHECK(any_action_takes("from_browser"));
  CHECK_FALSE(any_action_takes("say"));  // common to every step, not an action's own
  CHECK_FALSE(any_action_takes("urll"));
}

TEST_CASE("Expectations::any") {
  Expectations e;
  CHECK_FALSE(e.any());
  e.logged_in = "";
  CHECK(e.any());  // "nobody" is an expectation too
  Expectations s;
  s.sessions = 0;
  CHECK(s.any());
  Expectations n;
  n.not_in_jar = {"sessionid"};
  CHECK(n.any());
}

TEST_CASE("hosts a server answers for") {
  CHECK(host_problem("shop.example").empty());
  CHECK(host_problem("localhost").empty());
  CHECK(host_problem("127.0.0.1").empty());
  CHECK(host_problem("").en().find("empty") != std::string::npos);
  CHECK(host_problem("").ko() == "호스트가 비어 있습니다");
  CHECK(host_problem("Shop.example").en() == "write the host in lower case");
  CHECK_FALSE(host_problem("http://shop.example").empty());
  CHECK_FALSE(host_problem("shop.example:8080").empty());
  CHECK_FALSE(host_problem("shop.example/path").empty());
  CHECK_FALSE(host_problem("shop example").empty());
}

TEST_CASE("URLs") {
  CHECK(url_problem("http://shop.example/").empty());
  CHECK(url_problem("https://shop.example:8443/a?b=c").empty());
  CHECK_FALSE(url_problem("ftp://shop.example/").empty());
  CHECK_FALSE(url_problem("/relative").empty());
  CHECK_FALSE(url_problem("").empty());
  CHECK_FALSE(url_problem("http://").empty());
}

TEST_CASE("scripted header lines") {
  CHECK(header_line_problem("Set-Cookie: a=b").empty());
  CHECK(header_line_problem("X-Empty:").empty());
  CHECK(header_line_problem("Set-Cookie a=b").en() == "a header is written \"Name: value\"; no ':' found");
  CHECK(header_line_problem(": a").en() == "the header name before ':' is empty");
  CHECK_FALSE(header_line_problem("Set-Cookie : a=b").empty());  // RFC 9112 5.1: no space before ':'
  CHECK_FALSE(header_line_problem("Bad Name: x").empty());
  CHECK_FALSE(header_line_problem("X: a\r\nInjected: b").empty());
  CHECK(split_header_line("Set-Cookie:   a=b; Path=/  ") == cl::http::Field{"Set-Cookie", "a=b; Path=/"});
  CHECK(split_header_line("X-Empty:") == cl::http::Field{"X-Empty", ""});
}

TEST_CASE("route methods") {
  CHECK(method_problem("GET").empty());
  CHECK(method_problem("*").empty());
  CHECK(method_problem("PROPFIND").empty());
  CHECK_FALSE(method_problem("").empty());
  CHECK_FALSE(method_problem("GET POST").empty());
}

TEST_CASE("raw requests get CRLF line ends") {
  CHECK(request_with_crlf("") == "");
  CHECK(request_with_crlf("GET / HTTP/1.1\nHost: a\n\n") == "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
  CHECK(request_with_crlf("\n") == "\r\n");
  // Already CRLF: left alone, not doubled.
  CHECK(request_with_crlf("A\r\nB\r\n") == "A\r\nB\r\n");
  CHECK(request_with_crlf("A\r\nB\n") == "A\r\nB\r\n");
  // A lone CR stays a lone CR: a lesson may send it on purpose.
  CHECK(request_with_crlf("A\rB") == "A\rB");
}

TEST_CASE("a refused duration says why, as precisely as it can") {
  CHECK(duration_problem("2시간").en() == "units are written s, m, h, d, w (or ms)");
  CHECK(duration_problem("2H").en() == "write units in lower case");
  CHECK(duration_problem("1.5h").en() == "no fractions: an hour and a half is \"1h30m\"");
  CHECK(duration_problem("2 h").en() == "no spaces");
  CHECK(duration_problem("0s").en() == "a duration is longer than 0");
  CHECK(duration_problem("99999999999999w").en() == "it is too long");
  CHECK(duration_problem("99999999999w").en() == "it is too long");
  CHECK(duration_problem("soon").en() == "write a number and a unit");
  CHECK(duration_problem("30m1h").en() == "write a number and a unit");
  for (const char* text : {"2시간", "2H", "1.5h", "2 h", "0s", "soon"})
    CHECK(cl::ko::has_hangul(duration_problem(text).ko()));
}

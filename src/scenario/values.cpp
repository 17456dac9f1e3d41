#include "scenario/values.h"
#include <algorithm>
#include "base/text.h"
#include "http/url.h"

namespace cl::scenario {

namespace {

// RFC 9110 5.6.2: tchar.
bool is_tchar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_tchar); }

}  // namespace

Bilingual url_problem(std::string_view text) {
  const auto result = http::parse_url(text);
  if (result.url) return {};
  if (result.error.empty()) return {"not an absolute http or https URL", "http나 https로 시작하는 완전한 URL이 아닙니다"};
  return result.error;
}

Bilingual host_problem(std::string_view host) {
  if (host.empty()) return {"the host is empty", "호스트가 비어 있습니다"};
  if (to_lower_ascii(host) != host) return {"write the host in lower case", "호스트는 소문자로 쓰세요"};
  // Let the URL parser judge the name, then make sure nothing but the host was written.
  const std::string url = "http://" + std::string(host) + "/";
  const auto parsed = http::parse_url(url);
  if (!parsed.url)
    return parsed.error.empty() ? Bilingual{"not a host name", "호스트 이름이 아닙니다"} : parsed.error;
  if (parsed.url->host != host || parsed.url->target() != "/")
    return {"write only the host name (no scheme, port or path), e.g. \"shop.example\"",
            "호스트 이름만 쓰세요(스킴, 포트, 경로 없이). 예: \"shop.example\""};
  return {};
}

Bilingual header_line_problem(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos)
    return {"a header is written \"Name: value\"; no ':' found", "헤더는 \"Name: value\" 꼴로 씁니다. ':'가 없습니다"};
  const auto name = line.substr(0, colon);
  if (name.empty()) return {"the header name before ':' is empty", "':' 앞의 헤더 이름이 비어 있습니다"};
  // RFC 9112 5.1: no whitespace is allowed between the field name and the colon.
  if (name.back() == ' ' || name.back() == '\t')
    return {"no space is allowed between the header name and ':' (RFC 9112 5.1)",
            "헤더 이름과 ':' 사이에는 공백을 둘 수 없습니다(RFC 9112 5.1)"};
  if (!is_token(name)) {
    const std::string quoted = "\"" + std::string(name) + "\"";
    return {"the header name " + quoted + " is not a token (RFC 9110 5.1)",
            "헤더 이름에는 영문자, 숫자와 !#$%&'*+-.^_`|~만 쓸 수 있습니다(RFC 9110 5.1의 토큰): " + quoted};
  }
  const auto value = line.substr(colon + 1);
  if (value.find_first_of("\r\n") != std::string_view::npos)
    return {"a header value cannot contain a line break (RFC 9110 5.5)", "헤더 값에는 줄바꿈이 들어갈 수 없습니다(RFC 9110 5.5)"};
  return {};
}

http::Field split_header_line(std::string_view line) {
  const auto colon = line.find(':');
  return {std::string(line.substr(0, colon)), std::string(trim_wsp(line.substr(colon + 1)))};
}

Bilingual method_problem(std::string_view method) {
  if (method == "*" || is_token(method)) return {};
  return {"a method is a token such as GET or POST (RFC 9110 9.1), or \"*\" for any",
          "메서드는 GET이나 POST처럼 하나만, 토큰(RFC 9110 9.1)으로 씁니다. 모든 메서드는 \"*\"입니다"};
}

Bilingual duration_problem(std::string_view text) {
  const auto has = [&](auto pred) { return std::any_of(text.begin(), text.end(), pred); };
  if (ko::has_hangul(text))
    return {"units are written s, m, h, d, w (or ms)", "단위는 한글이 아니라 s, m, h, d, w(또는 ms)로 씁니다"};
  if (has([](char c) { return c >= 'A' && c <= 'Z'; })) return {"write units in lower case", "단위는 소문자로 씁니다"};
  if (has([](char c) { return c == '.' || c == ','; }))
    return {"no fractions: an hour and a half is \"1h30m\"", "소수는 쓸 수 없습니다. 1시간 반은 \"1h30m\"처럼 씁니다"};
  if (has([](char c) { return c == ' ' || c == '\t'; })) return {"no spaces", "공백 없이 씁니다"};
  if (!text.empty() && !has([](char c) { return c >= '1' && c <= '9'; }) && has([](char c) { return c == '0'; }))
    return {"a duration is longer than 0", "0보다 길어야 합니다"};
  // Only digits and units, yet refused: too many digits is a span too long to count.
  const bool well_formed = text.find_first_not_of("0123456789wdhms") == std::string_view::npos;
  if (well_formed && std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 10)
    return {"it is too long", "너무 깁니다"};
  return {"write a number and a unit", "숫자와 단위로 쓰세요"};
}

std::string request_with_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

}  // namespace cl::scenario

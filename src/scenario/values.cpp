#include "scenario/values.h"
#include <algorithm>
#include "base/text.h"
#include "http/url.h"
#include "scenario/scenario_messages.h"

namespace cl::scenario {

namespace {

// RFC 9110 5.6.2: tchar.
bool is_tchar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_tchar); }

}  // namespace

using M = ScenarioMsg;

Message url_problem(std::string_view text) {
  auto result = http::parse_url(text);
  if (result.url) return {};
  if (result.problem.empty()) return message(M::NotAbsoluteUrl);
  return std::move(result.problem);
}

Message host_problem(std::string_view host) {
  if (host.empty()) return message(M::HostEmpty);
  if (to_lower_ascii(host) != host) return message(M::HostUpperCase);
  // Let the URL parser judge the name, then make sure nothing but the host was written.
  const std::string url = "http://" + std::string(host) + "/";
  auto parsed = http::parse_url(url);
  if (!parsed.url) return parsed.problem.empty() ? message(M::NotHostName) : std::move(parsed.problem);
  if (parsed.url->host != host || parsed.url->target() != "/") return message(M::HostOnly);
  return {};
}

Message header_line_problem(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return message(M::HeaderNoColon);
  const auto name = line.substr(0, colon);
  if (name.empty()) return message(M::HeaderNameEmpty);
  // RFC 9112 5.1: no whitespace is allowed between the field name and the colon.
  if (name.back() == ' ' || name.back() == '\t') return message(M::HeaderSpaceBeforeColon);
  if (!is_token(name)) return message(M::HeaderNameNotToken, {name});
  const auto value = line.substr(colon + 1);
  if (value.find_first_of("\r\n") != std::string_view::npos) return message(M::HeaderValueLineBreak);
  return {};
}

http::Field split_header_line(std::string_view line) {
  const auto colon = line.find(':');
  return {std::string(line.substr(0, colon)), std::string(trim_wsp(line.substr(colon + 1)))};
}

Message method_problem(std::string_view method) {
  if (method == "*" || is_token(method)) return {};
  return message(M::MethodNotToken);
}

Message duration_problem(std::string_view text) {
  const auto has = [&](auto pred) { return std::any_of(text.begin(), text.end(), pred); };
  if (ko::has_hangul(text)) return message(M::DurationHangul);
  if (has([](char c) { return c >= 'A' && c <= 'Z'; })) return message(M::DurationUpperCase);
  if (has([](char c) { return c == '.' || c == ','; })) return message(M::DurationFraction);
  if (has([](char c) { return c == ' ' || c == '\t'; })) return message(M::DurationSpaces);
  if (!text.empty() && !has([](char c) { return c >= '1' && c <= '9'; }) && has([](char c) { return c == '0'; }))
    return message(M::DurationZero);
  // Only digits and units, yet refused: too many digits is a span too long to count.
  const bool well_formed = text.find_first_not_of("0123456789wdhms") == std::string_view::npos;
  if (well_formed && std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 10)
    return message(M::DurationTooLong);
  return message(M::DurationForm);
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

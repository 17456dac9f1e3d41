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

std::string url_problem(std::string_view text) {
  const auto result = http::parse_url(text);
  if (result.url) return "";
  return result.error.empty() ? "not an absolute http or https URL" : result.error;
}

std::string host_problem(std::string_view host) {
  if (host.empty()) return "the host is empty";
  if (to_lower_ascii(host) != host) return "write the host in lower case";
  // Let the URL parser judge the name, then make sure nothing but the host was written.
  const std::string url = "http://" + std::string(host) + "/";
  const auto parsed = http::parse_url(url);
  if (!parsed.url) return parsed.error.empty() ? "not a host name" : parsed.error;
  if (parsed.url->host != host || parsed.url->target() != "/")
    return "write only the host name (no scheme, port or path), e.g. \"shop.example\"";
  return "";
}

std::string header_line_problem(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return "a header is written \"Name: value\"; no ':' found";
  const auto name = line.substr(0, colon);
  if (name.empty()) return "the header name before ':' is empty";
  // RFC 9112 5.1: no whitespace is allowed between the field name and the colon.
  if (!is_token(name)) return "the header name \"" + std::string(name) + "\" is not a token (RFC 9110 5.1)";
  const auto value = line.substr(colon + 1);
  if (value.find_first_of("\r\n") != std::string_view::npos)
    return "a header value cannot contain a line break (RFC 9110 5.5)";
  return "";
}

http::Field split_header_line(std::string_view line) {
  const auto colon = line.find(':');
  return {std::string(line.substr(0, colon)), std::string(trim_wsp(line.substr(colon + 1)))};
}

std::string method_problem(std::string_view method) {
  if (method == "*" || is_token(method)) return "";
  return "a method is a token such as GET or POST (RFC 9110 9.1), or \"*\" for any";
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

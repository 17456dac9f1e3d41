#include "sim/timeline.h"

namespace cl::sim {

namespace {

const std::string kEmpty;

// One shared empty value per type: what a never-null pointer of the timeline holds
// when there is nothing, so every such step shares it.
template <class T>
const std::shared_ptr<const T>& shared_empty() {
  static const auto empty = std::make_shared<const T>();
  return empty;
}

}  // namespace

SetCookieReport SetCookieReport::kept(std::string_view line, cookie::SetDecision decision) {
  cookie::ParsedSetCookie& p = decision.parsed;
  cookie::ParsedSetCookie slim;
  slim.refused = p.refused;
  slim.name = std::move(p.name);
  p = std::move(slim);
  return {std::string(line), std::move(decision)};
}

const std::shared_ptr<const std::vector<cookie::Cookie>>& SentCookies::none() {
  return shared_empty<std::vector<cookie::Cookie>>();
}
const std::shared_ptr<const http::Url>& Exchange::no_url() { return shared_empty<http::Url>(); }
const std::shared_ptr<const std::vector<std::string>>& Exchange::no_events() {
  return shared_empty<std::vector<std::string>>();
}

const std::string& Exchange::request_text() const { return request ? *request : kEmpty; }

std::string Exchange::response_text() const { return response_body ? head.text() + *response_body : std::string(); }

std::vector<http::Field> Exchange::request_fields() const {
  return http::parse_request(request_text()).message.headers.fields;
}

std::vector<http::Field> Exchange::response_fields() const {
  if (!response_body) return {};
  return http::parse_response(response_text()).message.headers.fields;
}

std::string Exchange::cookie_header() const {
  const auto parsed = http::parse_request(request_text());
  if (!parsed.ok()) return {};
  const std::string* c = parsed.message.headers.find("Cookie");
  return c ? *c : std::string();
}

bool Exchange::has_cookie_field() const {
  const std::string_view text = request_text();
  const std::string_view head = text.substr(0, text.find("\r\n\r\n"));
  for (std::size_t line = head.find("\r\n"); line != std::string_view::npos; line = head.find("\r\n", line + 2))
    if (iequals_ascii(head.substr(line + 2, 7), "Cookie:")) return true;
  return false;
}

}  // namespace cl::sim

#include "sim/timeline.h"

namespace cl::sim {

namespace {

const std::string kEmpty;

}  // namespace

const page::Page& BrowserState::page() const {
  if (!parsed_) {
    parsed_ = std::make_shared<const page::Page>(response_ ? page::parse_page(*response_) : page::Page{});
  }
  return *parsed_;
}

void BrowserState::show_response(std::shared_ptr<const std::string> body) {
  response_ = std::move(body);
  parsed_.reset();
}

void BrowserState::show_page(page::Page page) {
  response_.reset();
  parsed_ = std::make_shared<const page::Page>(std::move(page));
}

void BrowserState::show_blank() {
  response_.reset();
  parsed_.reset();
}

const std::string& Exchange::request_text() const { return request ? *request : kEmpty; }

std::string Exchange::response_text() const { return response_body ? response_head + *response_body : std::string(); }

std::vector<http::Field> Exchange::request_fields() const {
  return http::parse_request(request_text()).message.headers.fields;
}

std::vector<http::Field> Exchange::response_fields() const {
  if (!response_body) return {};
  return http::parse_response(response_text()).message.headers.fields;
}

}  // namespace cl::sim

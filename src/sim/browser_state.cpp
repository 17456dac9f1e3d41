#include "sim/timeline.h"

namespace cl::sim {

namespace {

std::string_view body_of(std::string_view response) {
  const std::size_t end = response.find("\r\n\r\n");
  if (end != std::string_view::npos) return response.substr(end + 4);
  const std::size_t lf = response.find("\n\n");
  return lf == std::string_view::npos ? std::string_view{} : response.substr(lf + 2);
}

const std::string kEmpty;

}  // namespace

const page::Page& BrowserState::page() const {
  if (!parsed_) {
    parsed_ = std::make_shared<const page::Page>(response_ ? page::parse_page(body_of(*response_)) : page::Page{});
  }
  return *parsed_;
}

void BrowserState::show_response(std::shared_ptr<const std::string> response) {
  response_ = std::move(response);
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

const std::string& Exchange::response_text() const { return response ? *response : kEmpty; }

std::vector<http::Field> Exchange::request_fields() const {
  return http::parse_request(request_text).message.headers.fields;
}

std::vector<http::Field> Exchange::response_fields() const {
  if (!response) return {};
  return http::parse_response(*response).message.headers.fields;
}

}  // namespace cl::sim

#include "browser/browser_state.h"

namespace cl::agent {

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

}  // namespace cl::agent

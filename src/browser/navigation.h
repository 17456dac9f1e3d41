// A request the browser decides to make: where, with which method and body, and
// what caused it. The rest of the request (its fields, its cookies) follows from this
// and the browser's state (request.h).
#pragma once
#include <optional>
#include <string>
#include "http/url.h"

namespace cl::agent {

struct Navigation {
  std::string method = "GET";
  http::Url url;
  std::string body;                    // form-encoded when method is POST
  std::optional<http::Url> initiator;  // the page that caused it; empty = typed in the address bar
  bool top_level = true;               // a page to show; false: a subresource (an image)
  bool follow_redirects = true;        // a lesson may stop at the 3xx to look at it
};

}  // namespace cl::agent

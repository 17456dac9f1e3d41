// Following a redirect (RFC 9110 15.4): the request a browser makes by itself after a
// 3xx response with a Location field.
#pragma once
#include <optional>
#include <string_view>
#include "browser/navigation.h"

namespace cl::agent {

// Redirects followed after the first request of a navigation; the next 3xx is shown
// as it is. (Fetch allows 20; a lesson's loop is plain after a few.)
constexpr int kMaxRedirects = 10;

// The request after a response with `status` and Location `location` to `nav`, or
// none when there is no redirect to follow: `nav` does not follow them, the status is
// not 3xx, the Location is missing or does not resolve against nav.url. RFC 9110
// 15.4: after 301, 302 and 303 a POST becomes a GET without its body (what browsers
// do, and 303 means); 307 and 308 repeat the method and the body. The initiator and
// whether it is a page stay the navigation's.
std::optional<Navigation> redirect_hop(const Navigation& nav, int status, std::string_view location);

}  // namespace cl::agent

#include "browser/redirect.h"

namespace cl::agent {

std::optional<Navigation> redirect_hop(const Navigation& nav, int status, std::string_view location) {
  if (!nav.follow_redirects || status < 300 || status > 399 || location.empty()) return std::nullopt;
  std::optional<http::Url> next = http::resolve_url(nav.url, location);
  if (!next) return std::nullopt;
  Navigation hop = nav;
  if (status != 307 && status != 308) {
    hop.method = "GET";
    hop.body.clear();
  }
  hop.url = std::move(*next);
  return hop;
}

}  // namespace cl::agent

#include "browser/navigate.h"

#include "browser/redirect.h"
#include "browser/subresources.h"

namespace cl::agent {

void navigate(Network& net, const Settings& settings, Navigation nav) {
  Fetched last = fetch(net, settings, nav, false);
  for (int hop = 0; hop < kMaxRedirects; ++hop) {
    std::optional<Navigation> next = redirect_hop(nav, last.status, last.location);
    if (!next) break;
    nav = std::move(*next);
    last = fetch(net, settings, nav, true);
  }
  // The page is the last one fetched: its address is nav's.
  for (const Navigation& image : image_requests(nav.url, last.images)) fetch(net, settings, image, false);
}

}  // namespace cl::agent

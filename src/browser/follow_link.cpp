#include "browser/follow_link.h"

namespace cl::agent {

std::optional<Navigation> follow_link(const BrowserState& state, std::string_view link) {
  if (!state.location) return std::nullopt;
  for (const page::Link& l : state.page().links) {
    if (l.text != link && l.href != link) continue;
    std::optional<http::Url> url = http::resolve_url(*state.location, l.href);
    if (!url) return std::nullopt;
    Navigation nav;
    nav.url = std::move(*url);
    nav.initiator = *state.location;
    return nav;
  }
  return std::nullopt;
}

}  // namespace cl::agent

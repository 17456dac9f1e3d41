#include "browser/subresources.h"

namespace cl::agent {

bool may_embed_images(std::string_view html) {
  for (std::size_t p = html.find('<'); p != std::string_view::npos; p = html.find('<', p + 1))
    if (p + 4 <= html.size() && (html[p + 1] | 0x20) == 'i' && (html[p + 2] | 0x20) == 'm' &&
        (html[p + 3] | 0x20) == 'g')
      return true;
  return false;
}

std::vector<Navigation> image_requests(const http::Url& page_url, const std::vector<std::string>& images) {
  std::vector<Navigation> requests;
  for (const std::string& src : images) {
    std::optional<http::Url> url = http::resolve_url(page_url, src);
    if (!url) continue;
    Navigation& sub = requests.emplace_back();
    sub.url = std::move(*url);
    sub.initiator = page_url;
    sub.top_level = false;
  }
  return requests;
}

}  // namespace cl::agent

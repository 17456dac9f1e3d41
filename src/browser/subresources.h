// The images a page embeds. The browser fetches each after the page, as a request
// that is not a top-level navigation: that is how a third-party tracker is reached
// (and why SameSite and third-party blocking matter to it).
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "browser/navigation.h"

namespace cl::agent {

// Whether `html` may embed an image: a scan for "<img", any case. A page without one
// has no subresources and need not be parsed to find out.
bool may_embed_images(std::string_view html);

// The requests for a page's images: each src resolved against the page (one that
// does not resolve is skipped), the page as initiator, not top level.
std::vector<Navigation> image_requests(const http::Url& page_url, const std::vector<std::string>& images);

}  // namespace cl::agent

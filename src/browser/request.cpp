#include "browser/request.h"

namespace cl::agent {

cookie::RequestContext cookie_context(const Navigation& nav, bool block_third_party) {
  cookie::RequestContext ctx;
  ctx.url = nav.url;
  ctx.site_for_cookies = nav.initiator;
  ctx.top_level_navigation = nav.top_level;
  ctx.method = nav.method;
  ctx.block_third_party = block_third_party;
  return ctx;
}

std::string host_header(const http::Url& url) {
  return url.default_port() ? url.host : url.host + ":" + std::to_string(url.port);
}

http::Request build_request(std::string_view user_agent, const Navigation& nav, const std::string& cookie_header,
                            std::string_view accept_language) {
  http::Request req;
  req.method = nav.method;
  req.target = nav.url.target();
  req.headers.add("Host", host_header(nav.url));
  req.headers.add("User-Agent", std::string(user_agent));
  req.headers.add("Accept", nav.top_level ? "text/html" : "image/*");
  if (nav.initiator) req.headers.add("Referer", nav.initiator->origin() + nav.initiator->path);
  if (nav.method == "POST") {
    req.headers.add("Origin", nav.initiator ? nav.initiator->origin() : nav.url.origin());
    req.headers.add("Content-Type", "application/x-www-form-urlencoded");
    req.headers.add("Content-Length", std::to_string(nav.body.size()));
    req.body = nav.body;
  }
  if (!accept_language.empty()) req.headers.add("Accept-Language", std::string(accept_language));
  if (!cookie_header.empty()) req.headers.add("Cookie", cookie_header);
  return req;
}

std::string_view accept_language_for(std::string_view language) {
  // Chrome adds the base language after a regional one, and English after the
  // chosen language, each a tenth lower.
  if (language == "ko") return "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
  if (language == "en") return "en-US,en;q=0.9";
  return {};
}

}  // namespace cl::agent

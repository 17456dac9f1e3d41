// The request message a browser sends for a navigation, and the context its jar
// chooses the cookies in.
#pragma once
#include <string>
#include <string_view>
#include "browser/navigation.h"
#include "cookie/jar.h"
#include "http/message.h"

namespace cl::agent {

// What the jar needs to choose the cookies of this request (RFC 6265 5.4; SameSite
// as 6265bis 5.2 reads the initiator and whether it is a top-level navigation).
cookie::RequestContext cookie_context(const Navigation& nav, bool block_third_party);

// RFC 9110 7.2: the host, and the port when it is not the scheme's default.
std::string host_header(const http::Url& url);

// The message, fields in the order a browser writes them: Host, User-Agent, Accept
// (a page or an image), Referer when a page caused it; for a POST its Origin and the
// form's body (RFC 9110 8.6: Content-Length given); Accept-Language when the browser
// has one (RFC 9110 12.5.4; Chrome writes it just before Cookie); the jar's Cookie
// field last ("" = none, RFC 6265 5.4: one Cookie field).
http::Request build_request(std::string_view user_agent, const Navigation& nav, const std::string& cookie_header,
                            std::string_view accept_language = {});

// What a browser whose interface is in `language` ("en", "ko") sends, as Chrome
// does with that one language chosen: "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7".
std::string_view accept_language_for(std::string_view language);

}  // namespace cl::agent

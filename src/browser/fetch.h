// One exchange as a browser makes it: the jar's cookies in a request, the request
// sent, the response's cookies taken, its page shown.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "browser/navigation.h"
#include "browser/network.h"
#include "page/page.h"

namespace cl::agent {

// What the browser itself is, for the requests it makes: from scenario::BrowserSpec,
// and whether the jar says why it left each cookie out (it costs time).
struct Settings {
  std::string_view user_agent;
  bool block_third_party = false;
  bool explain = true;
  std::string_view accept_language;  // the Accept-Language field ("" sends none)
};

// What the browser takes from a response for what it does next.
struct Fetched {
  int status = 0;
  std::string location;             // the Location field; "" when none
  std::vector<std::string> images;  // the <img src> of the page shown, when it has any
};

// Sends `nav` through `net` and reads the response: RFC 6265 5.4, the jar's cookies
// for it (expired ones evicted first); 5.3, each Set-Cookie field processed on its
// own, in order; a top-level response becomes the page shown ("can't reach" when
// nobody answered). Using a closed browser opens it again.
Fetched fetch(Network& net, const Settings& settings, const Navigation& nav, bool redirect_follow);

// A raw request: `bytes` go out as written, so the jar adds nothing to them, but
// the response's cookies are taken like any response's.
void fetch_raw(Network& net, const Settings& settings, const Navigation& nav, const std::string& bytes);

// The page a browser makes when no server answers for the host.
// In the browser's own language: the one it asks the sites for (Settings::accept_language).
page::Page unreachable_page(const http::Url& url, Lang lang = Lang::En);

}  // namespace cl::agent

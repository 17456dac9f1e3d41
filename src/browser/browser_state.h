// One browser as it stands after a step: its name, its jar, whether it is open and
// the page it shows. A value: the timeline keeps the state after every step that
// changed it, and the steps after share it (see sim/timeline.h).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include "cookie/jar.h"
#include "http/url.h"
#include "page/page.h"

namespace cl::agent {

struct BrowserState {
  std::string name;  // the User-Agent is the scenario's (BrowserSpec): it never changes
  cookie::CookieJar jar;
  bool open = true;
  std::shared_ptr<const http::Url> location;  // the page shown (shared: the same addresses recur)
  int status = 0;                             // of the page shown
  // Third-party cookie blocking as a what-if set it (nullopt: the scenario's BrowserSpec).
  std::optional<bool> block_third_party;

  // The page shown. It is read from the response that drew it (shared with that
  // step's exchange, not copied) the first time someone looks: most states on a
  // long timeline are never displayed, and parsing each would cost time and memory.
  const page::Page& page() const;
  void show_response(std::shared_ptr<const std::string> body);  // the HTML of the page
  void show_page(page::Page page);                              // a page the browser makes itself ("can't reach")
  void show_blank();

 private:
  std::shared_ptr<const std::string> response_;
  mutable std::shared_ptr<const page::Page> parsed_;
};

}  // namespace cl::agent

// What the learner does to the browser itself rather than through a page: close it
// and open it again, clear its cookies, edit its jar by hand (DevTools) or by a
// page's script (document.cookie), and what time alone does to the jar.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>
#include "base/time.h"
#include "browser/browser_state.h"
#include "cookie/cookie.h"
#include "cookie/jar.h"

namespace cl::agent {

// Closing the browser ends its session: RFC 6265 5.3 step 3, a cookie without
// Expires or Max-Age lasts "until the current session is over". Returns those that went.
std::vector<cookie::Cookie> close(BrowserState& state);
// Opens it again on a blank page; the persistent cookies are still in the jar.
void reopen(BrowserState& state);
// Empties the jar; returns how many cookies it held.
std::size_t clear_cookies(BrowserState& state);

// One Set-Cookie line stored as if received from `url`, by hand or by a script of
// that page (a "non-HTTP API", so RFC 6265 5.3 step 10 refuses an HttpOnly one).
cookie::SetDecision set_cookie(BrowserState& state, const http::Url& url, std::string_view line, bool from_script,
                               TimeMs now);
// Deletes the cookies named `name`, only those of `domain` and `path` when given;
// returns how many.
int delete_cookies(BrowserState& state, std::string_view name, std::string_view domain, std::string_view path);
// Copies `from`'s cookies named `name` into `to`'s jar as they are (a stolen
// session cookie), created and last used `now`; returns how many.
int copy_cookies(const BrowserState& from, BrowserState& to, std::string_view name, TimeMs now);

// Whether the jar holds a cookie expired at `now` (RFC 6265 5.3: the user agent
// evicts those whenever it likes; the program does when time passes).
bool holds_expired_cookies(const BrowserState& state, TimeMs now);

}  // namespace cl::agent

#include "browser/controls.h"

#include "cookie/domain.h"

namespace cl::agent {

namespace {

void show_nothing(BrowserState& state) {
  state.location.reset();
  state.show_blank();
  state.status = 0;
}

}  // namespace

std::vector<cookie::Cookie> close(BrowserState& state) {
  std::vector<cookie::Cookie> gone = state.jar.drop_session_cookies();
  state.open = false;
  show_nothing(state);
  return gone;
}

void reopen(BrowserState& state) {
  state.open = true;
  show_nothing(state);
}

std::size_t clear_cookies(BrowserState& state) {
  const std::size_t n = state.jar.size();
  state.jar.clear();
  return n;
}

cookie::SetDecision set_cookie(BrowserState& state, const http::Url& url, std::string_view line, bool from_script,
                               TimeMs now) {
  cookie::RequestContext ctx;
  ctx.url = url;
  ctx.from_script = from_script;
  state.jar.remove_expired(now);
  return state.jar.set_cookie(ctx, line, now);
}

int delete_cookies(BrowserState& state, std::string_view name, std::string_view domain, std::string_view path) {
  int removed = 0;
  for (const cookie::Cookie& c : state.jar.all()) {
    if (c.name != name) continue;
    if (!domain.empty() && c.domain != cookie::canonicalize_host(domain)) continue;
    if (!path.empty() && c.path != path) continue;
    removed += state.jar.erase(c.name, c.domain, c.path) ? 1 : 0;
  }
  return removed;
}

int copy_cookies(const BrowserState& from, BrowserState& to, std::string_view name, TimeMs now) {
  // A copy first: `from` and `to` may be the same browser.
  const std::vector<cookie::Cookie> theirs = from.jar.all();
  int copied = 0;
  for (cookie::Cookie c : theirs) {
    if (c.name != name) continue;
    c.creation = c.last_access = now;
    to.jar.put(c);
    ++copied;
  }
  return copied;
}

bool holds_expired_cookies(const BrowserState& state, TimeMs now) {
  bool any = false;
  for (const cookie::Cookie& c : state.jar.all()) any = any || c.expired(now);
  return any;
}

}  // namespace cl::agent

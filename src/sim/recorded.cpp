// World::record_exchange: an exchange a real browser made, on the timeline as if
// ours had made it. The bytes are the real ones; the jar is the engine's.
#include <utility>
#include "base/text.h"
#include "browser/controls.h"
#include "http/message.h"
#include "sim/world.h"

namespace cl::sim {

namespace {

cookie::RequestContext context_of(const RecordedExchange& r) {
  cookie::RequestContext ctx;
  ctx.url = r.url;
  ctx.method = r.method;
  ctx.top_level_navigation = r.top_level;
  ctx.site_for_cookies = r.site_for_cookies;
  return ctx;
}

}  // namespace

cookie::SendResult World::would_send(int browser, const cookie::RequestContext& ctx, TimeMs now) const {
  cookie::CookieJar jar = browsers_[static_cast<std::size_t>(browser)]->jar;  // shares the store until changed
  jar.remove_expired(now);
  return jar.cookies_for(ctx, now, true);
}

std::size_t World::record_exchange(RecordedExchange r) {
  // The capture's clock: expiry and the order of the Cookie header are read against
  // the times the real exchanges happened (the caller gives them in time order).
  if (r.time > now_) now_ = r.time;
  const int b = r.browser;
  auto state = std::make_shared<BrowserState>(*browsers_[static_cast<std::size_t>(b)]);
  state->open = true;
  const cookie::RequestContext ctx = context_of(r);
  state->jar.remove_expired(now_);
  for (const std::string& line : r.adopt) agent::set_cookie(*state, r.url, line, false, now_);
  // RFC 6265 5.4: what the engine chooses for this request (its last-access times
  // move as if it had been sent), set against the real header by the caller.
  cookie::SendResult sent = state->jar.cookies_for(ctx, now_, options_.explain);

  ExchangeStore& store = timeline_.store();
  ExchangeStore::Place& here = store.place(b, r.url);
  Exchange ex;
  ex.browser = b;
  ex.url = here.url();
  ex.method = r.method;
  ex.time = now_;
  ex.redirect_follow = r.redirect_follow;
  ex.request = store.texts().intern(r.request);
  if (!sent.sent.empty()) ex.cookies.list = store.sent_cookies(b, std::move(sent.sent));
  ex.cookies.excluded = std::move(sent.excluded);
  ex.server = server_for_host(r.url.host);
  ex.route = "recorded";
  if (r.answered) {
    ex.status = r.status;
    ex.head = store.head(here, r.response_head);
    ex.response_body = store.body(here, r.response_body);
    // RFC 6265 5.3: each Set-Cookie field on its own, in order, at the entry's time.
    for (const http::Field& f : ex.response_fields())
      if (iequals_ascii(f.name, "Set-Cookie"))
        ex.set_cookies.push_back(SetCookieReport::kept(f.value, state->jar.set_cookie(ctx, f.value, now_)));
  }
  if (r.top_level) {
    state->location = ex.url;
    state->status = ex.status;
    if (ex.response_body) state->show_response(ex.response_body);
  }
  browsers_[static_cast<std::size_t>(b)] = state;

  Timeline::Delta delta;
  delta.now = now_;
  delta.ids = ids_.state();
  delta.browsers.emplace_back(b, state);
  take_session_changes(delta);

  Step step;
  step.action = r.method == "POST" && r.top_level ? scenario::Action::Post
                : r.top_level                     ? scenario::Action::Visit
                                                  : scenario::Action::Raw;
  step.browser = b;
  if (!r.narration.empty()) step.narration = timeline_.store().texts().intern(r.narration);
  step.exchange = std::move(ex);
  step.differences = std::move(r.differences);
  step.time = now_;
  const std::size_t index = timeline_.size();
  timeline_.push(std::move(step), std::move(delta));
  return index;
}

}  // namespace cl::sim

// World::record_live: a real client's exchange on the timeline (`cookielab FILE
// --serve`). The servers already answered it (serve::LiveServer, under its lock);
// here it only becomes a step like any other, so the window's panels show it.
#include <utility>
#include "base/text.h"
#include "cookie/jar.h"
#include "sim/world.h"

namespace cl::sim {

namespace {

// What an RFC 6265 user agent would make of each Set-Cookie line on its own, in a
// jar of its own: the real client keeps its jar to itself, but whether a line is
// stored or ignored for this URL (and why) is what the learner looks for (RFC 6265
// 5.2 and 5.3: each field is processed separately, in order).
std::vector<SetCookieReport> set_cookie_reports(const Exchange& ex, TimeMs now) {
  std::vector<SetCookieReport> reports;
  if (!ex.answered() || ex.url->host.empty()) return reports;
  cookie::CookieJar jar;
  cookie::RequestContext ctx;
  ctx.url = *ex.url;
  ctx.method = ex.method;
  for (const http::Field& f : ex.response_fields()) {
    if (!iequals_ascii(f.name, "Set-Cookie")) continue;
    reports.push_back(SetCookieReport::kept(f.value, jar.set_cookie(ctx, f.value, now)));
  }
  return reports;
}

}  // namespace

std::size_t World::record_live(Exchange exchange, Bilingual narration) {
  // The exchange happened on the real clock; the world's clock follows it, so the
  // session rows' expiry is read against the time they were written.
  now_ = exchange.time;
  // A real client is none of the scenario's browsers: no jar of ours changes.
  exchange.browser = -1;
  if (exchange.set_cookies.empty()) exchange.set_cookies = set_cookie_reports(exchange, now_);
  // The same bytes recur (a client asking for the same page): pooled like ours.
  if (exchange.request) exchange.request = timeline_.store().texts().intern(*exchange.request);
  if (exchange.response_body) exchange.response_body = timeline_.store().texts().intern(*exchange.response_body);
  exchange.events = timeline_.store().texts().intern(*exchange.events);

  Timeline::Delta delta;
  delta.now = now_;
  delta.ids = ids_.state();
  take_session_changes(delta);

  Step step;
  step.action = scenario::Action::Raw;  // bytes a client wrote, not a browser of ours
  step.browser = -1;
  step.narration = std::move(narration);
  step.exchange = std::move(exchange);
  step.time = now_;
  const std::size_t index = timeline_.size();
  timeline_.push(std::move(step), std::move(delta));
  return index;
}

}  // namespace cl::sim

#include "app/logic/browser_view.h"
#include "base/text.h"
#include "http/message.h"

namespace cl::app {

BrowserView browser_view(const Lesson& lesson, int browser) {
  BrowserView v;
  const sim::Snapshot& after = lesson.after();
  if (browser < 0 || static_cast<std::size_t>(browser) >= after.browsers.size() || !after.browsers[browser]) return v;
  const sim::BrowserState& b = *after.browsers[browser];
  if (b.location) v.address = b.location->to_string();
  const sim::Step* step = lesson.step();
  if (step && step->exchange && step->exchange->browser == browser) {
    v.address = step->exchange->url->to_string();
    v.waiting = lesson.outcome_hidden();
  }
  if (v.waiting || !b.location || b.status < 300 || b.status > 399) return v;
  // The response that drew the page: this browser's last exchange up to the shown step.
  const auto& steps = lesson.world()->timeline().steps();
  for (std::size_t i = std::min(lesson.position(), steps.size()); i-- > 0;) {
    const auto& x = steps[i].exchange;
    if (!x || x->browser != browser) continue;
    if (x->status != b.status) break;
    v.redirect_status = std::to_string(x->status);
    const std::string_view phrase = http::reason_phrase(x->status);
    if (!phrase.empty()) v.redirect_status.append(" ").append(phrase);
    for (const http::Field& f : x->response_fields())
      if (iequals_ascii(f.name, "Location")) v.redirect_to = f.value;
    break;
  }
  return v;
}

}  // namespace cl::app

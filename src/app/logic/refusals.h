// The Set-Cookie lines a step's browser refused (RFC 6265 5.3: "ignore the cookie
// entirely"), for the marks where the eye already is: a line under the jar's table
// and a mark on the inspector's Set-Cookie line. Read from the timeline's reports, so
// the narration, the jar and the inspector cannot disagree.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "cookie/reason.h"
#include "sim/timeline.h"

namespace cl::app {

struct Refusal {
  std::string name;  // the cookie's name; the whole line when it had none
  std::string line;  // the Set-Cookie value as received
  cookie::Reason reason = cookie::Reason::None;
};

std::vector<Refusal> refused_set_cookies(const sim::Exchange& exchange);

// "refused: everywhere, The Domain attribute is a public suffix ..." (거부됨: ...),
// the jar's line under its table.
std::string refusal_line(const Refusal& refusal, Lang lang);
// Why, with the rule that refused it and Chromium's name for it: the tooltip.
std::string refusal_detail(const Refusal& refusal, Lang lang);
// "<label>: <why>", then the rule ("RFC 6265 5.4절 1단계" in Korean) and Chromium's name
// for the reason: the tooltip of a refused Set-Cookie and of a cookie left out of a request.
std::string reason_detail(std::string_view label, cookie::Reason reason, Lang lang);

// The refusal of the inspector's header line "Set-Cookie: VALUE", or null when that
// line's cookie was kept. Matched by the value as received (whitespace around it aside).
const Refusal* refusal_for_line(std::string_view header_line, const std::vector<Refusal>& refusals);

}  // namespace cl::app

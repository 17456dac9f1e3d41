// A scenario step's expectations, checked against what really happened.
#pragma once
#include <vector>
#include "base/message.h"
#include "scenario/scenario.h"
#include "sim/timeline.h"

namespace cl::sim {

class World;

// `steps` are the timeline steps the scenario step produced (first exchange first);
// `manual` the decisions of cookies set by hand or by script in that step.
std::vector<ExpectationResult> evaluate_expectations(const World& world, const scenario::Step& step,
                                                     const std::vector<Step>& steps,
                                                     const std::vector<SetCookieReport>& manual);

// What a check expects, as a phrase of sim/check_messages.h: "sessionid is sent" / "sessionid 쿠키를 보냄".
Message describe_check(const ExpectationResult& check);
// What the check saw, for the learner: `seen` in either language. The values (names,
// numbers, page text) stay as they are; only the words the check itself put in are
// translated: a form without an action is "(this page)" / "(이 페이지)".
Message describe_seen(const ExpectationResult& check);

// Who `browser` is at `server` now: its session cookie looked up ("" = nobody).
std::string logged_in_as(const World& world, int browser, int server);

}  // namespace cl::sim

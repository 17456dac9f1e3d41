// What the engine and the server decided, in sentences for the learner (English
// and Korean), generated from the decisions themselves so they can never disagree.
#pragma once
#include <string>
#include <utility>
#include <vector>
#include "base/text.h"
#include "cookie/jar.h"
#include "scenario/scenario.h"
#include "sim/timeline.h"

namespace cl::sim {

// One line per cookie decision: "sessionid: stored (host-only shop.example, path /, expires ...)".
Bilingual describe_decision(const cookie::SetDecision& d);
// "theme: left out — the path /blog does not path-match /shop (RFC 6265 5.1.4)".
Bilingual describe_exclusion(const cookie::Exclusion& e);
// "expires 2026-03-16T09:00:00Z" or "session cookie".
std::string describe_lifetime(const cookie::Cookie& c);

// What happened in a timeline step, in sentences: the stored explanation of a plain
// step, or one generated from an exchange's decisions.
Bilingual explain(const scenario::Scenario& sc, const Step& step);

// "1d 2h" / "1일 2시간".
Bilingual describe_duration(TimeMs span);
// What an action is called: "visit" / "방문".
Bilingual action_label(scenario::Action action);

Bilingual explain_exchange(const Exchange& ex, const scenario::Scenario& sc, const Bilingual& server_said);
Bilingual explain_close(const std::vector<cookie::Cookie>& dropped);
Bilingual explain_reopen(std::size_t kept);
Bilingual explain_clear(std::size_t removed);
Bilingual explain_manual_set(const std::string& line, const cookie::SetDecision& d, bool from_script);
Bilingual explain_delete_cookie(const std::string& name, int removed);
Bilingual explain_copy_cookie(const std::string& name, const Bilingual& from_browser, int copied);
Bilingual explain_delete_sessions(const Bilingual& user, std::size_t removed);  // user: as each language names them
Bilingual explain_wait(TimeMs span, const std::vector<std::pair<Bilingual, cookie::Cookie>>& expired);
Bilingual explain_no_form(const std::string& which);
Bilingual explain_no_link(const std::string& which);

}  // namespace cl::sim

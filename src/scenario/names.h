// What the learner sees a user or a browser called, in their language: the
// scenario's `display` names (앨리스 for alice in Korean), else the identifier the
// file uses. Explanations, transcripts and the window ask here; a form still types
// the username, and steps still name browsers by `name`.
#pragma once
#include <string>
#include "base/text.h"
#include "scenario/scenario.h"

namespace cl::scenario {

// User `username` of server `server` (any server when -1); the username when no
// server has such a user.
const std::string& user_shown(const Scenario& s, int server, const std::string& username, Lang lang);
// Browser `index`; "" for a client that is none of the scenario's browsers (-1).
const std::string& browser_shown(const Scenario& s, int index, Lang lang);

}  // namespace cl::scenario

// A what-if change (scenario/change.h) made to the world, and said in words. The
// World's step of action "change" calls these; whatif/ names a branch's change with
// describe_change().
#pragma once
#include <string>
#include "base/text.h"
#include "base/time.h"
#include "browser/browser_state.h"
#include "scenario/change.h"
#include "server/server.h"

namespace cl::sim {

// The change in words, for the learner: "sessionid in alice's jar: HttpOnly off" /
// "alice의 쿠키 저장소에 있는 sessionid: HttpOnly 끔". `browser` names the browser a
// change without one speaks of.
Bilingual describe_change(const scenario::Change& change, const std::string& browser);

// A cookie's attributes edited in the jar, as DevTools edits them (no rule of RFC 6265
// 5.3 refuses an edit by hand), or the cookie deleted. Returns how many cookies of
// that name it changed.
int apply_cookie_change(agent::BrowserState& browser, const scenario::Change& change, TimeMs now);
// Whether the jar holds a cookie the change speaks of.
bool jar_has(const agent::BrowserState& browser, const scenario::Change& change);

// The browser's own settings (its policy, third-party blocking).
void apply_browser_change(agent::BrowserState& browser, const scenario::Change& change);

// What a server change overrides.
server::ServerOverrides server_overrides(const scenario::Change& change);

}  // namespace cl::sim

// The "What if..." editor as a plain value: what the learner picked in the small
// window (which kind of change, which cookie, server or browser, each setting left
// as it is or changed), turned into one scenario::Change through the change syntax
// of scenario/change.h, so the window, `cookielab run --what-if` and a saved branch
// read the same words and the parser's error (a bad duration) is the learner's.
#pragma once
#include <cstddef>
#include <string>
#include <vector>
#include "scenario/change.h"
#include "sim/world.h"

namespace cl::app {

// A yes/no setting the learner may also leave as the lesson has it.
enum class Keep3 { Keep, Off, On };

// Choices of a lifetime: kept, a session cookie (no Max-Age/Expires), or a span.
enum class LifeChoice { Keep, Session, After };
// SameSite: kept, the attribute dropped, or one of the three values.
enum class SameSiteChoice { Keep, Unset, Lax, Strict, None };
enum class PolicyChoice { Keep, Rfc6265, Chromium };

struct WhatIfForm {
  int at = 1;  // the lesson step the change comes before (from 1)
  scenario::Change::Kind kind = scenario::Change::Kind::Cookie;
  std::string browser;  // cookie, delete, browser, close
  // cookie, delete
  std::string cookie;
  bool set_value = false, set_domain = false, set_path = false;
  std::string value, domain, path;  // domain "" makes the cookie host-only
  LifeChoice expires = LifeChoice::Keep;
  std::string expires_after = "1h";
  Keep3 secure = Keep3::Keep, http_only = Keep3::Keep;
  SameSiteChoice same_site = SameSiteChoice::Keep;
  // server
  std::string server;
  Keep3 cookie_http_only = Keep3::Keep, cookie_secure = Keep3::Keep;
  SameSiteChoice cookie_same_site = SameSiteChoice::Keep;
  LifeChoice max_age = LifeChoice::Keep;
  std::string max_age_after = "1h";
  Keep3 renew_key = Keep3::Keep, csrf = Keep3::Keep;
  bool set_session_age = false;
  std::string session_age = "30m";
  // browser
  PolicyChoice policy = PolicyChoice::Keep;
  Keep3 block_third_party = Keep3::Keep;  // On: third-party cookies blocked
  // wait
  std::string wait = "1h";
  bool operator==(const WhatIfForm&) const = default;
};

// The form in the change syntax ("cookie:sessionid@alice:httponly=false").
std::string form_text(const WhatIfForm& form);
// The change it makes, or the parser's error (an empty setting list is one too).
scenario::ParsedChange form_change(const WhatIfForm& form);

// The lesson step shown at a timeline position (from 1; 0 at the start): the step
// of the last entry shown. Entries no scenario step made (a live client's) count as
// the step before them.
int lesson_step_at(const sim::World& lesson, std::size_t position);
// Where "What if..." at the shown position forks: the change comes after the shown
// step, before the next one (the last step when the last one is shown).
int fork_step_at(const sim::World& lesson, std::size_t position);
// The timeline position that shows lesson step `step` whole (its last entry).
std::size_t position_of_step(const sim::World& lesson, int step);

// The form as it opens at a shown position: that fork step, the shown browser, the
// first cookie of its jar at the fork, the first server.
WhatIfForm form_at(const sim::World& lesson, std::size_t position, int browser);
// The cookie names in a browser's jar just before step `at` (what the form offers).
std::vector<std::string> cookie_names_before(const sim::World& lesson, int at, const std::string& browser);

}  // namespace cl::app

// What changed in a step, for the jar and session panels to mark: the cookies
// sent, the cookies new or changed, the session rows touched, the expired ones.
#pragma once
#include <string>
#include <vector>
#include "base/time.h"
#include <optional>
#include "cookie/cookie.h"
#include "cookie/reason.h"
#include "server/server.h"
#include "sim/timeline.h"

namespace cl::app {

enum class Change { Same, New, Changed, Removed };

struct CookieRow {
  cookie::Cookie cookie;
  bool sent = false;  // in this step's Cookie header
  Change change = Change::Same;
  bool expired = false;  // persistent and past its expiry (RFC 6265 5.3: removed before use)
  // Left out of this step's request, and why (RFC 6265 5.4 step 1, 6265bis 5.8.3);
  // filled by the jar panel from the step's exclusions (exclusion_reason).
  std::optional<cookie::Reason> not_sent;
};

// Rows for the jar after the step (the order of `after`), then the cookies the step
// removed (Change::Removed). A cookie whose only difference is its last-access time
// counts as the same: sending a cookie updates it (RFC 6265 5.4 step 3).
std::vector<CookieRow> cookie_rows(const std::vector<cookie::Cookie>& before, const std::vector<cookie::Cookie>& after,
                                   const std::vector<cookie::Cookie>& sent, TimeMs now);

// The flags of a cookie as short badges beside its name, so they stay visible in a
// narrow jar: "S" Secure (RFC 6265 4.1.2.5: https only), "H" HttpOnly (4.1.2.6: not
// for scripts), then the SameSite value (6265bis 4.1.2.7) when one was given.
struct CookieBadge {
  std::string text;       // "S", "H", "Lax", "Strict", "None"
  std::string attribute;  // "Secure", "HttpOnly", "SameSite" (the tooltip names it)
};
std::vector<CookieBadge> cookie_badges(const cookie::Cookie& cookie);

struct SessionRowView {
  server::SessionRow row;
  Change change = Change::Same;
  bool expired = false;  // still in the table, but a lookup would treat it as absent
  // The row the server looked up for this step's request and found (its "session-found"
  // event; the key is the one the request's cookie carried), and the server's words on it.
  bool found = false;
  Bilingual found_why;
};

// Rows of `after` in key order, then rows the step deleted.
std::vector<SessionRowView> session_rows(const sim::SessionTable& before, const sim::SessionTable& after, TimeMs now);

}  // namespace cl::app

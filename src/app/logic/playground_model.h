// The cookie playground panel's logic, without a screen: the learner's request
// URL, Set-Cookie lines and a second URL go in; out comes everything the panel
// draws: each line parsed (which attributes counted, and why not), the jar's
// decision with its reason (RFC section, Chromium's DevTools name), the jar after,
// and the Cookie header the second URL would carry with a reason for every cookie
// left out. The same engine calls as `cookielab cookies` (cookie/playground.h).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "base/time.h"
#include "cookie/jar.h"

namespace cl::app {

struct PlaygroundInput {
  cookie::Policy policy = cookie::Policy::Rfc6265;
  bool from_step_jar = true;  // start from the shown step's jar; false: an empty jar
  std::string url;            // the response to this URL carried the lines
  std::string set_cookies;    // one Set-Cookie value per line ("Set-Cookie:" may lead)
  std::string second_url;     // the request whose Cookie header is shown; "" = url
  // The second request's context: RFC 6265bis 5.2 decides same-site from the page
  // that makes it; SameSite=Lax (5.8.3) still goes on a top-level GET.
  std::string second_site;  // the page it comes from; "" = the same site
  bool second_top_level = true;
  bool second_post = false;
  bool operator==(const PlaygroundInput&) const = default;
};

// A filled-in example: a few lines that show stored, refused and replaced cookies.
PlaygroundInput playground_example();

struct PlaygroundAttribute {
  std::string name, value;
  bool used = true;
  Bilingual note;         // why it was ignored (ParsedAttribute::note, translated)
  Bilingual explanation;  // what the attribute does (as the inspector's tooltip says)
  // This attribute got the cookie refused (Domain=co.kr, SameSite=None without
  // Secure): the mark is the refusal's, with the reason, not a check.
  bool refused = false;
};

// What the other policy (rfc6265 against chromium) decides for a line, kept only
// when it differs from this policy's decision: the learner sees that Chrome refuses
// SameSite=None without Secure although RFC 6265 stores it.
struct PlaygroundOther {
  cookie::Policy policy = cookie::Policy::Chromium;
  cookie::SetOutcome outcome = cookie::SetOutcome::Ignored;
  cookie::Reason reason = cookie::Reason::None;
  Bilingual verdict;
  std::string rfc;
};

struct PlaygroundLine {
  std::size_t line_number = 0;  // 1-based, in the text box
  std::string text;             // the Set-Cookie value as given (prefix removed)
  cookie::SetDecision decision;
  std::vector<PlaygroundAttribute> attributes;
  Bilingual verdict;                     // the outcome in a sentence: the reason, or what was stored
  std::string rfc;                       // the section that decides it
  std::string chromium;                  // DevTools' name for the reason ("" when none)
  std::optional<PlaygroundOther> other;  // the other policy's decision, when it differs
};

struct PlaygroundExclusion {
  cookie::Cookie cookie;
  cookie::Reason reason = cookie::Reason::None;
  Bilingual why;
  std::string rfc, chromium;
};

struct PlaygroundResult {
  Bilingual url_error;     // the request URL is not an http(s) URL: nothing was set
  Bilingual second_error;  // the second URL (or its page) is not one: no header
  std::vector<PlaygroundLine> lines;
  std::vector<cookie::Cookie> jar;  // after the lines, in the jar's order
  std::optional<http::Url> second;  // the URL the header is for
  std::string cookie_header;        // "a=b; c=d" ("" when nothing is sent)
  std::vector<cookie::Cookie> sent;
  std::vector<PlaygroundExclusion> excluded;
  // The Cookie header under the other policy, when it differs ("" = nothing sent).
  std::optional<std::string> other_header;
  cookie::Policy other_policy = cookie::Policy::Chromium;
};

// The attribute (its index in `parsed.attributes`) whose value got the line
// refused: Domain for a public suffix or another site's domain, SameSite for None
// without Secure, Secure from http, Max-Age or Expires for a past date. nullopt
// when the reason is no one attribute's (no '=', a control character).
std::optional<std::size_t> refusing_attribute(const cookie::SetDecision& decision);

// The two policies decide a line alike: same outcome and reason and, when stored,
// the same cookie (name, value, where, expiry and flags).
bool same_decision(const cookie::SetDecision& a, const cookie::SetDecision& b);

// One Set-Cookie line's decision, described: attributes with notes, the verdict,
// the RFC section (for stored/replaced/deleted too) and Chromium's name. The
// inspector uses it for the lesson's own Set-Cookie lines.
PlaygroundLine describe_set_cookie(std::size_t line_number, std::string text, cookie::SetDecision decision);

// The section that decides a line's outcome: 5.3 step 11 (stored), 11.3 (replaced,
// deleted), or the refusing rule's (reason_info). For the inspector's list.
std::string set_decision_rfc(const cookie::SetDecision& decision);

// Runs the lines through a copy of `start` (its policy replaced by input.policy)
// at time `now`, then asks for the second URL with explain on. `start` is left
// as it was.
PlaygroundResult run_playground_model(const PlaygroundInput& input, const cookie::CookieJar& start, TimeMs now);

// The Set-Cookie lines of the text box: blank lines skipped, a trailing CR and a
// leading "Set-Cookie:" (any case) removed. Each with its 1-based line number.
std::vector<std::pair<std::size_t, std::string>> set_cookie_lines(std::string_view text);

// The parser's notes (cookie/set_cookie_parser.cpp) in the learner's language;
// an unknown note stays as it is in both.
Bilingual translate_note(std::string_view note);

// For the jar panel: why a cookie of the shown step was not sent, found in the
// step's exclusions by name, domain and path. nullopt when it was not left out.
std::optional<cookie::Reason> exclusion_reason(const cookie::Cookie& c, const std::vector<cookie::Exclusion>& excluded);

}  // namespace cl::app

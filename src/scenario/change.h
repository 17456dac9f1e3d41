// One "what if" change: a thing about the world changed at a step, as the learner
// asks "and what if the cookie had been HttpOnly?". A value: the window builds one
// from its form, `cookielab run --what-if 9:cookie:sessionid:httponly=false` and an
// [[experiment]]'s `change = "..."` parse one from the text syntax below, and a
// scenario step of action "change" carries them (the World applies them there, see
// sim/world.cpp, so a branch saved as a file replays exactly).
//
// The text syntax (scenarios/FORMAT.md, "What if"):
//   cookie:NAME[@BROWSER]:SETTINGS      value, domain, path, expires, secure, httponly, samesite
//   cookie:NAME[@BROWSER]:delete
//   server:SERVER:SETTINGS               httponly, secure, samesite, max-age, renew-key, session-age, csrf
//   browser[:BROWSER]:SETTINGS           policy, third-party
//   close[:BROWSER]                       the browser is closed and opened again
//   wait:DURATION                         the clock moves on
// SETTINGS are KEY=VALUE separated by commas; a spec for the command line puts
// "STEP:" in front (the step it forks at, from 1).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"
#include "base/time.h"
#include "cookie/cookie.h"
#include "cookie/jar.h"

namespace cl::scenario {

// A cookie's lifetime as a change sets it.
struct Lifetime {
  enum class Kind { Session, At, After } kind = Kind::Session;
  TimeMs time = 0;  // At: the expiry; After: how long from the moment of the change
  bool operator==(const Lifetime&) const = default;
};

struct Change {
  enum class Kind { Cookie, DeleteCookie, Server, Browser, CloseReopen, Wait, Count };
  Kind kind = Kind::Cookie;
  std::string browser;  // Cookie, DeleteCookie, Browser, CloseReopen: "" = the first browser
  std::string server;   // Server: its name, or a profile name (the first server of it)

  // Cookie, DeleteCookie: the cookies of this name in the browser's jar. Each
  // setting left empty keeps what the cookie has.
  std::string name;
  std::optional<std::string> value, domain, path;  // domain "" makes it host-only again
  std::optional<Lifetime> expires;
  std::optional<bool> secure, http_only;
  std::optional<cookie::SameSite> same_site;  // Unspecified: no SameSite attribute

  // Server: the attributes of its session cookie's Set-Cookie line, and how it behaves.
  std::optional<bool> cookie_http_only, cookie_secure;
  std::optional<cookie::SameSite> cookie_same_site;  // Unspecified: the attribute dropped
  std::optional<Lifetime> cookie_max_age;            // Session: no Max-Age, no Expires; After: Max-Age
  std::optional<bool> renew_key;                     // a new session key at login
  std::optional<TimeMs> session_age;                 // how long a session row lives
  std::optional<bool> csrf;                          // the CSRF check (off: none)

  // Browser
  std::optional<cookie::Policy> policy;
  std::optional<bool> block_third_party;

  TimeMs duration = 0;  // Wait

  bool operator==(const Change&) const = default;
};

// What a change's kind is called in the syntax: "cookie", "delete", "server", "browser", "close", "wait".
std::string_view change_kind_name(Change::Kind kind);

// A mistake in a change's text: where (a byte offset into the text) and what.
struct ChangeError {
  std::size_t offset = 0;
  Message message;  // a kind of scenario_messages.h
};

struct ParsedChange {
  std::optional<Change> change;  // set when there is no error
  ChangeError error;
};
// One change, as above (no step in front).
ParsedChange parse_change(std::string_view text);

// A command line's `--what-if STEP:CHANGE`.
struct ParsedSpec {
  int at = 0;  // the step it forks at, from 1
  std::optional<Change> change;
  ChangeError error;
};
ParsedSpec parse_what_if_spec(std::string_view text);

// The change written back in the syntax parse_change reads (settings in a fixed
// order), so a saved branch reads as the learner would have typed it.
std::string change_text(const Change& change);

}  // namespace cl::scenario

// The cookie playground: a line protocol to try the engine by hand or in scripts
// (`cookielab cookies`). One command per line, one answer per command: one line,
// but for `jar` (a count, then a line per cookie) and the sentences of explain:
//
//   set URL SET-COOKIE-VALUE   the response from URL carried this Set-Cookie value.
//                              Everything after the single space that follows URL is
//                              the value, byte for byte (spaces, tabs, any bytes).
//   get URL                    the Cookie header a top-level GET of URL would carry.
//   wait DURATION              the clock moves on ("30s", "15m", "2h", "1d", "1h30m").
//   close                      the browser quits: session cookies are dropped.
//   clear                      the jar is emptied.
//   why URL NAME               why each cookie called NAME is or is not sent to URL
//                              (a question: nothing in the jar changes).
//   jar (or list)              the whole jar, one cookie a line, every attribute.
//
// Answers:
//   stored: sid (host-only www.example.com, path /, session)
//   stored: id (domain example.com, path /docs, expires 2026-01-02T00:00:00Z, secure, httponly, samesite=Lax)
//   replaced: sid (host-only www.example.com, path /, session)   same name, domain and path as before
//   deleted: sid (host-only www.example.com, path /)             an expiry in the past removed it
//   ignored: no-equals (RFC 6265 5.2 step 2)                     the reason's id and the rule
//   ... "; evicted: a (domain example.com, path /)" is appended when limits pushed cookies out.
//   Cookie: a=b; c=d                                             or "Cookie:" when none is sent
//   waited 1h: now 2026-01-01T01:00:00Z
//   closed: 2 session cookies dropped
//   cleared: 3 cookies removed
//   error: line 4: unknown command "sett" (expected set, get, why, jar, wait, close or clear)
//   sent: sid (host-only www.example.com, path /)                        why: one clause per cookie
//   not sent: sid (host-only www.example.com, path /): host-only-other-host (RFC 6265 5.4 step 1)
//   not sent: no cookie named sid                                        clauses joined by "; "
//   jar: 2 cookies                                        then one line per cookie, indented:
//     sid=abc; host-only=www.example.com; path=/; expires=session; secure=no; httponly=yes; samesite=unspecified;
//     created=2026-01-01T00:00:00Z id=1; domain=example.com; path=/docs; expires=2026-01-02T00:00:00Z; secure=yes;
//     httponly=no; samesite=Lax; created=...
//   (fields split on "; ": a name, value, domain or path never holds ';')
//
// With explain on (`--explain`, or `--lang ko`), an answer that gives a reason id
// (ignored, not sent) is followed by the reason's sentence (cookie/reason.cpp) on
// the next line, indented by two spaces, in the chosen language. The first line of
// every answer stays as above, so a script reading it is not disturbed.
//
// Spaces or tabs may separate the command from its argument; after the URL of a
// `set`, exactly one space separates it from the value.
// A nameless cookie (Chromium policy, "set URL foo") is shown as (nameless).
// Blank lines and lines starting with '#' are not commands and get no answer. A
// trailing CR (a CRLF line end) is not part of the line.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "base/time.h"
#include "cookie/jar.h"

namespace cl::cookie {

// The clock starts here unless told otherwise: 2026-01-01T00:00:00Z.
inline constexpr TimeMs kPlaygroundStart = 1767225600000;

class Playground {
 public:
  explicit Playground(Policy policy = Policy::Rfc6265, TimeMs start = kPlaygroundStart);

  // One line (without its '\n') -> its answer; "" for a blank or comment line,
  // which is not a command. line_number only appears in error answers.
  std::string answer(std::string_view line, std::size_t line_number);

  const CookieJar& jar() const { return jar_; }
  TimeMs now() const { return now_; }
  // The reason's sentence under each reason id, in `lang` (see above).
  void set_explain(bool explain, Lang lang = Lang::En) {
    explain_ = explain;
    lang_ = lang;
  }

 private:
  CookieJar jar_;
  TimeMs now_;
  bool explain_ = false;
  Lang lang_ = Lang::En;

  std::string why(const http::Url& url, std::string_view name) const;
  std::string list() const;
  std::string sentence(Reason reason) const;  // "\n  The Domain attribute..." or "" when not explaining
};

// Runs a whole text (lines separated by '\n') and returns the answers in order.
std::vector<std::string> run_playground(std::string_view text, Policy policy = Policy::Rfc6265,
                                        TimeMs start = kPlaygroundStart);

// "host-only www.example.com, path /, session": where a cookie lives and for how long.
std::string describe_cookie(const Cookie& c);
// Every attribute, for `jar`: "sid=abc; host-only=www.example.com; path=/; expires=session;
// secure=no; httponly=yes; samesite=unspecified; created=2026-01-01T00:00:00Z".
std::string describe_cookie_fully(const Cookie& c);

}  // namespace cl::cookie

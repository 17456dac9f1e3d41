// A lesson as data: the servers, the browsers and the steps a scenario file
// describes. Loading and checking the file is in scenario/load.h; running it is sim/.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "base/time.h"
#include "cookie/jar.h"
#include "http/form.h"
#include "scenario/change.h"
#include "server/server.h"

namespace cl::scenario {

struct SourcePos {
  int line = 0, column = 0;
};

struct BrowserSpec {
  std::string name;
  cookie::Policy policy = cookie::Policy::Rfc6265;
  std::string user_agent;  // default "CookieLab/1.0 (<name>)"
  bool block_third_party = false;
  SourcePos pos;
  // What the learner sees it called, per language (default: its name; the default
  // browser "browser" is "브라우저" in Korean). Steps and files keep using `name`.
  Bilingual display;
  // The language its user reads, which decides its Accept-Language field: "" follows
  // the learner's (the transcript's --lang, the window's language), "en" or "ko" fixes it.
  std::string language;
  const std::string& shown(Lang lang) const { return display.in(lang).empty() ? name : display.in(lang); }
};

enum class Action {
  Visit,   // url: type an address (a top-level GET, same-site)
  Submit,  // fields: fill and submit a form of the current page (form = index or action)
  Follow,  // link: click a link of the current page (by its text or href)
  Post,    // url + fields [+ from]: a form post to url, as a page at `from` would send it
  Wait,    // duration
  Close,   // the browser quits: session cookies go
  Reopen,  // the browser starts again, on a blank page
  ClearCookies,
  SetCookie,      // url + cookie: a Set-Cookie line put in the jar by hand (DevTools)
  ScriptCookie,   // url + cookie: document.cookie = "..." (HttpOnly rules apply)
  DeleteCookie,   // name [+ domain + path]
  CopyCookie,     // from_browser + name: an attacker copies a stolen cookie
  DeleteSession,  // server [+ user]: the server drops sessions (all, or one user's)
  Raw,            // url + request: bytes sent as they are (may be malformed)
  Change,         // change: what-if changes to the jar, a server, the browser, the clock (scenario/change.h)
  Count
};
std::string_view action_name(Action a);                         // "visit", "submit", ... as in the file
std::optional<Action> action_from_name(std::string_view name);  // exact, lower-case
// True for the actions that send a request through the browser (they may stop at a 3xx).
bool action_sends_request(Action a);

struct Question {
  Bilingual prompt;
  std::vector<Bilingual> choices;
  int answer = 0;  // 0-based index into choices (the file writes it 1-based)
  Bilingual explanation;
};

struct Expectations {
  std::optional<int> status;                    // of the step's first exchange
  std::optional<std::string> location;          // its Location header
  std::vector<std::string> sent, not_sent;      // cookie names in its Cookie header
  std::vector<std::string> stored, ignored;     // Set-Cookie names by decision
  std::vector<std::string> in_jar, not_in_jar;  // after the step, this browser's jar
  std::optional<int> sessions;                  // rows in the server's session table after the step
  std::optional<std::string> logged_in;         // who this browser is at that server now ("" nobody)
  std::optional<std::string> page_contains;     // text of the page the browser shows now
  std::string page_contains_ko;                 // the same, when the page is in Korean ("" = page_contains)
  bool any() const;
};

struct Step {
  Action action = Action::Visit;
  std::string browser;  // resolved: never empty after loading
  std::string url;
  http::FormFields fields;
  std::string form;                // Submit: which form, by action ("" = the first)
  std::string link;                // Follow
  std::string from;                // Post: URL of the page that sends it (cross-site when another site)
  TimeMs duration = 0;             // Wait
  std::string cookie;              // SetCookie, ScriptCookie: the line
  std::string name, domain, path;  // DeleteCookie, CopyCookie
  std::string from_browser;        // CopyCookie
  std::string server;              // DeleteSession
  std::string user;                // DeleteSession
  std::string request;             // Raw: request text ("\n" become CRLF unless crlf = false)
  bool follow_redirects = true;
  Bilingual say;  // narration
  Expectations expect;
  std::optional<Question> question;
  SourcePos pos;
  std::vector<scenario::Change> changes;  // Change
};

// An experiment a lesson offers: fork at step `at`, make the changes, and predict
// what happens (whatif/ runs it; `cookielab check` checks the prediction).
struct Experiment {
  Bilingual prompt;                       // the question put to the learner
  Bilingual predict;                      // what happens, told after it ran
  int at = 1;                             // the step it forks at (from 1): the change comes before it
  std::vector<scenario::Change> changes;  // one or more
  std::optional<int> parts_at;            // the first step that differs (0: no step differs)
  int expect_step = 0;                    // the step `expect` speaks of (from 1; 0: none)
  Expectations expect;                    // checked on the branch after that step
  SourcePos pos;
};

struct Scenario {
  std::string path;  // file it came from ("<built-in>" for the default lesson)
  std::string id;    // file stem, e.g. "04-sessions"
  Bilingual title, summary;
  int level = 1;     // 1 beginner, 2 intermediate, 3 advanced
  TimeMs start = 0;  // the clock at the first step
  std::uint64_t seed = 1;
  std::vector<server::ServerSpec> servers;
  std::vector<BrowserSpec> browsers;
  std::vector<Step> steps;
  std::vector<Experiment> experiments;
};

}  // namespace cl::scenario

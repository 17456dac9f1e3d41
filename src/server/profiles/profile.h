// How one web framework handles cookies and sessions, as one description: the
// session cookie's name and exact Set-Cookie line, the form of its keys, how the
// session row's data is written and read back, what login and logout do to the
// session, its lifetime, and the headers of its responses. The server (server.cpp)
// runs the same routes and middleware order for every framework and asks the
// description wherever frameworks differ.
//
// Each framework fills one FrameworkProfile in its own file (django.cpp, php.cpp,
// express.cpp, servlet.cpp, stateless.cpp); registry.cpp maps the Profile enum and
// the scenario files' names to them. Values where a value says it; a function where
// the behaviour is code (Django's CSRF middleware, signed cookies, header order).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include "base/ids.h"
#include "base/time.h"
#include "http/form.h"
#include "http/message.h"
#include "http/url.h"
#include "server/framework_style.h"
#include "server/server.h"
#include "server/session_data.h"
#include "server/session_format.h"
#include "server/users.h"

namespace cl::server {

// Which of several cookies with one name the framework reads (RFC 6265 section 5.4
// lets a browser send two, e.g. one per path). PHP ($_COOKIE), the Node "cookie"
// package and Tomcat keep the first; Django's parse_cookie() builds a dict, so the
// last one wins.
enum class DuplicateCookies { FirstWins, LastWins };

// When a session gets its key and row.
enum class SessionStart {
  OnSave,    // Django: the key is made when data is first saved (no row until then)
  OnAccess,  // PHP session_start(), express-session, Tomcat's getSession(): on first use
};

// What a successful login does to the session key (the defence against fixation).
enum class LoginRenewal {
  CycleKey,         // Django auth.login(): cycle_key() for an anonymous session (data kept),
                    // flush() when another user's, the same key for the same user
  KeepKey,          // PHP tutorial code: no session_regenerate_id()
  RegenerateEmpty,  // express-session req.session.regenerate(): a new id, empty data
  ChangeKey,        // Tomcat changeSessionId(): a new id, the attributes kept
};

// What logout does.
enum class LogoutStyle {
  Flush,    // Django request.session.flush(): the row goes, the key is forgotten
  Destroy,  // session_destroy(), req.session.destroy(), invalidate(): the row goes,
            // the browser keeps its cookie
};

// Whose the session is at login, for LoginRenewal::CycleKey.
enum class SessionOwner { Nobody, ThisUser, OtherUser };

// Django's cookies._unquote: a value in double quotes loses them.
inline std::string unquote_cookie_value(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return std::string(v.substr(1, v.size() - 2));
  return std::string(v);
}

// The usual tutorial code of PHP, Express and servlets keeps the user's name in the
// session: $_SESSION['user'] = $name, req.session.user = name, setAttribute("user", name).
inline std::string user_name_in_session(const SessionData& data, const Users&, bool*) {
  const std::string* name = data.text("user");
  return name ? *name : "";
}
inline void record_user_name(SessionData& data, const User& user) { data.set_text("user", user.username); }

// A CSRF middleware that keeps its secret in a cookie (Django's CsrfViewMiddleware).
struct CsrfState {
  std::string token;  // the (masked) cookie token, "" = none
  bool used = false;  // a page asked for it, or login rotated it: the cookie is set
};
struct CsrfMiddleware {
  std::string_view cookie_name;
  // process_request: the token the cookie carries (a malformed one is replaced).
  void (*read_cookie)(CsrfState& state, std::string_view cookie_value, IdGenerator& ids);
  // get_token(): the token a form embeds.
  std::string (*form_token)(CsrfState& state, IdGenerator& ids);
  // rotate_token(), at login.
  void (*rotate)(CsrfState& state, IdGenerator& ids);
  // process_view: why an unsafe request is refused, nullopt when it may pass.
  std::optional<std::string> (*reject_reason)(const CsrfState& state, const http::Request& request,
                                              const http::Url& url, const http::FormFields& form);
  // process_response: the cookie it sets (nullopt: none).
  std::optional<AppCookie> (*cookie)(const CsrfState& state);
};

// The parts of a response every framework writes, for FrameworkProfile::lay_out.
struct ResponseParts {
  std::string date;          // the Date header's value
  std::string content_type;  // Outgoing's, or the framework's HTML type
  std::string length;        // Content-Length
};

struct FrameworkProfile {
  Profile profile;
  std::string_view name;  // as scenario files write it: "django", ...

  // ---- the session cookie and its key ----------------------------------------
  std::string_view session_cookie = {};                       // "" = the server keeps no sessions
  std::string_view key_alphabet = {};                         // the characters of a generated key ...
  std::size_t key_length = 0;                                 // ... and how many
  DuplicateCookies duplicates = DuplicateCookies::FirstWins;  // for every cookie the app reads
  bool tries_every_session_cookie = false;                    // Tomcat: the first of several that names a live session
  // The key a session cookie's value names; nullopt when its signature is bad.
  // nullptr: the value is the key.
  std::optional<std::string> (*key_in_cookie)(std::string_view value, std::string_view secret) = nullptr;
  // Whether an id the server does not know is used as it is (PHP without
  // session.use_strict_mode). nullptr: never; a new key is made.
  bool (*adopts_unknown_key)(std::string_view key) = nullptr;

  // ---- lifetime ----------------------------------------------------------------
  std::optional<TimeMs> default_age;  // nullopt: kept until the process ends
  bool age_slides = false;            // every request that uses the session moves its expiry

  // ---- the stored data (the session_data column) ------------------------------
  std::string (*encode)(const SessionData& data, std::string_view secret, TimeMs now, std::optional<TimeMs> max_age,
                        TimeMs expire);
  DecodedSession (*decode)(std::string_view stored, std::string_view secret);
  // encode(), with what decode() would read back, without reading it back. nullptr:
  // encode then decode.
  EncodedSession (*encode_decoded)(const SessionData& data, std::string_view secret, TimeMs now,
                                   std::optional<TimeMs> max_age, TimeMs expire) = nullptr;
  // The stored data holds the cookie's expiry (express-session's cookie.expires):
  // with a lifetime, an unchanged session is still rewritten, and a changed one
  // sends its cookie again with the new Expires.
  bool expiry_in_data = false;

  // ---- the session through a request -----------------------------------------
  SessionStart start = SessionStart::OnAccess;
  bool starts_before_router = false;          // a 404 gets a session too (express-session is app.use()d first)
  bool keeps_key_of_unreadable_data = false;  // Django's load(): a bad signature gives an empty dict, same key
  LoginRenewal renewal = LoginRenewal::KeepKey;
  LogoutStyle logout = LogoutStyle::Destroy;
  // Who the session data says the visitor is ("" = nobody); *stale when it names a
  // user whose password changed since (then the session is flushed).
  std::string (*user_in_session)(const SessionData& data, const Users& users, bool* stale);
  // What login stores about the user.
  void (*record_login)(SessionData& data, const User& user);
  // For LoginRenewal::CycleKey: whose the session already is.
  SessionOwner (*owner_at_login)(const SessionData& data, const User& user) = nullptr;
  bool updates_last_login = false;  // auth_user.last_login (Django's user_logged_in signal)
  // A password change keeps this session logged in (Django's update_session_auth_hash:
  // cycle_key(), then the new _auth_user_hash; record_login writes it). false: the
  // session is left as it is (the tutorial code of the others keeps only a name).
  bool updates_session_auth_hash = false;

  // ---- cookies -----------------------------------------------------------------
  // The Set-Cookie value for session key `key` (max_age: the effective lifetime).
  std::string (*session_cookie_line)(std::string_view key, std::string_view secret, TimeMs now,
                                     std::optional<TimeMs> max_age);
  // The line that deletes the session cookie (Django, when the session is emptied).
  // nullptr: the framework never deletes it.
  std::string (*delete_session_cookie_line)() = nullptr;
  // A cookie the page sets (theme, remembered_user, ...), as the framework's cookie API writes it, Path=/.
  std::string (*app_cookie_line)(const AppCookie& cookie, TimeMs now);
  const CsrfMiddleware* csrf = nullptr;  // nullptr: no CSRF protection

  // ---- responses ---------------------------------------------------------------
  std::string_view server_software;    // the Server header of its usual server ("" = none)
  std::string_view html_content_type;  // spelt exactly as the framework spells it
  // The headers, in the framework's order.
  void (*lay_out)(http::Headers& headers, Outgoing& out, ResponseParts& parts);
  // The body of a redirect (Express's res.redirect() writes one). nullptr: empty.
  void (*redirect_body)(Outgoing& out, const http::Request& request, std::string_view location) = nullptr;

  // ---- pages -------------------------------------------------------------------
  std::string_view login_error;        // the login form's message after a wrong password
  std::string_view staff_login_error;  // the same on the admin's login page
  bool logout_renders_page = false;    // Django's LogoutView renders logged_out.html; others redirect to /

  bool keeps_sessions() const { return !session_cookie.empty(); }

  // ---- pages in Korean (a request whose Accept-Language prefers ko) -------------
  std::string_view login_error_ko = {};        // "" = the English one
  std::string_view staff_login_error_ko = {};  // "" = the English one
  std::string login_error_in(bool staff, Lang lang) const {
    const std::string_view ko = staff ? staff_login_error_ko : login_error_ko;
    return std::string(lang == Lang::Ko && !ko.empty() ? ko : staff ? staff_login_error : login_error);
  }
};

// ---- the registry (registry.cpp) -------------------------------------------------
// Its description; profile_name(), profile_named() and all_profiles() (server.h)
// read the same table.
const FrameworkProfile& framework(Profile p);

// The response laid out as `fw` writes it.
http::Response build_response(const FrameworkProfile& fw, Outgoing out, TimeMs now);

}  // namespace cl::server

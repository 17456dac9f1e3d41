// PHP 8.2 under Apache's mod_php with php.ini-production: ext/session's files
// handler and "php" serializer, session.use_strict_mode=0 (the default), and the
// login code of a typical tutorial ($_SESSION['user'] = $name, no
// session_regenerate_id()).
#include <algorithm>
#include "http/form.h"
#include "server/profiles/profile.h"

namespace cl::server {
namespace {

constexpr std::string_view kServer = "Apache/2.4.62 (Debian)";  // mod_php; expose_php=Off in php.ini-production

// ext/session php_session_valid_key(): [a-zA-Z0-9,-], 1 to 256 characters. With
// use_strict_mode off, such an id is used as it is even when no session has it.
bool adopts_unknown_key(std::string_view id) {
  if (id.empty() || id.size() > 256) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-';
  });
}

std::string encode(const SessionData& data, std::string_view, TimeMs, std::optional<TimeMs>, TimeMs) {
  return to_php_session(data);
}

DecodedSession decode(std::string_view stored, std::string_view) {
  DecodedSession d;
  d.data = parse_php_session(stored);
  if (d.data) d.json = to_json(*d.data, false);
  return d;
}

// session.cookie_lifetime=0: a session cookie; ext/session writes "path=" in lower case.
std::string session_cookie_line(std::string_view key, std::string_view, TimeMs, std::optional<TimeMs>) {
  return "PHPSESSID=" + std::string(key) + "; path=/";
}

// ext/standard/head.c php_setcookie(): the value is urlencode()d, attribute names as PHP writes them.
std::string app_cookie_line(const AppCookie& c, TimeMs now) {
  std::string line = c.name + "=" + http::percent_encode(c.value);
  if (c.max_age)
    line +=
        "; expires=" + format_php_cookie_date(now + *c.max_age) + "; Max-Age=" + std::to_string(*c.max_age / kSecond);
  line += "; path=/";
  if (c.secure) line += "; secure";
  if (c.http_only) line += "; HttpOnly";
  if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
  return line;
}

// Apache writes Date and Server; PHP's headers follow in the order the script sent
// them (session_start() sends its cookie and the "nocache" limiter first).
void lay_out(http::Headers& h, Outgoing& out, ResponseParts& parts) {
  h.add("Date", parts.date);
  h.add("Server", std::string(kServer));
  for (const auto& line : out.session_cookies) h.add("Set-Cookie", line);
  if (out.session_started) {
    h.add("Expires", "Thu, 19 Nov 1981 08:52:00 GMT");
    h.add("Cache-Control", "no-store, no-cache, must-revalidate");
    h.add("Pragma", "no-cache");
  }
  for (const auto& line : out.app_cookies) h.add("Set-Cookie", line);
  // The script's header("Content-Language: ko"), in the order it was called.
  if (!out.content_language.empty()) h.add("Content-Language", std::string(out.content_language));
  if (!out.location.empty()) h.add("Location", out.location);
  h.add("Content-Length", parts.length);
  h.add("Keep-Alive", "timeout=5, max=100");
  h.add("Connection", "Keep-Alive");
  h.add("Content-Type", std::move(parts.content_type));
}

}  // namespace

extern constinit const FrameworkProfile kPhpProfile{
    .profile = Profile::Php,
    .name = "php",
    // session.sid_length=26, session.sid_bits_per_character=5: [0-9a-v]
    .session_cookie = "PHPSESSID",
    .key_alphabet = "0123456789abcdefghijklmnopqrstuv",
    .key_length = 26,
    .duplicates = DuplicateCookies::FirstWins,
    .adopts_unknown_key = adopts_unknown_key,
    .default_age = 1440 * kSecond,  // session.gc_maxlifetime
    .age_slides = true,             // the session file is written at the end of every request
    .encode = encode,
    .decode = decode,
    .start = SessionStart::OnAccess,
    .renewal = LoginRenewal::KeepKey,
    .logout = LogoutStyle::Destroy,
    .user_in_session = user_name_in_session,
    .record_login = record_user_name,
    .session_cookie_line = session_cookie_line,
    .app_cookie_line = app_cookie_line,
    .server_software = kServer,
    .html_content_type = "text/html; charset=UTF-8",
    .lay_out = lay_out,
    .login_error = "Invalid username or password.",
    .staff_login_error = "Invalid username or password.",
    .login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
    .staff_login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
};

}  // namespace cl::server

// A Java servlet application on Tomcat 10 with its defaults: the JSESSIONID cookie
// (Rfc6265CookieProcessor), session-timeout 30 minutes, and changeSessionId() when
// the user authenticates.
#include "server/profiles/profile.h"

namespace cl::server {
namespace {

// Tomcat keeps attributes in memory; the table shows them as JSON.
std::string encode(const SessionData& data, std::string_view, TimeMs, std::optional<TimeMs>, TimeMs) {
  return to_json(data, false);
}

DecodedSession decode(std::string_view stored, std::string_view) {
  DecodedSession d;
  d.data = parse_json_object(stored);
  if (d.data) d.json = stored;
  return d;
}

std::string session_cookie_line(std::string_view key, std::string_view, TimeMs, std::optional<TimeMs>) {
  return "JSESSIONID=" + std::string(key) + "; Path=/; HttpOnly";
}

// Rfc6265CookieProcessor.generateHeader(): Max-Age, Expires, Domain, Path, Secure, HttpOnly, SameSite.
std::string app_cookie_line(const AppCookie& c, TimeMs now) {
  std::string line = c.name + "=" + c.value;
  if (c.max_age)
    line += "; Max-Age=" + std::to_string(*c.max_age / kSecond) + "; Expires=" + format_http_date(now + *c.max_age);
  line += "; Path=/";
  if (c.secure) line += "; Secure";
  if (c.http_only) line += "; HttpOnly";
  if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
  return line;
}

// The session cookie is added when the JSP calls getSession(), first.
void lay_out(http::Headers& h, Outgoing& out, ResponseParts& parts) {
  for (const auto& line : out.session_cookies) h.add("Set-Cookie", line);
  for (const auto& line : out.app_cookies) h.add("Set-Cookie", line);
  if (!out.location.empty()) h.add("Location", out.location);
  h.add("Content-Type", std::move(parts.content_type));
  // response.setLocale(): Tomcat's prepareResponse() writes Content-Language after Content-Type.
  if (!out.content_language.empty()) h.add("Content-Language", std::string(out.content_language));
  h.add("Content-Length", parts.length);
  h.add("Date", parts.date);
  h.add("Keep-Alive", "timeout=20");
  h.add("Connection", "keep-alive");
}

}  // namespace

extern constinit const FrameworkProfile kServletProfile{
    .profile = Profile::Servlet,
    .name = "servlet",
    // 16 random bytes (sessionIdLength) in upper-case hex: 32 characters
    .session_cookie = "JSESSIONID",
    .key_alphabet = kUpperHex,
    .key_length = 32,
    .duplicates = DuplicateCookies::FirstWins,
    .tries_every_session_cookie = true,  // the first JSESSIONID that names a live session
    .default_age = 30 * kMinute,         // <session-timeout>30</session-timeout>
    .age_slides = true,                  // lastAccessedTime moves on every request
    .encode = encode,
    .decode = decode,
    .start = SessionStart::OnAccess,
    .renewal = LoginRenewal::ChangeKey,
    .logout = LogoutStyle::Destroy,
    .user_in_session = user_name_in_session,
    .record_login = record_user_name,
    .session_cookie_line = session_cookie_line,
    .app_cookie_line = app_cookie_line,
    .server_software = "",  // Tomcat 8.5+ sends none by default
    .html_content_type = "text/html;charset=UTF-8",
    .lay_out = lay_out,
    .login_error = "Invalid username or password.",
    .staff_login_error = "Invalid username or password.",
    .login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
    .staff_login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
};

}  // namespace cl::server

// A server that keeps no sessions (python3 -m http.server with a small script): it
// forgets every visitor between requests, which is the point of the lesson.
#include "server/profiles/profile.h"

namespace cl::server {
namespace {

constexpr std::string_view kServer = "BaseHTTP/0.6 Python/3.11.2";  // python3 -m http.server

std::string encode(const SessionData&, std::string_view, TimeMs, std::optional<TimeMs>, TimeMs) { return ""; }
DecodedSession decode(std::string_view, std::string_view) { return {}; }
std::string session_cookie_line(std::string_view, std::string_view, TimeMs, std::optional<TimeMs>) { return ""; }

// A hand-written header, as a small script would send it.
std::string app_cookie_line(const AppCookie& c, TimeMs) {
  std::string line = c.name + "=" + c.value + "; Path=/";
  if (c.max_age) line += "; Max-Age=" + std::to_string(*c.max_age / kSecond);
  if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
  if (c.secure) line += "; Secure";
  if (c.http_only) line += "; HttpOnly";
  return line;
}

// BaseHTTPRequestHandler.send_response() writes Server and Date; the script the rest.
void lay_out(http::Headers& h, Outgoing& out, ResponseParts& parts) {
  h.add("Server", std::string(kServer));
  h.add("Date", parts.date);
  h.add("Content-Type", std::move(parts.content_type));
  if (!out.content_language.empty()) h.add("Content-Language", std::string(out.content_language));
  for (const auto& line : out.app_cookies) h.add("Set-Cookie", line);
  if (!out.location.empty()) h.add("Location", out.location);
  h.add("Content-Length", parts.length);
}

}  // namespace

extern constinit const FrameworkProfile kStatelessProfile{
    .profile = Profile::Stateless,
    .name = "stateless",
    .session_cookie = "",  // no sessions
    .default_age = std::nullopt,
    .encode = encode,
    .decode = decode,
    .user_in_session = user_name_in_session,
    .record_login = record_user_name,
    .session_cookie_line = session_cookie_line,
    .app_cookie_line = app_cookie_line,
    .server_software = kServer,
    .html_content_type = "text/html; charset=utf-8",
    .lay_out = lay_out,
    .login_error = "Invalid username or password.",
    .staff_login_error = "Invalid username or password.",
    .login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
    .staff_login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
};

}  // namespace cl::server

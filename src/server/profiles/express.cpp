// Express 4 with express-session (MemoryStore, no maxAge unless the scenario sets
// a lifetime) and its signed connect.sid cookie; login calls req.session.regenerate().
#include <cstdio>
#include "server/crypto.h"
#include "server/profiles/profile.h"
#include "server/signing.h"

namespace cl::server {
namespace {

// The cookie holds "s:" + id + "." + HMAC-SHA256 of the id (cookie-signature);
// a value whose signature does not match names no session.
std::optional<std::string> key_in_cookie(std::string_view value, std::string_view secret) {
  return express_unsign(value, secret);
}

// express-session's Cookie.toJSON(), as MemoryStore stores it with JSON.stringify.
std::string cookie_json(std::optional<TimeMs> max_age, TimeMs expire) {
  if (!max_age) return R"({"originalMaxAge":null,"expires":null,"httpOnly":true,"path":"/"})";
  return "{\"originalMaxAge\":" + std::to_string(*max_age) + ",\"expires\":\"" + iso8601_js(expire) +
         "\",\"httpOnly\":true,\"path\":\"/\"}";
}

std::string encode(const SessionData& data, std::string_view, TimeMs, std::optional<TimeMs> max_age, TimeMs expire) {
  SessionData stored;
  stored.entries.emplace_back("cookie", SessionValue{SessionValue::Kind::Raw, cookie_json(max_age, expire), {}});
  for (const auto& entry : data.entries)
    if (entry.first != "cookie") stored.entries.push_back(entry);
  return to_json(stored, false);
}

DecodedSession decode(std::string_view stored, std::string_view) {
  DecodedSession d;
  d.data = parse_json_object(stored);
  if (d.data) {
    d.data->erase("cookie");
    d.json = stored;
  }
  return d;
}

std::string session_cookie_line(std::string_view key, std::string_view secret, TimeMs now,
                                std::optional<TimeMs> max_age) {
  std::string line = "connect.sid=" + express_cookie_value(key, secret) + "; Path=/";
  if (max_age) line += "; Expires=" + format_http_date(now + *max_age);
  return line + "; HttpOnly";
}

// res.cookie() -> cookie.serialize(): Max-Age, Domain, Path, Expires, HttpOnly, Secure, SameSite.
std::string app_cookie_line(const AppCookie& c, TimeMs now) {
  std::string line = c.name + "=" + encode_uri_component(c.value);
  if (c.max_age) line += "; Max-Age=" + std::to_string(*c.max_age / kSecond);
  line += "; Path=/";
  if (c.max_age) line += "; Expires=" + format_http_date(now + *c.max_age);
  if (c.http_only) line += "; HttpOnly";
  if (c.secure) line += "; Secure";
  if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
  return line;
}

// The etag package: W/"<length in hex>-<first 27 characters of base64 SHA-1>".
std::string etag(const std::string& body) {
  char len[20];
  std::snprintf(len, sizeof len, "%zx", body.size());
  return "W/\"" + std::string(len) + "-" + base64_encode(sha1(body)).substr(0, 27) + "\"";
}

// Node keeps headers in the order first set; express-session appends its cookie to
// any Set-Cookie already there (res.cookie() calls), else it comes after ETag.
void lay_out(http::Headers& h, Outgoing& out, ResponseParts& parts) {
  h.add("X-Powered-By", "Express");
  const bool grouped = !out.app_cookies.empty();
  if (grouped) {
    for (const auto& line : out.app_cookies) h.add("Set-Cookie", line);
    for (const auto& line : out.session_cookies) h.add("Set-Cookie", line);
  }
  // The handler's res.set("Content-Language", ...), before res.redirect() or res.send().
  if (!out.content_language.empty()) h.add("Content-Language", std::string(out.content_language));
  if (!out.location.empty()) {
    h.add("Location", out.location);
    h.add("Vary", "Accept");
  }
  h.add("Content-Type", std::move(parts.content_type));
  h.add("Content-Length", parts.length);
  if (out.express_etag && out.location.empty()) h.add("ETag", etag(out.body));
  if (!grouped)
    for (const auto& line : out.session_cookies) h.add("Set-Cookie", line);
  h.add("Date", parts.date);
  h.add("Connection", "keep-alive");
  h.add("Keep-Alive", "timeout=5");
}

// res.redirect(): the body follows content negotiation on Accept.
void redirect_body(Outgoing& out, const http::Request& request, std::string_view location) {
  const std::string* accept = request.headers.find("Accept");
  out.accepts_html = accept && accept->find("html") != std::string::npos;
  out.express_etag = false;
  if (out.accepts_html) {
    std::string escaped;
    for (char c : location)
      escaped += c == '&' ? "&amp;" : c == '"' ? "&quot;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
    out.body = "<p>Found. Redirecting to <a href=\"" + escaped + "\">" + escaped + "</a></p>";
  } else {
    out.content_type = "text/plain; charset=utf-8";
    out.body = "Found. Redirecting to " + std::string(location);
  }
}

}  // namespace

extern constinit const FrameworkProfile kExpressProfile{
    .profile = Profile::Express,
    .name = "express",
    // uid-safe's 24 random bytes in base64url: 32 characters
    .session_cookie = "connect.sid",
    .key_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
    .key_length = 32,
    .duplicates = DuplicateCookies::FirstWins,
    .key_in_cookie = key_in_cookie,
    .default_age = std::nullopt,  // MemoryStore keeps a session without maxAge until the process ends
    .age_slides = true,           // resave and touch() on every request
    .encode = encode,
    .decode = decode,
    .expiry_in_data = true,
    .start = SessionStart::OnAccess,
    .starts_before_router = true,  // app.use(session(...)) runs before the router, so a 404 gets a session
    .renewal = LoginRenewal::RegenerateEmpty,
    .logout = LogoutStyle::Destroy,
    .user_in_session = user_name_in_session,
    .record_login = record_user_name,
    .session_cookie_line = session_cookie_line,
    .app_cookie_line = app_cookie_line,
    .server_software = "",  // Node sends none (X-Powered-By instead)
    .html_content_type = "text/html; charset=utf-8",
    .lay_out = lay_out,
    .redirect_body = redirect_body,
    .login_error = "Invalid username or password.",
    .staff_login_error = "Invalid username or password.",
    .login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
    .staff_login_error_ko = "아이디 또는 비밀번호가 올바르지 않습니다.",
};

}  // namespace cl::server

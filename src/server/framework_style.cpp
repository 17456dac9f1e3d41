#include "server/framework_style.h"

#include <cstdio>
#include "http/form.h"
#include "server/crypto.h"
#include "server/signing.h"

namespace cl::server {

std::string format_php_cookie_date(TimeMs t) {
  std::string s = format_http_date(t);  // "Tue, 02 Mar 2027 09:00:00 GMT"
  if (s.size() > 11) s[7] = s[11] = '-';
  return s;
}

std::string_view server_software(Profile profile) {
  switch (profile) {
    case Profile::Django: return "WSGIServer/0.2 CPython/3.11.2";  // manage.py runserver on Debian 12
    case Profile::Php: return "Apache/2.4.62 (Debian)";           // mod_php; expose_php=Off in php.ini-production
    case Profile::Express: return "";                             // Node sends none (X-Powered-By instead)
    case Profile::Servlet: return "";                             // Tomcat 8.5+ sends none by default
    case Profile::Stateless: return "BaseHTTP/0.6 Python/3.11.2";  // python3 -m http.server
  }
  return "";
}

std::string_view html_content_type(Profile profile) {
  switch (profile) {
    case Profile::Php: return "text/html; charset=UTF-8";
    case Profile::Servlet: return "text/html;charset=UTF-8";
    default: return "text/html; charset=utf-8";
  }
}

std::string format_app_cookie(Profile profile, const AppCookie& c, TimeMs now) {
  std::string line;
  const std::string age = c.max_age ? std::to_string(*c.max_age / kSecond) : "";
  const std::string expires = c.max_age ? format_http_date(now + *c.max_age) : "";
  switch (profile) {
    case Profile::Django:
      // http.cookies.Morsel.OutputString writes attributes sorted by key:
      // expires, httponly, max-age, path, samesite, secure.
      line = c.name + "=" + (c.value.empty() ? "\"\"" : c.value);
      if (c.max_age) line += "; expires=" + expires;
      if (c.http_only) line += "; HttpOnly";
      if (c.max_age) line += "; Max-Age=" + age;
      line += "; Path=/";
      if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
      if (c.secure) line += "; Secure";
      break;
    case Profile::Php:
      // ext/standard/head.c php_setcookie(): the value is urlencode()d, attribute names as PHP writes them.
      line = c.name + "=" + http::percent_encode(c.value);
      if (c.max_age) line += "; expires=" + format_php_cookie_date(now + *c.max_age) + "; Max-Age=" + age;
      line += "; path=/";
      if (c.secure) line += "; secure";
      if (c.http_only) line += "; HttpOnly";
      if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
      break;
    case Profile::Express:
      // res.cookie() -> cookie.serialize(): Max-Age, Domain, Path, Expires, HttpOnly, Secure, SameSite.
      line = c.name + "=" + encode_uri_component(c.value);
      if (c.max_age) line += "; Max-Age=" + age;
      line += "; Path=/";
      if (c.max_age) line += "; Expires=" + expires;
      if (c.http_only) line += "; HttpOnly";
      if (c.secure) line += "; Secure";
      if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
      break;
    case Profile::Servlet:
      // Tomcat's Rfc6265CookieProcessor.generateHeader(): Max-Age, Expires, Domain, Path, Secure, HttpOnly, SameSite.
      line = c.name + "=" + c.value;
      if (c.max_age) line += "; Max-Age=" + age + "; Expires=" + expires;
      line += "; Path=/";
      if (c.secure) line += "; Secure";
      if (c.http_only) line += "; HttpOnly";
      if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
      break;
    case Profile::Stateless:
      // A hand-written header, as a small script would send it.
      line = c.name + "=" + c.value + "; Path=/";
      if (c.max_age) line += "; Max-Age=" + age;
      if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
      if (c.secure) line += "; Secure";
      if (c.http_only) line += "; HttpOnly";
      break;
  }
  return line;
}

namespace {

void add_cookies(http::Headers& h, const std::vector<std::string>& lines) {
  for (const auto& line : lines) h.add("Set-Cookie", line);
}

// The etag package: W/"<length in hex>-<first 27 characters of base64 SHA-1>".
std::string express_etag(const std::string& body) {
  char len[20];
  std::snprintf(len, sizeof len, "%zx", body.size());
  return "W/\"" + std::string(len) + "-" + base64_encode(sha1(body)).substr(0, 27) + "\"";
}

}  // namespace

http::Response build_response(Profile profile, Outgoing out, TimeMs now) {
  http::Response r;
  r.status = out.status;
  r.reason = std::string(http::reason_phrase(out.status));
  const std::string date = format_http_date(now);
  std::string type = out.content_type.empty() ? std::string(html_content_type(profile)) : std::move(out.content_type);
  const std::string length = std::to_string(out.body.size());
  http::Headers& h = r.headers;
  h.fields.reserve(12 + out.app_cookies.size() + out.session_cookies.size());  // every profile's fields, at most
  switch (profile) {
    case Profile::Django:
      // wsgiref writes Date and Server first; then the HttpResponse's own headers in
      // the order they were set: the view, then each middleware's process_response
      // in reverse MIDDLEWARE order (XFrameOptions, Csrf, Common, Session, Security).
      h.add("Date", date);
      h.add("Server", std::string(server_software(profile)));
      h.add("Content-Type", std::move(type));
      if (!out.location.empty()) h.add("Location", out.location);
      if (out.never_cache) {
        h.add("Expires", date);
        h.add("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private");
      }
      h.add("X-Frame-Options", "DENY");
      if (out.vary_cookie && out.vary_before_length) h.add("Vary", "Cookie");
      h.add("Content-Length", length);
      if (out.vary_cookie && !out.vary_before_length) h.add("Vary", "Cookie");
      h.add("X-Content-Type-Options", "nosniff");
      h.add("Referrer-Policy", "same-origin");
      // Cookies come last: WSGIHandler appends response.cookies after the headers,
      // in insertion order (the view's, then csrftoken, then sessionid).
      add_cookies(h, out.app_cookies);
      add_cookies(h, out.session_cookies);
      break;
    case Profile::Php:
      // Apache writes Date and Server; PHP's headers follow in the order the script
      // sent them (session_start() sends its cookie and the "nocache" limiter first).
      h.add("Date", date);
      h.add("Server", std::string(server_software(profile)));
      add_cookies(h, out.session_cookies);
      if (out.session_started) {
        h.add("Expires", "Thu, 19 Nov 1981 08:52:00 GMT");
        h.add("Cache-Control", "no-store, no-cache, must-revalidate");
        h.add("Pragma", "no-cache");
      }
      add_cookies(h, out.app_cookies);
      if (!out.location.empty()) h.add("Location", out.location);
      h.add("Content-Length", length);
      h.add("Keep-Alive", "timeout=5, max=100");
      h.add("Connection", "Keep-Alive");
      h.add("Content-Type", std::move(type));
      break;
    case Profile::Express: {
      // Node keeps headers in the order first set; express-session appends its cookie
      // to any Set-Cookie already there (res.cookie() calls), else it comes after ETag.
      h.add("X-Powered-By", "Express");
      const bool grouped = !out.app_cookies.empty();
      if (grouped) {
        add_cookies(h, out.app_cookies);
        add_cookies(h, out.session_cookies);
      }
      if (!out.location.empty()) {
        h.add("Location", out.location);
        h.add("Vary", "Accept");
      }
      h.add("Content-Type", std::move(type));
      h.add("Content-Length", length);
      if (out.express_etag && out.location.empty()) h.add("ETag", express_etag(out.body));
      if (!grouped) add_cookies(h, out.session_cookies);
      h.add("Date", date);
      h.add("Connection", "keep-alive");
      h.add("Keep-Alive", "timeout=5");
      break;
    }
    case Profile::Servlet:
      // Tomcat: the session cookie is added when the JSP calls getSession(), first.
      add_cookies(h, out.session_cookies);
      add_cookies(h, out.app_cookies);
      if (!out.location.empty()) h.add("Location", out.location);
      h.add("Content-Type", std::move(type));
      h.add("Content-Length", length);
      h.add("Date", date);
      h.add("Keep-Alive", "timeout=20");
      h.add("Connection", "keep-alive");
      break;
    case Profile::Stateless:
      // BaseHTTPRequestHandler.send_response() writes Server and Date; the script the rest.
      h.add("Server", std::string(server_software(profile)));
      h.add("Date", date);
      h.add("Content-Type", std::move(type));
      add_cookies(h, out.app_cookies);
      if (!out.location.empty()) h.add("Location", out.location);
      h.add("Content-Length", length);
      break;
  }
  r.body = std::move(out.body);
  return r;
}

}  // namespace cl::server

// What a handler hands to its framework to write: the cookies a page sets and the
// response before its headers are laid out. How each framework writes them (header
// order, Server and cache headers, the exact form of a Set-Cookie line: attribute
// names, order and date format differ between Python's SimpleCookie, PHP's
// setcookie(), the Node "cookie" package and Tomcat's Rfc6265CookieProcessor) is in
// its description, src/server/profiles/; the functions here ask it.
#pragma once
#include <optional>
#include <string>
#include <vector>
#include "base/time.h"
#include "http/message.h"
#include "server/server.h"

namespace cl::server {

// A cookie a page sets (theme, remembered_user, ...), before a framework writes it.
struct AppCookie {
  std::string name, value;
  std::optional<TimeMs> max_age;  // none: a session cookie
  bool secure = false;
  bool http_only = false;
  std::string same_site;  // "" leaves the attribute out
};

// The line as the framework's own cookie API writes it with Path=/ (its
// FrameworkProfile::app_cookie_line).
std::string format_app_cookie(Profile profile, const AppCookie& cookie, TimeMs now);

// PHP's cookie date: "Tue, 02-Mar-2027 09:00:00 GMT" (the old Netscape form).
std::string format_php_cookie_date(TimeMs t);

// What a handler produced; build_response lays it out as the framework would.
struct Outgoing {
  int status = 200;
  std::string body;
  std::string content_type;                  // "" = the framework's text/html
  std::string location;                      // for redirects
  std::vector<std::string> app_cookies;      // Set-Cookie values set by the page, in order
  std::vector<std::string> session_cookies;  // set by the framework (csrftoken, session id)
  bool never_cache = false;                  // Django: views decorated with @never_cache (login, logout, admin)
  bool vary_cookie = false;                  // Django: session accessed or CSRF cookie set
  bool vary_before_length = false;           // Django: CsrfViewMiddleware added Vary (it runs before CommonMiddleware)
  bool session_started = false;              // PHP: session_start() sent the cache-limiter headers
  bool accepts_html = true;                  // Express: res.redirect() answers in HTML or plain text
  bool express_etag = true;                  // Express: res.send() adds a weak ETag (res.redirect() does not)
  std::string_view content_language;         // the language the page was chosen in ("" = none negotiated)
};

http::Response build_response(Profile profile, Outgoing out, TimeMs now);

// The Server header each profile's usual development server sends ("" = none).
std::string_view server_software(Profile profile);
// The HTML Content-Type exactly as each framework spells it.
std::string_view html_content_type(Profile profile);

}  // namespace cl::server

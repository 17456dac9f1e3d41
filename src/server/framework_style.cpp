#include "server/framework_style.h"

#include "server/profiles/profile.h"

namespace cl::server {

std::string format_php_cookie_date(TimeMs t) {
  std::string s = format_http_date(t);  // "Tue, 02 Mar 2027 09:00:00 GMT"
  if (s.size() > 11) s[7] = s[11] = '-';
  return s;
}

std::string_view server_software(Profile profile) { return framework(profile).server_software; }

std::string_view html_content_type(Profile profile) { return framework(profile).html_content_type; }

std::string format_app_cookie(Profile profile, const AppCookie& c, TimeMs now) {
  return framework(profile).app_cookie_line(c, now);
}

http::Response build_response(Profile profile, Outgoing out, TimeMs now) {
  return build_response(framework(profile), std::move(out), now);
}

http::Response build_response(const FrameworkProfile& fw, Outgoing out, TimeMs now) {
  http::Response r;
  r.status = out.status;
  r.reason = std::string(http::reason_phrase(out.status));
  ResponseParts parts{format_http_date(now),
                      out.content_type.empty() ? std::string(fw.html_content_type) : std::move(out.content_type),
                      std::to_string(out.body.size())};
  // Every framework's fields, at most.
  r.headers.fields.reserve(14 + out.app_cookies.size() + out.session_cookies.size());
  fw.lay_out(r.headers, out, parts);
  r.body = std::move(out.body);
  return r;
}

}  // namespace cl::server

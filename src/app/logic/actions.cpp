#include "app/logic/actions.h"
#include "browser/form_entry_list.h"
#include "base/time.h"

namespace cl::app {

namespace {
scenario::Step step_of(const std::string& browser, scenario::Action action) {
  scenario::Step s;
  s.action = action;
  s.browser = browser;
  return s;
}
}  // namespace

scenario::Step visit_step(const std::string& browser, const std::string& url) {
  scenario::Step s = step_of(browser, scenario::Action::Visit);
  // A typed address without a scheme is taken as http://, as browsers do.
  s.url = url;
  if (url.find("://") == std::string::npos) s.url.insert(0, "http://");
  return s;
}

scenario::Step follow_step(const std::string& browser, const std::string& href) {
  scenario::Step s = step_of(browser, scenario::Action::Follow);
  s.link = href;
  return s;
}

scenario::Step submit_step(const std::string& browser, const std::string& form_action, http::FormFields fields) {
  scenario::Step s = step_of(browser, scenario::Action::Submit);
  s.form = form_action;
  s.fields = std::move(fields);
  return s;
}

http::FormFields initial_fields(const page::Form& form) { return agent::form_defaults(form); }

http::FormFields submitted_fields(const page::Form& form, const http::FormFields& edited) {
  return agent::entry_list(form, edited);
}

scenario::Step form_submit_step(const std::string& browser, const page::Form& form, const http::FormFields& edited) {
  return submit_step(browser, form.action, edited);
}

scenario::Step browser_step(const std::string& browser, scenario::Action action) { return step_of(browser, action); }

std::string set_cookie_line(const cookie::Cookie& c) {
  // Appended piece by piece (GCC 12 warns falsely on chains of string operator+).
  std::string line = c.name;
  line += '=';
  line += c.value;
  if (!c.host_only) line.append("; Domain=").append(c.domain);
  line.append("; Path=").append(c.path.empty() ? std::string_view("/") : std::string_view(c.path));
  if (c.persistent) line.append("; Expires=").append(format_http_date(c.expiry));
  if (c.secure) line.append("; Secure");
  if (c.http_only) line.append("; HttpOnly");
  if (c.same_site != cookie::SameSite::Unspecified)
    line.append("; SameSite=").append(cookie::same_site_name(c.same_site));
  return line;
}

scenario::Step edit_cookie_step(const std::string& browser, const cookie::Cookie& c) {
  scenario::Step s = step_of(browser, scenario::Action::SetCookie);
  // A Secure cookie can only be set from a secure origin (6265bis 5.7), so the
  // URL the line is "set from" follows the cookie's flag.
  s.url = c.secure ? "https://" : "http://";
  s.url.append(c.domain).append(c.path.empty() ? std::string_view("/") : std::string_view(c.path));
  s.cookie = set_cookie_line(c);
  return s;
}

scenario::Step delete_cookie_step(const std::string& browser, const cookie::Cookie& c) {
  scenario::Step s = step_of(browser, scenario::Action::DeleteCookie);
  s.name = c.name;
  s.domain = c.domain;
  s.path = c.path;
  return s;
}

}  // namespace cl::app

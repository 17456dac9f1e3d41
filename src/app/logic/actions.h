// The learner's clicks as scenario steps: the window asks the world to perform the
// same vocabulary the scenario files use, so a click and a file step behave alike.
#pragma once
#include <string>
#include "cookie/cookie.h"
#include "http/form.h"
#include "page/page.h"
#include "scenario/scenario.h"

namespace cl::app {

scenario::Step visit_step(const std::string& browser, const std::string& url);
scenario::Step follow_step(const std::string& browser, const std::string& href);
scenario::Step submit_step(const std::string& browser, const std::string& form_action, http::FormFields fields);
// A form as the browser panel edits it: one field per input but the submit button,
// text as the page wrote it, a checkbox as the page ticks it (its page::checkbox_value
// when `checked`, "" when not): agent::form_defaults.
http::FormFields initial_fields(const page::Form& form);
// What submitting sends (HTML's "constructing the entry list"): every edited field,
// except that an unchecked checkbox (and an input without a name) sends nothing at
// all. The simulated browser's rule, agent::entry_list (browser/form_entry_list.h).
http::FormFields submitted_fields(const page::Form& form, const http::FormFields& edited);
// The step of submitting the panel's form: it types every edited field, an unticked box
// as "" (a step's way to untick one), so the simulated browser sends what the panel
// shows. Passing the entry list instead left an unticked box out of the typed fields,
// and the browser then sent it as the page had ticked it.
scenario::Step form_submit_step(const std::string& browser, const page::Form& form, const http::FormFields& edited);
scenario::Step browser_step(const std::string& browser, scenario::Action action);  // close, reopen, clear
// A cookie edited by hand, as the Set-Cookie line DevTools would store it
// (action set_cookie on a URL of the cookie's host).
scenario::Step edit_cookie_step(const std::string& browser, const cookie::Cookie& cookie);
scenario::Step delete_cookie_step(const std::string& browser, const cookie::Cookie& cookie);

// The Set-Cookie value that recreates a stored record: a host-only cookie has no
// Domain attribute (RFC 6265 5.3 step 6), a session cookie no Expires (5.3 step 3).
std::string set_cookie_line(const cookie::Cookie& cookie);

}  // namespace cl::app

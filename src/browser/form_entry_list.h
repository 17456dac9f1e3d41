// What a submitted form sends: HTML's "constructing the entry list" (HTML 4.10.21.4),
// as far as the program's pages go (text, password, hidden and checkbox inputs, one
// submit button). One rule for the simulated browser, which fills a form in with a
// lesson's typed values, and the window's form panel, where the learner edits it.
#pragma once
#include "http/form.h"
#include "page/page.h"

namespace cl::agent {

// A form as filled in: one (name, value) per input but the submit buttons, in the
// form's order. A text field's value is its text; a checkbox's is the value it sends
// when ticked (page::checkbox_value), "" when it is not.
using FilledForm = http::FormFields;

// The form as the page wrote it: texts as written (a hidden CSRF token with them),
// each checkbox ticked as its `checked` attribute says.
FilledForm form_defaults(const page::Form& form);

// The form with `typed` values over its defaults, by name (a lesson's step names the
// fields it types): a checkbox typed "" is unticked, typed a value is ticked with it.
FilledForm fill_in(const page::Form& form, const http::FormFields& typed);

// The entry list: for each input in order, (name, value), except that the submit
// button sends nothing (no submitter's value), an input without a name sends nothing
// and an unticked checkbox sends nothing at all. `filled` as above; when it is
// shorter than the form (a page changed under the window's panel), the inputs past
// its end send nothing.
http::FormFields entry_list(const page::Form& form, const FilledForm& filled);

// What the simulated browser submits for a lesson's step: the entry list of the form
// filled in with `typed`, then each typed field the form has no input for, once, as
// typed (a forged or extra field: what a lesson's attacker adds by hand).
http::FormFields submission_fields(const page::Form& form, const http::FormFields& typed);

}  // namespace cl::agent

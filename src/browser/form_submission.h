// Submitting a form of the page shown: which form, and the request it makes.
#pragma once
#include <optional>
#include <string_view>
#include "browser/browser_state.h"
#include "browser/navigation.h"
#include "http/form.h"

namespace cl::agent {

// The form a step names on the page shown: by its action as written or by the path
// that action resolves to; "" names the first form. Null when there is none.
const page::Form* find_form(const BrowserState& state, std::string_view action);

// HTML form submission: to the form's action resolved against the page (the page
// itself when it does not resolve), the fields urlencoded as a POST's body, else as
// the query of a GET. The page is the initiator (Referer, Origin, SameSite).
Navigation form_navigation(const page::Form& form, const http::Url& page_url, const http::FormFields& fields);

// The request that submits the named form with `typed` values (submission_fields in
// form_entry_list.h); none when the page shown has no such form.
std::optional<Navigation> submit_form(const BrowserState& state, std::string_view action,
                                      const http::FormFields& typed);

}  // namespace cl::agent

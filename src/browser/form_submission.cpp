#include "browser/form_submission.h"

#include "browser/form_entry_list.h"

namespace cl::agent {

const page::Form* find_form(const BrowserState& state, std::string_view action) {
  for (const page::Form& f : state.page().forms) {
    if (action.empty() || f.action == action) return &f;
    if (!state.location) continue;
    const std::optional<http::Url> target = http::resolve_url(*state.location, f.action);
    if (target && target->path == action) return &f;
  }
  return nullptr;
}

Navigation form_navigation(const page::Form& form, const http::Url& page_url, const http::FormFields& fields) {
  Navigation nav;
  nav.method = form.method == "POST" ? "POST" : "GET";
  nav.url = http::resolve_url(page_url, form.action).value_or(page_url);
  nav.initiator = page_url;
  if (nav.method == "POST") nav.body = http::form_encode(fields);
  else nav.url.query = http::form_encode(fields);
  return nav;
}

std::optional<Navigation> submit_form(const BrowserState& state, std::string_view action,
                                      const http::FormFields& typed) {
  const page::Form* form = find_form(state, action);
  if (!form || !state.location) return std::nullopt;
  return form_navigation(*form, *state.location, submission_fields(*form, typed));
}

}  // namespace cl::agent

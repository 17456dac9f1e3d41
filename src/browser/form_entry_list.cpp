#include "browser/form_entry_list.h"

#include <algorithm>

namespace cl::agent {

namespace {

bool is_submit(const page::Input& in) { return in.type == "submit"; }
bool is_checkbox(const page::Input& in) { return in.type == "checkbox"; }

// HTML, the input element's value: a checkbox the page ticks sends its value ("on"
// without one); one it does not is "" (unticked) here.
std::string default_value(const page::Input& in) {
  if (!is_checkbox(in)) return in.value;
  return in.checked ? page::checkbox_value(in) : std::string();
}

}  // namespace

FilledForm form_defaults(const page::Form& form) { return fill_in(form, {}); }

FilledForm fill_in(const page::Form& form, const http::FormFields& typed) {
  FilledForm filled;
  for (const page::Input& in : form.inputs) {
    if (is_submit(in)) continue;
    const std::string* value = in.name.empty() ? nullptr : http::form_get(typed, in.name);
    filled.emplace_back(in.name, value ? *value : default_value(in));
  }
  return filled;
}

http::FormFields entry_list(const page::Form& form, const FilledForm& filled) {
  http::FormFields entries;
  std::size_t i = 0;
  for (const page::Input& in : form.inputs) {
    if (is_submit(in)) continue;
    if (i >= filled.size()) break;
    const std::string& value = filled[i++].second;
    if (in.name.empty()) continue;
    if (is_checkbox(in) && value.empty()) continue;  // unticked: not in the entry list
    entries.emplace_back(in.name, value);
  }
  return entries;
}

http::FormFields submission_fields(const page::Form& form, const http::FormFields& typed) {
  http::FormFields fields = entry_list(form, fill_in(form, typed));
  for (const auto& field : typed) {
    // Named, not a structured binding: clang 14 (emscripten's, for the page) cannot
    // capture a binding in the lambda below.
    const std::string& name = field.first;
    const std::string& value = field.second;
    const bool in_form = std::any_of(form.inputs.begin(), form.inputs.end(),
                                     [&](const page::Input& in) { return in.name == name && !is_submit(in); });
    if (!in_form && !http::form_get(fields, name)) fields.emplace_back(name, value);
  }
  return fields;
}

}  // namespace cl::agent

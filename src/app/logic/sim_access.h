// Reading a browser's page and an exchange's response text. The sim layer is
// moving these from data members to lazily computed accessors (the page is parsed
// only when shown); these two functions accept either form, so the window builds
// on both sides of that change.
#pragma once
#include <string>
#include "page/page.h"
#include "sim/timeline.h"

namespace cl::app {

template <class Browser>
const page::Page& page_of(const Browser& b) {
  if constexpr (requires { b.page(); }) return b.page();
  else return b.page;
}

template <class Exchange>
const std::string& response_text_of(const Exchange& x) {
  if constexpr (requires { x.response_text(); }) return x.response_text();
  else return x.response_text;
}

}  // namespace cl::app

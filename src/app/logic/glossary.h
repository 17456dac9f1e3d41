// The glossary and the "how to read this screen" help, in both languages.
#pragma once
#include <span>
#include "base/text.h"

namespace cl::app {

struct GlossaryEntry {
  const char* term;     // as written in headers and RFCs
  const char* term_ko;  // the Korean word learners use ("" when the English one is used)
  Bilingual definition;
};

std::span<const GlossaryEntry> glossary();
// One paragraph per panel, in the order the screen shows them.
std::span<const Bilingual> screen_help();

}  // namespace cl::app

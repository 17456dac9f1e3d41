// The glossary and the "how to read this screen" help, in both languages; which
// glossary terms a text uses (the narration's links into the glossary) and the
// glossary's search.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"

namespace cl::app {

struct GlossaryEntry {
  const char* term;     // as written in headers and RFCs
  const char* term_ko;  // the Korean word learners use ("" when the English one is used)
  Bilingual definition;
  // Other words a text may use for it, '|'-separated, either language ("session key|세션 키").
  const char* also = "";
  // The English words match only as written: attribute names that are ordinary
  // words in lower case ("Path", "Domain", "Secure").
  bool exact_case = false;
};

std::span<const GlossaryEntry> glossary();
// One paragraph per panel, in the order the screen shows them.
std::span<const Bilingual> screen_help();

// The glossary entries (indices into glossary()) a text uses, in the order they
// first appear, each once. English words match whole (a plural 's' allowed, ASCII
// case ignored unless exact_case); Korean ones as substrings, since particles join
// the word ("쿠키를", "세션 ID가"). Where terms overlap the longest wins: "세션 고정"
// is session fixation, not also "session".
std::vector<std::size_t> glossary_terms_in(std::string_view text);

// The entries whose term (either language, or an `also` word) or definition holds
// the query, ignoring ASCII case; Korean by substring. Term matches come first,
// then definition matches, each in glossary order. An empty query: all of them.
std::vector<std::size_t> search_glossary(std::string_view query);

// The heading an entry shows in a language: "세션 고정 (session fixation)" in Korean.
std::string glossary_heading(const GlossaryEntry& e, Lang lang);

}  // namespace cl::app

// The Accept-Language request field (RFC 9110 12.5.4): the language ranges a user
// agent prefers, with their weights, and the choice of one of a site's languages
// by RFC 4647 3.4 "Lookup" (a range is shortened until a tag matches: ko-KR -> ko).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cl::http {

struct LanguageRange {
  std::string range;  // lower-cased: "ko-kr", "en", "*"
  int weight = 1000;  // the qvalue in thousandths (RFC 9110 12.4.2: at most three digits)
  bool operator==(const LanguageRange&) const = default;
};

// The ranges, most preferred first (equal weights keep the field's order). RFC 9110
// 5.6.1: empty list members are skipped; a member that is not `language-range
// [ weight ]` (RFC 4647 2.1, RFC 9110 12.4.2) is left out, the rest still counts;
// q=0 means "not acceptable" and is kept, so a lookup can refuse it.
std::vector<LanguageRange> parse_accept_language(std::string_view field);

// The index in `available` (lower-case tags, the site's languages) of the language
// the ranges prefer, nullopt when none of them is acceptable: then, as 12.5.4 allows,
// the site disregards the field and answers in its default. "*" picks nothing here
// (any language will do, so the default does). A range of weight 0 also takes its
// tag off the list (RFC 4647 3.4 ignores such ranges; here "ko;q=0, *" is not Korean).
std::optional<std::size_t> lookup_language(const std::vector<LanguageRange>& ranges,
                                           std::span<const std::string_view> available);

}  // namespace cl::http

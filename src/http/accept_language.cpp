#include "http/accept_language.h"

#include <algorithm>
#include "base/text.h"

namespace cl::http {

namespace {

bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// RFC 4647 2.1: language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"
bool language_range(std::string_view r) {
  if (r == "*") return true;
  std::size_t i = 0, part = 0;
  bool first = true;
  while (true) {
    std::size_t n = 0;
    while (i < r.size() && r[i] != '-') {
      if (!(alpha(r[i]) || (!first && digit(r[i])))) return false;
      ++i;
      ++n;
    }
    if (n == 0 || n > 8) return false;
    ++part;
    if (i == r.size()) return part > 0;
    ++i;  // the '-'
    first = false;
  }
}

// RFC 9110 12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
std::optional<int> qvalue(std::string_view q) {
  if (q.empty() || (q[0] != '0' && q[0] != '1')) return std::nullopt;
  int value = q[0] == '1' ? 1000 : 0;
  if (q.size() == 1) return value;
  if (q[1] != '.' || q.size() > 5) return std::nullopt;
  int scale = 100;
  for (char c : q.substr(2)) {
    if (!digit(c) || (value == 1000 && c != '0')) return std::nullopt;
    value += (c - '0') * scale;
    scale /= 10;
  }
  return value;
}

std::string_view trim_ows(std::string_view s) { return trim_wsp(s); }  // OWS is SP / HTAB, as WSP

}  // namespace

std::vector<LanguageRange> parse_accept_language(std::string_view field) {
  std::vector<LanguageRange> out;
  for (std::string_view member : split(field, ',')) {
    member = trim_ows(member);
    if (member.empty()) continue;  // 5.6.1: empty elements do not count
    const std::size_t semi = member.find(';');
    const std::string_view range = trim_ows(member.substr(0, semi));
    if (!language_range(range)) continue;
    int weight = 1000;
    if (semi != std::string_view::npos) {
      // weight = OWS ";" OWS "q=" qvalue ("q" is case-insensitive, 12.4.2)
      const std::string_view param = trim_ows(member.substr(semi + 1));
      if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=') continue;
      const auto q = qvalue(param.substr(2));
      if (!q) continue;
      weight = *q;
    }
    out.push_back({to_lower_ascii(range), weight});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
  return out;
}

std::optional<std::size_t> lookup_language(const std::vector<LanguageRange>& ranges,
                                           std::span<const std::string_view> available) {
  // The tags a range of weight 0 refuses (exactly, or as its prefix: "ko;q=0" refuses ko).
  auto refused = [&](std::string_view tag) {
    for (const auto& r : ranges)
      if (r.weight == 0 && r.range != "*" &&
          (r.range == tag || (r.range.size() < tag.size() && tag.starts_with(r.range) && tag[r.range.size()] == '-')))
        return true;
    return false;
  };
  for (const auto& r : ranges) {
    if (r.weight == 0 || r.range == "*") continue;
    // RFC 4647 3.4: shorten the range one subtag at a time until a tag matches.
    std::string_view range = r.range;
    while (!range.empty()) {
      for (std::size_t i = 0; i < available.size(); ++i)
        if (available[i] == range && !refused(available[i])) return i;
      const std::size_t dash = range.rfind('-');
      if (dash == std::string_view::npos) break;
      range = range.substr(0, dash);
      // A single-letter subtag left at the end goes with the one after it (RFC 4647 3.4).
      if (range.size() >= 2 && range[range.size() - 2] == '-') range = range.substr(0, range.size() - 2);
    }
  }
  return std::nullopt;
}

}  // namespace cl::http

#include "app/logic/wrap.h"
#include <algorithm>

namespace cl::app {
namespace {

// The length of the UTF-8 character starting at s[i] (1 for a stray byte).
std::size_t char_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size()) n = s.size() - i;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return k;  // a broken sequence
  return n;
}

// Where a word too long for any line is best cut: after the last separator of a URL
// or a header value in the part that fits, when that keeps at least a third of it.
std::size_t cut_point(std::string_view fits) {
  const std::size_t sep = fits.find_last_of("/&?=;,-");
  return sep != std::string_view::npos && sep + 1 < fits.size() && (sep + 1) * 3 >= fits.size() ? sep + 1 : fits.size();
}

// The longest run of whole characters of `word` that fits, at least one character.
std::size_t fitting_prefix(std::string_view word, float width, const MeasureText& measure) {
  std::size_t end = char_length(word, 0);
  while (end < word.size()) {
    const std::size_t next = end + char_length(word, end);
    if (measure(word.substr(0, next)) > width) break;
    end = next;
  }
  return end;
}

void wrap_paragraph(std::string_view p, float width, const MeasureText& measure, std::vector<std::string_view>& out) {
  const std::size_t first = out.size();
  std::size_t start = 0;  // of the line being filled
  std::size_t end = 0;    // of the text accepted on it (after its last word)
  std::size_t pos = 0;
  bool has_word = false;
  while (pos < p.size()) {
    std::size_t word = p.find_first_not_of(' ', pos);
    if (word == std::string_view::npos) break;  // trailing spaces
    std::size_t word_end = p.find(' ', word);
    if (word_end == std::string_view::npos) word_end = p.size();
    if (measure(p.substr(start, word_end - start)) <= width) {  // the word fits on this line
      end = word_end;
      pos = word_end;
      has_word = true;
      continue;
    }
    if (has_word) {  // break before the word, dropping the spaces between
      out.push_back(p.substr(start, end - start));
      start = end = word;
      has_word = false;
      continue;
    }
    // A word longer than a whole line (after the paragraph's indentation, if any).
    const float room = width - measure(p.substr(start, word - start));
    const std::size_t fits = fitting_prefix(p.substr(word, word_end - word), room, measure);
    const std::size_t cut = word + (word + fits < word_end ? cut_point(p.substr(word, fits)) : fits);
    out.push_back(p.substr(start, cut - start));
    // The next line starts with the rest of the word, or with the next word (the
    // spaces at the break dropped).
    std::size_t next = cut;
    if (cut == word_end) next = std::min(p.size(), p.find_first_not_of(' ', cut));
    start = end = pos = next;
  }
  if (has_word) out.push_back(p.substr(start, end - start));
  if (out.size() == first) out.push_back(p.substr(0, 0));  // only spaces: an empty line
}

}  // namespace

std::vector<std::string_view> wrap_lines(std::string_view text, float width, const MeasureText& measure) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (true) {
    const std::size_t nl = text.find('\n', pos);
    std::string_view p = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!p.empty() && p.back() == '\r') p.remove_suffix(1);
    wrap_paragraph(p, width, measure, lines);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

}  // namespace cl::app

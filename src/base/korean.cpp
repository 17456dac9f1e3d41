#include <cctype>
#include "base/text.h"

namespace cl::ko {

namespace {

enum class Ending { Vowel, Consonant, Rieul };  // ㄹ takes 로, not 으로

// Decodes the last UTF-8 character of s before `end`; returns its start.
std::size_t last_char(std::string_view s, std::size_t end, char32_t& out) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const std::size_t len = end - start;
  if (len == 1) out = b(start);
  else if (len == 2) out = ((b(start) & 0x1F) << 6) | (b(start + 1) & 0x3F);
  else if (len == 3) out = ((b(start) & 0x0F) << 12) | ((b(start + 1) & 0x3F) << 6) | (b(start + 2) & 0x3F);
  else out = 0;
  return start;
}

Ending ending_of(std::string_view word) {
  std::size_t end = word.size();
  while (end > 0) {
    char32_t c = 0;
    const std::size_t start = last_char(word, end, c);
    if (c >= 0xAC00 && c <= 0xD7A3) {
      const unsigned batchim = (c - 0xAC00) % 28;
      return batchim == 0 ? Ending::Vowel : batchim == 8 ? Ending::Rieul : Ending::Consonant;
    }
    if (c >= '0' && c <= '9') {
      // 영 일 이 삼 사 오 육 칠 팔 구
      static constexpr Ending digits[] = {Ending::Consonant, Ending::Rieul, Ending::Vowel,     Ending::Consonant,
                                          Ending::Vowel,     Ending::Vowel, Ending::Consonant, Ending::Rieul,
                                          Ending::Rieul,     Ending::Vowel};
      return digits[c - '0'];
    }
    if (c < 0x80 && std::isalpha(static_cast<int>(c))) {
      const char last = static_cast<char>(std::tolower(static_cast<int>(c)));
      const char before =
          start > 0 ? static_cast<char>(std::tolower(static_cast<unsigned char>(word[start - 1]))) : ' ';
      if (last == 'l') return Ending::Rieul;
      if (last == 'm' || last == 'n' || last == 'b' || last == 'p' || (last == 'g' && before == 'n'))
        return Ending::Consonant;
      return Ending::Vowel;
    }
    end = start;  // punctuation, quotes, "…": look at what stands before it
  }
  return Ending::Vowel;
}

}  // namespace

std::string with(std::string_view word, Josa josa) {
  const Ending e = ending_of(word);
  const bool consonant = e != Ending::Vowel;
  const char* particle = "";
  switch (josa) {
    case Josa::IGa: particle = consonant ? "이" : "가"; break;
    case Josa::EulReul: particle = consonant ? "을" : "를"; break;
    case Josa::EunNeun: particle = consonant ? "은" : "는"; break;
    case Josa::IRago: particle = consonant ? "이라고" : "라고"; break;
    case Josa::EuroRo: particle = e == Ending::Consonant ? "으로" : "로"; break;
    case Josa::GwaWa: particle = consonant ? "과" : "와"; break;
  }
  return std::string(word) + particle;
}

bool has_hangul(std::string_view text) {
  // U+AC00..U+D7A3 in UTF-8: EA B0 80 .. ED 9E A3.
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]), b1 = static_cast<unsigned char>(text[i + 1]),
               b2 = static_cast<unsigned char>(text[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) continue;
    const unsigned code = (b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu);
    if ((b0 & 0xF0) == 0xE0 && code >= 0xAC00 && code <= 0xD7A3) return true;
  }
  return false;
}

}  // namespace cl::ko

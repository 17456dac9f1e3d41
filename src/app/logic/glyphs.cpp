#include "app/logic/glyphs.h"

namespace cl::app {

namespace {

constexpr GlyphRange kLatin[] = {
    {0x0020, 0x00FF},  // Basic Latin, Latin-1 (· × é)
    {0x2010, 0x205E},  // General Punctuation (— … ‹ ›)
    {0x20A0, 0x20CF},  // currency (₩ €)
    {0x2190, 0x21FF},  // arrows (→ ↪)
    {0x2200, 0x22FF},  // mathematical operators (≠ ≤ ≥)
    {0x2500, 0x25FF},  // box drawing, blocks, geometric shapes (▶ ● ○)
    {0x2700, 0x27BF},  // dingbats (✓ ✗ ✕ ✎ ❚)
};

constexpr GlyphRange kKorean[] = {
    {0x0020, 0x00FF},  // Latin-1, so a font without Latin still shows it
    {0x1100, 0x11FF},  // Hangul Jamo
    {0x3000, 0x303F},  // CJK symbols and punctuation (「」、。)
    {0x3130, 0x318F},  // Hangul Compatibility Jamo (ㄱ ㅏ)
    {0xAC00, 0xD7A3},  // Hangul syllables
    {0xFF00, 0xFFEF},  // half-width and full-width forms (＝ ， ：)
};

}  // namespace

std::span<const GlyphRange> latin_glyph_ranges() { return kLatin; }
std::span<const GlyphRange> korean_glyph_ranges() { return kKorean; }

bool in_ranges(std::span<const GlyphRange> ranges, char32_t c) {
  for (const GlyphRange& r : ranges)
    if (c >= r.first && c <= r.last) return true;
  return false;
}

bool drawable(char32_t c, const std::string& latin_file, const std::string& korean_file) {
  if (in_ranges(latin_glyph_ranges(), c) && font_has_glyph(latin_file, c)) return true;
  return in_ranges(korean_glyph_ranges(), c) && font_has_glyph(korean_file, c);
}

}  // namespace cl::app

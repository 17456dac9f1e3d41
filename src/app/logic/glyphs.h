// The characters the window can draw. Dear ImGui bakes a font atlas at start-up with only
// the glyphs it is asked for, and draws '?' for any other character even when the font file
// has it: the full-width '＝' of the Korean typing hint was drawn as '?' that way. So the
// ranges are one list, read by the atlas (app/fonts.cpp) and by the test that checks every
// text the window can show (tests/app/glyphs.cpp), and the font files are found in one place.
#pragma once
#include <span>
#include <string>

namespace cl::app {

struct GlyphRange {
  char32_t first, last;  // inclusive
};

// Asked of the Latin fonts (DejaVu Sans and Sans Mono by default): Latin-1, punctuation,
// currency (₩), arrows, mathematical signs, box drawing and shapes, dingbats (✓ ✗ ✎).
std::span<const GlyphRange> latin_glyph_ranges();
// Asked of the Hangul font merged into each of them: Hangul, its jamo, CJK punctuation
// (「」、。) and the full-width forms a Korean keyboard types (＝ ，：).
std::span<const GlyphRange> korean_glyph_ranges();
bool in_ranges(std::span<const GlyphRange> ranges, char32_t c);

// The font files fontconfig picks for the window ("" when none, or when a Hangul font is
// asked for and the best match has no Hangul).
struct FontFiles {
  std::string sans, mono, korean, korean_mono;
};
const FontFiles& system_font_files();
// fontconfig's best file for a pattern ("sans:lang=ko"), "" when none.
std::string find_font_file(const std::string& pattern, const char* must_support_lang = nullptr);
// Whether a font file has a glyph for c (its character map, as fontconfig reads it).
bool font_has_glyph(const std::string& file, char32_t c);

// Whether the window draws c with a real glyph: the Latin font has it and was asked for
// it, or else the Hangul font has it and was asked for it (merged fonts fill only the
// glyphs the first one lacks).
bool drawable(char32_t c, const std::string& latin_file, const std::string& korean_file);

}  // namespace cl::app

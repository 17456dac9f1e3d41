#include "app/logic/glyphs.h"

#include <fontconfig/fontconfig.h>
#include <map>
#include <memory>

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

std::string find_font_file(const std::string& pattern_text, const char* must_support_lang) {
  std::string file;
  if (!FcInit()) return file;
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text.c_str()));
  if (!pattern) return file;
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  if (match) {
    FcChar8* path = nullptr;
    bool supported = true;
    // fontconfig always returns *some* font; check it really covers the language.
    if (must_support_lang) {
      FcLangSet* langs = nullptr;
      supported = FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch &&
                  FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>(must_support_lang)) == FcLangEqual;
    }
    if (supported && FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch && path)
      file = reinterpret_cast<const char*>(path);
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pattern);
  return file;
}

const FontFiles& system_font_files() {
  static const FontFiles files = [] {
    FontFiles f;
    f.sans = find_font_file("sans");
    f.mono = find_font_file("monospace");
    f.korean = find_font_file("sans:lang=ko", "ko");
    f.korean_mono = find_font_file("monospace:lang=ko", "ko");
    if (f.korean_mono.empty()) f.korean_mono = f.korean;
    return f;
  }();
  return files;
}

bool font_has_glyph(const std::string& file, char32_t c) {
  if (file.empty() || !FcInit()) return false;
  // Each file's character map is read once: the test asks about hundreds of characters.
  static std::map<std::string, std::shared_ptr<FcCharSet>> maps;
  auto it = maps.find(file);
  if (it == maps.end()) {
    int count = 0;
    FcPattern* p = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()), 0, nullptr, &count);
    FcCharSet* set = nullptr;
    std::shared_ptr<FcCharSet> kept;
    if (p && FcPatternGetCharSet(p, FC_CHARSET, 0, &set) == FcResultMatch && set)
      kept.reset(FcCharSetCopy(set), FcCharSetDestroy);
    if (p) FcPatternDestroy(p);
    it = maps.emplace(file, std::move(kept)).first;
  }
  return it->second && FcCharSetHasChar(it->second.get(), c);
}

bool drawable(char32_t c, const std::string& latin_file, const std::string& korean_file) {
  if (in_ranges(latin_glyph_ranges(), c) && font_has_glyph(latin_file, c)) return true;
  return in_ranges(korean_glyph_ranges(), c) && font_has_glyph(korean_file, c);
}

}  // namespace cl::app

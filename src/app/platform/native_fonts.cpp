// Where the desktop program's fonts come from (app/logic/glyphs.h): fontconfig finds the
// files and reads their character maps. The page has its own (web_fonts.cpp).
#include <fontconfig/fontconfig.h>
#include <map>
#include <memory>
#include "app/logic/glyphs.h"

namespace cl::app {

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

}  // namespace cl::app

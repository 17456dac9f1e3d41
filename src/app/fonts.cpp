#include "app/fonts.h"
#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

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

namespace {

// Latin-1, plus the marks the panels draw: dashes, bullets, arrows, check marks.
const ImWchar kUiRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2500, 0x25FF,
                             0x2700, 0x27BF, 0};

ImFont* add_font(const std::string& latin, const std::string& korean, float size, bool& korean_ok) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig base;
  base.OversampleH = 2;
  base.OversampleV = 1;
  ImFont* font = nullptr;
  if (!latin.empty())
    font = io.Fonts->AddFontFromFileTTF(latin.c_str(), size, &base, kUiRanges);
  if (!font) {
    base.SizePixels = size;
    font = io.Fonts->AddFontDefault(&base);
  }
  if (!korean.empty()) {
    // Merged into the font above: Latin comes from the first font, Hangul from this one.
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;
    merge.OversampleV = 1;
    // Hangul drawn at the Latin font's pixel size looks a size smaller: a syllable
    // block is about as tall as a Latin capital, while the eye reads it against the
    // lower-case text around it (DejaVu's x-height is large). A slightly larger size
    // makes Korean and English body text read alike; the line height stays the
    // Latin font's.
    constexpr float kHangulScale = 1.1f;
    // The larger syllables grow upwards from the baseline; half of the growth moved
    // down keeps them centred on the Latin line.
    merge.GlyphOffset.y = size * (kHangulScale - 1.0f) * 0.5f;
    korean_ok = io.Fonts->AddFontFromFileTTF(korean.c_str(), size * kHangulScale, &merge,
                                             io.Fonts->GetGlyphRangesKorean()) != nullptr;
  }
  return font;
}

}  // namespace

Fonts build_fonts(float size) {
  static const std::string sans = find_font_file("sans");
  static const std::string mono = find_font_file("monospace");
  static const std::string korean = find_font_file("sans:lang=ko", "ko");
  static const std::string korean_mono = [] {
    std::string f = find_font_file("monospace:lang=ko", "ko");
    return f.empty() ? korean : f;
  }();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // FreeType rasterises the eleven thousand Hangul syllables about twice as fast
  // as stb_truetype (0.25 s instead of 0.5 s at 16 px), and hints them crisply.
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  Fonts f;
  f.size = size;
  bool ok_ui = false, ok_mono = false, ok_large = false;
  f.ui = add_font(sans, korean, size, ok_ui);
  f.mono = add_font(mono, korean_mono, size * 0.95f, ok_mono);
  f.large = add_font(sans, korean, size * 1.3f, ok_large);
  f.korean = ok_ui && ok_mono && ok_large;
  io.Fonts->Build();
  return f;
}

Fonts& fonts() {
  static Fonts current;
  return current;
}

}  // namespace cl::app

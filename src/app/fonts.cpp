#include "app/fonts.h"
#include <imgui.h>
#if __has_include(<imgui_freetype.h>)
#include <imgui_freetype.h>  // Debian's Dear ImGui is built with FreeType; the page's is not
#define COOKIELAB_FREETYPE 1
#endif
#include <vector>
#include "app/logic/glyphs.h"
#include "app/logic/layout.h"

namespace cl::app {

namespace {

// ImGui's zero-terminated list of pairs, made from the one list of ranges; ImGui keeps the
// pointer until the atlas is rebuilt, so each list lives for the program.
std::vector<ImWchar> imgui_ranges(std::span<const GlyphRange> ranges) {
  std::vector<ImWchar> r;
  for (const GlyphRange& g : ranges) {
    r.push_back(static_cast<ImWchar>(g.first));
    r.push_back(static_cast<ImWchar>(g.last));
  }
  r.push_back(0);
  return r;
}

const ImWchar* latin_ranges() {
  static const std::vector<ImWchar> r = imgui_ranges(latin_glyph_ranges());
  return r.data();
}

const ImWchar* korean_ranges() {
  static const std::vector<ImWchar> r = imgui_ranges(korean_glyph_ranges());
  return r.data();
}

ImFont* add_font(const std::string& latin, const std::string& korean, float size, bool& korean_ok) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig base;
  base.OversampleH = 2;
  base.OversampleV = 1;
  ImFont* font = nullptr;
  if (!latin.empty()) font = io.Fonts->AddFontFromFileTTF(latin.c_str(), size, &base, latin_ranges());
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
    korean_ok = io.Fonts->AddFontFromFileTTF(korean.c_str(), size * kHangulScale, &merge, korean_ranges()) != nullptr;
  }
  return font;
}

}  // namespace

Fonts build_fonts(float size) {
  const FontFiles& files = system_font_files();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // FreeType rasterises the eleven thousand Hangul syllables about twice as fast
  // as stb_truetype (0.25 s instead of 0.5 s at 16 px), and hints them crisply. The
  // page keeps ImGui's stb_truetype: its fonts hold only the syllables the lessons use.
#ifdef COOKIELAB_FREETYPE
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
#endif
  Fonts f;
  f.size = size;
  bool ok_ui = false, ok_mono = false, ok_large = false;
  f.ui = add_font(files.sans, files.korean, size, ok_ui);
  f.mono = add_font(files.mono, files.korean_mono, mono_font_size(size), ok_mono);
  f.large = add_font(files.sans, files.korean, size * 1.3f, ok_large);
  f.korean = ok_ui && ok_mono && ok_large;
  io.Fonts->Build();
  return f;
}

Fonts& fonts() {
  static Fonts current;
  return current;
}

}  // namespace cl::app

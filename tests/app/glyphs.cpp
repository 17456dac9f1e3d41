// Every character the window can show has a real glyph in the fonts it loads: none is drawn
// as '?'. The texts are the string literals of the code the window shows text from (labels,
// narration, diagnostics, explanations, pages) and every lesson file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include "app/logic/glyphs.h"

using namespace cl::app;
namespace fs = std::filesystem;

namespace {

// Decodes UTF-8; a broken sequence yields U+FFFD, which the check then reports.
std::vector<std::pair<char32_t, std::size_t>> code_points(const std::string& s) {
  std::vector<std::pair<char32_t, std::size_t>> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
      out.emplace_back(0xFFFD, i++);
      continue;
    }
    char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.emplace_back(cp, i);
    i += n;
  }
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The non-ASCII characters of a source file's string literals (comments are not shown),
// or of a whole lesson file; each with the first place it stands, as file:line.
void collect(const fs::path& p, bool literals_only, std::map<char32_t, std::string>& where) {
  const std::string text = read(p);
  std::size_t line = 1;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      in_string = false;  // our literals do not span lines (raw strings are in tests only)
      continue;
    }
    if (literals_only) {
      if (!in_string && c == '/' && i + 1 < text.size() && text[i + 1] == '/') {  // a comment
        while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        continue;
      }
      if (c == '\\' && in_string) {
        ++i;
        continue;
      }
      if (c == '"' && !(i > 0 && text[i - 1] == '\'')) in_string = !in_string;
      if (!in_string) continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) continue;
    std::size_t end = i;
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) ++end;
    for (auto [cp, at] : code_points(text.substr(i, end - i)))
      where.emplace(cp, p.filename().string() + ":" + std::to_string(line));
    i = end - 1;
  }
}

std::map<char32_t, std::string> window_texts() {
  const fs::path root = COOKIELAB_SOURCE_DIR;
  std::map<char32_t, std::string> where;
  // src/report and src/cli write to files and terminals, not to the window.
  for (const char* dir : {"src/app", "src/base", "src/http", "src/cookie", "src/page", "src/server", "src/scenario",
                          "src/sim", "src/serve"}) {
    if (!fs::exists(root / dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root / dir))
      if (e.path().extension() == ".cpp" || e.path().extension() == ".h") collect(e.path(), true, where);
  }
  for (const auto& e : fs::directory_iterator(root / "scenarios"))
    if (e.path().extension() == ".toml") collect(e.path(), false, where);
  return where;
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

TEST_CASE("every text the window shows has a glyph in the fonts it loads", "[glyphs]") {
  const FontFiles& files = system_font_files();
  REQUIRE_FALSE(files.sans.empty());
  REQUIRE_FALSE(files.korean.empty());  // fonts-nanum (scripts/setup.sh)
  const std::map<char32_t, std::string> texts = window_texts();
  REQUIRE(texts.size() > 500);  // Hangul syllables alone: the scan found the texts

  SECTION("the interface font and the monospace font of raw messages") {
    std::vector<std::string> missing;
    for (const auto& [c, place] : texts) {
      if (!drawable(c, files.sans, files.korean)) missing.push_back(hex(c) + " (sans) at " + place);
      if (!drawable(c, files.mono, files.korean_mono)) missing.push_back(hex(c) + " (mono) at " + place);
    }
    INFO("drawn as '?': add the range to app/logic/glyphs.cpp or use another character");
    for (const std::string& m : missing) UNSCOPED_INFO(m);
    CHECK(missing.empty());
  }

  SECTION("the full-width '=' of the Korean typing hint comes from the Hangul font") {
    REQUIRE(texts.count(U'＝'));
    CHECK(drawable(U'＝', files.sans, files.korean));
    CHECK_FALSE(font_has_glyph(files.sans, U'＝'));  // DejaVu has none: the merge supplies it
  }

  SECTION("the check tells a character no loaded font has") {
    CHECK_FALSE(drawable(U'✅', files.sans, files.korean));  // no installed font has U+2705
    // and one outside every range, though the Korean font has it
    CHECK(font_has_glyph(files.korean, U'가'));
    CHECK_FALSE(in_ranges(latin_glyph_ranges(), U'가'));
    CHECK(drawable(U'가', files.sans, files.korean));
  }
}

TEST_CASE("glyph ranges", "[glyphs]") {
  CHECK(in_ranges(korean_glyph_ranges(), 0xFF1D));
  CHECK(in_ranges(latin_glyph_ranges(), U'→'));
  CHECK_FALSE(in_ranges(latin_glyph_ranges(), 0xFF1D));
  for (auto ranges : {latin_glyph_ranges(), korean_glyph_ranges()})
    for (const GlyphRange& r : ranges) {
      CHECK(r.first <= r.last);
      CHECK(r.last <= 0xFFFF);  // ImGui 1.86's ImWchar is 16 bits
    }
}

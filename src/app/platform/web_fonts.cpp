// Where the page's fonts come from (app/logic/glyphs.h): there is no fontconfig in a
// browser, so the build bundles the same four files the desktop program finds (DejaVu Sans
// and Sans Mono, Nanum Gothic and Nanum Gothic Coding), each cut with pyftsubset to the
// characters the lessons and the interface use (cmake/web_fonts.py), in the page's data at
// /fonts.
#include <fstream>
#include "app/logic/glyphs.h"

namespace cl::app {

std::string find_font_file(const std::string& pattern, const char*) {
  if (pattern.rfind("monospace", 0) == 0)
    return pattern.find("lang=ko") != std::string::npos ? "/fonts/korean-mono.ttf" : "/fonts/mono.ttf";
  return pattern.find("lang=ko") != std::string::npos ? "/fonts/korean.ttf" : "/fonts/sans.ttf";
}

const FontFiles& system_font_files() {
  static const FontFiles files{find_font_file("sans"), find_font_file("monospace"), find_font_file("sans:lang=ko"),
                               find_font_file("monospace:lang=ko")};
  return files;
}

// The page does not read character maps (nothing in it asks): a bundled file is taken to
// have what it was cut to.
bool font_has_glyph(const std::string& file, char32_t) { return !file.empty() && std::ifstream(file).good(); }

}  // namespace cl::app

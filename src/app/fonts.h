// Fonts: a sans-serif for the interface, a monospace for raw HTTP text, a larger
// one for narration; each with a Hangul font merged in, found with fontconfig.
#pragma once
#include <string>

struct ImFont;

namespace cl::app {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* mono = nullptr;
  ImFont* large = nullptr;
  bool korean = false;  // a font with Hangul was found and merged
  float size = 0;       // of `ui`, in pixels
};

// Clears ImGui's font atlas and fills it again at `size` pixels.
Fonts build_fonts(float size);
Fonts& fonts();  // the fonts in use

}  // namespace cl::app

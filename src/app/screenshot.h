// Writing the current framebuffer to a PNG (STYLE.md 10: deterministic screenshots).
#pragma once
#include <string>

namespace cl::app {

// Reads the back buffer (width x height) before it is swapped. False when the file
// cannot be written.
bool write_screenshot(const std::string& path, int width, int height);
// The same for a part of it: x, y from the bottom left, as OpenGL counts (File > Export's
// PNG of the sequence view).
bool write_screenshot_region(const std::string& path, int x, int y, int width, int height);

}  // namespace cl::app

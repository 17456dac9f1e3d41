// Writing the current framebuffer to a PNG (STYLE.md 10: deterministic screenshots).
#pragma once
#include <string>

namespace cl::app {

// Reads the back buffer (width x height) before it is swapped. False when the file
// cannot be written.
bool write_screenshot(const std::string& path, int width, int height);

}  // namespace cl::app

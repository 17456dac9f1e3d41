#include "app/screenshot.h"
#include "app/gl_api.h"
#include <stb_image_write.h>
#include <algorithm>
#include <vector>

namespace cl::app {

bool write_screenshot(const std::string& path, int width, int height) {
  return write_screenshot_region(path, 0, 0, width, height);
}

bool write_screenshot_region(const std::string& path, int x, int y, int width, int height) {
  if (width <= 0 || height <= 0) return false;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
  glFinish();
  glReadBuffer(GL_BACK);
  // Rows packed tightly (the default alignment of 4 would pad RGB rows).
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, y, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's first row is the bottom one; PNG's is the top one.
  std::vector<unsigned char> flipped(pixels.size());
  const std::size_t row = static_cast<std::size_t>(width) * 3;
  for (int y = 0; y < height; ++y)
    std::copy_n(&pixels[static_cast<std::size_t>(height - 1 - y) * row], row,
                &flipped[static_cast<std::size_t>(y) * row]);
  return stbi_write_png(path.c_str(), width, height, 3, flipped.data(), static_cast<int>(row)) != 0;
}

}  // namespace cl::app

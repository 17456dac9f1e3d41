// Checks that screenshots are real renderings of the window: the expected size,
// not blank (many colours, much drawn on), and each different from the one before
// (another step or language must change what is on screen).
//   png_check WxH first.png second.png ...
#include <stb_image.h>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace {

struct Image {
  int w = 0, h = 0;
  std::vector<unsigned char> rgb;
};

bool load(const char* path, Image& img) {
  int channels = 0;
  unsigned char* data = stbi_load(path, &img.w, &img.h, &channels, 3);
  if (!data) return false;
  img.rgb.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 3);
  stbi_image_free(data);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int want_w = 0, want_h = 0;
  if (argc < 3 || std::sscanf(argv[1], "%dx%d", &want_w, &want_h) != 2) {
    std::fprintf(stderr, "usage: png_check WxH a.png [b.png ...]\n");
    return 2;
  }
  int failures = 0;
  Image previous;
  for (int i = 2; i < argc; ++i) {
    Image img;
    if (!load(argv[i], img)) {
      std::fprintf(stderr, "%s: not a readable PNG\n", argv[i]);
      ++failures;
      continue;
    }
    if (img.w != want_w || img.h != want_h) {
      std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[i], img.w, img.h, want_w, want_h);
      ++failures;
    }
    // Not blank: a window of text and tables has hundreds of colours (anti-aliased
    // glyphs), and most pixels differ from the top-left (background) one.
    std::set<unsigned> colours;
    std::size_t unlike_corner = 0;
    const std::size_t pixels = img.rgb.size() / 3;
    for (std::size_t p = 0; p < pixels; ++p) {
      const unsigned c = img.rgb[p * 3] << 16 | img.rgb[p * 3 + 1] << 8 | img.rgb[p * 3 + 2];
      if (colours.size() < 10000) colours.insert(c);
      if (img.rgb[p * 3] != img.rgb[0] || img.rgb[p * 3 + 1] != img.rgb[1] || img.rgb[p * 3 + 2] != img.rgb[2])
        ++unlike_corner;
    }
    std::printf("%s: %dx%d, %zu colours, %.1f%% drawn\n", argv[i], img.w, img.h, colours.size(),
                100.0 * static_cast<double>(unlike_corner) / static_cast<double>(pixels));
    if (colours.size() < 500 || unlike_corner < pixels / 20) {
      std::fprintf(stderr, "%s: looks blank\n", argv[i]);
      ++failures;
    }
    if (!previous.rgb.empty() && previous.rgb.size() == img.rgb.size()) {
      std::size_t differ = 0;
      for (std::size_t p = 0; p < pixels; ++p)
        if (img.rgb[p * 3] != previous.rgb[p * 3] || img.rgb[p * 3 + 1] != previous.rgb[p * 3 + 1] ||
            img.rgb[p * 3 + 2] != previous.rgb[p * 3 + 2])
          ++differ;
      std::printf("  %.2f%% of pixels differ from %s\n",
                  100.0 * static_cast<double>(differ) / static_cast<double>(pixels), argv[i - 1]);
      if (differ < pixels / 200) {
        std::fprintf(stderr, "%s: (almost) the same as %s\n", argv[i], argv[i - 1]);
        ++failures;
      }
    }
    previous = std::move(img);
  }
  return failures == 0 ? 0 : 1;
}

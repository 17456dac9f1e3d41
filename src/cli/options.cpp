#include "cli/options.h"

#include <charconv>

namespace cl::cli {

bool parse_int(std::string_view text, int& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

bool parse_size(std::string_view text, int& w, int& h) {
  const std::size_t x = text.find('x');
  return x != std::string_view::npos && parse_int(text.substr(0, x), w) && parse_int(text.substr(x + 1), h) && w > 0 &&
         h > 0 && w <= 8192 && h <= 8192;
}

bool parse_lang(std::string_view text, Lang& out) {
  if (text == "en") out = Lang::En;
  else if (text == "ko") out = Lang::Ko;
  else return false;
  return true;
}

}  // namespace cl::cli

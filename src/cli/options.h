// Small parsers for command-line values, shared by the subcommands.
#pragma once
#include <string_view>
#include "base/text.h"

namespace cl::cli {

bool parse_int(std::string_view text, int& out);         // decimal, fits in int
bool parse_size(std::string_view text, int& w, int& h);  // "1280x720"
bool parse_lang(std::string_view text, Lang& out);       // "en" | "ko"

}  // namespace cl::cli

// The lesson that runs when no file is given. Its text is scenarios/04-sessions.toml,
// embedded by the build (cmake/embed.cmake) so the file on disk stays the one source.
#include "scenario/load.h"

namespace cl::scenario {

namespace {
const unsigned char kLesson[] = {
#include "default_lesson_data.inc"
};
}  // namespace

std::string_view default_lesson_toml() {
  return std::string_view(reinterpret_cast<const char*>(kLesson), sizeof kLesson);
}

LoadResult load_default_lesson() { return load_scenario_text(default_lesson_toml(), "<built-in>"); }

}  // namespace cl::scenario

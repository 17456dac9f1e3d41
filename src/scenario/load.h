// Reading a scenario file. The whole file is checked before anything runs, and
// every mistake is reported at once as file:line:column with what was expected.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"
#include "base/text.h"
#include "scenario/scenario.h"

namespace cl::scenario {

struct Diagnostic {
  std::string file;
  int line = 0, column = 0;  // 1-based; 0 when the whole file is meant
  Message message;           // what is wrong, and what is allowed (scenario_messages.h): told in either language
  std::string to_string(Lang lang = Lang::En) const;  // "file:line:column: message"
};

struct LoadResult {
  std::optional<Scenario> scenario;  // set only when there are no diagnostics
  std::vector<Diagnostic> diagnostics;
};

LoadResult load_scenario_file(const std::string& path);
LoadResult load_scenario_text(std::string_view toml_text, const std::string& path);

// The lesson that runs when no file is given (the login walk-through).
std::string_view default_lesson_toml();
LoadResult load_default_lesson();

}  // namespace cl::scenario

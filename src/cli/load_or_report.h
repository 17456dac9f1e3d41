// Loading a scenario for a subcommand: "-" is the built-in lesson; every
// diagnostic goes to stderr as file:line:column: message, in the asked language.
#pragma once
#include <optional>
#include <string>
#include "base/text.h"
#include "scenario/scenario.h"

namespace cl::cli {

std::optional<scenario::Scenario> load_or_report(const std::string& path, Lang lang = Lang::En);

}  // namespace cl::cli

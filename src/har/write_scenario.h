// A scenario as a TOML file a teacher can edit (scenarios/FORMAT.md): what
// `cookielab import capture.har -o lesson.toml` writes. The capture's servers are
// scripted routes; each entry is a step with its narration, ready for questions.
#pragma once
#include <string>
#include "scenario/scenario.h"

namespace cl::har {

std::string scenario_toml(const scenario::Scenario& sc, const std::string& source_name);

// A TOML basic string, quoted: `"`, `\` and control characters escaped (TOML 1.0 2.4).
std::string toml_string(std::string_view s);

}  // namespace cl::har

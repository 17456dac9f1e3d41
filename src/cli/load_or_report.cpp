#include "cli/load_or_report.h"

#include <cstdio>
#include "scenario/load.h"

namespace cl::cli {

std::optional<scenario::Scenario> load_or_report(const std::string& path, Lang lang) {
  scenario::LoadResult r = path == "-" ? scenario::load_default_lesson() : scenario::load_scenario_file(path);
  for (const scenario::Diagnostic& d : r.diagnostics) std::fprintf(stderr, "%s\n", d.to_string(lang).c_str());
  return std::move(r.scenario);
}

}  // namespace cl::cli

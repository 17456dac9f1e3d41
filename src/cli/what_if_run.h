// `cookielab run FILE --what-if SPEC...`: the branch's transcript, headed by where it
// parts from the original and why (src/whatif).
#pragma once
#include <ostream>
#include <string>
#include <vector>
#include "base/text.h"
#include "report/transcript.h"
#include "scenario/scenario.h"
#include "sim/world.h"
#include "whatif/branch.h"

namespace cl::cli {

// The specs parsed into one what-if; false with `error` (one line) when a spec is
// malformed or the specs fork at different steps.
bool parse_what_ifs(const std::vector<std::string>& specs, whatif::WhatIf& out, std::string& error, Lang lang);

// Forks `original` (run to its end) and writes the branch's transcript in `format`;
// false with `error` when the fork cannot be made.
bool write_what_if(std::ostream& out, const sim::World& original, const whatif::WhatIf& what_if, report::Format format,
                   Lang lang, std::string& error);

}  // namespace cl::cli

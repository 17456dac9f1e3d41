// The checks that need the whole file: names one part gives and another part uses
// (browsers, servers, users), hosts served twice, and the defaults that depend on
// what was declared (the one browser "browser", which browser a step drives).
#pragma once
#include "scenario/findings.h"
#include "scenario/scenario.h"

namespace cl::scenario {

// Fills defaults into `scenario` and reports every broken reference into `findings`,
// at the position the reader recorded for the value.
void check_references(Scenario& scenario, Findings& findings);

}  // namespace cl::scenario

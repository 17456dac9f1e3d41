// Two runs of one lesson compared step by step (whatif/branch.h is the interface):
// what differs in each step from `at` on, where the runs part and why, and which
// checks and questions changed their outcome.
#pragma once
#include <vector>
#include "sim/world.h"
#include "whatif/branch.h"

namespace cl::whatif {

// `branch` goes on from `original`'s state before lesson step `at` (from 1); its
// scenario has the change step at index at - 1, so its index k holds lesson step k.
void compare_runs(const sim::World& original, const sim::World& branch, int at, std::vector<StepDiff>& steps,
                  Parting& parting, std::vector<OutcomeChange>& outcomes);

}  // namespace cl::whatif

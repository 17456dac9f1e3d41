// A lesson's [[experiment]]: fork where it says, make its changes, and check what the
// learner should predict (where the runs part, what a step shows on the branch).
// `cookielab check` runs every experiment of a lesson; the window offers them as
// questions: predict, then run it.
#pragma once
#include <vector>
#include "base/text.h"
#include "scenario/scenario.h"
#include "sim/world.h"
#include "whatif/branch.h"

namespace cl::whatif {

struct ExperimentResult {
  ForkResult fork;                  // the experiment's branch (fork.error when it cannot be made)
  std::vector<Bilingual> failures;  // each prediction that did not come true, in words
  bool passed() const { return fork.ok() && failures.empty(); }
};

WhatIf what_if_of(const scenario::Experiment& experiment);

// `original` is the lesson run to its end.
ExperimentResult run_experiment(const sim::World& original, const scenario::Experiment& experiment);

}  // namespace cl::whatif

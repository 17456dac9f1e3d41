#include "whatif/experiment.h"

#include "sim/checks.h"
#include "whatif/whatif_messages.h"

namespace cl::whatif {

namespace {
using M = WhatIfMsg;
}  // namespace

WhatIf what_if_of(const scenario::Experiment& x) { return {x.at, x.changes}; }

ExperimentResult run_experiment(const sim::World& original, const scenario::Experiment& x) {
  ExperimentResult r;
  const WhatIf w = what_if_of(x);
  r.fork = fork(original, w);
  if (!r.fork.ok()) {
    r.failures.push_back(r.fork.error.both());
    return r;
  }
  const Branch& b = *r.fork.branch;
  if (x.parts_at) {
    const Parting& p = b.parting();
    if (*x.parts_at == 0 && !p.none()) {
      r.failures.push_back(
          {message(M::ExpectedNoDifference, {p.text.en}).en(), message(M::ExpectedNoDifference, {p.text.ko}).ko()});
    } else if (*x.parts_at != 0 && p.step != *x.parts_at) {
      const std::string n = std::to_string(*x.parts_at);
      r.failures.push_back(
          {message(M::ExpectedParting, {n, p.text.en}).en(), message(M::ExpectedParting, {n, p.text.ko}).ko()});
    }
  }
  if (x.expect_step > 0 && x.expect.any()) {
    // The prediction becomes the expectations of that step of the branch: the World
    // checks them as it checks a lesson's own, in the state right after the step.
    scenario::Scenario sc = branch_scenario(original.scenario(), w);
    scenario::Step& target = sc.steps[static_cast<std::size_t>(x.expect_step)];
    target.expect = x.expect;
    target.question.reset();
    const std::size_t fork_index = b.fork_index();
    const sim::Timeline& ot = original.timeline();
    sim::World world(std::move(sc), {}, fork_index == 0 ? ot.initial() : ot.snapshot(fork_index - 1),
                     static_cast<std::size_t>(x.at - 1));
    while (!world.finished() && world.next_scenario_step() <= static_cast<std::size_t>(x.expect_step))
      world.run_step(world.next_scenario_step());
    const sim::Timeline& t = world.timeline();
    for (std::size_t i = t.size(); i-- > 0;) {
      if (t.step(i).scenario_step != x.expect_step) continue;
      for (const sim::ExpectationResult& c : t.step(i).checks) {
        if (c.passed) continue;
        const Message seen = c.seen.empty() ? message(M::NoneText) : sim::describe_seen(c);
        r.failures.push_back(
            message(M::ExpectedCheck, {std::to_string(x.expect_step), sim::describe_check(c), seen}).both());
      }
      break;
    }
  }
  return r;
}

}  // namespace cl::whatif

// What if: fork a lesson at a step, change one or more things there (a cookie in the
// jar, a server's behaviour, the browser, the clock: scenario/change.h), replay the
// lesson's remaining steps on the branch, and compare it with the original step by
// step. The window (src/app) and `cookielab run --what-if` call these.
//
// A branch never touches the original: fork() only reads the original World and
// builds a World of its own that goes on from the original's state before the step
// (sim::World's resuming constructor), so the branch's first state shares every
// browser and session row with the original's timeline; the branch's timeline holds
// only what it ran: the change (a step of action "change") and the steps after it.
//
// Numbers: `step` fields count the lesson's steps from 1, as the original numbers
// them (the branch's change step is not counted). Timeline positions are 0-based,
// on the original's timeline or on the branch's own (Branch::world()).
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"
#include "base/text.h"
#include "scenario/change.h"
#include "scenario/scenario.h"
#include "sim/world.h"

namespace cl::whatif {

using scenario::Change;

// Where the lesson forks and what changes there: the changes are made just before
// step `at` (from 1) runs, and the steps from `at` on replay on the branch.
struct WhatIf {
  int at = 1;
  std::vector<Change> changes;
  bool operator==(const WhatIf&) const = default;
};

// What of a step can differ between the two runs, in the order a difference is
// reported as the reason the runs part.
enum class Aspect { CookieHeader, SetCookie, Status, User, Page, Jar, Sessions, Count };
std::string_view aspect_id(Aspect aspect);  // "cookie", "set-cookie", "status", "user", "page", "jar", "sessions"
Bilingual aspect_label(Aspect aspect);      // "Cookie header" / "Cookie 헤더", ...

// One difference: what the original showed and what the branch shows, as short
// texts for side-by-side display ("sessionid=…; csrftoken=…", "302", "(none)"), in
// both languages: data (a header, a cookie line) reads the same in both, the words
// around it ("(none)", "expires …", "stored") are the learner's.
struct Difference {
  Aspect aspect = Aspect::Count;
  Bilingual original, branch;
  // The jar or the session table differs exactly as it did before the step (the change
  // itself, or an earlier step's doing): shown, but not what this step did differently.
  bool carried = false;
  bool operator==(const Difference&) const = default;
};

// One step of the lesson, in both runs.
struct StepDiff {
  int step = 0;  // from 1
  // Its timeline entries: [first, first + count) on each timeline.
  std::size_t original_first = 0, original_count = 0;
  std::size_t branch_first = 0, branch_count = 0;
  std::vector<Difference> differences;  // in Aspect order; empty: the same in both
  bool same() const { return differences.empty(); }
  // Whether the step itself went differently (a difference that is not carried):
  // the runs part at the first such step.
  bool differs() const;
  const Difference* find(Aspect a) const;
  bool operator==(const StepDiff&) const = default;
};

// Where the two runs part: the first step that differs (StepDiff::differs) and why, in the engine's
// words ("step 3: sessionid is not sent: ... (RFC 6265 5.4 step 1)").
struct Parting {
  int step = 0;                   // 0: no step differs
  Aspect aspect = Aspect::Count;  // the difference the reason speaks of
  Bilingual text;                 // "no step differs: ..." when step is 0
  bool none() const { return step == 0; }
};

// A check of a step (its `expect`) or a question whose outcome changed on the branch.
struct OutcomeChange {
  int step = 0;           // from 1
  bool question = false;  // the question of the step (whose checks changed), else one check
  std::string what;       // the check's key ("sent", "logged_in", ...); "" for a question
  bool original_passed = true, branch_passed = true;
  Bilingual text;  // "step 3: sessionid is sent: passes in the original, fails on this branch"
};

class Branch {
 public:
  const WhatIf& what_if() const { return what_if_; }
  // The branch's run: its scenario is the original's with the change step before
  // step `at`; its timeline starts with that change step.
  const sim::World& world() const { return *world_; }
  // The changes in words: "at step 3: sessionid in alice's jar: HttpOnly off".
  const Bilingual& description() const { return description_; }
  // One per lesson step from `at` to the end.
  const std::vector<StepDiff>& steps() const { return steps_; }
  const StepDiff* step(int lesson_step) const;  // nullptr before `at` or past the end
  const Parting& parting() const { return parting_; }
  const std::vector<OutcomeChange>& outcomes() const { return outcomes_; }

  // For an entry of the branch's timeline: the lesson step it belongs to (from 1; 0
  // for the change step), and the original timeline entry it stands in for (the entry
  // at the same place of the same step; nullopt for the change step and for an entry
  // the original's step did not have).
  int lesson_step_of(std::size_t branch_index) const;
  std::optional<std::size_t> replaces(std::size_t branch_index) const;
  // The original's timeline entries before the fork (the branch shares them): the
  // state the change was made to is original.timeline().snapshot(fork_index() - 1).
  std::size_t fork_index() const { return fork_index_; }

  // The memory the branch adds to the original's (its own timeline and its servers'
  // rows; the shared state is not counted), in bytes, for the benchmark.
  std::size_t memory_estimate() const;

  Branch(const Branch&) = delete;
  Branch& operator=(const Branch&) = delete;
  ~Branch();

 private:
  Branch() = default;
  friend struct BranchBuilder;
  WhatIf what_if_;
  std::unique_ptr<sim::World> world_;
  Bilingual description_;
  std::vector<StepDiff> steps_;
  Parting parting_;
  std::vector<OutcomeChange> outcomes_;
  std::size_t fork_index_ = 0;
  std::vector<int> lesson_step_;                      // by branch timeline entry
  std::vector<std::optional<std::size_t>> replaces_;  // by branch timeline entry
};

struct ForkResult {
  std::shared_ptr<const Branch> branch;  // null when the fork cannot be made
  Message error;                         // why (whatif_messages.h)
  bool ok() const { return branch != nullptr; }
};

// Forks `original` (a lesson run to its end, or at least past `at`) at what_if.at.
// The original is only read; the same what-if on the same original gives the same
// branch, byte for byte. Errors: a step out of range, no change, a browser, server
// or cookie (in the jar before that step) the lesson does not have, a CSRF check
// turned on where the framework has none.
ForkResult fork(const sim::World& original, const WhatIf& what_if);

// The branch's lesson: the original's steps with a step of action "change" before
// step `at` (its browser the browser of step `at`, its words the change in words).
scenario::Scenario branch_scenario(const scenario::Scenario& original, const WhatIf& what_if);

// The branch as a scenario file a teacher can read and edit: `original_text` (the
// original's file) with the change step written in before step `at`, a comment at
// the top saying what was changed, and the lesson's [[experiment]] tables left out
// (their step numbers are the original's). Loading it and running it gives the
// branch's steps. scenario_text() gives the original's file text (the built-in
// lesson's too; nullopt when the file cannot be read).
std::string branch_file_text(const scenario::Scenario& original, std::string_view original_text, const WhatIf& what_if);
std::optional<std::string> scenario_text(const scenario::Scenario& scenario);
// Writes branch_file_text() to `path`; false with `error` set when it cannot.
bool save_branch(const scenario::Scenario& original, const WhatIf& what_if, const std::string& path,
                 std::string* error = nullptr);

}  // namespace cl::whatif

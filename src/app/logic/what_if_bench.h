// The window's what-if bench as plain values: the branches the learner made (kept,
// switched between, one click back to the original), the comparison of the shown
// step in the two runs with the marks the jar and session panels already use, the
// two runs' arrows side by side, and a lesson's [[experiment]]s as questions
// (predict, then run). The branches come from whatif::fork(), which only reads the
// lesson: the lesson's own timeline is never touched (tests/app/what_if_bench.cpp).
//
// How it sits beside the learner's own path (own_path.h): the own path keeps what
// the learner did by hand after a step (and stops there); a branch changes the world
// at a step and replays the rest of the lesson. Both fork from the shown step and
// leave the lesson as it was; a branch is always made from the lesson's own run.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "app/logic/highlight.h"
#include "app/logic/row_colors.h"
#include "base/message.h"
#include "whatif/branch.h"

namespace cl::app {

// One row of a difference for the shown step: what the original showed, what the
// branch shows, and the mark it gets (New: only the branch has something there;
// Removed: only the original had; Changed: both, differently).
struct DiffRow {
  whatif::Aspect aspect = whatif::Aspect::Count;
  Bilingual original, branch;  // shown in the learner's language
  Change mark = Change::Changed;
};
Change mark_of(const whatif::Difference& d);
// A marked row's colours: the session table's for a row of that change (row_colors.h),
// so the what-if window reads as the jar and session panels do, in both themes.
RowColors diff_row_colors(Change mark, bool high_contrast);

// The shown step in both runs.
struct StepCompare {
  int step = 0;               // lesson step (from 1); 0 at the start
  bool before_fork = false;   // the branch shares this step with the original
  bool past_end = false;      // the lesson has no such step
  std::vector<DiffRow> rows;  // empty: the same in both (or before the fork)
  // The shown browser's jar after the step: the branch's against the original's
  // (New: only on the branch, Removed: only in the original, Changed: different).
  std::vector<CookieRow> jar;
  // Each server's session table after the step, the same way.
  std::vector<std::vector<SessionRowView>> sessions;
  bool same() const { return rows.empty(); }
};
StepCompare compare_step(const sim::World& original, const whatif::Branch& branch, int lesson_step, int browser);

// The two runs' arrows for each step from the fork on, for the side-by-side lanes:
// "GET /profile → 200 OK" per timeline entry, or the note of a local action.
struct LaneRow {
  int step = 0;  // from 1
  std::vector<std::string> original, branch;
  bool differs = false;
};
std::vector<LaneRow> side_by_side(const sim::World& original, const whatif::Branch& branch, Lang lang);

// What the learner predicts an experiment does.
enum class Prediction { Parts, Same };

struct ExperimentState {
  std::optional<Prediction> predicted;
  std::shared_ptr<const whatif::Branch> branch;  // once run
};

struct ExperimentOutcome {
  bool parts = false;  // the branch parts from the original
  bool right = false;  // as predicted
  const whatif::Branch* branch = nullptr;
};

// Where a saved branch went, or why it did not.
struct SaveStatus {
  bool ok = false;
  std::string path;  // as written (absolute)
  std::string error;
};

class WhatIfBench {
 public:
  // Called every frame with the lesson's own World: another lesson (or a reload)
  // drops the branches and experiments of the old one.
  void follow(const sim::World* lesson);

  const std::vector<std::shared_ptr<const whatif::Branch>>& branches() const { return branches_; }
  int selected() const { return selected_; }  // -1: the original
  const whatif::Branch* shown() const;        // null: the original
  // Forks the lesson and shows the branch; the same what-if again shows the branch
  // made before. False with `error` (whatif_messages.h) when the fork cannot be made.
  bool run(const sim::World& lesson, const whatif::WhatIf& what_if, Message* error = nullptr);
  void select(int index);  // out of range: the original
  void back_to_original() { selected_ = -1; }
  void remove(int index);

  // The lesson's experiments (scenario.experiments), by index.
  const ExperimentState* experiment(std::size_t index) const;
  void predict(std::size_t index, Prediction prediction);
  // Runs an experiment once its prediction is given (false otherwise, or when the fork
  // cannot be made): the branch joins the list and is shown.
  bool run_experiment(const sim::World& lesson, std::size_t index, Message* error = nullptr);
  std::optional<ExperimentOutcome> outcome(std::size_t index) const;

  // Writes the shown branch as a scenario file (whatif::save_branch).
  SaveStatus save_shown(const sim::World& lesson, const std::string& path) const;

 private:
  const sim::World* lesson_ = nullptr;
  std::vector<std::shared_ptr<const whatif::Branch>> branches_;
  int selected_ = -1;
  std::vector<ExperimentState> experiments_;
};

// Where the learner's first saved branch of a lesson goes unless they type another
// path: beside the lesson, "04-sessions-what-if-1.toml" ("lesson-what-if-1.toml" in
// the working folder for the built-in lesson).
std::string suggested_save_path(const scenario::Scenario& lesson, std::size_t number);

}  // namespace cl::app

// The sequence view with a what-if branch open: the branch's arrows beside the
// original's. Each row of the view holds one timeline entry of the original, one of the
// branch, or both (the original's arrows above, the branch's below, in a row twice as
// tall); rows before the fork are the original's alone, since the branch shares them.
// Steps that went differently on the branch are marked, the one where the runs part
// the most. Kept apart from drawing so tests check which arrows go where and which
// marks they get (tests/app/sequence_branch.cpp); the panel draws what this says.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>
#include "app/logic/what_if_bench.h"
#include "whatif/branch.h"

namespace cl::app {

// What a row says of the two runs.
enum class RunMark {
  None,     // the original alone, or a step the same in both runs
  Change,   // the branch's change step (the things changed, before the step it forks at)
  Carried,  // the step went the same, but the jar or the sessions differ from earlier on
  Differs,  // the step itself went differently (whatif::StepDiff::differs)
  Parts,    // the first step that differs: where the runs part
};

struct SequenceRow {
  std::optional<std::size_t> original;  // its entry on the original's timeline
  std::optional<std::size_t> branch;    // its entry on the branch's timeline
  int step = 0;                         // the lesson step (from 1) from the fork on; 0 before it and for the change
  RunMark mark = RunMark::None;
  bool first_of_step = false;  // the step's first row (where its mark is drawn)
  // The step's entries on the original that are shown, [first, end): a waiting question
  // on one of them hides the branch's answer on the step's rows too.
  std::size_t step_original_first = 0, step_original_end = 0;
  // Lines of arrows: 2 when both runs have an entry here, else 1.
  int units() const { return original && branch ? 2 : 1; }
  // The line (0 or 1) the branch's arrows are drawn on.
  int branch_unit() const { return original ? 1 : 0; }
};

// The rows of the view, and where each begins in lines of arrows (a line is the height
// of one row of the original alone). Without a branch row r is entry r, one line high:
// the view is exactly what it was, and nothing is stored for its ten thousand rows.
class SequenceRows {
 public:
  // The first `shown` entries of the original (the steps the learner may see), with
  // `branch`'s beside them from its fork on (null: the original alone). The branch's
  // steps come only as far as the original's shown ones, so a waiting question's
  // answer is not given away by the branch either.
  SequenceRows(std::size_t shown, const whatif::Branch* branch);
  SequenceRows() = default;

  bool two_runs() const { return !rows_.empty() || forked_; }
  std::size_t size() const { return two_runs() ? rows_.size() : shown_; }
  SequenceRow row(std::size_t r) const;
  std::size_t lines_before(std::size_t r) const;  // lines above row r
  std::size_t lines() const { return lines_before(size()); }
  // The row that draws the original's entry (its current step), or nothing past the rows.
  std::optional<std::size_t> row_of_original(std::size_t entry) const;
  // The row that draws the branch's entry.
  std::optional<std::size_t> row_of_branch(std::size_t entry) const;

 private:
  std::size_t shown_ = 0;
  bool forked_ = false;
  std::vector<SequenceRow> rows_;
  std::vector<std::size_t> lines_before_;  // by row, with the total at the end
  static constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);
  std::vector<std::size_t> original_row_;  // by original entry: its row
  std::vector<std::size_t> branch_row_;    // by branch entry: its row, kNoRow when not shown
};

// Where a click falls: a row, and whether on its branch line.
struct RowHit {
  std::size_t row = 0;
  bool on_branch = false;
};
// The row under y (the first row's top at `top`, lines `line_height` high), or nothing
// outside the rows.
std::optional<RowHit> hit_row(const SequenceRows& rows, float y, float top, float line_height);
// Rows [first, last) that meet the band [view_top, view_top + view_height).
struct RowSpan {
  std::size_t first = 0, last = 0;
};
RowSpan visible_span(const SequenceRows& rows, float view_top, float view_height, float line_height);
// The scroll offset that brings row r into the view, moving as little as possible.
float scroll_to_row(const SequenceRows& rows, std::size_t r, float scroll, float view_height, float line_height);

// A branch entry the learner clicked in the sequence, shown in the inspector while the
// same branch is shown and the lesson stays at the position the click went to.
struct BranchPick {
  const whatif::Branch* branch = nullptr;
  std::size_t entry = 0;     // on the branch's timeline
  std::size_t position = 0;  // the lesson's position the click went to
};
// The clicked branch step, or null when the pick no longer holds (another branch, the
// original, another step) or names no entry.
const sim::Step* picked_step(const BranchPick& pick, const whatif::Branch* shown, std::size_t position);
// The lesson position a click on the branch's entry goes to: the end of its lesson step
// on the original (where the What if window compares that step); the change step goes
// to the step before the fork.
std::size_t position_for_branch_entry(const whatif::Branch& branch, std::size_t entry);
// A branch's name as the What if window's buttons give it ("Branch 2", "갈래 2"), for the
// sequence's key and the inspector's heading.
std::string branch_label(const WhatIfBench& bench, const whatif::Branch* branch, Lang lang);

}  // namespace cl::app

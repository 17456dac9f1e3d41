#include "app/logic/sequence_branch.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "app/logic/ui_text.h"

namespace cl::app {
namespace {

RunMark mark_of_step(const whatif::StepDiff& d, const whatif::Parting& parting) {
  if (!parting.none() && d.step == parting.step) return RunMark::Parts;
  if (d.differs()) return RunMark::Differs;
  return d.same() ? RunMark::None : RunMark::Carried;
}

// The line at y, or a negative number above the rows.
long line_at(float y, float top, float line_height) {
  if (line_height <= 0 || y < top) return -1;
  return static_cast<long>(std::floor((y - top) / line_height));
}

}  // namespace

SequenceRows::SequenceRows(std::size_t shown, const whatif::Branch* branch) : shown_(shown) {
  if (!branch) return;
  forked_ = true;
  const std::size_t branch_size = branch->world().timeline().size();
  const std::size_t fork = std::min(branch->fork_index(), shown);
  auto original_only = [&](std::size_t entry) {
    SequenceRow r;
    r.original = entry;
    r.step_original_first = entry;
    r.step_original_end = entry + 1;
    rows_.push_back(r);
  };
  // Before the fork the branch is the original: its rows are the original's alone.
  std::size_t next = 0;
  for (; next < fork; ++next) original_only(next);
  // The change, drawn on the branch's line where the step it forks before begins (once
  // the learner has come as far as the fork).
  const bool reached = fork == branch->fork_index();
  const std::size_t changes = !reached                  ? 0
                              : branch->steps().empty() ? branch_size
                                                        : std::min(branch->steps().front().branch_first, branch_size);
  for (std::size_t b = 0; b < changes; ++b) {
    SequenceRow r;
    r.branch = b;
    r.mark = RunMark::Change;
    r.first_of_step = b == 0;
    r.step_original_first = r.step_original_end = next;
    rows_.push_back(r);
  }
  for (const whatif::StepDiff& d : branch->steps()) {
    if (!reached) break;
    // Only steps the learner may see, and never an entry twice (the steps come in order).
    if (d.original_first < next || (d.original_first >= shown && d.original_count > 0) || d.original_first > shown)
      break;
    const std::size_t o_count = std::min(d.original_count, shown - d.original_first);
    const std::size_t b_count =
        d.branch_first < branch_size ? std::min(d.branch_count, branch_size - d.branch_first) : 0;
    const RunMark mark = mark_of_step(d, branch->parting());
    for (std::size_t k = 0; k < std::max(o_count, b_count); ++k) {
      SequenceRow r;
      if (k < o_count) r.original = d.original_first + k;
      if (k < b_count) r.branch = d.branch_first + k;
      r.step = d.step;
      r.mark = mark;
      r.first_of_step = k == 0;
      r.step_original_first = d.original_first;
      r.step_original_end = d.original_first + o_count;
      rows_.push_back(r);
    }
    next = d.original_first + o_count;
  }
  // Entries no lesson step made (live requests after the lesson): the original's alone.
  for (; next < shown; ++next) original_only(next);
  lines_before_.reserve(rows_.size() + 1);
  original_row_.reserve(shown);
  branch_row_.assign(branch_size, kNoRow);
  std::size_t lines = 0;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const SequenceRow& r = rows_[i];
    lines_before_.push_back(lines);
    lines += static_cast<std::size_t>(r.units());
    if (r.original) original_row_.push_back(i);  // the original's entries come in order, every one
    if (r.branch) branch_row_[*r.branch] = i;
  }
  lines_before_.push_back(lines);
}

SequenceRow SequenceRows::row(std::size_t r) const {
  if (two_runs()) return r < rows_.size() ? rows_[r] : SequenceRow{};
  SequenceRow one;
  one.original = r;
  one.step_original_first = r;
  one.step_original_end = r + 1;
  return one;
}

std::size_t SequenceRows::lines_before(std::size_t r) const {
  if (!two_runs()) return std::min(r, shown_);
  if (lines_before_.empty()) return 0;
  return lines_before_[std::min(r, lines_before_.size() - 1)];
}

std::optional<std::size_t> SequenceRows::row_of_original(std::size_t entry) const {
  if (!two_runs()) return entry < shown_ ? std::optional<std::size_t>(entry) : std::nullopt;
  return entry < original_row_.size() ? std::optional<std::size_t>(original_row_[entry]) : std::nullopt;
}

std::optional<std::size_t> SequenceRows::row_of_branch(std::size_t entry) const {
  if (entry >= branch_row_.size() || branch_row_[entry] == kNoRow) return std::nullopt;
  return branch_row_[entry];
}

std::optional<RowHit> hit_row(const SequenceRows& rows, float y, float top, float line_height) {
  const long line = line_at(y, top, line_height);
  if (line < 0 || static_cast<std::size_t>(line) >= rows.lines()) return std::nullopt;
  const auto l = static_cast<std::size_t>(line);
  if (!rows.two_runs()) return RowHit{l, false};
  // The last row whose first line is at or above the one hit.
  std::size_t lo = 0, hi = rows.size();
  while (hi - lo > 1) {
    const std::size_t mid = (lo + hi) / 2;
    if (rows.lines_before(mid) <= l) lo = mid;
    else hi = mid;
  }
  const SequenceRow r = rows.row(lo);
  const bool on_branch = r.branch && l - rows.lines_before(lo) == static_cast<std::size_t>(r.branch_unit());
  return RowHit{lo, on_branch};
}

RowSpan visible_span(const SequenceRows& rows, float view_top, float view_height, float line_height) {
  if (line_height <= 0 || rows.size() == 0 || view_height <= 0) return {};
  const float first_line = std::max(0.0f, std::floor(view_top / line_height));
  const float end_line = std::ceil((view_top + view_height) / line_height);
  RowSpan s;
  if (end_line <= first_line) return s;
  const std::optional<RowHit> first = hit_row(rows, first_line * line_height + line_height * 0.5f, 0, line_height);
  if (!first) {
    s.first = s.last = rows.size();
    return s;
  }
  s.first = first->row;
  const std::optional<RowHit> last = hit_row(rows, (end_line - 0.5f) * line_height, 0, line_height);
  s.last = last ? last->row + 1 : rows.size();
  return s;
}

float scroll_to_row(const SequenceRows& rows, std::size_t r, float scroll, float view_height, float line_height) {
  const float top = line_height * static_cast<float>(rows.lines_before(r));
  const float bottom = line_height * static_cast<float>(rows.lines_before(r + 1));
  if (top < scroll) return top;
  if (bottom > scroll + view_height) return std::max(0.0f, std::min(top, bottom - view_height));
  return scroll;
}

const sim::Step* picked_step(const BranchPick& pick, const whatif::Branch* shown, std::size_t position) {
  if (!pick.branch || pick.branch != shown || pick.position != position) return nullptr;
  const sim::Timeline& t = shown->world().timeline();
  return pick.entry < t.size() ? &t.step(pick.entry) : nullptr;
}

std::size_t position_for_branch_entry(const whatif::Branch& branch, std::size_t entry) {
  const int step = branch.lesson_step_of(entry);
  const whatif::StepDiff* d = step > 0 ? branch.step(step) : nullptr;
  if (!d) return branch.fork_index();
  return d->original_first + d->original_count;
}

std::string branch_label(const WhatIfBench& bench, const whatif::Branch* branch, Lang lang) {
  int number = 0;
  for (std::size_t i = 0; i < bench.branches().size(); ++i)
    if (bench.branches()[i].get() == branch) number = static_cast<int>(i) + 1;
  char buf[128];
  std::snprintf(buf, sizeof buf, tr(Ui::BranchN, lang).data(), number);
  return buf;
}

}  // namespace cl::app

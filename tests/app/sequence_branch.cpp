// The sequence view with a what-if branch open: the branch's arrows beside the
// original's from the fork on, the steps that differ marked from the one where the runs
// part, none for a branch that changes nothing, and the original alone drawn as before.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include "app/logic/lesson.h"
#include "app/logic/sequence_branch.h"
#include "app/logic/sequence_layout.h"
#include "app/logic/what_if_bench.h"
#include "app/logic/what_if_form.h"
#include "scenario/load.h"

using namespace cl;
using namespace cl::app;

namespace {

const std::string kLessons = COOKIELAB_SOURCE_DIR "/scenarios/";

whatif::WhatIf spec(const std::string& text) {
  const scenario::ParsedSpec p = scenario::parse_what_if_spec(text);
  INFO(text << ": " << p.error.message.en());
  REQUIRE(p.change);
  return {p.at, {*p.change}};
}

// Every entry of each run is drawn once, in timeline order.
void check_each_entry_once(const SequenceRows& rows, std::size_t original, std::size_t branch) {
  std::size_t next_o = 0, next_b = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SequenceRow row = rows.row(r);
    CHECK((row.original || row.branch));
    if (row.original) {
      CHECK(*row.original == next_o++);
      CHECK(rows.row_of_original(*row.original) == std::optional<std::size_t>(r));
    }
    if (row.branch) {
      CHECK(*row.branch == next_b++);
      CHECK(rows.row_of_branch(*row.branch) == std::optional<std::size_t>(r));
    }
    CHECK(rows.lines_before(r + 1) == rows.lines_before(r) + static_cast<std::size_t>(row.units()));
  }
  CHECK(next_o == original);
  CHECK(next_b == branch);
}

}  // namespace

TEST_CASE("without a branch the sequence is the original's rows, as before", "[sequence]") {
  const SequenceRows rows(40, nullptr);
  CHECK_FALSE(rows.two_runs());
  REQUIRE(rows.size() == 40);
  CHECK(rows.lines() == 40);
  check_each_entry_once(rows, 40, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    CHECK(rows.row(r).mark == RunMark::None);
    CHECK(rows.row(r).units() == 1);
  }
  // Clicks, the rows drawn and the scrolling are the one-lane geometry's.
  SequenceGeometry g;
  g.top = 50;
  g.row_height = 30;
  for (float y = 0; y < 30 * 42 + 50; y += 7) {
    const std::optional<RowHit> hit = hit_row(rows, y, g.top, g.row_height);
    const std::optional<std::size_t> row = g.row_at(y, 40);
    REQUIRE(hit.has_value() == row.has_value());
    if (hit) {
      CHECK(hit->row == *row);
      CHECK_FALSE(hit->on_branch);
    }
  }
  for (float top : {0.0f, 15.0f, 300.0f, 1190.0f}) {
    const RowSpan s = visible_span(rows, top, 200, 30);
    const RowRange r = visible_rows(top, 200, 30, 40);
    CHECK(s.first == r.first);
    CHECK(s.last == r.last);
  }
  for (std::size_t r : {0u, 5u, 39u})
    for (float scroll : {0.0f, 100.0f, 900.0f})
      CHECK(scroll_to_row(rows, r, scroll, 200, 30) == scroll_to_show(r, scroll, 200, 30));
  CHECK_FALSE(rows.row_of_original(40).has_value());
}

TEST_CASE("a branch's arrows go beside the original's, marked from where the runs part", "[sequence]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  const whatif::Branch& b = *bench.shown();
  const int parts = b.parting().step;
  REQUIRE(parts >= 3);
  const std::size_t all = w.timeline().size();
  const SequenceRows rows(all, &b);
  REQUIRE(rows.two_runs());
  check_each_entry_once(rows, all, b.world().timeline().size());
  bool parts_marked = false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SequenceRow row = rows.row(r);
    INFO("row " << r << " step " << row.step);
    if (row.original && *row.original < b.fork_index()) {
      // Before the fork: the original's alone, unmarked (the branch shares it).
      CHECK_FALSE(row.branch.has_value());
      CHECK(row.mark == RunMark::None);
      continue;
    }
    if (row.mark == RunMark::Change) {
      CHECK(b.lesson_step_of(*row.branch) == 0);
      continue;
    }
    REQUIRE(row.step >= b.what_if().at);
    const whatif::StepDiff& d = *b.step(row.step);
    // Before the step where the runs part, nothing is marked; from it on, the marks are the comparison's.
    if (row.step < parts) CHECK(row.mark == RunMark::None);
    if (row.step == parts) {
      CHECK(row.mark == RunMark::Parts);
      parts_marked |= row.first_of_step;
    }
    if (row.step > parts)
      CHECK(row.mark == (d.differs() ? RunMark::Differs : d.same() ? RunMark::None : RunMark::Carried));
    // Both runs' arrows on one row, twice as tall, the branch's below.
    if (row.original && row.branch) {
      CHECK(row.units() == 2);
      CHECK(row.branch_unit() == 1);
      const float top = 10.0f * static_cast<float>(rows.lines_before(r));
      CHECK_FALSE(hit_row(rows, top + 5, 0, 10)->on_branch);
      CHECK(hit_row(rows, top + 15, 0, 10)->on_branch);
      CHECK(hit_row(rows, top + 15, 0, 10)->row == r);
    }
    // A click on a branch arrow shows its lesson step, as the What if window's own rows do.
    if (row.branch) CHECK(position_for_branch_entry(b, *row.branch) == position_of_step(w, row.step));
  }
  CHECK(parts_marked);
  // The change is one row on the branch's line, right after the entries the runs share.
  const std::optional<std::size_t> change = rows.row_of_branch(0);
  REQUIRE(change);
  CHECK(rows.row(*change).mark == RunMark::Change);
  CHECK(*change == b.fork_index());
  CHECK(rows.row(*change).units() == 1);
  CHECK(position_for_branch_entry(b, 0) == b.fork_index());
  // The rows drawn for a band hold every row that meets it.
  const RowSpan s = visible_span(rows, 10.0f * static_cast<float>(rows.lines_before(*change)), 25, 10);
  CHECK(s.first == *change);
  CHECK(s.last > *change + 1);
}

TEST_CASE("a branch that changes nothing marks no step", "[sequence]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  REQUIRE(bench.run(w, spec("7:browser:policy=rfc6265")));
  const whatif::Branch& b = *bench.shown();
  REQUIRE(b.parting().none());
  const SequenceRows rows(w.timeline().size(), &b);
  check_each_entry_once(rows, w.timeline().size(), b.world().timeline().size());
  int beside = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SequenceRow row = rows.row(r);
    CHECK((row.mark == RunMark::None || row.mark == RunMark::Change));
    beside += row.original && row.branch;
  }
  // The branch is still drawn beside the original: every entry of each step from the fork.
  std::size_t pairs = 0;
  for (const whatif::StepDiff& d : b.steps()) pairs += std::min(d.original_count, d.branch_count);
  CHECK(pairs > 0);
  CHECK(static_cast<std::size_t>(beside) == pairs);
}

TEST_CASE("the branch shows no further than the steps the learner may see", "[sequence]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  const whatif::Branch& b = *bench.shown();
  // Not yet at the fork: only the original's rows.
  const SequenceRows before(b.fork_index() - 1, &b);
  check_each_entry_once(before, b.fork_index() - 1, 0);
  // Two steps past the fork: the branch's change and those two steps, no more.
  const std::size_t shown = position_of_step(w, b.what_if().at + 1);
  const SequenceRows rows(shown, &b);
  std::size_t branch_entries = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SequenceRow row = rows.row(r);
    if (row.original) CHECK(*row.original < shown);
    if (row.branch) {
      ++branch_entries;
      CHECK(b.lesson_step_of(*row.branch) <= b.what_if().at + 1);
    }
  }
  CHECK(branch_entries == b.step(b.what_if().at + 1)->branch_first + b.step(b.what_if().at + 1)->branch_count);
}

TEST_CASE("a clicked branch step is shown while its branch and step are", "[sequence]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(kLessons + "09b-httponly-and-secure.toml"));
  const sim::World& w = *lesson.lesson_world();
  WhatIfBench bench;
  REQUIRE(bench.run(w, spec("3:cookie:sessionid:httponly=false")));
  REQUIRE(bench.run(w, spec("7:browser:policy=rfc6265")));
  const whatif::Branch* first = bench.branches()[0].get();
  const whatif::Branch* second = bench.branches()[1].get();
  const std::size_t entry = first->step(4)->branch_first;
  const BranchPick pick{first, entry, position_for_branch_entry(*first, entry)};
  REQUIRE(picked_step(pick, first, pick.position) == &first->world().timeline().step(entry));
  CHECK(picked_step(pick, second, pick.position) == nullptr);     // another branch shown
  CHECK(picked_step(pick, nullptr, pick.position) == nullptr);    // the original
  CHECK(picked_step(pick, first, pick.position + 1) == nullptr);  // another step
  CHECK(picked_step({first, 100000, pick.position}, first, pick.position) == nullptr);
}

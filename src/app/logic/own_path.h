// The learner's own path ("내가 간 길"): what they try in the window (a form typed in,
// a cookie edited, the browser closed) goes onto a second World that forks from the
// step they were on, so the lesson's own timeline is never cut short. Undo takes
// back their last action; leaving the path drops it and the lesson is as it was.
#pragma once
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>
#include "scenario/scenario.h"
#include "sim/world.h"

namespace cl::app {

class OwnPath {
 public:
  OwnPath();
  ~OwnPath();
  OwnPath(OwnPath&&) noexcept;
  OwnPath& operator=(OwnPath&&) noexcept;

  bool active() const { return world_ != nullptr; }
  // The timeline position the path forked from: its first fork() steps are the lesson's.
  std::size_t fork() const { return fork_; }
  // How many of the learner's actions are on the path (each may have made several
  // timeline steps: a form post and the redirect the browser followed).
  std::size_t actions() const { return ends_.size(); }
  const sim::World* world() const { return world_.get(); }

  // Starts a path at `position` of the lesson: a second World runs the scenario's
  // steps until its timeline holds `position` steps and rewinds to exactly that
  // many (a fork may fall between a post and its redirect). Steps the scenario does
  // not make (a live client's, with --serve) cannot be replayed: the path then forks
  // from the last step the scenario makes. Its tables are in memory even with --db:
  // a detour must not write into the lesson's database file.
  void start(const scenario::Scenario& scenario, sim::WorldOptions options, std::size_t position);
  // The learner acts at `position` of the path: later steps of their own path are
  // replaced (stepping back before the fork moves the fork there), the lesson's never.
  void perform(std::size_t position, const scenario::Step& step);
  // Takes back the last action; returns false when none is left (the path is then
  // what the lesson was at the fork, and the caller leaves it).
  bool undo();
  void clear();
  // The same path again in a World opened with `options` (another language: the
  // requests differ): the lesson's steps to the fork, then the learner's actions.
  void restart(const scenario::Scenario& scenario, sim::WorldOptions options);

 private:
  std::unique_ptr<sim::World> world_;
  std::size_t fork_ = 0;
  std::vector<std::size_t> ends_;  // the path's timeline size after each action
  // Each action as it was taken: the position it was taken at, and the step.
  std::vector<std::pair<std::size_t, scenario::Step>> done_;
};

}  // namespace cl::app

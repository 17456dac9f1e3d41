#include "app/logic/own_path.h"
#include <algorithm>

namespace cl::app {

OwnPath::OwnPath() = default;
OwnPath::~OwnPath() = default;
OwnPath::OwnPath(OwnPath&&) noexcept = default;
OwnPath& OwnPath::operator=(OwnPath&&) noexcept = default;

void OwnPath::start(const scenario::Scenario& scenario, sim::WorldOptions options, std::size_t position) {
  options.db_path.clear();
  world_ = std::make_unique<sim::World>(scenario, std::move(options));
  // The same scenario, seed and clock make the same steps: the replayed prefix is
  // the lesson's, byte for byte (the golden transcripts rely on the same).
  while (world_->timeline().size() < position && !world_->finished()) world_->run_step(world_->next_scenario_step());
  fork_ = std::min(position, world_->timeline().size());
  if (world_->timeline().size() > fork_) world_->rewind(fork_);
  ends_.clear();
}

void OwnPath::perform(std::size_t position, const scenario::Step& step) {
  if (!world_) return;
  position = std::min(position, world_->timeline().size());
  if (position < fork_) {
    fork_ = position;
    ends_.clear();
    done_.clear();
  }
  while (!ends_.empty() && ends_.back() > position) {
    ends_.pop_back();
    done_.pop_back();
  }
  world_->rewind(position);
  world_->perform(step);
  ends_.push_back(world_->timeline().size());
  done_.emplace_back(position, step);
}

void OwnPath::restart(const scenario::Scenario& scenario, sim::WorldOptions options) {
  if (!world_) return;
  const auto done = std::move(done_);
  start(scenario, std::move(options), fork_);
  done_.clear();
  for (const auto& [position, step] : done) perform(position, step);
}

bool OwnPath::undo() {
  if (!world_ || ends_.empty()) return false;
  ends_.pop_back();
  done_.pop_back();
  world_->rewind(ends_.empty() ? fork_ : ends_.back());
  return !ends_.empty();
}

void OwnPath::clear() {
  world_.reset();
  fork_ = 0;
  ends_.clear();
  done_.clear();
}

}  // namespace cl::app

#include "sim/timeline.h"

namespace cl::sim {

void Timeline::reset(Snapshot initial) {
  initial_ = std::move(initial);
  steps_.clear();
  deltas_.clear();
  keyframes_.clear();
}

void Timeline::apply(Snapshot& s, const Delta& d) const {
  s.now = d.now;
  s.ids = d.ids;
  for (const auto& [index, browser] : d.browsers) s.browsers[static_cast<std::size_t>(index)] = browser;
  for (const auto& [server, key, row] : d.sessions) {
    SessionTable& table = s.servers[static_cast<std::size_t>(server)];
    if (row) table[key] = row;
    else table.erase(key);
  }
}

void Timeline::push(Step step, Delta delta) {
  step.index = steps_.size();
  steps_.push_back(std::move(step));
  deltas_.push_back(std::move(delta));
  // A keyframe after every kKeyframeEvery steps bounds how many deltas a jump replays.
  if (steps_.size() % kKeyframeEvery == 0) {
    Snapshot s = keyframes_.empty() ? initial_ : keyframes_.back();
    for (std::size_t i = steps_.size() - kKeyframeEvery; i < steps_.size(); ++i) apply(s, deltas_[i]);
    keyframes_.push_back(std::move(s));
  }
}

void Timeline::truncate(std::size_t size) {
  if (size >= steps_.size()) return;
  steps_.resize(size);
  deltas_.resize(size);
  keyframes_.resize(size / kKeyframeEvery);
}

Snapshot Timeline::snapshot(std::size_t i) const {
  if (steps_.empty()) return initial_;
  if (i >= steps_.size()) i = steps_.size() - 1;
  const std::size_t k = (i + 1) / kKeyframeEvery;  // keyframes that lie at or before step i
  Snapshot s = k == 0 ? initial_ : keyframes_[k - 1];
  for (std::size_t j = k * kKeyframeEvery; j <= i; ++j) apply(s, deltas_[j]);
  return s;
}

std::size_t Timeline::memory_estimate() const {
  std::size_t bytes = sizeof(*this) + steps_.size() * sizeof(Step) + deltas_.size() * sizeof(Delta);
  for (const Step& s : steps_) {
    if (s.exchange) {
      const Exchange& e = *s.exchange;
      bytes += e.response_head.capacity();  // pooled texts are counted by the pool
      bytes += (e.cookies.sent.size() + e.cookies.excluded.size() + e.set_cookies.size()) * sizeof(cookie::Cookie);
    }
    bytes += s.narration.en.capacity() + s.explanation.en.capacity() + s.explanation.ko.capacity();
  }
  for (const Snapshot& k : keyframes_) {
    bytes += k.browsers.capacity() * sizeof(std::shared_ptr<const BrowserState>);
    for (const SessionTable& t : k.servers) bytes += t.size() * 64;
  }
  return bytes;
}

}  // namespace cl::sim

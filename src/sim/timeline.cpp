#include "sim/timeline.h"

namespace cl::sim {

void Timeline::reset(Snapshot initial) {
  initial_ = std::move(initial);
  steps_.clear();
  deltas_.clear();
  browser_keyframes_.clear();
  session_keyframes_.clear();
}

void Timeline::apply_browsers(std::vector<std::shared_ptr<const BrowserState>>& b, const Delta& d) {
  for (const auto& [index, browser] : d.browsers) b[static_cast<std::size_t>(index)] = browser;
}

void Timeline::apply_sessions(std::vector<SessionTable>& t, const Delta& d) {
  for (const auto& [server, key, row] : d.sessions) {
    SessionTable& table = t[static_cast<std::size_t>(server)];
    if (row) table[key] = row;
    else table.erase(key);
  }
}

void Timeline::push(Step step, Delta delta) {
  step.index = steps_.size();
  steps_.push_back(std::move(step));
  deltas_.push_back(std::move(delta));
  // A keyframe bounds how many deltas a jump replays.
  const std::size_t n = steps_.size();
  if (n % kKeyframeEvery == 0) {
    auto b = browser_keyframes_.empty() ? initial_.browsers : browser_keyframes_.back();
    for (std::size_t i = n - kKeyframeEvery; i < n; ++i) apply_browsers(b, deltas_[i]);
    browser_keyframes_.push_back(std::move(b));
  }
  if (n % kSessionKeyframeEvery == 0) {
    auto t = session_keyframes_.empty() ? initial_.servers : session_keyframes_.back();
    for (std::size_t i = n - kSessionKeyframeEvery; i < n; ++i) apply_sessions(t, deltas_[i]);
    session_keyframes_.push_back(std::move(t));
  }
}

void Timeline::truncate(std::size_t size) {
  if (size >= steps_.size()) return;
  steps_.resize(size);
  deltas_.resize(size);
  browser_keyframes_.resize(size / kKeyframeEvery);
  session_keyframes_.resize(size / kSessionKeyframeEvery);
}

Snapshot Timeline::snapshot(std::size_t i) const {
  if (steps_.empty()) return initial_;
  if (i >= steps_.size()) i = steps_.size() - 1;
  Snapshot s;
  s.now = deltas_[i].now;
  s.ids = deltas_[i].ids;
  const std::size_t kb = (i + 1) / kKeyframeEvery;  // browser keyframes at or before step i
  s.browsers = kb == 0 ? initial_.browsers : browser_keyframes_[kb - 1];
  for (std::size_t j = kb * kKeyframeEvery; j <= i; ++j) apply_browsers(s.browsers, deltas_[j]);
  const std::size_t ks = (i + 1) / kSessionKeyframeEvery;
  s.servers = ks == 0 ? initial_.servers : session_keyframes_[ks - 1];
  for (std::size_t j = ks * kSessionKeyframeEvery; j <= i; ++j)
    if (!deltas_[j].sessions.empty()) apply_sessions(s.servers, deltas_[j]);
  return s;
}

std::size_t Timeline::memory_estimate() const {
  std::size_t bytes = sizeof(*this) + steps_.size() * sizeof(Step) + deltas_.size() * sizeof(Delta);
  for (const Step& s : steps_) {
    if (s.exchange) {
      const Exchange& e = *s.exchange;
      bytes += e.response_head.capacity();  // pooled texts are counted by the pool
      bytes += (e.cookies.excluded.size() + e.set_cookies.size()) * sizeof(cookie::Cookie);
    }
    bytes += s.narration.en.capacity() + s.explanation.en.capacity() + s.explanation.ko.capacity();
  }
  for (const auto& k : browser_keyframes_) bytes += k.capacity() * sizeof(std::shared_ptr<const BrowserState>);
  for (const auto& k : session_keyframes_)
    for (const SessionTable& t : k) bytes += t.size() * 64;
  return bytes;
}

}  // namespace cl::sim

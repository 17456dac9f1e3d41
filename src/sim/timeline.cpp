#include "sim/timeline.h"

#include <algorithm>

namespace cl::sim {

void Timeline::reset(Snapshot initial) {
  initial_ = std::move(initial);
  steps_.clear();
  deltas_.clear();
  user_changes_.clear();
  keyframes_.clear();
}

void Timeline::apply_browsers(std::vector<std::shared_ptr<const BrowserState>>& b, const Delta& d) {
  for (const auto& [index, browser] : d.browsers) b[static_cast<std::size_t>(index)] = browser;
}

void Timeline::apply_sessions(std::vector<SessionTable>& t, const Delta& d) {
  for (const auto& [server, key, row] : d.sessions) {
    SessionTable& table = t[static_cast<std::size_t>(server)];
    if (row) table.put(row);
    else table.erase(key);
  }
}

void Timeline::apply_users(std::vector<UserTable>& t, std::size_t from, std::size_t to) const {
  auto it = std::lower_bound(user_changes_.begin(), user_changes_.end(), from,
                             [](const UserChange& c, std::size_t step) { return c.step < step; });
  if (it == user_changes_.end() || it->step > to) return;
  std::vector<std::vector<UserTable::Row>> rows(t.size());
  for (; it != user_changes_.end() && it->step <= to; ++it)
    if (static_cast<std::size_t>(it->server) < t.size())
      rows[static_cast<std::size_t>(it->server)].push_back(it->row);  // a later row of the same id wins
  for (std::size_t s = 0; s < t.size(); ++s) t[s].put_all(rows[s]);
}

void Timeline::push(Step step, Delta delta) {
  step.index = steps_.size();
  for (auto& [server, row] : delta.users) user_changes_.push_back({step.index, server, std::move(row)});
  delta.users = {};  // kept in user_changes_, not in every delta
  steps_.push_back(std::move(step));
  deltas_.push_back(std::move(delta));
  // A keyframe bounds how many deltas a jump replays.
  const std::size_t n = steps_.size();
  if (n % kKeyframeEvery == 0) {
    auto k = keyframes_.empty()
                 ? std::make_shared<Keyframe>(Keyframe{initial_.browsers, initial_.servers, initial_.users})
                 : std::make_shared<Keyframe>(*keyframes_.back());
    for (std::size_t i = n - kKeyframeEvery; i < n; ++i) {
      apply_browsers(k->browsers, deltas_[i]);
      if (!deltas_[i].sessions.empty()) apply_sessions(k->servers, deltas_[i]);
    }
    apply_users(k->users, n - kKeyframeEvery, n - 1);
    keyframes_.push_back(std::move(k));
  }
}

void Timeline::truncate(std::size_t size) {
  if (size >= steps_.size()) return;
  steps_.resize(size);
  deltas_.resize(size);
  while (!user_changes_.empty() && user_changes_.back().step >= size) user_changes_.pop_back();
  keyframes_.resize(size / kKeyframeEvery);
}

Snapshot Timeline::snapshot(std::size_t i) const {
  if (steps_.empty()) return initial_;
  if (i >= steps_.size()) i = steps_.size() - 1;
  Snapshot s;
  s.now = deltas_[i].now;
  s.ids = deltas_[i].ids;
  const std::size_t k = (i + 1) / kKeyframeEvery;  // keyframes at or before step i
  if (k == 0) {
    s.browsers = initial_.browsers;
    s.servers = initial_.servers;
    s.users = initial_.users;
  } else {
    // Held by the keyframe: one reference count, not one per browser and row. Those
    // counts are spread over the whole timeline's memory, so after a cold cache a
    // jump that bumped each one took milliseconds.
    const std::shared_ptr<const Keyframe>& frame = keyframes_[k - 1];
    s.browsers.reserve(frame->browsers.size());
    for (const auto& b : frame->browsers) s.browsers.emplace_back(frame, b.get());
    s.servers.reserve(frame->servers.size());
    for (const SessionTable& t : frame->servers) s.servers.push_back(t.held_by(frame));
    s.users = frame->users;  // one reference count per server: the rows are shared
  }
  for (std::size_t j = k * kKeyframeEvery; j <= i; ++j) {
    apply_browsers(s.browsers, deltas_[j]);
    if (!deltas_[j].sessions.empty()) apply_sessions(s.servers, deltas_[j]);
  }
  if (k * kKeyframeEvery <= i) apply_users(s.users, k * kKeyframeEvery, i);
  return s;
}

std::size_t Timeline::memory_estimate() const {
  std::size_t bytes = sizeof(*this) + steps_.size() * sizeof(Step) + deltas_.size() * sizeof(Delta);
  for (const Step& s : steps_) {
    if (s.exchange) {
      const Exchange& e = *s.exchange;
      bytes += e.head.whole() ? e.head.size() : e.head.memory();  // a base is kept by its first exchange
      bytes += (e.cookies.excluded.size() + e.set_cookies.size()) * sizeof(cookie::Cookie);
    }
    bytes += s.explanation->en.capacity() + s.explanation->ko.capacity();  // narration: the scenario's, pooled
  }
  for (const auto& k : keyframes_) {
    bytes += sizeof(Keyframe) + k->browsers.capacity() * sizeof(std::shared_ptr<const BrowserState>);
    for (const SessionTable& t : k->servers) bytes += t.capacity_bytes();
  }
  return bytes;
}

}  // namespace cl::sim

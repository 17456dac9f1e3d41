// The timeline must give back exactly the state after any step, whether the jump
// lands on a keyframe, just before one, or between them.
#include <catch2/catch.hpp>
#include <set>
#include "sim/timeline.h"

using namespace cl;
using namespace cl::sim;

namespace {

std::shared_ptr<const BrowserState> browser_with_status(const std::string& name, int status) {
  auto b = std::make_shared<BrowserState>();
  b->name = name;
  b->status = status;
  return b;
}

Snapshot initial_state() {
  Snapshot s;
  s.now = 1000;
  s.browsers = {browser_with_status("a", 0), browser_with_status("b", 0)};
  s.servers.resize(1);
  return s;
}

// A naive copy of the whole state after every step: what the timeline must equal.
struct Reference {
  std::vector<TimeMs> now;
  std::vector<std::vector<int>> status;
  std::vector<std::vector<std::string>> keys;
};

}  // namespace

TEST_CASE("timeline snapshots equal a naive full copy at every step", "[timeline]") {
  Timeline tl;
  tl.reset(initial_state());
  Reference ref;
  std::vector<int> status{0, 0};
  std::set<std::string> keys;
  const std::size_t n = Timeline::kKeyframeEvery * 4 + 17;
  for (std::size_t i = 0; i < n; ++i) {
    Timeline::Delta d;
    d.now = 1000 + static_cast<TimeMs>(i) * 10;
    const int b = static_cast<int>(i % 2);
    status[static_cast<std::size_t>(b)] = static_cast<int>(i);
    d.browsers.emplace_back(b, browser_with_status(b ? "b" : "a", static_cast<int>(i)));
    const std::string key = "k" + std::to_string(i % 50);
    if (i % 3 == 0 && keys.count(key)) {
      d.sessions.emplace_back(0, key, nullptr);
      keys.erase(key);
    } else {
      auto row = std::make_shared<server::SessionRow>();
      row->key = key;
      row->data = std::to_string(i);
      d.sessions.emplace_back(0, key, row);
      keys.insert(key);
    }
    Step step;
    tl.push(step, d);
    ref.now.push_back(d.now);
    ref.status.push_back(status);
    ref.keys.emplace_back(keys.begin(), keys.end());
  }
  REQUIRE(tl.size() == n);
  for (std::size_t i = 0; i < n; ++i) {
    const Snapshot s = tl.snapshot(i);
    INFO("step " << i);
    REQUIRE(s.now == ref.now[i]);
    REQUIRE(s.browsers[0]->status == ref.status[i][0]);
    REQUIRE(s.browsers[1]->status == ref.status[i][1]);
    std::vector<std::string> got;
    for (const auto& [k, row] : s.servers[0]) got.emplace_back(k);
    REQUIRE(got == ref.keys[i]);
    REQUIRE(tl.step(i).index == i);
  }
}

TEST_CASE("timeline shares unchanged state between steps", "[timeline]") {
  Timeline tl;
  tl.reset(initial_state());
  for (int i = 0; i < 10; ++i) {
    Timeline::Delta d;
    d.browsers.emplace_back(0, browser_with_status("a", i));
    tl.push(Step{}, d);
  }
  // Browser b never changed: every snapshot holds the very same object.
  REQUIRE(tl.snapshot(0).browsers[1].get() == tl.initial().browsers[1].get());
  REQUIRE(tl.snapshot(9).browsers[1].get() == tl.initial().browsers[1].get());
  REQUIRE(tl.snapshot(3).browsers[0].get() != tl.snapshot(4).browsers[0].get());
}

TEST_CASE("truncating the timeline forgets later steps and keyframes", "[timeline]") {
  Timeline tl;
  tl.reset(initial_state());
  for (std::size_t i = 0; i < Timeline::kKeyframeEvery * 2; ++i) {
    Timeline::Delta d;
    d.now = static_cast<TimeMs>(i);
    d.browsers.emplace_back(0, browser_with_status("a", static_cast<int>(i)));
    tl.push(Step{}, d);
  }
  tl.truncate(Timeline::kKeyframeEvery + 5);
  REQUIRE(tl.size() == Timeline::kKeyframeEvery + 5);
  for (std::size_t i = 0; i < 20; ++i) {
    Timeline::Delta d;
    d.now = 100000 + static_cast<TimeMs>(i);
    d.browsers.emplace_back(0, browser_with_status("a", -static_cast<int>(i)));
    tl.push(Step{}, d);
  }
  REQUIRE(tl.snapshot(Timeline::kKeyframeEvery + 4).browsers[0]->status ==
          static_cast<int>(Timeline::kKeyframeEvery + 4));
  REQUIRE(tl.snapshot(Timeline::kKeyframeEvery + 5).now == 100000);
  REQUIRE(tl.snapshot(Timeline::kKeyframeEvery + 24).browsers[0]->status == -19);
}

TEST_CASE("a snapshot keeps its state after the timeline forgets it", "[timeline]") {
  // A jump shares the keyframe's browsers and rows instead of counting a reference
  // to each; the snapshot must still own what it shows once the timeline is cut.
  auto tl = std::make_unique<Timeline>();
  tl->reset(initial_state());
  for (std::size_t i = 0; i < Timeline::kKeyframeEvery * 2 + 3; ++i) {
    Timeline::Delta d;
    d.browsers.emplace_back(static_cast<int>(i % 2), browser_with_status(i % 2 ? "b" : "a", static_cast<int>(i)));
    auto row = std::make_shared<server::SessionRow>();
    row->key = "k" + std::to_string(i % 7);
    row->data = std::to_string(i);
    d.sessions.emplace_back(0, row->key, row);
    tl->push(Step{}, d);
  }
  const std::size_t at = Timeline::kKeyframeEvery * 2 + 1;  // just after the second keyframe
  const Snapshot s = tl->snapshot(at);
  tl->truncate(1);
  tl.reset();
  REQUIRE(s.browsers.size() == 2);
  CHECK(s.browsers[0]->status == static_cast<int>(at - 1));
  CHECK(s.browsers[1]->status == static_cast<int>(at));
  REQUIRE(s.servers[0].size() == 7);
  CHECK((*s.servers[0].find("k" + std::to_string(at % 7)))->data == std::to_string(at));
  CHECK((*s.servers[0].find("k" + std::to_string((at - 6) % 7)))->data == std::to_string(at - 6));
}

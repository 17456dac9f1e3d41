// cookielab bench whatif [--forks N]
// A 20-step lesson (a Django-profile server, one browser: log in, browse, add to the
// cart, wait, close and reopen, log out and in again) is run once; then it is forked
// N times at step 1 (the worst case: all 20 steps replay) with the session cookie's
// HttpOnly turned off, every branch kept. Prints one JSON object: the time of a fork
// (the branch World made from the original's state, the steps replayed, the runs
// compared), and what a branch costs: its own timeline, and the resident memory the
// N kept branches added, per branch.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include "bench/bench.h"
#include "sim/world.h"
#include "whatif/branch.h"

namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long rss_kib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

cl::scenario::Scenario lesson() {
  using namespace cl;
  scenario::Scenario sc;
  sc.path = "<bench whatif>";
  sc.id = "bench-whatif";
  sc.title = {"Benchmark", "벤치마크"};
  sc.start = *parse_iso8601("2026-03-02T09:00:00Z");
  sc.seed = 19;
  server::ServerSpec site;
  site.name = "site";
  site.hosts = {"www.example"};
  site.profile = server::Profile::Django;  // 260,000 PBKDF2 rounds, as the lessons (remembered after the first)
  site.users.push_back({"alice", "wonderland", "", false, {}});
  sc.servers.push_back(site);
  scenario::BrowserSpec alice;
  alice.name = "alice";
  sc.browsers.push_back(alice);
  auto visit = [&](const std::string& path) {
    scenario::Step s;
    s.browser = "alice";
    s.url = "http://www.example" + path;
    sc.steps.push_back(s);
  };
  auto act = [&](scenario::Action a, TimeMs duration = 0) {
    scenario::Step s;
    s.browser = "alice";
    s.action = a;
    s.duration = duration;
    sc.steps.push_back(s);
  };
  auto login = [&] {
    visit("/accounts/login/");
    scenario::Step s;
    s.browser = "alice";
    s.action = scenario::Action::Submit;
    s.fields = {{"username", "alice"}, {"password", "wonderland"}};
    sc.steps.push_back(s);
  };
  login();                                    // 1, 2
  visit("/accounts/profile/");                // 3
  visit("/cart/add/?item=apple");             // 4
  act(scenario::Action::Wait, 20 * kMinute);  // 5
  visit("/");                                 // 6
  visit("/cart/add/?item=banana");            // 7
  visit("/cart/");                            // 8
  {
    scenario::Step s;  // 9: a page script tries to overwrite the session cookie
    s.browser = "alice";
    s.action = scenario::Action::ScriptCookie;
    s.url = "http://www.example/";
    s.cookie = "sessionid=chosen; Path=/";
    sc.steps.push_back(s);
  }
  visit("/");                         // 10
  act(scenario::Action::Close);       // 11
  act(scenario::Action::Reopen);      // 12
  visit("/accounts/profile/");        // 13
  act(scenario::Action::Wait, kDay);  // 14
  visit("/");                         // 15
  visit("/accounts/logout/");         // 16
  visit("/accounts/profile/");        // 17
  login();                            // 18, 19
  visit("/accounts/profile/");        // 20
  return sc;
}

}  // namespace

namespace cl::bench {

int whatif(int argc, char** argv) {
  int forks = 50;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--forks" && i + 1 < argc && (forks = std::atoi(argv[i + 1])) > 0) {
      ++i;
      continue;
    }
    std::fprintf(stderr, "usage: cookielab bench whatif [--forks N]\n");
    return 2;
  }
  sim::World original(lesson());
  original.run_all();
  const std::size_t original_bytes = original.timeline().memory_estimate();
  const scenario::ParsedSpec spec = scenario::parse_what_if_spec("1:server:site:httponly=false");
  const whatif::WhatIf w{spec.at, {*spec.change}};
  whatif::fork(original, w);  // once before timing: SQLite and the allocator warm

  std::vector<std::shared_ptr<const whatif::Branch>> kept;
  std::vector<double> cpu_ms, wall_ms;
  const long rss0 = rss_kib();
  for (int k = 0; k < forks; ++k) {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = thread_cpu_seconds();
    whatif::ForkResult f = whatif::fork(original, w);
    cpu_ms.push_back((thread_cpu_seconds() - c0) * 1000.0);
    wall_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    if (!f.ok()) {
      std::fprintf(stderr, "cookielab bench whatif: %s\n", f.error.en().c_str());
      return 1;
    }
    kept.push_back(std::move(f.branch));
  }
  const long rss1 = rss_kib();
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const whatif::Branch& b = *kept.front();
  std::size_t replayed = 0;
  for (const whatif::StepDiff& d : b.steps()) replayed += d.branch_count;
  std::printf(
      "{\"lesson_steps\":%zu,\"timeline_steps\":%zu,\"fork_at\":%d,\"branch_timeline_steps\":%zu,\"replayed_entries\":%"
      "zu,\"parts_at\":%d,\"forks\":%d,\"fork_cpu_ms_median\":%.2f,\"fork_cpu_ms_worst\":%.2f,\"fork_wall_ms_median\":%"
      ".2f,\"original_timeline_kib\":%.1f,\"branch_timeline_kib\":%.1f,\"rss_per_branch_kib\":%.1f}\n",
      original.scenario().steps.size(), original.timeline().size(), w.at, b.world().timeline().size(), replayed,
      b.parting().step, forks, median(cpu_ms), *std::max_element(cpu_ms.begin(), cpu_ms.end()), median(wall_ms),
      original_bytes / 1024.0, b.memory_estimate() / 1024.0, static_cast<double>(rss1 - rss0) / forks);
  return 0;
}

}  // namespace cl::bench

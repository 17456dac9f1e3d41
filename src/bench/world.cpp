// cookielab bench world [--browsers N] [--exchanges N]
// A generated scenario: N browsers log in to one Django-profile server (sessions in
// in-memory SQLite) and then browse, until the timeline holds the asked number of
// exchanges. Prints one JSON object: throughput, memory, and the time to jump to a step.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>
#include "base/ids.h"
#include "bench/bench.h"
#include "sim/world.h"

namespace {

// Decimal, fits in int (as the CLI's own options).
bool parse_int(std::string_view text, int& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

// CPU time of this thread: what the work cost, whatever else the machine runs.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// A "Field:   N kB" line of a /proc file of this process, in KiB; -1 when absent.
// /proc/self/status: resident memory ("VmRSS") or its peak ("VmHWM");
// /proc/self/smaps_rollup: how much of it is in 2 MiB pages ("AnonHugePages"; the
// program no longer asks for them, so this is what the kernel's THP setting gives alone:
// none in "madvise" mode).
long proc_kib(const char* path, std::string_view field) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (line.compare(0, field.size(), field) == 0 && line.size() > field.size() && line[field.size()] == ':')
      return std::stol(line.substr(field.size() + 1));
  return -1;
}

// The servers and browsers of the generated scenario. Its steps are generated as
// they run (see next_step), as a learner's clicks would come: the scenario text for
// 100,000 steps would be the input, not the timeline this measures.
cl::scenario::Scenario generate(int browsers) {
  using namespace cl;
  scenario::Scenario sc;
  sc.path = "<bench world>";
  sc.id = "bench-world";
  sc.title = {"Benchmark", "벤치마크"};
  sc.start = *parse_iso8601("2026-03-02T09:00:00Z");
  sc.seed = 7;
  server::ServerSpec site;
  site.name = "site";
  site.hosts = {"www.example"};
  site.profile = server::Profile::Django;
  // The benchmark measures the exchange machinery, not PBKDF2: 260,000 rounds per
  // login (Django's default) would cost ~0.1 s each by design. Lessons keep 260,000.
  site.password_iterations = 1000;
  for (int u = 0; u < browsers; ++u)
    site.users.push_back({"user" + std::to_string(u), "pw" + std::to_string(u), "", false, {}});
  sc.servers.push_back(site);
  for (int b = 0; b < browsers; ++b) {
    scenario::BrowserSpec spec;
    spec.name = "b" + std::to_string(b);
    spec.user_agent = "CookieLab/1.0 (" + spec.name + ")";
    sc.browsers.push_back(spec);
  }
  return sc;
}

// Step j: first every browser opens the login page and logs in (a POST and the
// redirect after it), then they browse: home, profile, and every tenth step an item
// added to the cart (a session write, so Django sends sessionid again). Who browses
// is drawn from `walk`, so every browser does every kind of step: a browser index
// computed from j alone (j * 7919 % N, until 2026-11-30) tied the kind of step to the
// browser, and a tenth of the browsers got every cart item.
cl::scenario::Step next_step(int j, int browsers, cl::IdGenerator& walk) {
  using namespace cl;
  scenario::Step s;
  static const char* items[] = {"apple", "banana", "cherry", "melon"};
  if (j < 2 * browsers) {
    const int b = j / 2;
    s.browser = "b" + std::to_string(b);
    if (j % 2 == 0) {
      s.action = scenario::Action::Visit;
      s.url = "http://www.example/accounts/login/";
    } else {
      s.action = scenario::Action::Submit;
      s.fields = {{"username", "user" + std::to_string(b)}, {"password", "pw" + std::to_string(b)}};
    }
    return s;
  }
  const int k = j - 2 * browsers;
  s.browser = "b" + std::to_string(walk.next() % static_cast<std::uint64_t>(browsers));
  s.action = scenario::Action::Visit;
  if (k % 10 == 9) s.url = std::string("http://www.example/cart/add/?item=") + items[k % 4];
  else s.url = k % 2 ? "http://www.example/accounts/profile/" : "http://www.example/";
  return s;
}

}  // namespace

namespace cl::bench {

int world(int argc, char** argv) {
  int browsers = 1000, exchanges = 100000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view a = argv[i];
    int* target = a == "--browsers" ? &browsers : a == "--exchanges" ? &exchanges : nullptr;
    if (!target || !parse_int(argv[i + 1], *target) || *target <= 0) {
      std::fprintf(stderr, "usage: cookielab bench world [--browsers N] [--exchanges N]\n");
      return 2;
    }
  }
  using clock = std::chrono::steady_clock;
  const long rss_start = proc_kib("/proc/self/status", "VmRSS");
  cl::sim::World world(generate(browsers));

  const auto t0 = clock::now();
  const double cpu0 = thread_cpu_seconds();
  cl::IdGenerator walk(2026);
  for (int j = 0; world.timeline().size() < static_cast<std::size_t>(exchanges); ++j)
    world.perform(next_step(j, browsers, walk));
  const double run_cpu_s = thread_cpu_seconds() - cpu0;
  const double run_s = std::chrono::duration<double>(clock::now() - t0).count();
  const std::size_t steps = world.timeline().size();
  std::size_t exchanged = 0, failed_status = 0;
  for (const cl::sim::Step& s : world.timeline().steps())
    if (s.exchange) {
      ++exchanged;
      failed_status += s.exchange->status >= 400 ? 1 : 0;
    }

  // Jumps to seeded random steps, each a full snapshot of every jar and session row,
  // timed in thread CPU time. The same jumps, in the same order, are then timed
  // again: a jump slow in one pass only was slowed by the machine (this one shares
  // its cores; a jump of 0.05 ms was once timed at 11 ms), and one slow in both by
  // the code. jump_worst_ms is the slowest single jump; jump_worst_repeat_ms the
  // slowest of each jump's better time.
  std::vector<std::size_t> targets;
  cl::IdGenerator pick(99);
  const int jumps = 2000;
  for (int k = 0; k < jumps; ++k) targets.push_back(k == 0 ? steps - 1 : static_cast<std::size_t>(pick.next() % steps));
  std::vector<double> first_ms;
  double jump_total_ms = 0, jump_worst_ms = 0, jump_worst_repeat_ms = 0;
  int jump_worst_k = 0;
  std::size_t check = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (int k = 0; k < jumps; ++k) {
      const double j0 = thread_cpu_seconds();
      const cl::sim::Snapshot snap = world.timeline().snapshot(targets[static_cast<std::size_t>(k)]);
      const double ms = (thread_cpu_seconds() - j0) * 1000.0;
      check += snap.browsers.size() + snap.servers[0].size();
      if (pass == 0) {
        first_ms.push_back(ms);
        jump_total_ms += ms;
        if (ms > jump_worst_ms) jump_worst_ms = ms, jump_worst_k = k;
      } else {
        jump_worst_repeat_ms = std::max(jump_worst_repeat_ms, std::min(ms, first_ms[static_cast<std::size_t>(k)]));
      }
    }
  }
  const long rss_end = proc_kib("/proc/self/status", "VmRSS");
  const long rss_peak = proc_kib("/proc/self/status", "VmHWM");
  const long rss_huge = proc_kib("/proc/self/smaps_rollup", "AnonHugePages");
  std::size_t sessions = world.server(0).sessions().size();
  std::printf(
      "{\"browsers\":%d,\"exchanges\":%zu,\"timeline_steps\":%zu,\"error_responses\":%zu,\"sessions\":%zu,"
      "\"run_seconds\":%.3f,\"run_cpu_seconds\":%.3f,\"exchanges_per_s\":%.0f,\"exchanges_per_cpu_s\":%.0f,\"rss_start_"
      "mib\":%.1f,\"rss_end_mib\":%.1f,\"rss_peak_mib\":%.1f,\"rss_huge_pages_mib\":%.1f,"
      "\"jumps\":%d,\"jump_mean_ms\":%.4f,\"jump_worst_ms\":%.4f,\"jump_worst_k\":%d,\"jump_worst_repeat_ms\":%.4f,"
      "\"snapshot_check\":%zu}\n",
      browsers, exchanged, steps, failed_status, sessions, run_s, run_cpu_s, exchanged / run_s, exchanged / run_cpu_s,
      rss_start / 1024.0, rss_end / 1024.0, rss_peak / 1024.0, rss_huge / 1024.0, jumps, jump_total_ms / jumps,
      jump_worst_ms, jump_worst_k, jump_worst_repeat_ms, check);
  return 0;
}

}  // namespace cl::bench

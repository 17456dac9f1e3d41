// The benchmarks of the core, reached as `cookielab bench jar|world|whatif`: fixed
// workloads whose figures compare across machines and versions (README "Speed",
// docs/performance.md). Each prints one JSON object on stdout. The window's frame
// benchmark (`cookielab --bench-frames N`) lives with the window, in
// src/app/logic/bench_scenario.h.
#pragma once

namespace cl::bench {

// `cookielab bench WHAT ...`: argv[0] is "bench", argv[1] names the benchmark.
// Returns the process exit status (2 for a bad command line).
int run(int argc, char** argv);

// Each takes argv as main does, with argv[0] the benchmark's name.
int jar(int argc, char** argv);     // bench jar [--set N] [--get N] [--hosts H] [--policy rfc6265|chromium]
int world(int argc, char** argv);   // bench world [--browsers N] [--exchanges N]
int whatif(int argc, char** argv);  // bench whatif [--forks N]: a 20-step lesson forked at step 1

}  // namespace cl::bench

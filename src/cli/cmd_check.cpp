// cookielab check FILE...: every file is loaded (all mistakes reported), run, and
// its expectations compared with what happened.
#include <cstdio>
#include <iostream>
#include <string>
#include "cli/commands.h"
#include "cli/load_or_report.h"
#include "report/transcript.h"
#include "sim/world.h"

int cmd_check(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: cookielab check FILE... (\"-\" is the built-in lesson)\n", stderr);
    return 2;
  }
  int failed_files = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string file = argv[i];
    std::optional<cl::scenario::Scenario> scenario = cl::cli::load_or_report(file);
    if (!scenario) {
      ++failed_files;
      continue;
    }
    cl::sim::World world(*scenario);
    world.run_all();
    std::size_t checks = 0;
    for (const cl::sim::Step& s : world.timeline().steps()) checks += s.checks.size();
    const std::size_t failures = cl::report::write_failures(std::cerr, world);
    std::cerr.flush();
    if (failures > 0) ++failed_files;
    std::printf("%s: %s (%zu steps, %zu on the timeline, %zu checks, %zu failed)\n", scenario->path.c_str(),
                failures ? "FAILED" : "ok", scenario->steps.size(), world.timeline().size(), checks, failures);
  }
  return failed_files ? 1 : 0;
}

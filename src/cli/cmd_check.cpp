// cookielab check [--lang en|ko] FILE...: every file is loaded (all mistakes reported), run, and
// its expectations compared with what happened.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>
#include "cli/commands.h"
#include "cli/load_or_report.h"
#include "cli/options.h"
#include "report/transcript.h"
#include "sim/world.h"

int cmd_check(int argc, char** argv) {
  cl::Lang lang = cl::Lang::En;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) {
      if (!cl::cli::parse_lang(argv[++i], lang)) {
        std::fprintf(stderr, "cookielab check: --lang is en or ko, not %s\n", argv[i]);
        return 2;
      }
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) {
    std::fputs("usage: cookielab check [--lang en|ko] FILE... (\"-\" is the built-in lesson)\n", stderr);
    return 2;
  }
  const bool ko = lang == cl::Lang::Ko;
  int failed_files = 0;
  for (const std::string& file : files) {
    std::optional<cl::scenario::Scenario> scenario = cl::cli::load_or_report(file, lang);
    if (!scenario) {
      ++failed_files;
      continue;
    }
    cl::sim::World world(*scenario);
    world.run_all();
    std::size_t checks = 0;
    for (const cl::sim::Step& s : world.timeline().steps()) checks += s.checks.size();
    const std::size_t failures = cl::report::write_failures(std::cerr, world, lang);
    std::cerr.flush();
    if (failures > 0) ++failed_files;
    if (ko)
      std::printf("%s: %s (단계 %zu개, 타임라인 %zu개, 확인 %zu개, 실패 %zu개)\n", scenario->path.c_str(),
                  failures ? "실패" : "통과", scenario->steps.size(), world.timeline().size(), checks, failures);
    else
      std::printf("%s: %s (%zu steps, %zu on the timeline, %zu checks, %zu failed)\n", scenario->path.c_str(),
                  failures ? "FAILED" : "ok", scenario->steps.size(), world.timeline().size(), checks, failures);
  }
  return failed_files ? 1 : 0;
}

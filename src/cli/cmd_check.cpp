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
#include "whatif/experiment.h"

int cmd_check(int argc, char** argv) {
  cl::Lang lang = cl::Lang::En;
  std::vector<std::string> files;
  bool bad_option = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--lang") {
      if (i + 1 >= argc || !cl::cli::parse_lang(argv[++i], lang)) {
        std::fprintf(stderr, "cookielab check: --lang is en or ko\n");
        return 2;
      }
    } else if (a.size() > 1 && a[0] == '-') {  // "-" alone is the built-in lesson
      std::fprintf(stderr, "cookielab check: unknown option %s\n", argv[i]);
      bad_option = true;
    } else {
      files.emplace_back(a);
    }
  }
  const bool ko = lang == cl::Lang::Ko;
  if (files.empty() || bad_option) {
    std::fputs(ko ? "사용법: cookielab check [--lang en|ko] 파일... (\"-\"는 기본 레슨)\n"
                  : "usage: cookielab check [--lang en|ko] FILE... (\"-\" is the built-in lesson)\n",
               stderr);
    return 2;
  }
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
    std::size_t failures = cl::report::write_failures(std::cerr, world, lang);
    // Each experiment's predictions (scenario [[experiment]], src/whatif/experiment.h).
    for (std::size_t e = 0; e < scenario->experiments.size(); ++e) {
      const cl::scenario::Experiment& x = scenario->experiments[e];
      for (const cl::Bilingual& f : cl::whatif::run_experiment(world, x).failures) {
        ++failures;
        std::cerr << scenario->path << ":" << x.pos.line << ":" << x.pos.column << (ko ? ": 실험 " : ": experiment ")
                  << (e + 1) << ": " << f.in(lang) << "\n";
      }
    }
    std::cerr.flush();
    if (failures > 0) ++failed_files;
    if (ko)
      std::printf("%s: %s (단계 %zu개, 타임라인 %zu개, 확인 %zu개, 실패 %zu개)\n", scenario->path.c_str(),
                  failures ? "실패" : "통과", scenario->steps.size(), world.timeline().size(), checks, failures);
    else
      std::printf("%s: %s (%zu %s, %zu on the timeline, %zu %s, %zu failed)\n", scenario->path.c_str(),
                  failures ? "FAILED" : "ok", scenario->steps.size(), scenario->steps.size() == 1 ? "step" : "steps",
                  world.timeline().size(), checks, checks == 1 ? "check" : "checks", failures);
  }
  return failed_files ? 1 : 0;
}

// cookielab run FILE [--lang en|ko] [--format text|jsonl|markdown|har|mermaid] [--handout [--answers]] [--db FILE]
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include "cli/commands.h"
#include "cli/load_or_report.h"
#include "cli/options.h"
#include "cli/what_if_run.h"
#include "report/handout.h"
#include "report/transcript.h"
#include "sim/world.h"

int cmd_run(int argc, char** argv) {
  std::string file = "-";  // the built-in lesson unless a file is named
  cl::Lang lang = cl::Lang::En;
  cl::report::Format format = cl::report::Format::Text;
  cl::sim::WorldOptions options;
  bool handout = false, answers = false, format_given = false;
  std::vector<std::string> what_ifs;  // --what-if SPEC, one or more (cli/what_if_run.h)
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--lang" && has_value) {
      if (!cl::cli::parse_lang(argv[++i], lang)) {
        std::fprintf(stderr, "cookielab run: --lang is en or ko, not %s\n", argv[i]);
        return 2;
      }
    } else if (a == "--handout") {
      handout = true;
    } else if (a == "--answers") {
      answers = true;
    } else if (a == "--format" && has_value) {
      format_given = true;
      if (!cl::report::parse_format(argv[++i], format)) {
        std::fprintf(stderr, "cookielab run: --format is text, jsonl, markdown, har or mermaid, not %s\n", argv[i]);
        return 2;
      }
    } else if (a == "--what-if" && has_value) {
      what_ifs.emplace_back(argv[++i]);
    } else if (a == "--db" && has_value) {
      options.db_path = argv[++i];
    } else if (file == "-" && (a == "-" || a.empty() || a[0] != '-')) {
      file = argv[i];
    } else {
      std::fprintf(
          stderr,
          "cookielab run: unexpected argument %s\nusage: cookielab run FILE [--lang en|ko] "
          "[--format text|jsonl|markdown|har|mermaid] [--handout [--answers]] [--db FILE] [--what-if SPEC]...\n",
          argv[i]);
      return 2;
    }
  }
  // A worksheet is Markdown; --handout alone implies it.
  if (handout && format_given && format != cl::report::Format::Markdown) {
    std::fprintf(stderr, "cookielab run: --handout is a Markdown worksheet: use it with --format markdown or alone\n");
    return 2;
  }
  if (answers && !handout) {
    std::fprintf(stderr, "cookielab run: --answers adds the answers to a worksheet: use it with --handout\n");
    return 2;
  }
  cl::whatif::WhatIf what_if;
  std::string what_if_error;
  if (!what_ifs.empty() && handout) {
    std::fprintf(stderr, "cookielab run: --what-if prints a transcript: use it without --handout\n");
    return 2;
  }
  if (!cl::cli::parse_what_ifs(what_ifs, what_if, what_if_error, lang)) {
    std::fprintf(stderr, "cookielab run: %s\n", what_if_error.c_str());
    return 2;
  }
  std::optional<cl::scenario::Scenario> scenario = cl::cli::load_or_report(file, lang);
  if (!scenario) return 1;
  options.lang = lang;  // the learner's language: their browser asks the sites for it
  if (!what_ifs.empty()) {
    cl::sim::World original(*scenario, options);
    original.run_all();
    std::ios::sync_with_stdio(false);
    if (!cl::cli::write_what_if(std::cout, original, what_if, format, lang, what_if_error)) {
      std::fprintf(stderr, "cookielab run: --what-if: %s\n", what_if_error.c_str());
      return 2;
    }
    std::cout.flush();
    return 0;
  }
  cl::sim::World world(*scenario, options);
  world.run_all();
  std::ios::sync_with_stdio(false);
  if (handout) cl::report::write_handout(std::cout, world, lang, answers);
  else cl::report::write_transcript(std::cout, world, format, lang);
  std::cout.flush();
  return 0;
}

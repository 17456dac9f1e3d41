// cookielab import FILE.har [-o LESSON.toml] [--keep-secrets] [--lang en|ko] [--format text|jsonl|markdown]
// Reads a browser's HAR capture: prints the exchange as `run` prints a lesson, or
// with -o writes it as a scenario a teacher can edit, check and run.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include "cli/commands.h"
#include "cli/options.h"
#include "har/import.h"
#include "har/write_scenario.h"
#include "report/transcript.h"

namespace {

constexpr const char* kImportUsage =
    "usage: cookielab import FILE.har [-o LESSON.toml] [--keep-secrets] [--lang en|ko] [--format "
    "text|jsonl|markdown]\n";

}  // namespace

int cmd_import(int argc, char** argv) {
  std::string file, out_path;
  cl::Lang lang = cl::Lang::En;
  cl::report::Format format = cl::report::Format::Text;
  cl::har::ImportOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--lang" && has_value) {
      if (!cl::cli::parse_lang(argv[++i], lang)) {
        std::fprintf(stderr, "cookielab import: --lang is en or ko, not %s\n", argv[i]);
        return 2;
      }
    } else if (a == "--format" && has_value) {
      if (!cl::report::parse_format(argv[++i], format)) {
        std::fprintf(stderr, "cookielab import: --format is text, jsonl or markdown, not %s\n", argv[i]);
        return 2;
      }
    } else if ((a == "-o" || a == "--output") && has_value) {
      out_path = argv[++i];
    } else if (a == "--keep-secrets") {
      options.keep_secrets = true;
    } else if (file.empty() && !a.empty() && a[0] != '-') {
      file = argv[i];
    } else {
      std::fprintf(stderr, "cookielab import: unexpected argument %s\n%s", argv[i], kImportUsage);
      return 2;
    }
  }
  if (file.empty()) {
    std::fprintf(stderr, "cookielab import: which capture? name a .har file\n%s", kImportUsage);
    return 2;
  }
  cl::har::FileImport r = cl::har::import_file(file, options);
  if (!r.imported) {
    for (const cl::har::Problem& p : r.problems)
      std::fprintf(stderr, "%s\n", cl::har::problem_line(file, p, lang).c_str());
    return 1;
  }
  if (!out_path.empty()) {
    std::ofstream out(out_path, std::ios::binary);
    out << cl::har::scenario_toml(r.imported->scenario, file.substr(file.find_last_of('/') + 1));
    if (!out.flush()) {
      std::fprintf(stderr, "cookielab import: cannot write %s\n", out_path.c_str());
      return 1;
    }
    std::fprintf(stderr,
                 lang == cl::Lang::Ko ? "%s: 요청 %zu개, 서버 %zu개를 시나리오로 썼습니다\n"
                                      : "%s: %zu requests, %zu servers written as a scenario\n",
                 out_path.c_str(), r.imported->world->timeline().size(), r.imported->scenario.servers.size());
    return 0;
  }
  std::ios::sync_with_stdio(false);
  cl::report::write_transcript(std::cout, *r.imported->world, format, lang);
  std::cout.flush();
  return 0;
}

// `cookielab cookies [FILE] [--now ISO8601] [--policy rfc6265|chromium] [--explain]
// [--lang en|ko]`: the cookie playground (see cookie/playground.h for the protocol)
// on a file or on standard input, answering each line as soon as it is read.
// --explain puts the reason's sentence on an indented line under an answer that
// names a reason; the answers' first lines stay as they were, for scripts.
// --lang ko gives the sentences in Korean (and so implies --explain).
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include "cli/commands.h"
#include "cli/options.h"
#include "cookie/playground.h"

namespace {

int usage() {
  std::cerr << "usage: cookielab cookies [FILE|-] [--now 2026-01-01T00:00:00Z] [--policy rfc6265|chromium]\n"
               "                         [--explain] [--lang en|ko]\n";
  return 2;
}

}  // namespace

int cmd_cookies(int argc, char** argv) {
  using namespace cl::cookie;
  std::string file;
  cl::TimeMs start = kPlaygroundStart;
  Policy policy = Policy::Rfc6265;
  bool explain = false;
  cl::Lang lang = cl::Lang::En;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--explain") {
      explain = true;
    } else if (a == "--lang") {
      if (i + 1 >= argc) return usage();
      const std::string_view v = argv[++i];
      if (!cl::cli::parse_lang(v, lang)) {
        std::cerr << "cookielab cookies: --lang \"" << v << "\" is not en or ko\n";
        return usage();
      }
      // A language is asked for the sentences: the answers themselves are not translated.
      explain = true;
    } else if (a == "--now" || a == "--policy") {
      if (i + 1 >= argc) return usage();
      const std::string_view v = argv[++i];
      if (a == "--now") {
        auto t = cl::parse_iso8601(v);
        if (!t) {
          std::cerr << "cookielab cookies: --now \"" << v << "\" is not like 2026-01-01T00:00:00Z\n";
          return 2;
        }
        start = *t;
      } else if (v == "rfc6265" || v == "chromium") {
        policy = v == "chromium" ? Policy::Chromium : Policy::Rfc6265;
      } else {
        std::cerr << "cookielab cookies: --policy \"" << v << "\" is not rfc6265 or chromium\n";
        return 2;
      }
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      std::cerr << "cookielab cookies: unknown option \"" << a << "\"\n";
      return usage();
    } else if (file.empty()) {
      file = a;
    } else {
      return usage();
    }
  }
  std::ifstream in;
  if (!file.empty() && file != "-") {
    in.open(file, std::ios::binary);
    if (!in) {
      std::cerr << "cookielab cookies: cannot open \"" << file << "\"\n";
      return 1;
    }
  }
  std::istream& source = in.is_open() ? static_cast<std::istream&>(in) : std::cin;
  Playground playground(policy, start);
  playground.set_explain(explain, lang);
  std::string line;
  std::size_t n = 0;
  while (std::getline(source, line)) {
    std::string answer = playground.answer(line, ++n);
    if (!answer.empty()) std::cout << answer << '\n' << std::flush;
  }
  return 0;
}

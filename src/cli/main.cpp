// cookielab: the window when started without a subcommand, else one of the
// headless subcommands. Reads top to bottom: parse the first word, dispatch.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include "bench/bench.h"
#include "cli/commands.h"
#include "cli/options.h"
#ifdef COOKIELAB_HAS_GUI
#include "app/app.h"
#include "cli/window_args.h"
#endif

namespace {

constexpr const char* kUsage =
    "CookieLab: how the web remembers people although HTTP forgets them.\n"
    "\n"
    "usage:\n"
    "  cookielab [FILE] [--lang en|ko] [--screenshot OUT.png [--step N] [--size WxH]]\n"
    "            [--panel playground|lessons|glossary|export|file-menu]\n"
    "            [--screenshot-action close|export-sequence|click]\n"
    "            [--bench-frames N] [--scale PERCENT] [--theme normal|high-contrast] [--hover X,Y]\n"
    "            [--what-if SPEC]... [--panel what-if|experiments|sequence] [--experiment N:parts|same]\n"
    "            [--serve [--port N] [--listen ADDR] [--db FILE] [--screenshot-after N]]\n"
    "                                    open the window (the built-in lesson when no FILE)\n"
    "  cookielab run FILE [--lang en|ko] [--format text|jsonl|markdown|har|mermaid] [--handout [--answers]]\n"
    "                   [--db FILE]\n"
    "                                    print the whole exchange, step by step\n"
    "  cookielab check [--lang en|ko] FILE...\n"
    "                                    run each file's expectations; exit 1 when one fails\n"
    "  cookielab cookies [FILE] [--now ISO8601] [--policy rfc6265|chromium] [--explain] [--lang en|ko]\n"
    "                                    the cookie playground: set/get/why/jar/wait/close/clear lines\n"
    "  cookielab serve [FILE] [--port N] [--listen ADDR] [--db FILE]\n"
    "                                    the lesson's servers on a real port (127.0.0.1 by default)\n"
    "  cookielab jar FILE [--browser NAME]\n"
    "                                    a browser's jar after the run, in curl's cookie-file format\n"
    "  cookielab import FILE.har [-o LESSON.toml] [--keep-secrets] [--lang en|ko] [--format text|jsonl|markdown]\n"
    "                                    a browser's HAR capture: its exchanges, or (-o) a scenario to edit\n"
    "  cookielab bench jar [--set N] [--get N] [--hosts H]\n"
    "  cookielab bench world [--browsers N] [--exchanges N]\n"
    "  cookielab bench har [--mb N] [--hosts H]\n"
    "  cookielab bench whatif [--forks N]\n"
    "                                    benchmarks, printed as one JSON object\n"
    "\n"
    "FILE may be \"-\" for the built-in lesson in the window, run and check; in the window it may be a\n"
    "browser's HAR capture (FILE.har), as it may be dropped on the window.\n";

int window(int argc, char** argv) {
#ifdef COOKIELAB_HAS_GUI
  cl::app::AppOptions o;
  if (const std::string reason = cl::cli::parse_window_args(argc, argv, o); !reason.empty()) {
    std::fprintf(stderr, "cookielab: %s\n\n%s", reason.c_str(), kUsage);
    return 2;
  }
  return cl::app::run_window(o);
#else
  (void)argc;
  (void)argv;
  std::fputs("cookielab: this build has no window (COOKIELAB_GUI=OFF).\n\n", stderr);
  std::fputs(kUsage, stderr);
  return 2;
#endif
}

int dispatch(int argc, char** argv) {
  const std::string_view first = argc > 1 ? argv[1] : "";
  if (first == "--help" || first == "-h" || first == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (first == "--version") {
    std::puts("cookielab 0.1");
    return 0;
  }
  if (first == "run") return cmd_run(argc - 1, argv + 1);
  if (first == "check") return cmd_check(argc - 1, argv + 1);
  if (first == "cookies") return cmd_cookies(argc - 1, argv + 1);
  if (first == "serve") return cmd_serve(argc - 1, argv + 1);
  if (first == "jar") return cmd_jar(argc - 1, argv + 1);
  if (first == "bench") return cl::bench::run(argc - 1, argv + 1);
  if (first == "import") return cmd_import(argc - 1, argv + 1);
  return window(argc, argv);
}

}  // namespace

int main(int argc, char** argv) {
  // What the core cannot go on from (a --db file SQLite cannot open or write) is
  // thrown; the user gets its message and a failed exit, not an abort.
  try {
    return dispatch(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cookielab: %s\n", e.what());
    return 1;
  }
}

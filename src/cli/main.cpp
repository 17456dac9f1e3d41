// cookielab: the window when started without a subcommand, else one of the
// headless subcommands. Reads top to bottom: parse the first word, dispatch.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include "cli/commands.h"
#include "cli/huge_pages.h"
#include "cli/options.h"
#ifdef COOKIELAB_HAS_GUI
#include "app/app.h"
#endif

namespace {

constexpr const char* kUsage =
    "CookieLab: how the web remembers people although HTTP forgets them.\n"
    "\n"
    "usage:\n"
    "  cookielab [FILE] [--lang en|ko] [--screenshot OUT.png [--step N] [--size WxH]]\n"
    "            [--panel playground|glossary] [--bench-frames N]\n"
    "            [--serve [--port N] [--listen ADDR] [--db FILE] [--screenshot-after N]]\n"
    "                                    open the window (the built-in lesson when no FILE)\n"
    "  cookielab run FILE [--lang en|ko] [--format text|jsonl|markdown] [--db FILE]\n"
    "                                    print the whole exchange, step by step\n"
    "  cookielab check [--lang en|ko] FILE...\n"
    "                                    run each file's expectations; exit 1 when one fails\n"
    "  cookielab cookies [FILE] [--now ISO8601] [--policy rfc6265|chromium] [--explain] [--lang en|ko]\n"
    "                                    the cookie playground: set/get/why/jar/wait/close/clear lines\n"
    "  cookielab serve [FILE] [--port N] [--listen ADDR] [--db FILE]\n"
    "                                    the lesson's servers on a real port (127.0.0.1 by default)\n"
    "  cookielab jar FILE [--browser NAME]\n"
    "                                    a browser's jar after the run, in curl's cookie-file format\n"
    "  cookielab bench jar [--set N] [--get N] [--hosts H]\n"
    "  cookielab bench world [--browsers N] [--exchanges N]\n"
    "                                    benchmarks, printed as one JSON object\n"
    "\n"
    "FILE may be \"-\" for the built-in lesson in run and check.\n";

int window(int argc, char** argv) {
#ifdef COOKIELAB_HAS_GUI
  cl::app::AppOptions o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&](const char* what) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "cookielab: %s needs %s\n", argv[i], what);
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "--screenshot") {
      const char* v = value("a PNG path");
      if (!v) return 2;
      o.screenshot_path = v;
    } else if (a == "--step") {
      const char* v = value("a step number");
      if (!v || !cl::cli::parse_int(v, o.step)) return 2;
    } else if (a == "--size") {
      const char* v = value("WxH, e.g. 1280x720");
      if (!v || !cl::cli::parse_size(v, o.width, o.height)) {
        std::fprintf(stderr, "cookielab: --size wants WxH, e.g. 1920x1080\n");
        return 2;
      }
    } else if (a == "--lang") {
      const char* v = value("en or ko");
      if (!v || !cl::cli::parse_lang(v, o.lang)) return 2;
      o.lang_given = true;
    } else if (a == "--panel") {
      const char* v = value("a panel name (playground or glossary)");
      if (!v) return 2;
      o.panel = v;
    } else if (a == "--bench-frames") {
      const char* v = value("a frame count");
      if (!v || !cl::cli::parse_int(v, o.bench_frames)) return 2;
    } else if (a == "--serve") {
      o.serve = true;
    } else if (a == "--port") {
      const char* v = value("a port number");
      if (!v || !cl::cli::parse_int(v, o.port) || o.port < 0 || o.port > 65535) return 2;
    } else if (a == "--listen") {
      const char* v = value("an address");
      if (!v) return 2;
      o.listen = v;
    } else if (a == "--db") {
      const char* v = value("a SQLite file");
      if (!v) return 2;
      o.db_path = v;
    } else if (a == "--screenshot-after") {
      const char* v = value("a number of live exchanges");
      if (!v || !cl::cli::parse_int(v, o.screenshot_after)) return 2;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "cookielab: unknown option %s\n\n%s", argv[i], kUsage);
      return 2;
    } else {
      o.scenario_path = argv[i];
    }
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
  if (first == "bench") {
    const std::string_view what = argc > 2 ? argv[2] : "";
    if (what == "jar") return cmd_bench_jar(argc - 2, argv + 2);
    if (what == "world") return cmd_bench_world(argc - 2, argv + 2);
    std::fputs("cookielab bench: say `jar` or `world`\n", stderr);
    return 2;
  }
  return window(argc, argv);
}

}  // namespace

int main(int argc, char** argv) {
  cl::cli::back_heap_with_huge_pages();
  // What the core cannot go on from (a --db file SQLite cannot open or write) is
  // thrown; the user gets its message and a failed exit, not an abort.
  try {
    return dispatch(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cookielab: %s\n", e.what());
    return 1;
  }
}

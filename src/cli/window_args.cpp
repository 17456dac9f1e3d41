#include "cli/window_args.h"
// Only the window's build has a window to give options to (app/app.h is the
// drawing layer's entry point).
#ifdef COOKIELAB_HAS_GUI
#include <cstdio>
#include <string_view>
#include "cli/options.h"
#include "scenario/change.h"

namespace cl::cli {

std::string parse_window_args(int argc, char** argv, app::AppOptions& o) {
  bool have_file = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const std::string opt(a);
    // The option's value, or null when the command line ends first.
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    auto needs = [&](const char* what) { return opt + " needs " + what; };
    auto wants = [&](const char* what, const char* v) { return opt + " wants " + what + ", not \"" + v + "\""; };
    if (a == "--screenshot") {
      const char* v = value();
      if (!v) return needs("a PNG path");
      o.screenshot_path = v;
    } else if (a == "--step") {
      const char* v = value();
      if (!v) return needs("a step number");
      if (!parse_int(v, o.step) || o.step < 0) return wants("a step number (0 is before the first step)", v);
    } else if (a == "--size") {
      const char* v = value();
      if (!v) return needs("WxH, e.g. 1280x720");
      if (!parse_size(v, o.width, o.height)) return wants("WxH, e.g. 1920x1080", v);
    } else if (a == "--lang") {
      const char* v = value();
      if (!v) return needs("en or ko");
      if (!parse_lang(v, o.lang)) return wants("en or ko", v);
      o.lang_given = true;
    } else if (a == "--panel") {
      const char* v = value();
      if (!v)
        return needs("a panel name (playground, lessons, glossary, export, file-menu, what-if, experiments, sequence)");
      const std::string_view p = v;
      if (p != "playground" && p != "lessons" && p != "glossary" && p != "export" && p != "file-menu" &&
          p != "what-if" && p != "experiments" && p != "sequence")
        return wants("a panel name (playground, lessons, glossary, export, file-menu, what-if, experiments, sequence)",
                     v);
      o.panel = v;
    } else if (a == "--bench-frames") {
      const char* v = value();
      if (!v) return needs("a frame count");
      if (!parse_int(v, o.bench_frames) || o.bench_frames < 0) return wants("a frame count", v);
    } else if (a == "--serve") {
      o.serve = true;
    } else if (a == "--port") {
      const char* v = value();
      if (!v) return needs("a port number");
      if (!parse_int(v, o.port) || o.port < 0 || o.port > 65535) return wants("a port number (0 to 65535)", v);
    } else if (a == "--listen") {
      const char* v = value();
      if (!v) return needs("an address");
      o.listen = v;
    } else if (a == "--db") {
      const char* v = value();
      if (!v) return needs("a SQLite file");
      o.db_path = v;
    } else if (a == "--screenshot-after") {
      const char* v = value();
      if (!v) return needs("a number of live exchanges");
      if (!parse_int(v, o.screenshot_after) || o.screenshot_after < 0) return wants("a number of live exchanges", v);
    } else if (a == "--screenshot-action") {
      const char* v = value();
      if (!v) return needs("an action (close, export-sequence, click)");
      if (std::string_view(v) != "close" && std::string_view(v) != "export-sequence" && std::string_view(v) != "click")
        return wants("an action (close, export-sequence, click)", v);
      o.screenshot_action = v;
    } else if (a == "--scale") {
      const char* v = value();
      if (!v) return needs("a percentage, e.g. 120");
      int percent = 0;
      if (!parse_int(v, percent) || percent < 60 || percent > 250) return wants("a percentage from 60 to 250", v);
      o.ui_scale = static_cast<float>(percent) / 100.0f;
    } else if (a == "--theme") {
      const char* v = value();
      if (!v) return needs("normal or high-contrast");
      if (std::string_view(v) != "normal" && std::string_view(v) != "high-contrast")
        return wants("normal or high-contrast", v);
      o.high_contrast = std::string_view(v) == "high-contrast";
    } else if (a == "--what-if") {
      const char* v = value();
      if (!v) return needs("a change, e.g. 3:cookie:sessionid:httponly=false");
      // Read here, so a mistake is told with the usage as every other; a change the lesson
      // cannot take (no such cookie) is told when the window forks it.
      const scenario::ParsedSpec spec = scenario::parse_what_if_spec(v);
      if (!spec.change) return "--what-if \"" + std::string(v) + "\": " + spec.error.message.en();
      o.what_if.emplace_back(v);
    } else if (a == "--experiment") {
      const char* v = value();
      if (!v) return needs("N:parts or N:same");
      const std::string_view text(v);
      const std::size_t colon = text.find(':');
      const std::string_view answer = colon == std::string_view::npos ? "" : text.substr(colon + 1);
      if (colon == std::string_view::npos || !parse_int(text.substr(0, colon), o.experiment) || o.experiment < 1 ||
          (answer != "parts" && answer != "same"))
        return wants("N:parts or N:same (an experiment from 1 and a prediction)", v);
      o.experiment_parts = answer == "parts";
    } else if (a == "--hover") {
      const char* v = value();
      if (!v) return needs("X,Y in pixels");
      int x = 0, y = 0;
      char end = 0;
      if (std::sscanf(v, "%d,%d%c", &x, &y, &end) != 2) return wants("X,Y in pixels", v);
      o.hover_x = static_cast<float>(x);
      o.hover_y = static_cast<float>(y);
    } else if (a == "-") {
      if (have_file) return "one lesson at a time: \"-\" comes after another FILE";
      have_file = true;
      o.scenario_path.clear();  // the built-in lesson, as in run and check
    } else if (!a.empty() && a[0] == '-') {
      return "unknown option " + opt;
    } else {
      if (have_file) return "one lesson at a time: \"" + opt + "\" comes after another FILE";
      have_file = true;
      o.scenario_path = opt;
    }
  }
  return "";
}

}  // namespace cl::cli
#endif

// The window: the entry point the `cookielab` program calls when it is started
// with no subcommand (the built-in lesson) or with a scenario file.
#pragma once
#include <string>
#include "base/text.h"

namespace cl::app {

struct AppOptions {
  std::string scenario_path;    // "" = the built-in lesson
  std::string screenshot_path;  // not "": render, write this PNG, exit
  int step = 1;                 // 1-based as the step counter shows; 0 = before the first step
  int width = 1280, height = 720;
  Lang lang = Lang::En;
  int bench_frames = 0;         // > 0: render that many frames of a large scenario, print timings, exit
  std::string panel;            // a window opened at start ("playground"), for screenshots
};

// Returns the process exit status (0 on success; 1 when the window cannot open
// or the screenshot cannot be written).
int run_window(const AppOptions& options);

}  // namespace cl::app

// The window: the entry point the `cookielab` program calls when it is started
// with no subcommand (the built-in lesson) or with a scenario file.
#pragma once
#include <string>
#include <vector>
#include "base/text.h"

namespace cl::app {

struct AppOptions {
  std::string scenario_path;    // "" = the built-in lesson
  std::string screenshot_path;  // not "": render, write this PNG, exit
  int step = 1;                 // 1-based as the step counter shows; 0 = before the first step
  int width = 1280, height = 720;
  Lang lang = Lang::En;
  int bench_frames = 0;  // > 0: render that many frames of a large scenario, print timings, exit
  std::string panel;     // a window opened at start ("playground"), for screenshots
  // --serve: the lesson's servers answer real clients on a port while the window is
  // open; each exchange joins the timeline after the lesson's steps (logic/live_serve.h).
  bool serve = false;
  int port = 8080;                   // --port (0: any free port; the one taken is printed)
  std::string listen = "127.0.0.1";  // --listen ADDR
  int screenshot_after = 0;          // with --serve: the screenshot once this many exchanges arrived (20 s at most)
  std::string db_path;               // --db FILE: the session tables in this SQLite file
  // --screenshot-action close: the learner closes the shown browser at --step before
  // the screenshot, so the window is seen on their own path (logic/own_path.h);
  // click: a left click at the --hover point, so the screenshot shows what it selects.
  std::string screenshot_action;
  // For screenshots of a classroom's set-up: --scale PERCENT (as Ctrl +/- sets it) and
  // --theme high-contrast (as the switch in the bottom bar).
  float ui_scale = 1.0f;
  bool high_contrast = false;
  // --hover X,Y: the mouse pointer held there, so a screenshot shows that tooltip.
  float hover_x = -1, hover_y = -1;
  bool lang_given = false;  // --lang was on the command line: it wins over the saved language
  // --what-if SPEC (one or more, all of one step, as `cookielab run --what-if` takes
  // them): the lesson forked there and the What if window open on the comparison.
  std::vector<std::string> what_if;
  // --experiment N:parts|same: the lesson's experiment N (from 1) predicted so and run,
  // the What if window open on its answer.
  int experiment = 0;
  bool experiment_parts = true;
};

// Returns the process exit status (0 on success; 1 when the window cannot open
// or the screenshot cannot be written).
int run_window(const AppOptions& options);

}  // namespace cl::app

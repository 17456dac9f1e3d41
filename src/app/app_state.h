// Everything the window remembers between frames, in one value: the lesson, the
// learner's choices (language, scale, theme) and each panel's own state.
#pragma once
#include <optional>
#include <string>
#include <vector>
#include "app/app.h"
#include "app/logic/file_watch.h"
#include "app/logic/lesson.h"
#include "app/logic/lesson_list.h"
#include "app/logic/settings.h"
#include "app/panels/panels.h"

namespace cl::app {

struct AppState {
  Lesson lesson;
  Lang lang = Lang::En;
  int browser = 0;        // the browser whose page and jar are shown
  float ui_scale = 1.0f;  // Ctrl +/-
  bool high_contrast = false;
  bool fullscreen = false;
  bool has_korean_font = true;
  bool quit = false;
  bool bench = false;  // --bench-frames: no disk access for recent files
  RecentFiles recent;
  std::string recent_location;
  std::vector<std::string> dropped;  // files dropped on the window, opened next frame
  double reloaded_at = -100;         // seconds (glfw clock) of the last reload from disk, for a notice
  double now = 0;                    // seconds (glfw clock) of this frame
  bool redraw = false;               // the layout is a frame behind: draw again without waiting

  BrowserPanel browser_panel;
  CookieJarPanel jar_panel;
  SessionTablePanel server_panel;
  SequencePanel sequence_panel;
  InspectorPanel inspector_panel;
  NarrationPanel narration_panel;
  HelpPanel help_panel;
  FileDialog file_dialog;
  LessonPicker lesson_picker;
  PlaygroundPanel playground_panel;
  // Play was pressed while the shown step's question waited: the controls say why
  // nothing moves until the lesson's version changes (an answer, another step).
  std::uint64_t play_refused_version = 0;

  // Kept between launches (logic/settings.h). An empty location (--screenshot,
  // --bench-frames, no home folder) reads and writes nothing.
  Settings settings;
  std::string settings_location;
  std::optional<std::string> lesson_path;  // the open lesson's path when lesson_key was computed
  std::string lesson_key;                  // its key in settings.scores
  std::optional<SavedScore> last_score;    // its score as saved before this opening
  bool reset_asked = false;                // View > Reset saved settings: the confirmation is open
  ExportDialog export_dialog;              // File > Export...
  bool show_file_menu = false;             // --panel file-menu: the File menu open, for screenshots
  // What if: the branches of the open lesson and their window (logic/what_if_bench.h).
  WhatIfBench what_if;
  WhatIfPanel what_if_panel;
};

// Opens a file chosen by the learner; on success it joins the recent list.
void open_lesson_file(AppState& state, const std::string& path);

}  // namespace cl::app

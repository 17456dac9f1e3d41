// The page's own pieces that are not drawing: its texts (the "Page" menu, what the page
// leaves out), the lesson ids of its links, the files the learner opened, the transcript
// the menu saves and the wasm exports (web_main.cpp) return.
#pragma once
#include <span>
#include <string>
#include <vector>
#include "base/text.h"
#include "report/transcript.h"
#include "scenario/scenario.h"

namespace cl::app::web {

enum class Text {
  Menu,
  CopyLink,
  ShareLesson,
  OpenFromDisk,
  SaveMarkdown,
  SaveJsonl,
  LinkTitle,
  LinkCopied,
  CopyAgain,
  LeftOutTitle,
  LeftOutServe,
  LeftOutFonts,
  LeftOutMalloc,
  LeftOutWatch,
  LeftOutSettings,
  LeftOutQuit,
  Count
};
const char* text(Text id, Lang lang);
// The lines of "What the page leaves out", in order.
std::span<const Text> left_out();

// "06" for /scenarios/06-django-sessions.toml (the number a link's ?lesson= names); "" for
// the built-in lesson and for a file that is not one of the bundled lessons.
std::string lesson_id(const std::string& path);
// The bundled lesson a link's ?lesson= names ("06", "06-django-sessions" or its file
// name); "" when there is none.
std::string lesson_path(const std::string& id);

// The whole run of `scenario` in a format and language: what `cookielab run` prints.
std::string transcript(const scenario::Scenario& scenario, report::Format format, Lang lang);

// Files the learner opened with the browser's file picker (written to /uploads by
// cookielab_open_text), taken once.
void add_opened(std::string path);
std::vector<std::string> take_opened();

// The page's state for the tests and the benchmark (cookielab_status): frames drawn, frame
// times, the lesson, step and language shown, the number of errors on screen.
std::string status_json();
void mark_main();  // main() has begun: its time goes into status_json's main_at_ms

}  // namespace cl::app::web

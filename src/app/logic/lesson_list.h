// The lesson picker's list: every scenarios/*.toml with its title, summary, level
// and number of steps, sorted by file name (the files are numbered in order).
#pragma once
#include <string>
#include <vector>
#include "base/text.h"

namespace cl::app {

struct LessonInfo {
  std::string path;
  Bilingual title, summary;
  int level = 1;
  std::size_t steps = 0;
  bool broken = false;  // the file has errors: listed, marked, not hidden
};

std::vector<LessonInfo> list_lessons(const std::string& directory);
// Where lesson files are: $COOKIELAB_SCENARIOS, ./scenarios, or the source tree's.
std::string lessons_directory();

}  // namespace cl::app

#include "app/logic/lesson_list.h"
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include "scenario/load.h"

namespace cl::app {

namespace fs = std::filesystem;

std::vector<LessonInfo> list_lessons(const std::string& directory) {
  std::vector<LessonInfo> out;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".toml") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    LessonInfo info;
    info.path = f.string();
    auto loaded = scenario::load_scenario_file(info.path);
    if (loaded.scenario && loaded.diagnostics.empty()) {
      info.title = loaded.scenario->title;
      info.summary = loaded.scenario->summary;
      info.level = loaded.scenario->level;
      info.steps = loaded.scenario->steps.size();
    } else {
      info.broken = true;
      info.title = {f.filename().string(), f.filename().string()};
    }
    if (info.title.empty()) info.title = {f.stem().string(), f.stem().string()};
    out.push_back(std::move(info));
  }
  return out;
}

std::string lessons_directory() {
  if (const char* env = std::getenv("COOKIELAB_SCENARIOS"); env && *env) return env;
  std::error_code ec;
  if (fs::is_directory("scenarios", ec)) return "scenarios";
#ifdef COOKIELAB_SOURCE_DIR
  return COOKIELAB_SOURCE_DIR "/scenarios";
#else
  return "scenarios";
#endif
}

}  // namespace cl::app

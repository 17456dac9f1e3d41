// The page's program: reads the address (?lesson=06&step=4&lang=ko, a shared lesson from
// the fragment, which web_index.html unpacked to /shared/lesson.toml) and opens the window
// there. Also the functions the page's JavaScript and the tests call (EXPORTED_FUNCTIONS in
// web.cmake).
#include <emscripten.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include "app/app.h"
#include "app/logic/lesson.h"
#include "app/platform/web_page.h"
#include "scenario/load.h"
#include "server/crypto.h"

// clang-format off
EM_JS(char*, web_query, (const char* key), {
  var v = new URLSearchParams(location.search).get(UTF8ToString(key));
  if (v === null) return 0;
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
// clang-format on

namespace {

std::string query(const char* key) {
  char* v = web_query(key);
  if (!v) return "";
  std::string s(v);
  std::free(v);
  return s;
}

std::string g_result;  // what the last export returned points into

}  // namespace

extern "C" {

// The transcript of a bundled lesson ("06", "06-django-sessions.toml"; "-" the built-in
// one) in a format (text, jsonl, markdown) and language (en, ko): byte for byte what
// `cookielab run FILE --format F --lang L` prints; "" when there is no such lesson. The
// pointer is valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* cookielab_transcript(const char* lesson, const char* format, const char* lang) {
  cl::report::Format f = cl::report::Format::Text;
  if (!cl::report::parse_format(format, f)) f = cl::report::Format::Text;
  const cl::Lang l = std::string(lang) == "ko" ? cl::Lang::Ko : cl::Lang::En;
  const std::string id = lesson;
  const std::string path = id == "-" ? "" : cl::app::web::lesson_path(id);
  g_result.clear();
  if (id != "-" && path.empty()) return g_result.c_str();
  cl::scenario::LoadResult r = id == "-" ? cl::scenario::load_default_lesson() : cl::scenario::load_scenario_file(path);
  if (r.scenario) g_result = cl::app::web::transcript(*r.scenario, f, l);
  return g_result.c_str();
}

// A lesson file the learner picked in the browser: written to /uploads/NAME and opened
// in the next frame, as a file dropped on the window is. 0 when it cannot be written.
EMSCRIPTEN_KEEPALIVE int cookielab_open_text(const char* name, const char* text) {
  std::error_code ec;
  std::filesystem::create_directories("/uploads", ec);
  std::string file = std::filesystem::path(name).filename().string();
  if (file.empty()) file = "lesson.toml";
  const std::string path = "/uploads/" + file;
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) return 0;
  out.close();
  cl::app::web::add_opened(path);
  return 1;
}

// The stepping benchmark: every bundled lesson opened as the window opens it, then every
// step gone to in order and back again; the mean and the slowest go_to in milliseconds
// (scripts/web-bench.sh prints them). JSON. Each step is timed kRepeats times from the same
// step before it: its cost is the fastest of them, since on a shared machine a single wall
// time also holds whatever the system ran meanwhile (worst_single_ms keeps the slowest of
// all, that included).
EMSCRIPTEN_KEEPALIVE const char* cookielab_bench_steps() {
  constexpr int kRepeats = 5;
  double total = 0, worst = 0, worst_single = 0;
  std::size_t steps = 0, lessons = 0;
  std::string worst_at;  // "06-django-sessions.toml 3->4": the slowest go_to
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator("/scenarios", ec))
    if (e.path().extension() == ".toml") files.push_back(e.path().string());
  for (const std::string& f : files) {
    cl::app::Lesson lesson;
    if (!lesson.open_file(f)) continue;
    ++lessons;
    const std::size_t n = lesson.count();
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i <= n; ++i) {
        const std::size_t to = pass == 0 ? i : n - i;
        const std::size_t from = lesson.position();
        double best = 0;
        for (int r = 0; r < kRepeats; ++r) {
          lesson.go_to(from);
          const double start = emscripten_get_now();
          lesson.go_to(to);
          const double ms = emscripten_get_now() - start;
          best = r == 0 ? ms : std::min(best, ms);
          worst_single = std::max(worst_single, ms);
          total += ms;  // the mean is of every timing: each alone is below the clock's 0.1 ms
        }
        if (best > worst)
          worst_at =
              std::filesystem::path(f).filename().string() + " " + std::to_string(from) + "->" + std::to_string(to);
        worst = std::max(worst, best);
        ++steps;
      }
    }
  }
  // One of Django's password hashes (PBKDF2-SHA256, 260,000 rounds), the cost a lesson's
  // first login pays before the window can show it.
  const double hash_start = emscripten_get_now();
  cl::server::pbkdf2_sha256("correct horse", "seededsalt", 260000);
  const double hash_ms = emscripten_get_now() - hash_start;
  g_result = "{\"pbkdf2_260000_ms\":" + std::to_string(hash_ms) + ",\"lessons\":" + std::to_string(lessons) +
             ",\"steps\":" + std::to_string(steps) +
             ",\"mean_ms\":" + std::to_string(steps ? total / static_cast<double>(steps * kRepeats) : 0) +
             ",\"worst_ms\":" + std::to_string(worst) + ",\"worst_at\":\"" + worst_at +
             "\",\"worst_single_ms\":" + std::to_string(worst_single) + "}";
  return g_result.c_str();
}

// The page's state as JSON (web_page.h status_json).
EMSCRIPTEN_KEEPALIVE const char* cookielab_status() {
  g_result = cl::app::web::status_json();
  return g_result.c_str();
}

}  // extern "C"

// The options from the address. Apart from main so that main holds nothing with a
// destructor while the window runs: emscripten_set_main_loop leaves run_window by throwing
// (platform.h), and a caller with destructors to run would catch that on the way out and
// hand run_window's stack, where the window keeps its state, back to the next frame.
void options_from_address(cl::app::AppOptions& options) {
  const std::string lang = query("lang");
  options.lang = lang == "ko" ? cl::Lang::Ko : cl::Lang::En;
  options.lang_given = !lang.empty();
  const std::string step = query("step");
  if (!step.empty()) options.step = std::atoi(step.c_str());
  if (std::ifstream("/shared/lesson.toml").good()) {
    options.scenario_path = "/shared/lesson.toml";
  } else if (const std::string id = query("lesson"); !id.empty()) {
    options.scenario_path = cl::app::web::lesson_path(id);
  }
  if (const std::string frames = query("bench-frames"); !frames.empty())
    options.bench_frames = std::atoi(frames.c_str());
  if (const std::string scale = query("scale"); !scale.empty()) options.ui_scale = std::atoi(scale.c_str()) / 100.0f;
  options.high_contrast = query("theme") == "high-contrast";
}

int main() {
  cl::app::web::mark_main();
  static cl::app::AppOptions options;
  options_from_address(options);
  return cl::app::run_window(options);
}

#include "app/logic/settings.h"
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace cl::app {
namespace fs = std::filesystem;
namespace {

// The whole of `text` as a decimal number. std::from_chars for floats is missing from
// emscripten's libc++ 14 (the page's): there strtof reads the same plain decimals, after a
// check that refuses what from_chars refuses and strtof would take (a sign '+', hex, inf).
bool parse_float(std::string_view text, float& out) {
#if defined(__cpp_lib_to_chars)
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
#else
  if (text.empty() || text.find_first_not_of("-.0123456789eE") != std::string_view::npos) return false;
  const std::string copy(text);
  char* end = nullptr;
  out = std::strtof(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
#endif
}

constexpr std::string_view kBuiltIn = "built-in";

std::string_view trim(std::string_view s) {
  const std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

bool parse_int(std::string_view s, int& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size() && out >= 0;
}

// "3 4 5 /home/me/lesson.toml": correct, answered, questions, then the key (which
// may hold spaces, so it is the rest of the line).
bool parse_score(std::string_view v, std::string& key, SavedScore& s) {
  int* fields[] = {&s.correct, &s.answered, &s.questions};
  for (int* f : fields) {
    v = trim(v);
    const std::size_t sp = v.find_first_of(" \t");
    if (sp == std::string_view::npos || !parse_int(v.substr(0, sp), *f)) return false;
    v = v.substr(sp);
  }
  key = std::string(trim(v));
  return !key.empty() && s.correct <= s.answered && s.answered <= s.questions;
}

}  // namespace

std::string config_directory() {
  // XDG Base Directory: a relative $XDG_CONFIG_HOME is invalid and is ignored.
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/') return std::string(xdg) + "/cookielab";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/cookielab";
  return "";
}

std::string settings_location() {
  const std::string dir = config_directory();
  return dir.empty() ? "" : dir + "/settings.txt";
}

std::string lesson_key(std::string_view path) {
  if (path.empty() || path == "-") return std::string(kBuiltIn);
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(path), ec);
  return ec ? std::string(path) : abs.lexically_normal().string();
}

SettingsLoad parse_settings(std::string_view text) {
  SettingsLoad out;
  Settings& s = out.settings;
  std::size_t n = 0;
  auto broken = [&](std::string_view what) {
    out.settings = Settings{};
    out.problem = "line " + std::to_string(n) + ": " + std::string(what);
    return out;
  };
  while (!text.empty()) {
    std::string_view line = take_line(text);
    ++n;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) return broken("not \"key = value\"");
    const std::string_view key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
    if (key == "lang") {
      if (value == "en") s.lang = Lang::En;
      else if (value == "ko") s.lang = Lang::Ko;
      else return broken("lang is \"" + std::string(value) + "\", not en or ko");
    } else if (key == "ui_scale") {
      float f = 0;
      if (!parse_float(value, f) || !(f >= kMinScale - 0.001f && f <= kMaxScale + 0.001f))
        return broken("ui_scale is \"" + std::string(value) + "\", not a number from 0.6 to 2.5");
      s.ui_scale = f;
    } else if (key == "high_contrast") {
      if (value == "true") s.high_contrast = true;
      else if (value == "false") s.high_contrast = false;
      else return broken("high_contrast is \"" + std::string(value) + "\", not true or false");
    } else if (key == "score") {
      std::string lesson;
      SavedScore score;
      if (!parse_score(value, lesson, score)) return broken("score is not \"CORRECT ANSWERED QUESTIONS LESSON\"");
      s.scores[lesson] = score;
    }
    // Any other key: written by a newer CookieLab, skipped.
  }
  return out;
}

std::string serialize_settings(const Settings& s) {
  char scale[16];
  std::snprintf(scale, sizeof scale, "%.2f", static_cast<double>(s.ui_scale));
  std::string out =
      "# CookieLab's settings, kept between launches. Delete this file (or use\n"
      "# View > Reset saved settings) to start afresh.\n";
  out += "lang = " + std::string(s.lang == Lang::Ko ? "ko" : "en") + "\n";
  out += "ui_scale = " + std::string(scale) + "\n";
  out += "high_contrast = " + std::string(s.high_contrast ? "true" : "false") + "\n";
  // Each lesson's last score: right, answered, asked, then the lesson.
  for (const auto& [key, sc] : s.scores)
    out += "score = " + std::to_string(sc.correct) + " " + std::to_string(sc.answered) + " " +
           std::to_string(sc.questions) + " " + key + "\n";
  return out;
}

SettingsLoad load_settings(const std::string& location) {
  if (location.empty()) return {};
  std::error_code ec;
  if (!fs::exists(location, ec)) return {};
  SettingsLoad out;
  std::ifstream in(location, std::ios::binary);
  std::stringstream buf;
  if (in) buf << in.rdbuf();
  if (!in || fs::is_directory(location, ec)) {
    out.problem = location + ": cannot be read; the defaults are used";
    return out;
  }
  out = parse_settings(buf.str());
  if (!out.problem.empty()) out.problem = location + ": " + out.problem + "; the saved settings are ignored";
  return out;
}

bool save_settings(const Settings& settings, const std::string& location) {
  if (location.empty()) return false;
  std::error_code ec;
  fs::create_directories(fs::path(location).parent_path(), ec);
  // Written beside it, then renamed over it: a crash mid-write leaves the old file.
  const std::string tmp = location + ".new";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << serialize_settings(settings);
    if (!out) return false;
  }
  fs::rename(tmp, location, ec);
  return !ec;
}

Settings reset_settings(const std::string& location) {
  std::error_code ec;
  if (!location.empty()) fs::remove(location, ec);
  return Settings{};
}

Settings current_settings(Settings saved, Lang lang, float ui_scale, bool high_contrast, const std::string& lesson,
                          const SavedScore& score) {
  saved.lang = lang;
  saved.ui_scale = ui_scale;
  saved.high_contrast = high_contrast;
  if (score.answered > 0 && !lesson.empty()) saved.scores[lesson] = score;
  return saved;
}

}  // namespace cl::app

// What the window remembers between launches: the language, the UI scale, the
// theme and each lesson's last score, kept as "key = value" lines in the user's
// config folder (XDG Base Directory: $XDG_CONFIG_HOME/cookielab/settings.txt, else
// ~/.config/cookielab/settings.txt), beside the recent-files list (file_watch.h).
// A file that cannot be read or parsed is never fatal: the defaults are used and
// load_settings says so once, for stderr.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include "base/text.h"

namespace cl::app {

// A lesson's questions as last left: how many were right, answered, asked.
struct SavedScore {
  int correct = 0, answered = 0, questions = 0;
  bool operator==(const SavedScore&) const = default;
};

struct Settings {
  Lang lang = Lang::En;
  float ui_scale = 1.0f;  // Ctrl +/-, within [kMinScale, kMaxScale]
  bool high_contrast = false;
  // Keyed by lesson_key(): the file's absolute path, or "built-in" for the built-in lesson.
  std::map<std::string, SavedScore> scores;
  bool operator==(const Settings&) const = default;
};

inline constexpr float kMinScale = 0.6f, kMaxScale = 2.5f;

// $XDG_CONFIG_HOME/cookielab (when set and absolute, as the XDG spec asks), else
// $HOME/.config/cookielab; "" when neither is known (nothing is read or written).
std::string config_directory();
// config_directory() + "/settings.txt", or "".
std::string settings_location();

// The key a lesson's score is kept under: its file's absolute path, so it does not
// depend on the folder the program was started from; "built-in" when path is "".
std::string lesson_key(std::string_view path);

struct SettingsLoad {
  Settings settings;    // the defaults when `problem` is set
  std::string problem;  // "" when fine (or no file yet); else one line saying what is wrong
};

// Unknown keys are skipped (a newer version may add some); a line that is not
// "key = value", or a value out of range, makes the whole file ignored: half of a
// file is not trusted.
SettingsLoad parse_settings(std::string_view text);
std::string serialize_settings(const Settings& settings);

// A missing file is not a problem (first launch): the defaults, problem "".
SettingsLoad load_settings(const std::string& location);
// Creates the folder when needed. False when it cannot be written (or location is "").
bool save_settings(const Settings& settings, const std::string& location);
// View > Reset saved settings: the file is removed; the defaults come back.
Settings reset_settings(const std::string& location);

// The settings as the window stands now: `saved` with the learner's choices and
// the open lesson's score. A score is kept only once a question of this opening
// was answered, so opening a lesson again does not wipe its last score.
Settings current_settings(Settings saved, Lang lang, float ui_scale, bool high_contrast, const std::string& lesson,
                          const SavedScore& score);

}  // namespace cl::app

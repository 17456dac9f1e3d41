#include <catch2/catch.hpp>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include "app/logic/settings.h"

using namespace cl;
using namespace cl::app;
namespace fs = std::filesystem;

namespace {

// Sets an environment variable for one test and puts the old value back.
struct EnvVar {
  std::string name;
  std::optional<std::string> old;
  EnvVar(std::string n, const char* value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) old = v;
    if (value) ::setenv(name.c_str(), value, 1);
    else ::unsetenv(name.c_str());
  }
  ~EnvVar() {
    if (old) ::setenv(name.c_str(), old->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
};

fs::path temp_dir(const std::string& what) {
  const fs::path dir =
      fs::temp_directory_path() / ("cookielab-test-settings-" + what + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

Settings sample() {
  Settings s;
  s.lang = Lang::Ko;
  s.ui_scale = 1.3f;
  s.high_contrast = true;
  s.scores["/home/me/lessons/04 sessions.toml"] = {2, 3, 4};
  s.scores["built-in"] = {1, 1, 1};
  return s;
}

}  // namespace

TEST_CASE("settings: written and read back unchanged", "[settings]") {
  const Settings s = sample();
  const SettingsLoad back = parse_settings(serialize_settings(s));
  CHECK(back.problem.empty());
  CHECK(back.settings.lang == Lang::Ko);
  CHECK(back.settings.ui_scale == Approx(1.3f));
  CHECK(back.settings.high_contrast);
  CHECK(back.settings.scores == s.scores);  // a path with a space survives
  SECTION("through a file in a folder that does not exist yet") {
    const fs::path dir = temp_dir("roundtrip");
    const std::string where = (dir / "deeper" / "settings.txt").string();
    REQUIRE(save_settings(s, where));
    const SettingsLoad loaded = load_settings(where);
    CHECK(loaded.problem.empty());
    CHECK(loaded.settings.scores == s.scores);
    CHECK(loaded.settings.lang == Lang::Ko);
    CHECK_FALSE(fs::exists(where + ".new"));
    fs::remove_all(dir);
  }
}

TEST_CASE("settings: no file is the first launch, not a problem", "[settings]") {
  const fs::path dir = temp_dir("missing");
  const SettingsLoad loaded = load_settings((dir / "settings.txt").string());
  CHECK(loaded.problem.empty());
  CHECK(loaded.settings == Settings{});
  CHECK(load_settings("").problem.empty());
  CHECK_FALSE(save_settings(sample(), ""));
  fs::remove_all(dir);
}

TEST_CASE("settings: a broken file is ignored with one line saying why", "[settings]") {
  SECTION("a line that is not key = value") {
    const SettingsLoad r = parse_settings("lang = ko\nthis is not a setting\nui_scale = 2.0\n");
    CHECK(r.settings == Settings{});  // nothing half-read: not even lang
    CHECK(r.problem.find("line 2") != std::string::npos);
  }
  SECTION("values out of range") {
    CHECK_FALSE(parse_settings("lang = fr\n").problem.empty());
    CHECK_FALSE(parse_settings("ui_scale = 40\n").problem.empty());
    CHECK_FALSE(parse_settings("ui_scale = big\n").problem.empty());
    CHECK_FALSE(parse_settings("high_contrast = yes\n").problem.empty());
    CHECK_FALSE(parse_settings("score = 5 3 4 x.toml\n").problem.empty());  // more right than answered
    CHECK_FALSE(parse_settings("score = 1 2\n").problem.empty());
  }
  SECTION("unknown keys, comments, blank lines and CRLF are fine") {
    const SettingsLoad r = parse_settings("# c\r\n\r\nfuture_key = 1\r\nlang = ko\r\nhigh_contrast = true\r\n");
    CHECK(r.problem.empty());
    CHECK(r.settings.lang == Lang::Ko);
    CHECK(r.settings.high_contrast);
  }
  SECTION("binary garbage on disk") {
    const fs::path dir = temp_dir("garbage");
    const std::string where = (dir / "settings.txt").string();
    { std::ofstream(where, std::ios::binary) << std::string("\x00\xff\xfe garbage\x01", 12); }
    const SettingsLoad r = load_settings(where);
    CHECK(r.settings == Settings{});
    CHECK(r.problem.find(where) != std::string::npos);
    fs::remove_all(dir);
  }
  SECTION("a folder where the file should be") {
    const fs::path dir = temp_dir("folder");
    fs::create_directories(dir / "settings.txt");
    const SettingsLoad r = load_settings((dir / "settings.txt").string());
    CHECK(r.settings == Settings{});
    CHECK_FALSE(r.problem.empty());
    fs::remove_all(dir);
  }
}

TEST_CASE("settings: the folder follows XDG_CONFIG_HOME, else HOME/.config", "[settings]") {
  const fs::path home = temp_dir("home");
  EnvVar h("HOME", home.c_str());
  SECTION("HOME only") {
    EnvVar x("XDG_CONFIG_HOME", nullptr);
    CHECK(config_directory() == home.string() + "/.config/cookielab");
    CHECK(settings_location() == home.string() + "/.config/cookielab/settings.txt");
    REQUIRE(save_settings(sample(), settings_location()));
    CHECK(fs::exists(home / ".config" / "cookielab" / "settings.txt"));
    CHECK(load_settings(settings_location()).settings.lang == Lang::Ko);
  }
  SECTION("XDG_CONFIG_HOME wins") {
    EnvVar x("XDG_CONFIG_HOME", (home / "xdg").c_str());
    CHECK(settings_location() == (home / "xdg").string() + "/cookielab/settings.txt");
  }
  SECTION("a relative XDG_CONFIG_HOME is invalid (XDG spec) and ignored") {
    EnvVar x("XDG_CONFIG_HOME", "relative/dir");
    CHECK(config_directory() == home.string() + "/.config/cookielab");
  }
  SECTION("neither: nothing is read or written") {
    EnvVar x("XDG_CONFIG_HOME", nullptr);
    EnvVar h2("HOME", nullptr);
    CHECK(settings_location().empty());
  }
  fs::remove_all(home);
}

TEST_CASE("settings: a lesson's score is kept under its absolute path", "[settings]") {
  CHECK(lesson_key("") == "built-in");
  CHECK(lesson_key("-") == "built-in");
  const std::string k = lesson_key("scenarios/../scenarios/04-sessions.toml");
  CHECK(fs::path(k).is_absolute());
  CHECK(k == (fs::current_path() / "scenarios" / "04-sessions.toml").string());
}

TEST_CASE("settings: reset removes the file and gives the defaults", "[settings]") {
  const fs::path dir = temp_dir("reset");
  const std::string where = (dir / "settings.txt").string();
  REQUIRE(save_settings(sample(), where));
  const Settings after = reset_settings(where);
  CHECK(after == Settings{});
  CHECK_FALSE(fs::exists(where));
  CHECK(load_settings(where).settings == Settings{});
  CHECK(reset_settings(where) == Settings{});  // nothing to remove: still fine
  fs::remove_all(dir);
}

TEST_CASE("settings: the window's state is what gets saved", "[settings]") {
  Settings saved;
  saved.scores["a.toml"] = {1, 2, 3};
  SECTION("choices and an answered score") {
    const Settings s = current_settings(saved, Lang::Ko, 1.5f, true, "b.toml", {1, 1, 2});
    CHECK(s.lang == Lang::Ko);
    CHECK(s.ui_scale == 1.5f);
    CHECK(s.high_contrast);
    CHECK(s.scores.at("a.toml") == SavedScore{1, 2, 3});
    CHECK(s.scores.at("b.toml") == SavedScore{1, 1, 2});
  }
  SECTION("a lesson opened again, nothing answered yet: its last score stays") {
    const Settings s = current_settings(saved, Lang::En, 1.0f, false, "a.toml", {0, 0, 3});
    CHECK(s.scores.at("a.toml") == SavedScore{1, 2, 3});
  }
}

// The desktop program's side of platform.h: a plain loop, GL 3.3 core, GLFW's full screen.
#include "app/platform/platform.h"

namespace cl::app::platform {

bool in_page() { return false; }

void run_main_loop(const std::function<bool()>& frame) {
  while (frame()) {}
}

const char* glsl_version() { return "#version 330 core"; }

bool fullscreen_by_page(bool) { return false; }

float pixel_ratio() { return 1.0f; }

void before_frame(AppState&, GLFWwindow*) {}

void draw_menu(AppState&) {}

SettingsLoad load_saved_settings(const std::string& location) { return load_settings(location); }

bool save_saved_settings(const Settings& settings, const std::string& location) {
  return save_settings(settings, location);
}

Settings reset_saved_settings(const std::string& location) { return reset_settings(location); }

bool hashes_in_background() { return false; }

void hash_in_background(const std::vector<server::HashRequest>&) {}

bool take_hashes_arrived() { return false; }

}  // namespace cl::app::platform

// The desktop program's side of platform.h: a plain loop, GL 3.3 core, GLFW's full screen.
#include "app/platform/platform.h"

namespace cl::app::platform {

bool in_page() { return false; }

void run_main_loop(const std::function<bool()>& frame) {
  while (frame()) {}
}

const char* glsl_version() { return "#version 330 core"; }

bool fullscreen_by_page(bool) { return false; }

void before_frame(AppState&, GLFWwindow*) {}

void draw_menu(AppState&) {}

}  // namespace cl::app::platform

// What differs between the desktop program and the page, behind one small interface.
// src/app/CMakeLists.txt compiles native_*.cpp or web_*.cpp, so the window's code calls
// these and has no #ifdef of its own.
#pragma once
#include <functional>
#include <string>
#include <vector>
#include "app/logic/settings.h"
#include "server/password.h"

struct GLFWwindow;

namespace cl::app {
struct AppState;
}

namespace cl::app::platform {

// True in the page (WebAssembly in a browser).
bool in_page();

// Calls frame() until it returns false. Natively a loop, then it returns. In the page the
// browser calls frame() once per animation frame (emscripten_set_main_loop) and this
// function does not return to its caller, whose locals stay alive (the stack is left as it
// is, not unwound), so the window's loop can keep its state in them.
void run_main_loop(const std::function<bool()>& frame);

// The shading language Dear ImGui's OpenGL 3 backend compiles: GL 3.3 core natively,
// OpenGL ES 3.0 (WebGL 2) in the page.
const char* glsl_version();

// F11 / View > Full screen: in the page the browser's full screen (true: done here);
// natively false, and the window switches the monitor's mode through GLFW.
bool fullscreen_by_page(bool fullscreen);

// Device pixels per CSS pixel (a "retina" screen: 2). The page draws in device pixels (its
// canvas's backing store is that much larger than the CSS size it shows at), so the fonts
// are rasterised at the screen's own resolution; the window scales its font sizes by it.
// Natively 1.
float pixel_ratio();

// Once a frame, before the events: the page follows the browser window's size, hands the
// lesson files the learner opened or dropped to state.dropped, turns File > Open into the
// browser's file picker and keeps the address bar on where the learner is. Nothing natively.
void before_frame(AppState& state, GLFWwindow* window);

// The page's own menu (copy the link, share the lesson as a link, save the transcript,
// what the page leaves out); natively nothing.
void draw_menu(AppState& state);

// Where the settings outlive the program (logic/settings.h): natively the file at
// `location`; in the page the browser's localStorage, since the page's files last only as
// long as its tab (`location` is then only the name shown in a problem).
SettingsLoad load_saved_settings(const std::string& location);
bool save_saved_settings(const Settings& settings, const std::string& location);
Settings reset_saved_settings(const std::string& location);

// Whether Django's password hashes are computed off the window's thread, so the window
// draws while a lesson that needs them is prepared (Lesson::defer_hashes): in the page,
// PBKDF2 with 260,000 rounds takes a second and more in WebAssembly, and a Web Worker
// (cookielab-hash.js, the same mbedTLS code) makes them. Natively false.
bool hashes_in_background();
// Sends the requests not sent yet to the worker; each hash that comes back is remembered
// (server::remember_hash).
void hash_in_background(const std::vector<server::HashRequest>& requests);
// True once after one or more hashes came back since the last call.
bool take_hashes_arrived();

}  // namespace cl::app::platform

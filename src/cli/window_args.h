// The window's command line (`cookielab [FILE] [--lang en|ko] ...`), read into the
// window's options. Every mistake is refused with a one-line reason, which the caller
// prints with the usage before exiting 2: a wrong argument must never open a window
// with something else than asked, nor exit saying nothing.
#pragma once
#include <string>
#include "app/app.h"

namespace cl::cli {

// Returns "" when every argument was understood, else the reason ("--lang wants
// en or ko, not xx"). FILE may be "-", the built-in lesson, as in run and check.
std::string parse_window_args(int argc, char** argv, app::AppOptions& options);

}  // namespace cl::cli

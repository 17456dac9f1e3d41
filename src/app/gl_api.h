// The OpenGL functions the window draws with. The desktop loads OpenGL 3.3 through glad,
// generated into the build folder; the page's WebGL 2 is OpenGL ES 3.0, whose functions
// emscripten links directly, so there is nothing to load.
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif

namespace cl::app {
// Loads the functions where the platform needs it; false when they cannot be had.
template <class Loader>
bool load_gl(Loader loader) {
#ifdef __EMSCRIPTEN__
  (void)loader;
  return true;
#else
  return gladLoadGL(loader) != 0;
#endif
}
}  // namespace cl::app

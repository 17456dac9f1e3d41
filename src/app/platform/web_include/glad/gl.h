// The page's stand-in for the glad loader the desktop build generates: WebGL 2 is
// OpenGL ES 3.0, whose functions emscripten links directly, so there is nothing to load.
#pragma once
#include <GLES3/gl3.h>
#define gladLoadGL(loader) 1

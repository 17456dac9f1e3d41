// The page's hash worker (cookielab-hash.js, a Web Worker built with BUILD_AS_WORKER):
// Django's password hashes for the window, which would otherwise stop drawing for a second
// and more per PBKDF2 with 260,000 rounds. The same code as everywhere else in the page
// (server::compute_hash, mbedTLS). web_window.cpp's hash_in_background calls it.
#include <emscripten.h>
#include <cstdlib>
#include <string>
#include "server/password.h"

// data: "iterations\0password\0salt"; answers the hash (base64), or nothing when the data
// is not of that form.
extern "C" EMSCRIPTEN_KEEPALIVE void cookielab_hash(char* data, int size) {
  const std::string text(data ? data : "", data && size > 0 ? static_cast<std::size_t>(size) : 0);
  const std::size_t a = text.find('\0');
  const std::size_t b = a == std::string::npos ? a : text.find('\0', a + 1);
  cl::server::HashRequest request;
  if (b != std::string::npos) {
    request.iterations = std::atoi(text.substr(0, a).c_str());
    request.password = text.substr(a + 1, b - a - 1);
    request.salt = text.substr(b + 1);
  }
  if (request.iterations <= 0) {
    emscripten_worker_respond(nullptr, 0);
    return;
  }
  std::string hash = cl::server::compute_hash(request);
  emscripten_worker_respond(hash.data(), static_cast<int>(hash.size()));
}

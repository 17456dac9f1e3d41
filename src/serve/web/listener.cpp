// serve/listener.h in the page: a web page cannot listen on a port, so binding always
// fails with a reason (the window never asks: the page has no --serve). Picked by
// cmake/web.cmake in place of serve/listener.cpp; Debian's cpp-httplib is a native library.
#include <chrono>
#include "serve/listener.h"

namespace cl::serve {

struct Listener::Impl {
  std::string error = "a web page cannot listen on a port: use the desktop program (cookielab serve)";
};

TimeMs real_clock_now() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Listener::Listener(LiveServer&, ListenOptions) : impl_(std::make_unique<Impl>()) {}
Listener::~Listener() = default;
bool Listener::bind() { return false; }
int Listener::port() const { return 0; }
const std::string& Listener::error() const { return impl_->error; }
bool Listener::run() { return false; }
void Listener::stop() {}

}  // namespace cl::serve

// The socket side of `cookielab serve`: cpp-httplib (Debian's libcpp-httplib) reads
// HTTP/1.1 off the wire and the LiveServer answers. Nothing here decides anything
// about cookies or sessions; httplib stays out of every other header.
#pragma once
#include <memory>
#include <string>
#include "serve/live_server.h"

namespace cl::serve {

struct ListenOptions {
  std::string address = "127.0.0.1";  // loopback only unless asked (--listen)
  int port = 8080;                    // 0: any free port (see Listener::port())
  int read_timeout_seconds = 5;       // a client that stalls halfway is let go
};

TimeMs real_clock_now();  // the machine's clock: serve is live, not a replay

class Listener {
 public:
  Listener(LiveServer& live, ListenOptions options);
  ~Listener();
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  // Binds the socket; false (with error()) when the address or port is taken or bad.
  bool bind();
  int port() const;  // the bound port
  const std::string& error() const;
  // Answers requests until stop() is called (from any thread). Returns false when
  // the server could not run.
  bool run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cl::serve

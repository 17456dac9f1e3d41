// `cookielab FILE --serve`: the lesson's servers (the window's own sim::World) answer
// real clients on a port while the window is open, and every exchange joins the
// timeline as it happens. The listener runs on its own thread and appends each
// exchange to the lesson right after answering it, under the LiveServer's lock: so
// each step gets exactly the session rows its own request changed. Whoever else
// touches the lesson holds model_mutex() (the window holds it for the whole of a
// frame, while it reads the timeline and draws). GUI-free: tests drive it without
// a window.
#pragma once
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include "app/logic/lesson.h"
#include "serve/listener.h"
#include "serve/live_server.h"

namespace cl::app {

// The narration of a live step: who sent it, from where, and what became of it.
Bilingual live_narration(const serve::LiveExchange& ex);

class LiveServe {
 public:
  explicit LiveServe(serve::ListenOptions options) : options_(std::move(options)) {}
  ~LiveServe() { stop(); }
  LiveServe(const LiveServe&) = delete;
  LiveServe& operator=(const LiveServe&) = delete;

  // Binds and starts answering over the lesson's World, appending every exchange to
  // `lesson` (which must outlive the serving). False (see error()) when the port
  // cannot be had. After the first start the same port is kept, so a lesson
  // reopened in the window is served where the clients already go.
  bool start(Lesson& lesson);
  // Stops the listener and waits for its thread: nothing touches the servers after.
  void stop();
  bool running() const { return live_ != nullptr; }

  std::mutex* model_mutex() { return live_ ? &live_->model_mutex() : nullptr; }
  serve::LiveServer* server() { return live_.get(); }  // null when stopped

  // Print each exchange's log line with its timeline step ("... -> 400 400
  // [bad-request] (step 24)") on stdout, as `cookielab serve` logs them.
  bool echo = false;

  int port() const { return port_; }
  std::string url() const { return "http://" + options_.address + ":" + std::to_string(port_); }
  std::size_t requests() const { return requests_; }  // since the window opened
  const std::string& error() const { return error_; }

 private:
  serve::ListenOptions options_;
  std::unique_ptr<serve::LiveServer> live_;
  std::unique_ptr<serve::Listener> listener_;
  std::thread thread_;
  std::atomic<bool> finished_{false};
  int port_ = 0;
  std::atomic<std::size_t> requests_{0};
  std::string error_;
};

}  // namespace cl::app

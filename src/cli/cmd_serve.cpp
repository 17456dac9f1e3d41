// cookielab serve [FILE] [--port N] [--listen ADDR] [--db FILE] [--seed N]
//                 [--max-header BYTES] [--max-body BYTES]
// The lesson's servers answer real HTTP/1.1 on one port; the Host header picks the
// server. Reads top to bottom: options, the model, the socket, wait for Ctrl+C.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <string>
#include <string_view>
#include <thread>
#include "cli/commands.h"
#include "cli/load_or_report.h"
#include "cli/options.h"
#include "serve/listener.h"
#include "serve/live_server.h"

namespace {

constexpr const char* kServeUsage =
    "usage: cookielab serve [FILE] [--port N] [--listen ADDR] [--db FILE] [--seed N]\n"
    "                       [--max-header BYTES] [--max-body BYTES]\n"
    "  FILE        a scenario (default: the built-in lesson)\n"
    "  --port N    one port for every host of the lesson (default 8080; 0 = any free port)\n"
    "  --listen A  the address to listen on (default 127.0.0.1: this machine only)\n"
    "  --db FILE   keep the session tables in this SQLite file\n"
    "  --seed N    session keys and tokens (default: the scenario's seed)\n";

bool parse_size_t(std::string_view text, std::size_t& out) {
  int v = 0;
  if (!cl::cli::parse_int(text, v) || v <= 0) return false;
  out = static_cast<std::size_t>(v);
  return true;
}

}  // namespace

int cmd_serve(int argc, char** argv) {
  // 1. Options.
  std::string file = "-";
  cl::serve::ServeOptions options;
  cl::serve::ListenOptions listen;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const bool has_value = i + 1 < argc;
    bool ok = true;
    if (a == "--port" && has_value) {
      ok = cl::cli::parse_int(argv[++i], listen.port) && listen.port >= 0 && listen.port <= 65535;
    } else if (a == "--listen" && has_value) {
      listen.address = argv[++i];
    } else if (a == "--db" && has_value) {
      options.db_path = argv[++i];
    } else if (a == "--seed" && has_value) {
      int seed = 0;
      ok = cl::cli::parse_int(argv[++i], seed) && seed >= 0;
      options.seed = static_cast<std::uint64_t>(seed);
    } else if (a == "--max-header" && has_value) {
      ok = parse_size_t(argv[++i], options.limits.max_header_bytes);
    } else if (a == "--max-body" && has_value) {
      ok = parse_size_t(argv[++i], options.limits.max_body_bytes);
    } else if (a == "-h" || a == "--help") {
      std::fputs(kServeUsage, stdout);
      return 0;
    } else if (file == "-" && (a == "-" || a.empty() || a[0] != '-')) {
      file = argv[i];
    } else {
      std::fprintf(stderr, "cookielab serve: unexpected argument %s\n%s", argv[i], kServeUsage);
      return 2;
    }
    if (!ok) {
      std::fprintf(stderr, "cookielab serve: bad value for %s: %s\n%s", argv[i - 1], argv[i], kServeUsage);
      return 2;
    }
  }
  std::optional<cl::scenario::Scenario> scenario = cl::cli::load_or_report(file);
  if (!scenario) return 1;

  // 2. Ctrl+C and SIGTERM are taken by one thread with sigwait (blocked everywhere
  // else, so httplib's threads never see them): a signal handler may not call
  // into httplib, a thread may.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);  // our own "the listener ended": wakes the waiter
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // The log goes to stdout, often a pipe (`| tee class.log`): a reader that goes away
  // must not kill the server before it closes its database.
  std::signal(SIGPIPE, SIG_IGN);

  // 3. The model and the socket.
  cl::serve::Listener* listener_ptr = nullptr;
  int status = 0;
  {
    cl::serve::LiveServer live(*scenario, options);
    cl::serve::Listener listener(live, listen);
    listener_ptr = &listener;
    if (!listener.bind()) {
      std::fprintf(stderr, "cookielab serve: %s\n", listener.error().c_str());
      return 1;
    }
    // 4. Tell the teacher where to go (the first line is also what scripts read).
    std::printf("listening on http://%s:%d/\n", listen.address.c_str(), listener.port());
    for (const auto& s : scenario->servers)
      for (const std::string& h : s.hosts)
        std::printf("  %s (%s): http://%s.localhost:%d/  or  http://%s:%d/ with a hosts-file line\n", h.c_str(),
                    s.name.c_str(), h.c_str(), listener.port(), h.c_str(), listener.port());
    std::printf("Ctrl+C stops.\n");
    std::fflush(stdout);
    live.on_exchange([](const cl::serve::LiveExchange& ex) {
      std::printf("%s\n", cl::serve::log_line(ex).c_str());
      std::fflush(stdout);
    });

    std::atomic<bool> finished{false};
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      if (sig != SIGUSR1)
        std::fprintf(stderr, "cookielab serve: %s, shutting down\n", sig == SIGINT ? "interrupted" : "terminated");
      // httplib ignores a stop() that comes before its loop runs: repeat until it ends.
      while (!finished) {
        listener_ptr->stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
    // 5. Answer until stopped.
    if (!listener.run()) status = 1;
    finished = true;
    pthread_kill(waiter.native_handle(), SIGUSR1);  // wakes the waiter when no signal came
    waiter.join();
    // 6. The listener goes first, then the servers close their SQLite databases.
  }
  std::printf("stopped.\n");
  return status;
}

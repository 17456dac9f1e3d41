// The scenario's servers answering real clients: the same server::Server objects
// (routes, users, SQLite session table) the simulation uses, behind one port. This
// part knows no socket: the listener (listener.h) hands it requests as http::Request
// values, so everything here is tested without a network.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>
#include "base/ids.h"
#include "base/time.h"
#include "http/message.h"
#include "http/url.h"
#include "scenario/scenario.h"
#include "server/server.h"

namespace cl::serve {

// Safe by default: a teaching server has no reason to take large requests.
struct ServeLimits {
  std::size_t max_header_bytes = 16 * 1024;  // all fields together; over it: 431 (RFC 6585 5)
  std::size_t max_body_bytes = 1024 * 1024;  // over it: 413 (RFC 9110 15.5.14)
};

struct ServeOptions {
  std::string db_path;                // "" = in-memory SQLite
  std::optional<std::uint64_t> seed;  // session keys and tokens; default: the scenario's seed
  ServeLimits limits;
  int port = 0;  // where clients reach us, for the links of the index page
};

// Who sent a request (for the log; the model never sees it).
struct ClientInfo {
  std::string address;  // "127.0.0.1"
  int port = 0;
};

// One real exchange as it happened: what came in, what went out, what the server did.
struct LiveExchange {
  std::size_t index = 0;  // 1-based, in arrival order
  TimeMs time = 0;        // the real clock when it was answered
  ClientInfo client;
  std::string user_agent;  // the client's own name for itself ("" when it sent none)
  int server = -1;         // index into the scenario's servers; -1: none answered
  std::string host;        // from the Host header, without the port ("" when unusable)
  http::Request request;
  http::Response response;
  std::string route;                // the model's route name; "400", "421", "431", "413", "index"
  std::string user;                 // who the model recognised
  std::vector<std::string> events;  // the model's events; "bad-request", "no-server", ...
  std::string problem;              // why the request was refused, when it was ("" otherwise)
};

// The URL a request was sent to, as the model needs it: always http (serve speaks no
// TLS), the host and port from Host, the path and query from the request target.
// nullopt when the target is not origin-form ("/path?query"), RFC 9112 3.2.1.
std::optional<http::Url> request_url(std::string_view host_header, std::string_view target);

class LiveServer {
 public:
  // Serves the scenario with servers of its own (`cookielab serve`).
  LiveServer(const scenario::Scenario& scenario, ServeOptions options = {});
  // Serves servers someone else owns (the window's sim::World, for `cookielab FILE
  // --serve`): they must outlive this object, and whoever else touches them holds
  // model_mutex(). Their changed session keys are left for the owner to take.
  // options.db_path and options.seed do not apply (the owner made the servers).
  LiveServer(std::vector<server::Server*> servers, std::string title, ServeOptions options = {});
  ~LiveServer();
  LiveServer(const LiveServer&) = delete;
  LiveServer& operator=(const LiveServer&) = delete;

  // Answers one request that arrived whole. Thread-safe: the simulated servers are
  // not, so requests are answered one at a time (plenty for a classroom).
  LiveExchange answer(const http::Request& request, const ClientInfo& client, TimeMs now);
  // Records a request the listener refused before it was whole (a malformed request
  // line, a field too long, a body over the limit) with the status it was given.
  LiveExchange refuse(int status, std::string problem, const http::Request& partial, const ClientInfo& client,
                      TimeMs now);

  // Called (under the lock, in arrival order) after each exchange is recorded.
  void on_exchange(std::function<void(const LiveExchange&)> callback);

  std::vector<LiveExchange> exchanges() const;  // a copy: the log goes on growing
  // The exchanges recorded since the last call, oldest first: what a window's frame
  // loop polls to append to its timeline.
  std::vector<LiveExchange> take_new();
  // Held while a request is answered; hold it to read or change the servers.
  std::mutex& model_mutex() const { return mutex_; }
  std::size_t server_count() const { return servers_.size(); }
  const server::Server& server(int i) const { return *servers_[static_cast<std::size_t>(i)]; }
  bool owns_servers() const { return !owned_.empty(); }
  // The servers' session tables, read under the lock.
  std::vector<server::SessionRow> sessions(int server) const;
  const ServeLimits& limits() const { return options_.limits; }
  // The page a client gets at a loopback name ("localhost", "127.0.0.1"): the lesson's
  // hosts and how to open them.
  std::string index_page() const;

 private:
  ServeOptions options_;
  std::string title_;
  IdGenerator ids_;
  std::vector<std::unique_ptr<server::Server>> owned_;  // empty when the servers are borrowed
  std::vector<server::Server*> servers_;
  std::size_t taken_ = 0;  // exchanges handed out by take_new()
  std::vector<std::vector<std::string>> hosts_;
  mutable std::mutex mutex_;
  std::vector<LiveExchange> log_;
  std::function<void(const LiveExchange&)> callback_;

  LiveExchange record(LiveExchange ex);  // with mutex_ held
  LiveExchange answer_locked(const http::Request& request, const ClientInfo& client, TimeMs now);
};

// A plain-text answer the listener itself gives ("400 Bad Request: ..."), with
// Content-Length and Connection: close (RFC 9112 9.6: after a framing error the
// connection cannot be trusted).
http::Response plain_response(int status, std::string_view text);

// One line for the terminal: "#3 127.0.0.1:53422 POST shop.example/accounts/login/ -> 302 login [session-created]".
std::string log_line(const LiveExchange& ex);

}  // namespace cl::serve

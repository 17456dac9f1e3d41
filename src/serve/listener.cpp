#include "serve/listener.h"

#include <chrono>
#include <httplib.h>
#include "base/text.h"

namespace cl::serve {

namespace {

// httplib calls its error handler for every response of status 400 or more,
// those the model chose included. A request the model answered is marked here
// (the pre-routing handler, the error handler and the logger of one request run
// on the same thread, one after the other) so only httplib's own refusals, which
// the model never saw, are recorded as such.
// The logger resets the mark after every response written; a response that could
// not be written skips the logger, so the mark also names the request it is for.
thread_local const httplib::Request* t_answered_by_model = nullptr;

http::Request to_model(const httplib::Request& req) {
  http::Request r;
  r.method = req.method;
  r.target = req.target;
  r.version = req.version;
  // httplib keeps fields in a multimap: repeats keep their order, but fields of
  // different names come back sorted by name. The model reads fields by name only.
  for (const auto& [name, value] : req.headers) {
    // httplib adds these for the handler's convenience; they were not sent.
    if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT") continue;
    r.headers.add(name, value);
  }
  r.body = req.body;
  return r;
}

void to_wire(const http::Response& model, httplib::Response& res) {
  res.status = model.status;
  for (const http::Field& f : model.headers.fields) {
    // httplib writes the framing and connection fields itself (and would repeat them).
    if (iequals_ascii(f.name, "Content-Length") || iequals_ascii(f.name, "Connection") ||
        iequals_ascii(f.name, "Keep-Alive") || iequals_ascii(f.name, "Transfer-Encoding"))
      continue;
    res.headers.emplace(f.name, f.value);
  }
  res.body = model.body;
}

ClientInfo client_of(const httplib::Request& req) {
  // httplib fills the peer's address only once a request parsed; a refused one has none.
  return {req.remote_addr, req.remote_port < 0 ? 0 : req.remote_port};
}

}  // namespace

TimeMs real_clock_now() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

struct Listener::Impl {
  Impl(LiveServer& l, ListenOptions o) : live(l), options(std::move(o)) {}
  LiveServer& live;
  ListenOptions options;
  httplib::Server http;
  int port = -1;
  bool bound = false;
  std::string error;
};

Listener::Listener(LiveServer& live, ListenOptions options) : impl_(std::make_unique<Impl>(live, std::move(options))) {
  httplib::Server& http = impl_->http;
  LiveServer& model = impl_->live;
  http.set_payload_max_length(model.limits().max_body_bytes);
  http.set_read_timeout(impl_->options.read_timeout_seconds, 0);
  http.set_write_timeout(impl_->options.read_timeout_seconds, 0);
  // Every request, whatever its method and path, goes to the model: the routes
  // are the scenario's, not httplib's. httplib reads the body only for a matched
  // route (its pre-routing handler runs before the body is read), so the usual
  // methods get a catch-all route and the pre-routing handler takes the rest.
  auto answer = [&model](const httplib::Request& req, httplib::Response& res) {
    LiveExchange ex = model.answer(to_model(req), client_of(req), real_clock_now());
    to_wire(ex.response, res);
    t_answered_by_model = &req;
  };
  // httplib matches the percent-decoded path, which may hold a line break ("%0A"),
  // and "." does not match one: "[\s\S]*" matches every path.
  const std::string any_path = "[\\s\\S]*";
  http.Get(any_path, answer);  // httplib answers HEAD through the GET routes
  http.Post(any_path, answer);
  http.Put(any_path, answer);
  http.Patch(any_path, answer);
  http.Delete(any_path, answer);
  http.Options(any_path, answer);
  http.set_pre_routing_handler([answer](const httplib::Request& req, httplib::Response& res) {
    static constexpr std::string_view kRouted[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    for (std::string_view m : kRouted)
      if (req.method == m) return httplib::Server::HandlerResponse::Unhandled;
    answer(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // httplib refused the request before it was whole (malformed request line or
  // field, body over the limit, target too long): record it, say why.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([&model](const httplib::Request& req, httplib::Response& res) {
        if (t_answered_by_model == &req) return httplib::Server::HandlerResponse::Unhandled;
        std::string why = res.status == 413 ? "the body is over the limit"
                          : res.status == 414
                              ? "the request target is too long"
                              : "the request is malformed or was cut off (request line, header fields or body)";
        http::Request partial;
        partial.method = req.method;
        partial.target = req.target;
        partial.version = req.version;
        LiveExchange ex = model.refuse(res.status, why, partial, client_of(req), real_clock_now());
        res.headers.clear();
        to_wire(ex.response, res);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_logger([](const httplib::Request&, const httplib::Response&) { t_answered_by_model = nullptr; });
}

Listener::~Listener() = default;

bool Listener::bind() {
  Impl& m = *impl_;
  if (m.options.port == 0) {
    m.port = m.http.bind_to_any_port(m.options.address);
    m.bound = m.port > 0;
  } else {
    m.bound = m.http.bind_to_port(m.options.address, m.options.port);
    m.port = m.bound ? m.options.port : -1;
  }
  if (!m.bound)
    m.error = "cannot listen on " + m.options.address + ":" + std::to_string(m.options.port) +
              " (address in use, or not an address of this machine)";
  return m.bound;
}

int Listener::port() const { return impl_->port; }
const std::string& Listener::error() const { return impl_->error; }

bool Listener::run() {
  if (!impl_->bound && !bind()) return false;
  return impl_->http.listen_after_bind();
}

void Listener::stop() { impl_->http.stop(); }

}  // namespace cl::serve

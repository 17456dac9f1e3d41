#include "serve/live_server.h"

#include <algorithm>
#include <utility>
#include "base/text.h"
#include "serve/host_routing.h"

namespace cl::serve {

namespace {

// reason_phrase() knows the codes the simulation uses; serve refuses with a few more.
std::string phrase(int status) {
  switch (status) {
    case 421: return "Misdirected Request";              // RFC 9110 15.5.20
    case 431: return "Request Header Fields Too Large";  // RFC 6585 5
    case 505: return "HTTP Version Not Supported";       // RFC 9110 15.6.6
    default: {
      const std::string_view p = http::reason_phrase(status);
      return p.empty() ? "Error" : std::string(p);
    }
  }
}

bool loopback_name(std::string_view host) { return host == "localhost" || host == "127.0.0.1" || host == "[::1]"; }

std::size_t header_bytes(const http::Request& request) {
  std::size_t n = request.method.size() + request.target.size() + request.version.size() + 4;
  for (const http::Field& f : request.headers.fields) n += f.name.size() + f.value.size() + 4;
  return n;
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<http::Url> request_url(std::string_view host_header, std::string_view target) {
  // RFC 9112 3.2.1: a request to an origin server names the resource in
  // origin-form. absolute-form ("http://...") is for proxies, and serve is none.
  if (target.empty() || target.front() != '/') return std::nullopt;
  if (!host_of(host_header)) return std::nullopt;
  std::string text = "http://";
  text += host_header;
  text += target;
  return http::parse_url(text).url;
}

http::Response plain_response(int status, std::string_view text) {
  http::Response r;
  r.status = status;
  r.reason = phrase(status);
  r.body = std::string(text) + "\n";
  r.headers.add("Content-Type", "text/plain; charset=utf-8");
  r.headers.add("Content-Length", std::to_string(r.body.size()));
  r.headers.add("Connection", "close");
  return r;
}

LiveServer::LiveServer(const scenario::Scenario& scenario, ServeOptions options)
    : options_(std::move(options)), title_(scenario.title.en), ids_(options_.seed.value_or(scenario.seed)) {
  for (std::size_t i = 0; i < scenario.servers.size(); ++i) {
    server::ServerSpec spec = scenario.servers[i];
    // As in sim::World: servers sharing one database file get their name in front
    // of their tables, except the first, so `--db` files look the same in both.
    if (i > 0 && spec.table_prefix.empty() && !options_.db_path.empty()) spec.table_prefix = spec.name + "_";
    hosts_.push_back(spec.hosts);
    owned_.push_back(std::make_unique<server::Server>(std::move(spec), &ids_, options_.db_path));
    servers_.push_back(owned_.back().get());
  }
}

LiveServer::LiveServer(std::vector<server::Server*> servers, std::string title, ServeOptions options)
    : options_(std::move(options)), title_(std::move(title)), servers_(std::move(servers)) {
  for (const server::Server* s : servers_) hosts_.push_back(s->spec().hosts);
}

LiveServer::~LiveServer() = default;

void LiveServer::on_exchange(std::function<void(const LiveExchange&)> callback) {
  std::lock_guard lock(mutex_);
  callback_ = std::move(callback);
}

LiveExchange LiveServer::record(LiveExchange ex) {
  ex.index = log_.size() + 1;
  if (const std::string* ua = ex.request.headers.find("User-Agent")) ex.user_agent = *ua;
  log_.push_back(ex);
  if (callback_) callback_(log_.back());
  return ex;
}

LiveExchange LiveServer::answer(const http::Request& request, const ClientInfo& client, TimeMs now) {
  std::lock_guard lock(mutex_);
  return record(answer_locked(request, client, now));
}

LiveExchange LiveServer::refuse(int status, std::string problem, const http::Request& partial, const ClientInfo& client,
                                TimeMs now) {
  std::lock_guard lock(mutex_);
  LiveExchange ex;
  ex.time = now;
  ex.client = client;
  ex.request = partial;
  ex.problem = std::move(problem);
  ex.response = plain_response(status, std::to_string(status) + " " + phrase(status) + ": " + ex.problem);
  ex.route = std::to_string(status);
  ex.events.push_back(status == 400 ? "bad-request" : "refused");
  return record(std::move(ex));
}

LiveExchange LiveServer::answer_locked(const http::Request& request, const ClientInfo& client, TimeMs now) {
  LiveExchange ex;
  ex.time = now;
  ex.client = client;
  ex.request = request;
  auto refuse_with = [&](int status, std::string problem) {
    ex.problem = std::move(problem);
    ex.response = plain_response(status, std::to_string(status) + " " + phrase(status) + ": " + ex.problem);
    ex.route = std::to_string(status);
    ex.events.push_back(status == 400 ? "bad-request" : "refused");
    return ex;
  };

  if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
    return refuse_with(505, "this server speaks HTTP/1.1 (and 1.0), not " + request.version);
  if (header_bytes(request) > options_.limits.max_header_bytes)
    return refuse_with(
        431, "the request's header fields are over " + std::to_string(options_.limits.max_header_bytes) + " bytes");
  if (request.body.size() > options_.limits.max_body_bytes)
    return refuse_with(413, "the body is over " + std::to_string(options_.limits.max_body_bytes) + " bytes");
  // RFC 9112 3.2: "A server MUST respond with a 400 (Bad Request) status code to
  // any HTTP/1.1 request message that lacks a Host header field and to any request
  // message that contains more than one Host header field line or a Host header
  // field with an invalid field value."
  const std::vector<std::string> hosts = request.headers.all("Host");
  if (hosts.empty())
    return refuse_with(400, "no Host header: one port serves every host of the lesson, Host says which");
  if (hosts.size() > 1) return refuse_with(400, "more than one Host header");
  const std::optional<std::string> host = host_of(hosts.front());
  if (!host) return refuse_with(400, "Host \"" + hosts.front() + "\" is not a host name");
  ex.host = *host;
  const std::optional<http::Url> url = request_url(hosts.front(), request.target);
  if (!url) return refuse_with(400, "request target \"" + request.target + "\" is not a path (origin-form)");

  ex.server = route_host(hosts_, *host);
  if (ex.server < 0) {
    if (loopback_name(*host)) {
      ex.route = "index";
      ex.events.push_back("index");
      ex.response.status = 200;
      ex.response.body = index_page();
      ex.response.headers.add("Content-Type", "text/html; charset=utf-8");
      ex.response.headers.add("Content-Length", std::to_string(ex.response.body.size()));
      return ex;
    }
    // RFC 9110 15.5.20: 421 Misdirected Request, "the request was directed at a
    // server that is unable or unwilling to produce an authoritative response".
    ex.events.push_back("no-server");
    return refuse_with(421, "no server of this lesson answers for \"" + *host + "\"");
  }
  server::Handling h = servers_[static_cast<std::size_t>(ex.server)]->handle(request, *url, now);
  // Nobody steps back on a live server of our own; a borrowed one's owner records
  // the changed rows on its timeline.
  if (owns_servers()) {
    servers_[static_cast<std::size_t>(ex.server)]->take_session_changes();
    servers_[static_cast<std::size_t>(ex.server)]->take_user_changes();
  }
  ex.response = std::move(h.response);
  ex.route = std::move(h.route);
  ex.user = std::move(h.user);
  ex.events = std::move(h.events);
  return ex;
}

std::vector<LiveExchange> LiveServer::exchanges() const {
  std::lock_guard lock(mutex_);
  return log_;
}

std::vector<LiveExchange> LiveServer::take_new() {
  std::lock_guard lock(mutex_);
  std::vector<LiveExchange> fresh(log_.begin() + static_cast<std::ptrdiff_t>(taken_), log_.end());
  taken_ = log_.size();
  return fresh;
}

std::vector<server::SessionRow> LiveServer::sessions(int server) const {
  std::lock_guard lock(mutex_);
  return servers_[static_cast<std::size_t>(server)]->sessions();
}

std::string LiveServer::index_page() const {
  const std::string port = options_.port > 0 ? ":" + std::to_string(options_.port) : "";
  std::string html = "<!doctype html>\n<title>CookieLab serve</title>\n<h1>" + html_escape(title_) + "</h1>\n";
  html += "<p>This port answers for every host of the lesson; the Host header chooses the server.</p>\n<ul>\n";
  for (const auto& hosts : hosts_) {
    for (const std::string& h : hosts) {
      const std::string direct = "http://" + h + port + "/";
      const std::string local = "http://" + h + ".localhost" + port + "/";
      html += "<li><a href=\"" + html_escape(local) + "\">" + html_escape(local) + "</a> (no setup), or <a href=\"" +
              html_escape(direct) + "\">" + html_escape(direct) +
              "</a> (with a hosts-file line or "
              "--host-resolver-rules)</li>\n";
    }
  }
  html += "</ul>\n";
  return html;
}

std::string log_line(const LiveExchange& ex) {
  const std::string client = ex.client.address.empty() ? "?" : ex.client.address + ":" + std::to_string(ex.client.port);
  std::string line = "#" + std::to_string(ex.index) + " " + client + " " +
                     (ex.request.method.empty() ? "?" : ex.request.method) + " " + (ex.host.empty() ? "?" : ex.host) +
                     (ex.request.target.empty() ? "" : ex.request.target) + " -> " + std::to_string(ex.response.status);
  if (!ex.route.empty()) line += " " + ex.route;
  if (!ex.user.empty()) line += " user=" + ex.user;
  if (!ex.events.empty()) {
    line += " [";
    for (std::size_t i = 0; i < ex.events.size(); ++i) line += (i ? ", " : "") + ex.events[i];
    line += "]";
  }
  if (!ex.problem.empty()) line += " (" + ex.problem + ")";
  return line;
}

}  // namespace cl::serve

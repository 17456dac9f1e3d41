// A tiny test client: keeps the cookies a server sets (name -> value, nothing
// more) and sends them back, so tests read like a browser session.
#pragma once
#include <map>
#include <string>
#include "http/form.h"
#include "http/url.h"
#include "server/server.h"

namespace cl::server::test {

inline ServerSpec spec_for(Profile p, std::string name = "shop") {
  ServerSpec s;
  s.name = std::move(name);
  s.hosts = {"shop.example"};
  s.profile = p;
  s.users = {{"alice", "wonderland", "Alice Liddell", false, {}}, {"bob", "builder", "", true, {}}};
  s.password_iterations = 1000;
  return s;
}

inline constexpr TimeMs kStart = 1772442000000;  // 2026-03-02T09:00:00Z

struct Client {
  explicit Client(Server& s) : server(s) {}
  Server& server;
  std::map<std::string, std::string> jar;
  std::string origin = "http://shop.example";

  std::string cookie_header() const {
    std::string h;
    for (const auto& [n, v] : jar) h += (h.empty() ? "" : "; ") + n + "=" + v;
    return h;
  }
  Handling send(http::Request r, TimeMs now) {
    const auto url = http::parse_url(origin + r.target).url.value();
    r.headers.add("Host", url.host);
    const std::string c = cookie_header();
    if (!c.empty()) r.headers.add("Cookie", c);
    Handling h = server.handle(r, url, now);
    for (const auto& line : h.response.headers.all("Set-Cookie")) {
      const auto eq = line.find('='), semi = line.find(';');
      const std::string name = line.substr(0, eq), value = line.substr(eq + 1, semi - eq - 1);
      if (line.find("Max-Age=0") != std::string::npos) jar.erase(name);
      else jar[name] = value;
    }
    return h;
  }
  Handling get(const std::string& target, TimeMs now) {
    http::Request r;
    r.target = target;
    return send(std::move(r), now);
  }
  Handling post(const std::string& target, const http::FormFields& fields, TimeMs now) {
    http::Request r;
    r.method = "POST";
    r.target = target;
    r.body = http::form_encode(fields);
    r.headers.add("Content-Type", "application/x-www-form-urlencoded");
    r.headers.add("Content-Length", std::to_string(r.body.size()));
    return send(std::move(r), now);
  }
};

// The response's header names, in order: the frameworks' header order is part of
// what the profiles reproduce.
inline std::vector<std::string> header_names(const http::Response& r) {
  std::vector<std::string> names;
  for (const auto& f : r.headers.fields) names.push_back(f.name);
  return names;
}

inline bool has_event(const Handling& h, const std::string& e) {
  for (const auto& x : h.events)
    if (x == e) return true;
  return false;
}

}  // namespace cl::server::test

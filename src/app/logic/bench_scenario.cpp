#include "app/logic/bench_scenario.h"
#include <string>

namespace cl::app {

scenario::Scenario bench_scenario(std::size_t steps, std::size_t cookies) {
  constexpr std::size_t kHosts = 10;
  scenario::Scenario s;
  s.path = "<bench>";
  s.id = "bench";
  s.title = {"Benchmark", "벤치마크"};
  s.start = 1772442000000;  // 2026-03-02T09:00:00Z
  server::ServerSpec srv;
  srv.name = "bench";
  srv.profile = server::Profile::Stateless;
  for (std::size_t h = 0; h < kHosts; ++h) srv.hosts.push_back("h" + std::to_string(h) + ".bench.example");
  server::RouteSpec set;
  set.path = "/set";
  for (std::size_t c = 0; c < cookies / kHosts; ++c)
    set.headers.push_back(
        {"Set-Cookie", "c" + std::to_string(c) + "=value" + std::to_string(c) + "; Path=/; Max-Age=31536000"});
  set.body = "<title>Set</title><p>Cookies set.</p>";
  server::RouteSpec page;
  page.path = "/";
  page.body = "<title>Bench</title><p>A page.</p><a href=\"/\">again</a>";
  srv.routes = {set, page};
  s.servers.push_back(srv);
  scenario::BrowserSpec b;
  b.name = "browser";
  s.browsers.push_back(b);

  for (std::size_t i = 0; i < steps; ++i) {
    scenario::Step st;
    st.browser = "browser";
    const std::string host = "h" + std::to_string(i % kHosts) + ".bench.example";
    if (i < kHosts) {
      st.action = scenario::Action::Visit;
      st.url = "http://" + host + "/set";
    } else if (i % 100 == 0) {
      st.action = scenario::Action::Visit;
      st.url = "http://" + host + "/";
    } else if (i % 2 == 0) {
      st.action = scenario::Action::Wait;
      st.duration = kSecond;
    } else {
      st.action = scenario::Action::Raw;
      st.url = "http://" + host + "/";
      st.request = "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
    }
    st.say = {"Step " + std::to_string(i + 1), std::to_string(i + 1) + "단계"};
    s.steps.push_back(std::move(st));
  }
  return s;
}

}  // namespace cl::app

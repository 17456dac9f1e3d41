#include <catch2/catch.hpp>
#include "app/logic/sequence_layout.h"

using namespace cl;
using namespace cl::app;

namespace {
scenario::BrowserSpec browser(std::string name) {
  scenario::BrowserSpec b;
  b.name = std::move(name);
  return b;
}
}  // namespace

TEST_CASE("which step a click selects", "[sequence]") {
  SequenceGeometry g;
  g.top = 100;
  g.row_height = 40;
  SECTION("inside rows") {
    CHECK(g.row_at(100, 5) == std::optional<std::size_t>(0));
    CHECK(g.row_at(139.9f, 5) == std::optional<std::size_t>(0));
    CHECK(g.row_at(140, 5) == std::optional<std::size_t>(1));
    CHECK(g.row_at(299, 5) == std::optional<std::size_t>(4));
  }
  SECTION("above the first row, below the last, no rows") {
    CHECK_FALSE(g.row_at(99, 5).has_value());
    CHECK_FALSE(g.row_at(300, 5).has_value());
    CHECK_FALSE(g.row_at(120, 0).has_value());
  }
  SECTION("a zero row height selects nothing") {
    g.row_height = 0;
    CHECK_FALSE(g.row_at(150, 5).has_value());
  }
}

TEST_CASE("only visible rows are drawn", "[sequence]") {
  SECTION("the top of a long list") {
    auto r = visible_rows(0, 200, 40, 10000);
    CHECK(r.first == 0);
    CHECK(r.last == 5);
  }
  SECTION("scrolled half a row: the partly visible rows count") {
    auto r = visible_rows(20, 200, 40, 10000);
    CHECK(r.first == 0);
    CHECK(r.last == 6);
  }
  SECTION("deep in ten thousand rows") {
    auto r = visible_rows(40 * 9000, 400, 40, 10000);
    CHECK(r.first == 9000);
    CHECK(r.last == 9010);
  }
  SECTION("the band runs past the end") {
    auto r = visible_rows(40 * 8, 400, 40, 10);
    CHECK(r.first == 8);
    CHECK(r.last == 10);
  }
  SECTION("empty inputs") {
    CHECK(visible_rows(0, 200, 40, 0).last == 0);
    CHECK(visible_rows(0, 0, 40, 10).last == 0);
    CHECK(visible_rows(0, 200, 0, 10).last == 0);
  }
}

TEST_CASE("scrolling brings the shown step into view", "[sequence]") {
  CHECK(scroll_to_show(0, 0, 200, 40) == 0);     // already visible
  CHECK(scroll_to_show(3, 0, 200, 40) == 0);     // rows 0-4 fit
  CHECK(scroll_to_show(5, 0, 200, 40) == 40);    // just below: scroll one row
  CHECK(scroll_to_show(2, 200, 200, 40) == 80);  // above: scroll up to it
  CHECK(scroll_to_show(9999, 0, 200, 40) == 40 * 10000 - 200);
}

TEST_CASE("lanes: browsers, then servers, then nobody", "[sequence]") {
  scenario::Scenario s;
  s.browsers.push_back(browser("alice"));
  s.browsers.push_back(browser("mallory"));
  server::ServerSpec shop;
  shop.name = "shop";
  shop.hosts = {"shop.example"};
  s.servers.push_back(shop);
  Lanes l = lanes_of(s);
  REQUIRE(l.count() == 4);
  CHECK(l.labels[0] == "alice");
  CHECK(l.labels[2] == "shop.example");
  REQUIRE(l.short_labels.size() == l.labels.size());
  CHECK(l.short_labels[2] == "shop");
  CHECK(l.short_labels[0] == "alice");
  CHECK(l.browser_lane(1) == 1);
  CHECK(l.server_lane(0) == 2);
  CHECK(l.server_lane(-1) == 3);
  SECTION("lanes spread evenly across the width") {
    SequenceGeometry g;
    g.left = 10;
    g.width = 400;
    g.lanes = l.count();
    CHECK(g.lane_x(0) == Approx(60));
    CHECK(g.lane_x(3) == Approx(360));
  }
  SECTION("no browser in the scenario still gives a browser lane") {
    scenario::Scenario empty;
    Lanes e = lanes_of(empty);
    CHECK(e.browsers == 1);
    CHECK(e.count() == 2);
  }
}

TEST_CASE("an exchange becomes a labelled arrow with cookie marks", "[sequence]") {
  scenario::Scenario s;
  s.browsers.push_back(browser("alice"));
  server::ServerSpec shop;
  shop.name = "shop";
  s.servers.push_back(shop);
  const Lanes lanes = lanes_of(s);
  sim::Step step;
  step.browser = 0;
  SECTION("a step without an exchange is a note on the browser lane") {
    step.action = scenario::Action::Wait;
    Arrow a = arrow_of(step, lanes);
    CHECK_FALSE(a.has_exchange);
    CHECK(a.from == 0);
    CHECK(a.note == std::string(scenario::action_name(scenario::Action::Wait)));
  }
  SECTION("request and response labels, cookie marks") {
    sim::Exchange x;
    x.browser = 0;
    x.server = 0;
    x.method = "POST";
    x.url = std::make_shared<const http::Url>(*http::parse_url("http://shop.example/login").url);
    x.status = 302;
    x.request = std::make_shared<const std::string>(
        "POST /login HTTP/1.1\r\nHost: shop.example\r\nCookie: csrftoken=abc\r\nContent-Length: 0\r\n\r\n");
    sim::SetCookieReport report;
    report.line = "sessionid=1";
    x.set_cookies.push_back(report);
    step.exchange = x;
    Arrow a = arrow_of(step, lanes);
    CHECK(a.has_exchange);
    CHECK(a.from == 0);
    CHECK(a.to == 1);
    CHECK(a.request_label == "POST /login");
    CHECK(a.response_label.rfind("302", 0) == 0);
    CHECK(a.carries_cookie);
    CHECK(a.carries_set_cookie);
  }
  SECTION("no Cookie, no Set-Cookie: no marks; no status: no response") {
    sim::Exchange x;
    x.browser = 0;
    x.server = -1;
    x.method = "GET";
    step.exchange = x;
    Arrow a = arrow_of(step, lanes);
    CHECK(a.to == lanes.server_lane(-1));
    CHECK_FALSE(a.carries_cookie);
    CHECK_FALSE(a.carries_set_cookie);
    CHECK(a.response_label == "(no response)");
    CHECK(arrow_of(step, lanes, cl::Lang::Ko).response_label == "(응답 없음)");
    CHECK(lanes_of(s, cl::Lang::Ko).labels.back() == "(서버 없음)");
  }
}

TEST_CASE("a raw request is labelled with its own first line", "[sequence]") {
  scenario::Scenario s;
  s.browsers.push_back(browser("alice"));
  const Lanes lanes = lanes_of(s);
  sim::Step step;
  step.browser = 0;
  sim::Exchange x;
  x.browser = 0;
  x.method = "GET";  // what the step's address would have been fetched with
  x.url = std::make_shared<const http::Url>(*http::parse_url("http://shop.example/").url);
  SECTION("bytes that are no request line") {
    x.request = std::make_shared<const std::string>("GARBAGE\r\n\r\n");
    step.exchange = x;
    CHECK(arrow_of(step, lanes).request_label == "GARBAGE");
  }
  SECTION("a request line of its own") {
    x.request = std::make_shared<const std::string>("DELETE /cart?all=1 HTTP/1.0\r\nHost: shop.example\r\n\r\n");
    step.exchange = x;
    CHECK(arrow_of(step, lanes).request_label == "DELETE /cart?all=1 HTTP/1.0");
  }
  SECTION("the usual request keeps the short label") {
    x.request = std::make_shared<const std::string>("GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n");
    step.exchange = x;
    CHECK(arrow_of(step, lanes).request_label == "GET /");
  }
}

TEST_CASE("a request to another host of the lane's server names the host", "[sequence]") {
  scenario::Scenario s;
  s.browsers.push_back(browser("alice"));
  server::ServerSpec shop;
  shop.name = "shop";
  shop.hosts = {"shop.example", "www.shop.example", "static.shop.example"};
  server::ServerSpec blog;
  blog.name = "blog";
  blog.hosts = {"blog.example"};
  s.servers.push_back(shop);
  s.servers.push_back(blog);
  const Lanes lanes = lanes_of(s);
  REQUIRE(lanes.server_hosts.size() == 2);
  sim::Step step;
  step.browser = 0;
  sim::Exchange x;
  x.browser = 0;
  x.server = 0;
  x.method = "GET";
  auto label = [&](std::string host, int server) {
    http::Url url;
    url.path = "/";
    url.host = std::move(host);
    x.url = std::make_shared<const http::Url>(url);
    x.server = server;
    step.exchange = x;
    return arrow_of(step, lanes).request_label;
  };
  CHECK(lanes.labels[1] == "shop.example");
  CHECK(label("shop.example", 0) == "GET /");  // the lane says it
  CHECK(label("www.shop.example", 0) == "GET www.shop.example/");
  CHECK(label("static.shop.example", 0) == "GET static.shop.example/");
  CHECK(label("blog.example", 1) == "GET /");      // a server with one host
  CHECK(label("nowhere.example", -1) == "GET /");  // the no-server lane
}

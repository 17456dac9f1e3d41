// The browser's exchanges through a scripted agent::Network: what it sends, the
// cookies it takes (RFC 6265 5.3, in order) and sends back (5.4), the redirects it
// follows by itself and the images it fetches after the page.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "browser/fetch.h"
#include "browser/navigate.h"
#include "browser/request.h"
#include "browser/subresources.h"

using namespace cl;

namespace {

// Pages by path; the browser's state kept as one value; every request written down.
struct ScriptedNetwork final : agent::Network {
  std::map<std::string, http::Response> pages;
  agent::BrowserState browser;
  TimeMs clock = 1'000'000;
  std::vector<http::Request> requests;
  std::vector<std::string> decided;  // "line -> outcome"
  int exchanges = 0;
  http::Response current;

  TimeMs now() const override { return clock; }
  agent::BrowserState& state() override { return browser; }
  agent::Incoming send(agent::Outgoing out) override {
    requests.push_back(out.build());
    auto url = std::make_shared<const http::Url>(out.nav.url);
    auto it = pages.find(out.nav.url.path);
    if (out.nav.url.host != "shop.example" || it == pages.end()) {
      current = {};
      return {0, &current.headers, nullptr, false, url};
    }
    current = it->second;
    auto body = std::make_shared<const std::string>(current.body);
    return {current.status, &current.headers, body, agent::may_embed_images(*body), url};
  }
  void set_cookie_decided(std::string_view line, cookie::SetDecision d) override {
    decided.push_back(std::string(line) + " -> " + std::string(cookie::set_outcome_name(d.outcome)));
  }
  void received() override {
    ++exchanges;
    clock += 1000;
  }

  void page(const std::string& path, int status, std::vector<http::Field> fields, std::string body = "<p>ok</p>") {
    http::Response r;
    r.status = status;
    r.headers.fields = std::move(fields);
    r.body = std::move(body);
    pages[path] = std::move(r);
  }
  std::vector<std::string> lines() const {  // "METHOD target" of each request
    std::vector<std::string> out;
    for (const http::Request& r : requests) out.push_back(r.method + " " + r.target);
    return out;
  }
};

const agent::Settings kSettings{"Test/1.0", false, true, {}};

agent::Navigation visit(const std::string& url) {
  agent::Navigation nav;
  nav.url = *http::parse_url(url).url;
  return nav;
}

}  // namespace

TEST_CASE("the request a browser writes", "[request]") {
  agent::Navigation nav = visit("http://shop.example:8080/cart/?item=apple");
  SECTION("a page typed in: Host with its port, the User-Agent, Accept a page, the jar's cookies last") {
    const http::Request r = agent::build_request("Test/1.0", nav, "sessionid=abc");
    CHECK(r.method == "GET");
    CHECK(r.target == "/cart/?item=apple");
    CHECK(r.headers.fields == std::vector<http::Field>{{"Host", "shop.example:8080"},
                                                       {"User-Agent", "Test/1.0"},
                                                       {"Accept", "text/html"},
                                                       {"Cookie", "sessionid=abc"}});
  }
  SECTION("a form's POST: Referer and Origin of the page, the body and its length; no Cookie field without cookies") {
    nav.method = "POST";
    nav.body = "a=1";
    nav.initiator = *http::parse_url("https://shop.example/login/?x=1").url;
    const http::Request r = agent::build_request("Test/1.0", nav, "");
    CHECK(r.headers.fields == std::vector<http::Field>{{"Host", "shop.example:8080"},
                                                       {"User-Agent", "Test/1.0"},
                                                       {"Accept", "text/html"},
                                                       {"Referer", "https://shop.example/login/"},
                                                       {"Origin", "https://shop.example"},
                                                       {"Content-Type", "application/x-www-form-urlencoded"},
                                                       {"Content-Length", "3"}});
    CHECK(r.body == "a=1");
  }
  SECTION("an image: Accept image/*, not a top-level navigation for the jar") {
    nav.top_level = false;
    CHECK(*agent::build_request("Test/1.0", nav, "").headers.find("Accept") == "image/*");
    CHECK_FALSE(agent::cookie_context(nav, true).top_level_navigation);
    CHECK(agent::cookie_context(nav, true).block_third_party);
  }
}

TEST_CASE("a navigation takes each Set-Cookie line in order and sends the cookies back", "[navigate]") {
  ScriptedNetwork net;
  net.page("/", 200, {{"Set-Cookie", "a=1"}, {"Set-Cookie", "b=2; Domain=other.example"}, {"Set-Cookie", "a=3"}});
  agent::navigate(net, kSettings, visit("http://shop.example/"));
  CHECK(net.decided ==
        std::vector<std::string>{"a=1 -> stored", "b=2; Domain=other.example -> ignored", "a=3 -> replaced"});
  REQUIRE(net.browser.location);
  CHECK(net.browser.location->path == "/");
  CHECK(net.browser.status == 200);
  agent::navigate(net, kSettings, visit("http://shop.example/"));
  REQUIRE(net.requests.size() == 2);
  CHECK_FALSE(net.requests[0].headers.has("Cookie"));
  CHECK(*net.requests[1].headers.find("Cookie") == "a=3");
}

TEST_CASE("a navigation follows redirects by itself, then fetches the final page's images", "[navigate]") {
  ScriptedNetwork net;
  agent::Navigation login = visit("http://shop.example/login/");
  login.method = "POST";
  login.body = "u=alice";
  SECTION("a 302 after a POST: the next request is a GET; the images come after the last page") {
    net.page("/login/", 302, {{"Location", "/home/"}});
    net.page("/home/", 200, {}, "<p>hi</p><IMG src=\"/pixel.gif\"><img src=\"http://tracker.example/t.gif\">");
    agent::navigate(net, kSettings, login);
    CHECK(net.lines() == std::vector<std::string>{"POST /login/", "GET /home/", "GET /pixel.gif", "GET /t.gif"});
    CHECK(net.exchanges == 4);
    CHECK(*net.requests[3].headers.find("Host") == "tracker.example");
    CHECK(*net.requests[3].headers.find("Referer") == "http://shop.example/home/");
    // The images are not pages: the page shown stays the one they are on.
    CHECK(net.browser.location->path == "/home/");
  }
  SECTION("a 307 repeats the POST") {
    net.page("/login/", 307, {{"Location", "/login2/"}});
    net.page("/login2/", 200, {});
    agent::navigate(net, kSettings, login);
    CHECK(net.lines() == std::vector<std::string>{"POST /login/", "POST /login2/"});
    CHECK(net.requests[1].body == "u=alice");
  }
  SECTION("a navigation that does not follow them stops at the 3xx") {
    net.page("/login/", 302, {{"Location", "/home/"}});
    login.follow_redirects = false;
    agent::navigate(net, kSettings, login);
    CHECK(net.lines() == std::vector<std::string>{"POST /login/"});
    CHECK(net.browser.status == 302);
  }
  SECTION("a redirect loop: the first request and ten redirects, then the 3xx is shown") {
    net.page("/loop/", 302, {{"Location", "/loop/"}});
    agent::navigate(net, kSettings, visit("http://shop.example/loop/"));
    CHECK(net.exchanges == 11);
  }
}

TEST_CASE("nobody answers: the browser shows that it can't reach the host", "[navigate]") {
  ScriptedNetwork net;
  net.browser.open = false;
  agent::navigate(net, kSettings, visit("http://nowhere.example/"));
  CHECK(net.exchanges == 1);
  CHECK(net.browser.open);  // using a closed browser opens it again
  CHECK(net.browser.status == 0);
  CHECK(net.browser.page().title == "Can't reach nowhere.example");
}

TEST_CASE("a raw request goes out as written: the jar adds nothing but takes the response's cookies", "[navigate]") {
  ScriptedNetwork net;
  net.page("/", 200, {{"Set-Cookie", "a=1"}});
  agent::navigate(net, kSettings, visit("http://shop.example/"));
  net.decided.clear();
  struct RawNetwork final : agent::Network {
    ScriptedNetwork& inner;
    const std::string* raw = nullptr;
    std::string header;
    explicit RawNetwork(ScriptedNetwork& n) : inner(n) {}
    TimeMs now() const override { return inner.now(); }
    agent::BrowserState& state() override { return inner.state(); }
    agent::Incoming send(agent::Outgoing out) override {
      raw = out.raw;
      header = out.cookies.header;
      return inner.send(std::move(out));
    }
    void set_cookie_decided(std::string_view line, cookie::SetDecision d) override {
      inner.set_cookie_decided(line, std::move(d));
    }
    void received() override { inner.received(); }
  } raw_net(net);
  const std::string bytes = "GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n";
  agent::fetch_raw(raw_net, kSettings, visit("http://shop.example/"), bytes);
  CHECK(raw_net.raw == &bytes);
  CHECK(raw_net.header.empty());
  CHECK(net.decided == std::vector<std::string>{"a=1 -> replaced"});
}

TEST_CASE("whether a page may embed an image: \"<img\" in any case", "[subresources]") {
  CHECK(agent::may_embed_images("<p>x</p><img src=a>"));
  CHECK(agent::may_embed_images("<IMG SRC=a>"));
  CHECK_FALSE(agent::may_embed_images("<p>image</p><im"));
  CHECK_FALSE(agent::may_embed_images(""));
  const http::Url page = *http::parse_url("http://shop.example/a/b").url;
  const std::vector<agent::Navigation> subs = agent::image_requests(page, {"c.gif", "http://[bad", "/d.gif"});
  REQUIRE(subs.size() == 2);
  CHECK(subs[0].url.path == "/a/c.gif");
  CHECK(subs[1].url.path == "/d.gif");
  CHECK_FALSE(subs[0].top_level);
  CHECK(subs[0].initiator == page);
}

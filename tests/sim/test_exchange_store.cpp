// The speed hints of a long run (sim/exchange_store.h): each one reuses what is the
// same and passes over what is not, so the result never depends on them.
#include <catch2/catch.hpp>

#include "sim/exchange_store.h"

using namespace cl;

namespace {

agent::Navigation visit(const std::string& url) {
  agent::Navigation nav;
  nav.url = *http::parse_url(url).url;
  return nav;
}

cookie::Cookie cookie_named(std::string name) {
  cookie::Cookie c;
  c.name = std::move(name);
  c.value = "v";
  c.domain = "shop.example";
  c.path = "/";
  return c;
}

}  // namespace

TEST_CASE("the store finds a browser's place at an address again, and forgets the oldest of nine", "[store]") {
  sim::ExchangeStore store;
  const agent::Navigation home = visit("http://shop.example/");
  sim::ExchangeStore::Place& a = store.place(0, home.url);
  CHECK(&store.place(0, home.url) == &a);
  CHECK(*a.url() == home.url);
  // Another browser has its own place, but the address is pooled once.
  CHECK(store.place(3, home.url).url().get() == store.place(0, home.url).url().get());
  sim::ExchangeStore::Place& at_home = store.place(0, home.url);
  http::Request built;
  store.request(at_home, agent::Outgoing{home, "UA", {}, nullptr, false, {}}, nullptr, built);
  REQUIRE(store.place(0, home.url).request_text());
  for (int i = 0; i < 8; ++i) store.place(0, visit("http://shop.example/p" + std::to_string(i)).url);
  CHECK_FALSE(store.place(0, home.url).request_text());  // forgotten: made again
}

TEST_CASE("the request for an address with these cookies: the kept plain GET, else built", "[store]") {
  sim::ExchangeStore store;
  const agent::Navigation home = visit("http://shop.example/");
  const auto none = store.sent_cookies(0, {});
  const auto some = store.sent_cookies(0, {cookie_named("sessionid")});
  CHECK(store.sent_cookies(0, {cookie_named("sessionid")}).get() == some.get());
  sim::ExchangeStore::Place& here = store.place(0, home.url);
  http::Request built;
  agent::Outgoing out{home, "UA", {}, nullptr, false, {}};
  out.cookies.header = "sessionid=v";
  const http::Request& first = store.request(here, out, some, built);
  const auto text = here.request_text();
  CHECK(*first.headers.find("Cookie") == "sessionid=v");
  SECTION("the same plain GET with the same cookies: the same message and bytes") {
    http::Request unused;
    CHECK(&store.request(here, out, some, unused) == &first);
    CHECK(here.request_text().get() == text.get());
  }
  SECTION("other cookies: built again") {
    agent::Outgoing bare{home, "UA", {}, nullptr, false, {}};
    http::Request again;
    CHECK_FALSE(store.request(here, bare, none, again).headers.has("Cookie"));
    CHECK(*here.request_text() != *text);
  }
  SECTION("a POST is built every time and not kept") {
    agent::Navigation post = home;
    post.method = "POST";
    post.body = "a=1";
    agent::Outgoing form{post, "UA", {}, nullptr, false, {}};
    http::Request b1, b2;
    CHECK(&store.request(here, form, some, b1) == &b1);
    CHECK(&store.request(here, form, some, b2) == &b2);
  }
}

TEST_CASE("a body is pooled and scanned for <img> when it changes; a head is kept as its changes", "[store]") {
  sim::ExchangeStore store;
  sim::ExchangeStore::Place& here = store.place(0, visit("http://shop.example/").url);
  const auto plain = store.body(here, "<p>hello</p>");
  CHECK_FALSE(here.body_may_embed_images());
  CHECK(store.body(here, "<p>hello</p>").get() == plain.get());
  store.body(here, "<p>hello</p><img src=/t.gif>");
  CHECK(here.body_may_embed_images());
  store.body(here, "<p>hello</p>");
  CHECK_FALSE(here.body_may_embed_images());
  const std::string head1 = "HTTP/1.1 200 OK\r\nDate: Mon, 02 Mar 2026 09:00:00 GMT\r\n\r\n";
  const std::string head2 = "HTTP/1.1 200 OK\r\nDate: Mon, 02 Mar 2026 09:00:01 GMT\r\n\r\n";
  CHECK(store.head(here, head1).whole());
  const DeltaText second = store.head(here, head2);
  CHECK_FALSE(second.whole());
  CHECK(second.text() == head2);
}

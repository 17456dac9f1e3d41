#include <catch2/catch.hpp>

#include "sim/text_pool.h"

using namespace cl;

namespace {

cookie::Cookie cookie_named(std::string name, std::string value, TimeMs last_access) {
  cookie::Cookie c;
  c.name = std::move(name);
  c.value = std::move(value);
  c.domain = "shop.example";
  c.path = "/";
  c.creation = 1000;
  c.last_access = last_access;
  return c;
}

}  // namespace

TEST_CASE("the text pool keeps each text once", "[text-pool]") {
  sim::TextPool pool;
  SECTION("equal texts share one copy, different ones do not") {
    auto a = pool.intern(std::string_view("GET / HTTP/1.1\r\n\r\n"));
    auto b = pool.intern(std::string("GET / HTTP/1.1\r\n\r\n"));
    auto c = pool.intern(std::string_view("GET /x HTTP/1.1\r\n\r\n"));
    CHECK(a.get() == b.get());
    CHECK(a.get() != c.get());
    CHECK(*c == "GET /x HTTP/1.1\r\n\r\n");
    SECTION("a likely text or sentence is taken when equal; another is looked up in the pool") {
      CHECK(pool.intern(std::string_view("GET / HTTP/1.1\r\n\r\n"), a).get() == a.get());
      CHECK(pool.intern(std::string_view("GET /x HTTP/1.1\r\n\r\n"), a).get() == c.get());
      auto d = pool.intern(std::string_view("GET /y HTTP/1.1\r\n\r\n"), nullptr);
      CHECK(*d == "GET /y HTTP/1.1\r\n\r\n");
      CHECK(pool.intern(std::string_view("GET /y HTTP/1.1\r\n\r\n")).get() == d.get());
      auto found = pool.intern(Bilingual{"found", "찾음"});
      CHECK(pool.intern(Bilingual{"found", "찾음"}, found).get() == found.get());
      auto other = pool.intern(Bilingual{"found", "없음"}, found);
      CHECK(other.get() != found.get());
      CHECK(other->ko == "없음");
      CHECK(pool.intern(Bilingual{"found", "없음"}).get() == other.get());
    }
  }
  SECTION("URLs are pooled by their whole text") {
    const http::Url u = *http::parse_url("http://shop.example/cart/?item=apple").url;
    CHECK(pool.intern(u).get() == pool.intern(*http::parse_url("http://shop.example/cart/?item=apple").url).get());
    CHECK(pool.intern(u).get() != pool.intern(*http::parse_url("http://shop.example/cart/?item=melon").url).get());
  }
  SECTION("sent cookie lists: the same records share one list whenever they were sent") {
    auto first = pool.intern(
        std::vector<cookie::Cookie>{cookie_named("sessionid", "k1", 5000), cookie_named("csrftoken", "t", 5000)});
    auto later = pool.intern(
        std::vector<cookie::Cookie>{cookie_named("sessionid", "k1", 9000), cookie_named("csrftoken", "t", 9000)});
    CHECK(first.get() == later.get());
    REQUIRE(first->size() == 2);
    CHECK((*first)[0].name == "sessionid");
    CHECK((*first)[0].last_access == 0);  // the time of sending is the exchange's
    SECTION("a new value, another order or another attribute is another list") {
      CHECK(pool.intern(
                    std::vector<cookie::Cookie>{cookie_named("sessionid", "k2", 0), cookie_named("csrftoken", "t", 0)})
                .get() != first.get());
      CHECK(pool.intern(
                    std::vector<cookie::Cookie>{cookie_named("csrftoken", "t", 0), cookie_named("sessionid", "k1", 0)})
                .get() != first.get());
      auto secure = cookie_named("sessionid", "k1", 0);
      secure.secure = true;
      CHECK(pool.intern(std::vector<cookie::Cookie>{secure, cookie_named("csrftoken", "t", 0)}).get() != first.get());
    }
    SECTION("a likely list is taken when equal, and only then") {
      auto again = pool.intern(
          std::vector<cookie::Cookie>{cookie_named("sessionid", "k1", 7000), cookie_named("csrftoken", "t", 7000)},
          first);
      CHECK(again.get() == first.get());
      auto other = pool.intern(std::vector<cookie::Cookie>{cookie_named("sessionid", "k2", 7000)}, first);
      CHECK(other.get() != first.get());
      CHECK((*other)[0].value == "k2");
      CHECK(pool.intern(std::vector<cookie::Cookie>{cookie_named("sessionid", "k2", 1)}).get() == other.get());
    }
  }
  SECTION("name lists (a server's events): equal lists share one, told apart where the names split") {
    using Names = std::vector<std::string>;
    auto found = pool.intern(Names{"session-found", "cart-add"});
    CHECK(pool.intern(Names{"session-found", "cart-add"}).get() == found.get());
    CHECK(pool.intern(Names{"session-found", "cart-add"}, found).get() == found.get());
    CHECK(pool.intern(Names{"session-foundcart-add"}).get() != found.get());
    CHECK(pool.intern(Names{"session-found"}, found).get() != found.get());
    CHECK(*pool.intern(Names{}) == Names{});
  }
}

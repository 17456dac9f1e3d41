#include <catch2/catch.hpp>

#include "sim/session_rows.h"

using namespace cl;

namespace {

std::shared_ptr<const server::SessionRow> row(std::string key, std::string user) {
  auto r = std::make_shared<server::SessionRow>();
  r->key = std::move(key);
  r->user = std::move(user);
  return r;
}

std::string keys(const sim::SessionTable& t) {
  std::string out;
  for (const auto& [key, r] : t) out += std::string(key) + "=" + r->user + " ";
  return out;
}

}  // namespace

TEST_CASE("a session table keeps one row per key, in key order", "[session-rows]") {
  sim::SessionTable t{row("m", "mina"), row("c", ""), row("x", "")};
  CHECK(keys(t) == "c= m=mina x= ");
  SECTION("a row with a known key replaces the old one") {
    t.put(row("c", "alice"));
    CHECK(keys(t) == "c=alice m=mina x= ");
    CHECK((*t.find("c"))->user == "alice");
  }
  SECTION("erase removes only that key, and says whether it was there") {
    CHECK(t.erase("m"));
    CHECK_FALSE(t.erase("m"));
    CHECK(keys(t) == "c= x= ");
    CHECK_FALSE(t.contains("m"));
  }
  SECTION("keys order as std::string does (byte order), prefixes first") {
    sim::SessionTable u{row("ab", ""), row("a", ""), row("B", ""), row("b", "")};
    CHECK(keys(u) == "B= a= ab= b= ");
  }
  SECTION("a copy is its own table; the rows themselves are shared") {
    const sim::SessionTable before = t;
    t.put(row("m", "bob"));
    t.erase("x");
    CHECK(keys(before) == "c= m=mina x= ");
    CHECK(keys(t) == "c= m=bob ");
    CHECK(before.find("c")->get() == t.find("c")->get());
  }
  SECTION("keys that share their first eight bytes still order and are found by every byte") {
    // The search compares an eight-byte prefix first: these keys tie on it, or are
    // shorter than it, or differ only in a byte above 0x7f.
    sim::SessionTable u{row("abcdefgh1", "1"), row("abcdefgh", "0"),    row("abcdefgh0", "z"),
                        row("abcdefg", "7"),   row("abcdefg\xff", "f"), row("abcdefg\x01", "e")};
    CHECK(keys(u) == "abcdefg=7 abcdefg\x01=e abcdefgh=0 abcdefgh0=z abcdefgh1=1 abcdefg\xff=f ");
    CHECK((*u.find("abcdefgh0"))->user == "z");
    CHECK(u.find("abcdefgh2") == nullptr);
    CHECK(u.erase("abcdefgh"));
    CHECK(u.find("abcdefgh1") != nullptr);
    CHECK(keys(u) == "abcdefg=7 abcdefg\x01=e abcdefgh0=z abcdefgh1=1 abcdefg\xff=f ");
  }
  SECTION("a copy held by an owner keeps the rows while the owner lives") {
    auto owner = std::make_shared<sim::SessionTable>(t);
    sim::SessionTable held = owner->held_by(owner);
    const server::SessionRow* c = held.find("c")->get();
    t = sim::SessionTable{};
    owner.reset();  // the copy holds it now
    CHECK(keys(held) == "c= m=mina x= ");
    CHECK(held.find("c")->get() == c);
    held.put(row("c", "carol"));
    CHECK(keys(held) == "c=carol m=mina x= ");
  }
  SECTION("a null row is not a row") {
    t.put(nullptr);
    CHECK(t.size() == 3);
    CHECK(t.find("") == nullptr);
  }
}

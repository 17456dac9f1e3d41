#include <catch2/catch.hpp>

#include "base/ids.h"
#include "server/session_data.h"
#include "server/session_format.h"
#include "server/server.h"

using namespace cl::server;

namespace {
SessionData cart_of_alice() {
  SessionData d;
  d.set_text("user", "alice");
  d.append_item("cart", "apple");
  d.append_item("cart", "banana");
  return d;
}
}  // namespace

TEST_CASE("session data as JSON", "[session-data]") {
  SECTION("compact, in insertion order") {
    CHECK(to_json(cart_of_alice(), true) == R"({"user":"alice","cart":["apple","banana"]})");
    CHECK(to_json({}, true) == "{}");
  }
  SECTION("Python's ensure_ascii escapes non-ASCII; JavaScript keeps UTF-8") {
    SessionData d;
    d.set_text("user", "\xEC\x95\xA8\xEB\xA6\xAC\xEC\x8A\xA4");  // 앨리스
    CHECK(to_json(d, true) == R"({"user":"\uc568\ub9ac\uc2a4"})");
    CHECK(to_json(d, false) == "{\"user\":\"\xEC\x95\xA8\xEB\xA6\xAC\xEC\x8A\xA4\"}");
    d.set_text("user", "\xF0\x9F\x8D\x8E");  // U+1F34E as a surrogate pair
    CHECK(to_json(d, true) == R"({"user":"\ud83c\udf4e"})");
    d.set_text("user", "a\"b\\c\n\x01");
    CHECK(to_json(d, true) == R"({"user":"a\"b\\c\n\u0001"})");
  }
  SECTION("round trip") {
    auto back = parse_json_object(to_json(cart_of_alice(), true));
    REQUIRE(back);
    CHECK(*back == cart_of_alice());
    auto escaped = parse_json_object(R"({"user":"\uc568\ud83c\udf4e\n"})");
    REQUIRE(escaped);
    CHECK(*escaped->text("user") == "\xEC\x95\xA8\xF0\x9F\x8D\x8E\n");
  }
  SECTION("other values are kept verbatim") {
    auto d = parse_json_object(R"({"cookie":{"originalMaxAge":null,"path":"/"},"n":12,"ok":true,"mixed":[1,"a"]})");
    REQUIRE(d);
    REQUIRE(d->find("cookie"));
    CHECK(d->find("cookie")->kind == SessionValue::Kind::Raw);
    CHECK(d->find("cookie")->text == R"({"originalMaxAge":null,"path":"/"})");
    CHECK(d->find("n")->text == "12");
    CHECK(d->find("mixed")->kind == SessionValue::Kind::Raw);
    CHECK(to_json(*d, true) == R"({"cookie":{"originalMaxAge":null,"path":"/"},"n":12,"ok":true,"mixed":[1,"a"]})");
  }
  SECTION("malformed JSON, one by one") {
    for (const char* bad :
         {"", "{", "}", "[]", "{\"a\"}", "{\"a\":}", "{\"a\":\"b\"", "{\"a\":\"b\",}", "{a:\"b\"}", "{\"a\":\"\\x\"}",
          "{\"a\":\"\\u12\"}", "{\"a\":[\"b\"}", "{\"a\":nope}", "{\"a\":\"b\"} x"}) {
      INFO(bad);
      CHECK_FALSE(parse_json_object(bad));
    }
  }
}

TEST_CASE("session data in PHP's serialize format", "[session-data]") {
  SECTION("written as PHP writes $_SESSION") {
    CHECK(to_php_session(cart_of_alice()) == R"(user|s:5:"alice";cart|a:2:{i:0;s:5:"apple";i:1;s:6:"banana";})");
    SessionData d;
    d.set_text("user", "\xEC\x95\xA8");  // lengths count bytes
    CHECK(to_php_session(d) == "user|s:3:\"\xEC\x95\xA8\";");
    CHECK(to_php_session({}).empty());
  }
  SECTION("read back") {
    auto back = parse_php_session(to_php_session(cart_of_alice()));
    REQUIRE(back);
    CHECK(*back == cart_of_alice());
    auto other = parse_php_session(R"(n|i:5;f|b:1;x|N;s|s:3:"a;b";)");
    REQUIRE(other);
    CHECK(other->find("n")->text == "i:5;");
    CHECK(*other->text("s") == "a;b");
    CHECK(parse_php_session("")->empty());
  }
  SECTION("malformed, one by one") {
    for (const char* bad : {"user", "user|", "user|s:5:\"alic\";", "user|s:5:\"alice\"", "user|s:x:\"a\";", "user|q:1;",
                            "cart|a:1:{i:0;s:5:\"apple\";", "cart|a:1:{i:0;s:5:\"apple\"}", "user|s:-1:\"\";"}) {
      INFO(bad);
      CHECK_FALSE(parse_php_session(bad));
    }
  }
}

TEST_CASE("a session encoded with its decoding reads back the same as decode_session", "[session-data]") {
  // The server keeps what it just wrote already decoded; that must be exactly what
  // reading the stored text back would give, for every profile and any data.
  std::vector<SessionData> samples{{}, cart_of_alice()};
  SessionData odd;
  odd.set_text("user", "\xEC\x95\xA8\xEB\xA6\xAC\xEC\x8A\xA4\xF0\x9F\x8D\x8E");  // Korean and an astral character
  odd.append_item("cart", "bad \xFF\xC3 utf-8");                                 // not UTF-8: escaped byte by byte
  odd.append_item("cart", "quote \" backslash \\ tab \t");
  odd.entries.emplace_back("_session_expiry", SessionValue{SessionValue::Kind::Raw, "1209600", {}});
  odd.append_item("empty", "x");
  odd.entries.back().second.items.clear();
  samples.push_back(odd);
  // ASCII only (Django's save keeps these as they are, without reading its JSON back):
  // every escape JSON has, a key twice, an empty list, and a raw list of strings (which
  // reads back as a List, so it must be read back).
  SessionData escapes;
  escapes.set_text("q\"k", "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \x01\x1f del \x7f");
  escapes.append_item("cart", "");
  escapes.entries.emplace_back("cart", SessionValue{SessionValue::Kind::Text, "again", {}});
  escapes.entries.emplace_back("none", SessionValue{SessionValue::Kind::List, {}, {}});
  samples.push_back(escapes);
  SessionData bytes;  // not UTF-8, and nothing raw: reads back as other bytes (U+00FF as UTF-8)
  bytes.append_item("cart", "bad \xFF\xC3 utf-8");
  samples.push_back(bytes);
  SessionData korean;
  korean.set_text("user", "\xEC\x95\xA8\xEB\xA6\xAC\xEC\x8A\xA4");
  samples.push_back(korean);
  SessionData raw_list;
  raw_list.entries.emplace_back("cart", SessionValue{SessionValue::Kind::Raw, "[\"a\",\"b\"]", {}});
  samples.push_back(raw_list);
  cl::IdGenerator random(2026);
  for (int n = 0; n < 40; ++n) {
    SessionData d;
    const auto text = [&] {
      std::string s;
      for (std::uint64_t len = random.next() % 12; len > 0; --len) s.push_back(static_cast<char>(random.next() % 128));
      return s;
    };
    for (std::uint64_t k = random.next() % 5; k > 0; --k) {
      if (random.next() % 2) d.set_text(text(), text());
      else d.append_item(text(), text());
    }
    samples.push_back(d);
  }
  const cl::TimeMs now = 1772442000000, age = 1209600000;
  for (Profile p : {Profile::Django, Profile::Php, Profile::Express, Profile::Servlet}) {
    for (const SessionData& data : samples) {
      CAPTURE(profile_name(p), to_json(data, false));
      const EncodedSession e = encode_session_decoded(p, data, "secret", now, age, now + age);
      CHECK(e.stored == encode_session(p, data, "secret", now, age, now + age));
      CHECK(e.decoded == decode_session(p, e.stored, "secret"));
    }
  }
}

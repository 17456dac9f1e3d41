#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include "base/delta_text.h"
#include "base/ids.h"

using cl::DeltaText;

namespace {
const std::string kHead =
    "HTTP/1.1 200 OK\r\nDate: Mon, 02 Mar 2026 09:00:01 GMT\r\nContent-Type: text/html; charset=utf-8\r\n"
    "Set-Cookie: csrftoken=abc; expires=Mon, 01 Mar 2027 09:00:01 GMT; Max-Age=31449600; Path=/\r\n\r\n";
}

TEST_CASE("a text like its base keeps only where it differs, and reads back exactly", "[delta_text]") {
  const DeltaText first(kHead);
  REQUIRE(first.whole());
  CHECK(first.text() == kHead);

  std::string later = kHead;
  later.replace(later.find("09:00:01"), 8, "10:17:45");   // Date
  later.replace(later.rfind("09:00:01"), 8, "10:17:45");  // the cookie's expires
  const DeltaText d = DeltaText::against(later, first.base());
  CHECK_FALSE(d.whole());
  CHECK(d.base() == first.base());  // shared, not copied
  CHECK(d.text() == later);
  CHECK(d.memory() < 40);        // two runs of a few bytes, not the ~220-byte head
  CHECK(first.text() == kHead);  // the base is untouched

  SECTION("the same text is its base alone") {
    const DeltaText same = DeltaText::against(kHead, first.base());
    CHECK(same.base() == first.base());
    CHECK(same.memory() == 0);
    CHECK(same.text() == kHead);
  }
  SECTION("another length, or more changes than kMaxChanges, is kept whole") {
    const DeltaText longer = DeltaText::against(kHead + "x", first.base());
    CHECK(longer.whole());
    CHECK(longer.base() != first.base());
    CHECK(longer.text() == kHead + "x");
    std::string scrambled = kHead;
    for (std::size_t i = 0; i < scrambled.size(); i += 3) scrambled[i] = '#';
    const DeltaText far = DeltaText::against(scrambled, first.base());
    CHECK(far.whole());
    CHECK(far.text() == scrambled);
  }
  SECTION("no base: whole; empty: empty") {
    CHECK(DeltaText::against(kHead, nullptr).whole());
    CHECK(DeltaText().text().empty());
    CHECK(DeltaText::against("", nullptr).text().empty());
  }
}

TEST_CASE("delta texts read back every byte: seeded random edits of a long text", "[delta_text]") {
  cl::IdGenerator random(42);
  std::string base_text;
  for (int i = 0; i < 70000; ++i) base_text.push_back(static_cast<char>(random.next() % 256));  // offsets past 16 bits
  const auto base = std::make_shared<const std::string>(base_text);
  for (int round = 0; round < 300; ++round) {
    std::string t = base_text;
    const int edits = static_cast<int>(random.next() % 12);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random.next() % t.size(), n = 1 + random.next() % 300;
      for (std::size_t k = at; k < at + n && k < t.size(); ++k) t[k] = static_cast<char>(random.next() % 256);
    }
    const DeltaText d = DeltaText::against(t, base);
    INFO("round " << round << ", " << edits << " edits");
    REQUIRE(d.text() == t);
  }
}

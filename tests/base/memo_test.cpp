#include <catch2/catch.hpp>

#include <string>
#include "base/memo.h"

using cl::Memo;

TEST_CASE("a memo makes each value once and keeps it by its inputs", "[memo]") {
  Memo<std::string> memo(3);
  int made = 0;
  auto make = [&](std::string v) {
    return [&made, v] {
      ++made;
      return v;
    };
  };
  CHECK(memo.get({"a", "bc"}, make("first")) == "first");
  CHECK(memo.get({"a", "bc"}, make("second")) == "first");  // kept, not made again
  CHECK(made == 1);
  SECTION("inputs are told apart where they split, not only by their letters") {
    CHECK(memo.get({"ab", "c"}, make("split")) == "split");
    CHECK(memo.get({"abc"}, make("whole")) == "whole");
    CHECK(memo.get({"abc", ""}, make("empty last")) == "empty last");
    CHECK(made == 4);
  }
  SECTION("past its limit it forgets everything and starts again") {
    memo.get({"b"}, make("b"));
    memo.get({"c"}, make("c"));
    CHECK(memo.size() == 3);
    CHECK(memo.get({"d"}, make("d")) == "d");
    CHECK(memo.size() == 1);
    CHECK(memo.get({"a", "bc"}, make("again")) == "again");
    CHECK(made == 5);
  }
}

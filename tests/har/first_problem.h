// The tests' way to read a refused capture: its first problem, as
// "line:column path: English".
#pragma once
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include "har/har.h"

namespace cl::har::test {

inline std::string first_problem(std::string_view text) {
  const ReadResult r = read_har(text);
  REQUIRE_FALSE(r.capture);
  REQUIRE_FALSE(r.problems.empty());
  const Problem& p = r.problems.front();
  return std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + " " + p.where.path + ": " + p.what.en();
}

}  // namespace cl::har::test

// The course as the lessons issue describes it: ten lessons in order, each 5 to 20
// steps, each with at least two questions, every text in both languages (the last
// is checked by the loader itself).
#include <catch2/catch.hpp>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include "scenario/load.h"

using namespace cl::scenario;

TEST_CASE("the course has lessons 1 to 11, each 5-20 steps with at least two questions") {
  const auto dir = std::filesystem::path(COOKIELAB_SOURCE_DIR) / "scenarios";
  std::set<int> numbers;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".toml") continue;
    const std::string stem = entry.path().stem().string();
    if (stem.size() < 3 || !std::isdigit(static_cast<unsigned char>(stem[0])) ||
        !std::isdigit(static_cast<unsigned char>(stem[1])))
      continue;
    INFO(stem);
    numbers.insert(std::stoi(stem.substr(0, 2)));
    const LoadResult r = load_scenario_file(entry.path().string());
    REQUIRE(r.scenario);
    const auto& steps = r.scenario->steps;
    CHECK(steps.size() >= 5);
    CHECK(steps.size() <= 20);
    const auto questions =
        std::count_if(steps.begin(), steps.end(), [](const Step& s) { return s.question.has_value(); });
    CHECK(questions >= 2);
    for (const Step& s : steps) {
      if (!s.question) continue;
      CHECK(s.question->choices.size() >= 2);
      CHECK(s.question->answer >= 0);
      CHECK(static_cast<std::size_t>(s.question->answer) < s.question->choices.size());
      CHECK_FALSE(s.question->explanation.en.empty());
      CHECK_FALSE(s.question->explanation.ko.empty());
    }
  }
  for (int n = 1; n <= 11; ++n) {
    INFO("lesson " << n);
    CHECK(numbers.count(n) == 1);
  }
}

// Whatever bytes arrive, the loader answers with diagnostics and never crashes or
// throws: a learner may open any file in the window.
#include <catch2/catch.hpp>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include "scenario/load.h"

using namespace cl::scenario;
using Catch::Matchers::StartsWith;

namespace {

LoadResult load(std::string_view text) { return load_scenario_text(text, "x.toml"); }

// A refused file: no scenario, and at least one message pointing into the file.
void require_refused(const LoadResult& r) {
  CHECK_FALSE(r.scenario);
  REQUIRE_FALSE(r.diagnostics.empty());
  for (const auto& d : r.diagnostics) {
    CHECK(d.file == "x.toml");
    CHECK_FALSE(d.message.en().empty());
    CHECK(cl::ko::has_hangul(d.message.ko()));  // and told in Korean too
    CHECK(d.line >= 0);
    CHECK(d.column >= 0);
  }
}

}  // namespace

TEST_CASE("empty and blank files get one diagnostic about the whole file") {
  for (const std::string_view text : {"", " ", "\n\n\n", "\t \r\n"}) {
    const LoadResult r = load(text);
    require_refused(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 0);
    CHECK_THAT(r.diagnostics[0].message.en(), StartsWith("the file is empty"));
  }
  // Only comments: valid TOML, but nothing in it.
  const LoadResult r = load("# nothing here\n");
  require_refused(r);
  CHECK(r.diagnostics.size() == 2);  // no title, no step
}

TEST_CASE("garbage and binary bytes") {
  SECTION("invalid UTF-8") { require_refused(load("\xff\xfe\xfd")); }
  SECTION("a NUL byte") { require_refused(load(std::string_view("title = \"a\0b\"\n", 14))); }
  SECTION("a NUL byte at the start") { require_refused(load(std::string_view("\0\0\0\0", 4))); }
  SECTION("a PNG header") { require_refused(load("\x89PNG\r\n\x1a\n\0\0\0\rIHDR")); }
  SECTION("a lone bracket") { require_refused(load("[")); }
  SECTION("a lone quote") { require_refused(load("\"")); }
  SECTION("unclosed table header") { require_refused(load("[[step]")); }
  SECTION("an equals sign alone") { require_refused(load("=")); }
  SECTION("every byte value once") {
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    require_refused(load(all));
  }
  SECTION("pseudo-random bytes") {
    std::uint32_t x = 12345;
    for (int round = 0; round < 200; ++round) {
      std::string bytes;
      for (int i = 0; i < 64; ++i) {
        x = x * 1664525u + 1013904223u;  // a fixed sequence, so a failure repeats
        bytes += static_cast<char>(x >> 24);
      }
      require_refused(load(bytes));
    }
  }
}

TEST_CASE("huge values are refused with a message") {
  const std::string base = "title = { en = \"T\", ko = \"티\" }\n[[step]]\naction = \"close\"\n";
  SECTION("an integer beyond 64 bits is a syntax error") {
    require_refused(load("level = 99999999999999999999999\n" + base));
  }
  SECTION("the largest 64-bit integers are out of range, not wrapped") {
    require_refused(load("level = 9223372036854775807\n" + base));
    require_refused(load("level = -9223372036854775808\n" + base));
    require_refused(load(base + "expect = { status = 9223372036854775807, sessions = 9223372036854775807 }\n"));
    require_refused(load(base + "[step.question]\nprompt = { en = \"Q\", ko = \"질문\" }\n"
                                "choices = [ { en = \"A\", ko = \"가\" }, { en = \"B\", ko = \"나\" } ]\n"
                                "answer = -9223372036854775808\n"));
  }
  SECTION("a very long duration is a value the clock cannot hold, or a refusal") {
    const LoadResult r = load(
        "title = { en = \"T\", ko = \"티\" }\n[[step]]\naction = \"wait\"\nduration = \"99999999999999999999999w\"\n");
    require_refused(r);
  }
  SECTION("a megabyte string loads") {
    const std::string big(1 << 20, 'a');
    const LoadResult r = load(base + "say = { en = \"" + big + "\", ko = \"" + big + "\" }\n");
    REQUIRE(r.scenario);
    CHECK(r.scenario->steps[0].say.en.size() == big.size());
  }
  SECTION("deeply nested arrays stop at toml++'s nesting limit") {
    const std::string deep = "x = " + std::string(5000, '[') + std::string(5000, ']') + "\n";
    require_refused(load(deep + base));
  }
  SECTION("deeply nested inline tables") {
    std::string deep = "x = ";
    for (int i = 0; i < 3000; ++i) deep += "{ a = ";
    deep += "1";
    for (int i = 0; i < 3000; ++i) deep += " }";
    require_refused(load(deep + "\n" + base));
  }
  SECTION("ten thousand steps load") {
    std::string many = "title = { en = \"T\", ko = \"티\" }\n";
    for (int i = 0; i < 10000; ++i) many += "[[step]]\naction = \"wait\"\nduration = \"1s\"\n";
    const LoadResult r = load(many);
    REQUIRE(r.scenario);
    CHECK(r.scenario->steps.size() == 10000);
    CHECK(r.scenario->steps.back().pos.line == 1 + 3 * 9999 + 1);
  }
}

TEST_CASE("every truncation of the built-in lesson is answered without a crash") {
  const std::string_view lesson = default_lesson_toml();
  REQUIRE(lesson.size() > 1000);
  std::size_t refused = 0;
  // Every cut: inside keys, strings, inline tables and multi-byte Korean characters.
  for (std::size_t cut = 0; cut < lesson.size(); ++cut) {
    const LoadResult r = load(lesson.substr(0, cut));
    CHECK(r.scenario.has_value() == r.diagnostics.empty());
    if (!r.scenario) ++refused;
  }
  CHECK(refused > 0);
}

TEST_CASE("files that cannot be read") {
  SECTION("a missing file") {
    const LoadResult r = load_scenario_file("/nonexistent/dir/lesson.toml");
    CHECK_FALSE(r.scenario);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].to_string() == "/nonexistent/dir/lesson.toml: cannot open the file: it does not exist");
    CHECK(r.diagnostics[0].to_string(cl::Lang::Ko) ==
          "/nonexistent/dir/lesson.toml: 파일을 열 수 없습니다: 파일이 없습니다");
  }
  SECTION("a directory") {
    const LoadResult r = load_scenario_file(COOKIELAB_SOURCE_DIR);
    CHECK_FALSE(r.scenario);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.en() == "cannot open the file: it is not a regular file");
    CHECK(r.diagnostics[0].to_string(cl::Lang::Ko) ==
          std::string(COOKIELAB_SOURCE_DIR) + ": 파일을 열 수 없습니다: 일반 파일이 아닙니다");
  }
  SECTION("an empty file on disk") {
    const auto path = std::filesystem::temp_directory_path() /
                      ("cookielab-scenario-empty-test-" + std::to_string(::getpid()) + ".toml");
    { std::ofstream out(path); }
    const LoadResult r = load_scenario_file(path.string());
    std::filesystem::remove(path);
    CHECK_FALSE(r.scenario);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK_THAT(r.diagnostics[0].message.en(), StartsWith("the file is empty"));
    CHECK(r.diagnostics[0].file == path.string());
  }
}

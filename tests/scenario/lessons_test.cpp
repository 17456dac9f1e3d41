// Every lesson shipped in scenarios/ loads without a single diagnostic, and the
// built-in lesson is byte for byte the file on disk.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include "scenario/load.h"

using namespace cl;
using namespace cl::scenario;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string all_diagnostics(const LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += d.to_string() + "\n";
  return out;
}

void require_both_languages(const Bilingual& text, const std::string& what) {
  INFO(what);
  CHECK_FALSE(text.en.empty());
  CHECK_FALSE(text.ko.empty());
}

void require_complete(const Scenario& s) {
  require_both_languages(s.title, "title");
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    const auto& step = s.steps[i];
    const std::string where = "step " + std::to_string(i + 1);
    if (!step.say.empty()) require_both_languages(step.say, where + " say");
    if (step.question) {
      require_both_languages(step.question->prompt, where + " prompt");
      for (const auto& choice : step.question->choices) require_both_languages(choice, where + " choice");
      if (!step.question->explanation.empty()) require_both_languages(step.question->explanation, where + " explain");
    }
  }
}

}  // namespace

TEST_CASE("the built-in lesson is scenarios/04-sessions.toml") {
  const std::string on_disk = read_file(std::filesystem::path(COOKIELAB_SOURCE_DIR) / "scenarios" / "04-sessions.toml");
  REQUIRE_FALSE(on_disk.empty());
  CHECK(default_lesson_toml() == on_disk);
}

TEST_CASE("the built-in lesson loads and teaches sessions") {
  const LoadResult r = load_default_lesson();
  INFO(all_diagnostics(r));
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.scenario);
  const Scenario& s = *r.scenario;
  CHECK(s.path == "<built-in>");
  CHECK(s.id == "04-sessions");
  REQUIRE(s.servers.size() == 1);
  CHECK(s.servers[0].profile == server::Profile::Django);
  CHECK(s.servers[0].hosts == std::vector<std::string>{"shop.example"});
  REQUIRE(s.browsers.size() == 1);
  CHECK(s.steps.size() >= 8);
  CHECK(s.steps.size() <= 15);
  const auto questions =
      std::count_if(s.steps.begin(), s.steps.end(), [](const Step& st) { return st.question.has_value(); });
  CHECK(questions >= 2);
  const auto checked = std::count_if(s.steps.begin(), s.steps.end(), [](const Step& st) { return st.expect.any(); });
  CHECK(checked * 2 > static_cast<long>(s.steps.size()));
  // The walk-through logs in and out: a step creates the session row, a later one deletes it.
  const auto has_sessions = [&](int n) {
    return std::any_of(s.steps.begin(), s.steps.end(), [&](const Step& st) { return st.expect.sessions == n; });
  };
  CHECK(has_sessions(1));
  CHECK(has_sessions(0));
  require_complete(s);
}

TEST_CASE("every scenario in scenarios/ loads with no diagnostics") {
  const auto dir = std::filesystem::path(COOKIELAB_SOURCE_DIR) / "scenarios";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    INFO(file.string());
    const LoadResult r = load_scenario_file(file.string());
    INFO(all_diagnostics(r));
    CHECK(r.diagnostics.empty());
    if (!r.scenario) continue;
    CHECK(r.scenario->id == file.stem().string());
    CHECK_FALSE(r.scenario->steps.empty());
    require_complete(*r.scenario);
  }
}

TEST_CASE("the example in scenarios/FORMAT.md loads, so the contract stays accurate") {
  const std::string doc = read_file(std::filesystem::path(COOKIELAB_SOURCE_DIR) / "scenarios" / "FORMAT.md");
  const auto begin = doc.find("```toml\n");
  REQUIRE(begin != std::string::npos);
  const auto end = doc.find("```", begin + 8);
  REQUIRE(end != std::string::npos);
  const LoadResult r = load_scenario_text(doc.substr(begin + 8, end - begin - 8), "FORMAT.md");
  INFO(all_diagnostics(r));
  REQUIRE(r.scenario);
  CHECK(r.scenario->servers.size() == 1);
  CHECK(r.scenario->servers[0].routes.size() == 1);
  CHECK(r.scenario->steps[0].question->answer == 1);
}

// scenarios/README.md lists the course in a table (number, file, level, step count).
// Readers plan with those numbers, so the table must match the lesson files: this test
// reads the table and loads every file it names. "Steps" means the scenario's steps
// (its [[step]] tables), not the timeline rows a run adds for redirects and images.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>
#include "scenario/load.h"

using namespace cl::scenario;

namespace {

struct CourseRow {
  int line = 0;  // 1-based line in README.md, for the failure message
  std::string number, file, level, steps;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

// "| a | `b` | c |" -> {"a", "`b`", "c"}; the cells of the course table hold no '|'.
std::vector<std::string> table_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string inner = trim(line);
  if (inner.size() < 2 || inner.front() != '|' || inner.back() != '|') return cells;
  inner = inner.substr(1, inner.size() - 2);
  std::istringstream in(inner);
  std::string cell;
  while (std::getline(in, cell, '|')) cells.push_back(trim(cell));
  return cells;
}

std::string strip_backticks(const std::string& s) {
  if (s.size() >= 2 && s.front() == '`' && s.back() == '`') return s.substr(1, s.size() - 2);
  return s;
}

bool is_number(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The table whose header starts with "| # | File |": its columns are found by name,
// so a column added later does not shift the ones this test reads.
std::vector<CourseRow> course_table(const std::string& readme) {
  std::vector<CourseRow> rows;
  std::istringstream in(readme);
  std::string line;
  std::map<std::string, std::size_t> column;
  int number = 0;
  bool in_table = false;
  while (std::getline(in, line)) {
    ++number;
    const auto cells = table_cells(line);
    if (!in_table) {
      if (cells.size() >= 2 && cells[0] == "#" && cells[1] == "File") {
        for (std::size_t i = 0; i < cells.size(); ++i) column[cells[i]] = i;
        in_table = true;
      }
      continue;
    }
    if (cells.empty()) break;  // the first line that is not a table row ends the table
    if (cells[0].find_first_not_of("-: ") == std::string::npos) continue;  // the |---| line
    const auto cell = [&](const std::string& name) {
      const auto it = column.find(name);
      return it != column.end() && it->second < cells.size() ? cells[it->second] : std::string();
    };
    rows.push_back({number, cell("#"), strip_backticks(cell("File")), cell("Level"), cell("Steps")});
  }
  return rows;
}

// "09a-hijacking-and-fixation" -> "9a": the table numbers lessons without the leading zero.
std::string lesson_number(const std::string& stem) {
  std::string prefix = stem.substr(0, stem.find('-'));
  while (prefix.size() > 1 && prefix[0] == '0') prefix.erase(0, 1);
  return prefix;
}

}  // namespace

TEST_CASE("the course table is read by column name, one row per lesson") {
  const std::string sample =
      "Intro\n\n"
      "| # | File | Title | Level | Steps |\n"
      "|---|---|---|---|---|\n"
      "| 1 | `01-a.toml` | A / 가 | 1 | 8 |\n"
      "| 9a | `09a-b.toml` | B | 3 | 17 |\n"
      "\nAfter the table.\n"
      "| # | not | a course row |\n";
  const auto rows = course_table(sample);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].number == "1");
  CHECK(rows[0].file == "01-a.toml");
  CHECK(rows[0].level == "1");
  CHECK(rows[0].steps == "8");
  CHECK(rows[0].line == 5);
  CHECK(rows[1].number == "9a");
  CHECK(rows[1].steps == "17");
  CHECK(lesson_number("09a-b") == "9a");
  CHECK(lesson_number("10-server-expiry") == "10");
  CHECK(course_table("no table here\n").empty());
}

TEST_CASE("scenarios/README.md lists every lesson with its file, level and step count") {
  const auto dir = std::filesystem::path(COOKIELAB_SOURCE_DIR) / "scenarios";
  const std::string readme = read_file(dir / "README.md");
  REQUIRE_FALSE(readme.empty());
  const auto rows = course_table(readme);
  REQUIRE_FALSE(rows.empty());

  std::map<std::string, int> listed;  // file -> times listed
  for (const CourseRow& row : rows) {
    INFO("README.md line " << row.line << ": " << row.file);
    ++listed[row.file];
    REQUIRE(std::filesystem::exists(dir / row.file));
    const LoadResult r = load_scenario_file((dir / row.file).string());
    REQUIRE(r.scenario);
    CHECK(row.number == lesson_number(std::filesystem::path(row.file).stem().string()));
    REQUIRE(is_number(row.level));
    CHECK(std::stoi(row.level) == r.scenario->level);
    REQUIRE(is_number(row.steps));
    CHECK(static_cast<std::size_t>(std::stoul(row.steps)) == r.scenario->steps.size());
  }

  // Every numbered lesson file is in the table exactly once (a new lesson needs a row).
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".toml" || name.empty() || !std::isdigit(static_cast<unsigned char>(name[0])))
      continue;
    INFO(name);
    CHECK(listed[name] == 1);
  }
}

// What the loader learns while reading one file besides the Scenario itself: the
// mistakes, and where each value was written, so a check made later (a name that
// refers to another part of the file) can still point at the right line and column.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"
#include "scenario/load.h"
#include "scenario/scenario.h"
#include "scenario/scenario_messages.h"

namespace cl::scenario {

struct Findings {
  std::string file;
  std::vector<Diagnostic> diagnostics;
  // Value positions by path: "title", "server[0].hosts[1]", "step[3].expect.logged_in"
  // (indexes 0-based). Every key present in the file is recorded, good or bad.
  std::map<std::string, SourcePos, std::less<>> positions;
  // Paths whose value was refused (wrong type, bad URL, ...): later checks skip
  // them, so one mistake is reported once.
  std::set<std::string, std::less<>> rejected;

  void error(SourcePos at, Message message);
  void reject(const std::string& path, SourcePos at, Message message);
  bool present(std::string_view path) const { return positions.find(path) != positions.end(); }
  bool refused(std::string_view path) const { return rejected.find(path) != rejected.end(); }
  SourcePos at(std::string_view path, SourcePos fallback = {}) const;
  // Line and column order, the order a reader of the file meets them; stable.
  void sort();
};

// "\"name\"": a value quoted as the file would write it.
std::string in_quotes(std::string_view s);
// The i-th item (from 0) of a list, as messages about it name it: kind StepItem gives
// "step 3" / "단계 3", and ScenarioMsg::Within puts it before a message.
Message item(ScenarioMsg kind, std::size_t i);
// "a, b, c": for messages that list what is allowed.
std::string join_names(const std::vector<std::string_view>& names);
std::string join_names(const std::vector<std::string>& names);

}  // namespace cl::scenario

#include "scenario/findings.h"
#include <algorithm>

namespace cl::scenario {

void Findings::error(SourcePos at, Message message) {
  diagnostics.push_back(Diagnostic{file, at.line, at.column, std::move(message)});
}

void Findings::reject(const std::string& path, SourcePos at, Message message) {
  rejected.insert(path);
  error(at, std::move(message));
}

SourcePos Findings::at(std::string_view path, SourcePos fallback) const {
  const auto it = positions.find(path);
  return it == positions.end() ? fallback : it->second;
}

void Findings::sort() {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
}

Message item(ScenarioMsg kind, std::size_t i) { return message(kind, {std::to_string(i + 1)}); }

std::string in_quotes(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  out += s;
  out += '"';
  return out;
}

std::string join_names(const std::vector<std::string_view>& names) {
  std::string out;
  for (const auto name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string join_names(const std::vector<std::string>& names) {
  return join_names(std::vector<std::string_view>(names.begin(), names.end()));
}

}  // namespace cl::scenario

// A branch saved as a scenario file: the original file's own text (its comments and
// layout kept, so a teacher reads what they wrote) with the change step written in
// before the step it forks at.
#include <fstream>
#include <sstream>
#include "base/text.h"
#include "scenario/load.h"
#include "whatif/branch.h"

namespace cl::whatif {

namespace {

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"') out += "\\\"";
    else if (ch == '\\') out += "\\\\";
    else if (ch == '\n') out += "\\n";
    else if (ch == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      static const char* hex = "0123456789ABCDEF";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    else ++end;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

bool is_header(std::string_view line, std::string_view* name = nullptr) {
  const std::string_view t = trim_wsp(line);
  if (t.empty() || t.front() != '[') return false;
  const std::size_t close = t.find(']');
  if (close == std::string_view::npos) return false;
  if (name) {
    std::string_view n = t.substr(0, close);
    while (!n.empty() && n.front() == '[') n.remove_prefix(1);
    *name = trim_wsp(n);
  }
  return true;
}

}  // namespace

std::optional<std::string> scenario_text(const scenario::Scenario& sc) {
  if (sc.path == "<built-in>") return std::string(scenario::default_lesson_toml());
  std::ifstream in(sc.path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string branch_file_text(const scenario::Scenario& original, std::string_view text, const WhatIf& w) {
  const scenario::Scenario branch = branch_scenario(original, w);
  const scenario::Step& change = branch.steps[static_cast<std::size_t>(w.at - 1)];
  std::string step =
      "# What if (saved by CookieLab): the change, then the lesson goes on.\n[[step]]\naction = \"change\"\n";
  step += "browser = " + toml_string(change.browser) + "\n";
  if (w.changes.size() == 1) {
    step += "change = " + toml_string(scenario::change_text(w.changes.front())) + "\n";
  } else {
    step += "change = [\n";
    for (const Change& c : w.changes) step += "  " + toml_string(scenario::change_text(c)) + ",\n";
    step += "]\n";
  }
  step += "say.en = " + toml_string(change.say.en) + "\n";
  step += "say.ko = " + toml_string(change.say.ko) + "\n\n";

  // The line of the [[step]] header of step `at`: the at-th [[step]] header of the file.
  const std::vector<std::string_view> lines = lines_of(text);
  std::string out = "# A what-if branch of " + (original.id.empty() ? original.path : original.id) + ": " + "at step " +
                    std::to_string(w.at) + ", " +
                    [&] {
                      std::string all;
                      for (const Change& c : w.changes) all += (all.empty() ? "" : ", ") + scenario::change_text(c);
                      return all;
                    }() +
                    ".\n# The lesson's [[experiment]] tables are left out: their steps are the original's.\n";
  int steps_seen = 0;
  bool skipping = false, inserted = false;
  for (const std::string_view line : lines) {
    std::string_view name;
    if (is_header(line, &name)) {
      skipping = name == "experiment" || name.starts_with("experiment.");
      if (!skipping && trim_wsp(line).starts_with("[[") && name == "step") {
        ++steps_seen;
        if (steps_seen == w.at && !inserted) {
          out += step;
          inserted = true;
        }
      }
    }
    if (skipping) continue;
    out += line;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  if (!inserted) out += "\n" + step;
  return out;
}

bool save_branch(const scenario::Scenario& original, const WhatIf& w, const std::string& path, std::string* error) {
  const std::optional<std::string> text = scenario_text(original);
  if (!text) {
    if (error) *error = "cannot read " + original.path;
    return false;
  }
  std::ofstream out(path, std::ios::binary);
  if (out) out << branch_file_text(original, *text, w);
  if (!out) {
    if (error) *error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace cl::whatif

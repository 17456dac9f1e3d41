#include "base/message.h"
#include <algorithm>
#include <optional>

namespace cl {

namespace {

std::vector<std::string_view> arg_names(std::string_view args) {
  std::vector<std::string_view> names;
  for (std::string_view name : split(args, ' '))
    if (!name.empty()) names.push_back(name);
  return names;
}

// The particle a placeholder asks for, by its consonant form.
std::optional<ko::Josa> josa_of(std::string_view spec) {
  if (spec == "이") return ko::Josa::IGa;
  if (spec == "을") return ko::Josa::EulReul;
  if (spec == "은") return ko::Josa::EunNeun;
  if (spec == "으로") return ko::Josa::EuroRo;
  if (spec == "과") return ko::Josa::GwaWa;
  if (spec == "이라고") return ko::Josa::IRago;
  return std::nullopt;
}

// One piece of a wording: literal text, or a placeholder with its optional particle.
struct Piece {
  std::string_view text;  // literal text, or the placeholder's name
  std::string_view spec;  // after ':'
  bool placeholder = false;
};

// Splits a wording into pieces; false on an unmatched brace. "{{" and "}}" are braces.
template <class Each>
bool for_each_piece(std::string_view w, Each&& each) {
  std::size_t start = 0, i = 0;
  const auto flush = [&](std::size_t end) {
    if (end > start) each(Piece{w.substr(start, end - start), {}, false});
  };
  while (i < w.size()) {
    const char c = w[i];
    if (c != '{' && c != '}') {
      ++i;
      continue;
    }
    if (i + 1 < w.size() && w[i + 1] == c) {  // a doubled brace is one literal brace
      flush(i + 1);
      start = i += 2;
      continue;
    }
    const std::size_t close = w.find('}', i);
    if (c == '}' || close == std::string_view::npos) return false;
    std::string_view inside = w.substr(i + 1, close - i - 1), spec;
    if (inside.find('{') != std::string_view::npos) return false;
    if (const std::size_t colon = inside.find(':'); colon != std::string_view::npos) {
      spec = inside.substr(colon + 1);
      inside = inside.substr(0, colon);
    }
    flush(i);
    each(Piece{inside, spec, true});
    start = i = close + 1;
  }
  flush(w.size());
  return true;
}

}  // namespace

std::string Message::in(Lang lang) const {
  if (!entry_) return lang == Lang::Ko && !text_ko_.empty() ? text_ko_ : text_;
  const std::string_view wording = lang == Lang::Ko ? entry_->ko : entry_->en;
  const auto names = arg_names(entry_->args);
  std::string out;
  out.reserve(wording.size() + 16 * args_.size());
  for_each_piece(wording, [&](const Piece& p) {
    if (!p.placeholder) {
      out += p.text;
      return;
    }
    const auto it = std::find(names.begin(), names.end(), p.text);
    const std::size_t i = static_cast<std::size_t>(it - names.begin());
    if (it == names.end() || i >= args_.size()) {  // a mistake of the caller: shown, not hidden
      out.append("{").append(p.text).append("}");
      return;
    }
    const std::string value = args_[i].in(lang);
    const auto josa = lang == Lang::Ko && !p.spec.empty() ? josa_of(p.spec) : std::nullopt;
    out += josa ? ko::with(value, *josa) : value;
  });
  return out;
}

std::size_t arg_count(const MessageEntry& entry) { return arg_names(entry.args).size(); }

std::vector<std::string> entry_problems(const MessageEntry& entry) {
  std::vector<std::string> problems;
  const auto names = arg_names(entry.args);
  for (const auto& [lang, wording] : {std::pair{"English", entry.en}, std::pair{"Korean", entry.ko}}) {
    const std::string head = std::string(lang) + " wording ";
    if (wording.empty()) {
      problems.push_back(head + "is empty");
      continue;
    }
    std::vector<std::string_view> used;
    const bool matched = for_each_piece(wording, [&](const Piece& p) {
      if (!p.placeholder) return;
      used.push_back(p.text);
      if (std::find(names.begin(), names.end(), p.text) == names.end())
        problems.push_back(head + "has {" + std::string(p.text) + "}, which is not an argument");
      if (!p.spec.empty() && !josa_of(p.spec))
        problems.push_back(head + "asks for an unknown particle \"" + std::string(p.spec) + "\"");
    });
    if (!matched) problems.push_back(head + "has an unmatched brace (write {{ or }} for one)");
    for (const auto name : names)
      if (std::find(used.begin(), used.end(), name) == used.end())
        problems.push_back(head + "leaves out the argument {" + std::string(name) + "}");
  }
  return problems;
}

std::vector<std::string> catalogue_problems(const Catalogue& catalogue) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < catalogue.size; ++i) {
    const MessageEntry& e = catalogue.entries[i];
    const std::string head =
        std::string(catalogue.name) + " kind " + std::to_string(i) + " (\"" + std::string(e.en.substr(0, 40)) + "\"): ";
    for (const auto& problem : entry_problems(e)) out.push_back(head + problem);
  }
  return out;
}

}  // namespace cl

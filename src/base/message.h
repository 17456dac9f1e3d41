// Diagnostics as values: what is wrong (a kind from a catalogue) and with what (its
// arguments), never its words. The words come from rendering the kind in a language,
// so a check written once is told in English and in Korean alike, and a kind without
// its Korean wording is a failing test rather than an English line in a Korean run.
//
// Each layer that reports keeps its own catalogue (http/http_messages.h,
// scenario/scenario_messages.h, sim/check_messages.h): an enum of kinds tied by
// static_assert to a table of MessageEntry, in the way the window's labels are.
//
// A wording is text with placeholders written as std::format writes them: "{name}" is
// the argument called name, "{{" and "}}" are literal braces. In Korean "{name:을}"
// puts the particle 을/를 after the argument, chosen by how the argument is read aloud
// (ko::with): the spec after ':' is the consonant form, one of 이 을 은 으로 과 이라고.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"

namespace cl {

// One kind of a catalogue.
struct MessageEntry {
  std::string_view en, ko;
  std::string_view args;  // the argument names, in order, separated by spaces ("key value list")
};

// A layer's table, for the tests that walk every kind.
struct Catalogue {
  std::string_view name;  // "http", "scenario", "checks"
  const MessageEntry* entries = nullptr;
  std::size_t size = 0;
};

// A kind and its arguments. An argument is a Message too: either plain text (a name
// or a value from the file, the same in both languages) or a phrase of the catalogue
// ("a string" / "문자열"), rendered in the same language as the message around it.
class Message {
 public:
  Message() = default;  // nothing to say: no problem
  Message(const MessageEntry& entry, std::vector<Message> args) : entry_(&entry), args_(std::move(args)) {}
  // Plain text (NOLINT: a value is passed where an argument is expected).
  Message(std::string text) : text_(std::move(text)) {}  // NOLINT
  Message(std::string_view text) : text_(text) {}        // NOLINT
  Message(const char* text) : text_(text) {}             // NOLINT
  // A value the learner sees named differently in each language: a user's display
  // name (alice / 앨리스). Plain text otherwise.
  static Message named(std::string en, std::string ko) {
    Message m(std::move(en));
    if (ko != m.text_) m.text_ko_ = std::move(ko);
    return m;
  }

  bool empty() const { return !entry_ && text_.empty(); }
  // The kind, or null for plain text.
  const MessageEntry* entry() const { return entry_; }
  const std::vector<Message>& args() const { return args_; }
  const std::string& text() const { return text_; }  // plain text only

  std::string in(Lang lang) const;  // the wording with its arguments filled in
  std::string en() const { return in(Lang::En); }
  std::string ko() const { return in(Lang::Ko); }
  Bilingual both() const { return {en(), ko()}; }
  bool operator==(const Message&) const = default;

 private:
  const MessageEntry* entry_ = nullptr;
  std::string text_;
  std::vector<Message> args_;
  std::string text_ko_;  // named(): the Korean name, "" when it is text_
};

// How many arguments a kind declares: a call that gives another count is a mistake.
std::size_t arg_count(const MessageEntry& entry);

// What is wrong with an entry's wordings, one line each ("" when nothing): an empty
// wording, a placeholder that names no declared argument, a declared argument that a
// wording leaves out, an unknown particle, an unmatched brace.
std::vector<std::string> entry_problems(const MessageEntry& entry);
// The same for every kind of a catalogue, each line headed by the kind's number and English.
std::vector<std::string> catalogue_problems(const Catalogue& catalogue);

}  // namespace cl

// The transcript of a run: what `cookielab run` prints. Three forms of the same
// timeline: text for reading, markdown for handouts, jsonl for programs (a stable
// interface, documented in the README); and the exchange alone as HAR 1.2 or a Mermaid
// sequence diagram.
#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include "base/text.h"
#include "sim/world.h"

namespace cl::report {

// Har and Mermaid are the exchange alone, for other tools (report/har.h, report/mermaid.h).
enum class Format { Text, Jsonl, Markdown, Har, Mermaid };
bool parse_format(std::string_view name, Format& out);

// Writes the whole timeline of `world` (run it first). Byte-identical for the
// same scenario: nothing here reads the machine's clock or addresses.
void write_transcript(std::ostream& out, const sim::World& world, Format format, Lang lang);

// Parts the formats share.
void write_text(std::ostream& out, const sim::World& world, Lang lang);
void write_markdown(std::ostream& out, const sim::World& world, Lang lang);
void write_jsonl(std::ostream& out, const sim::World& world);
// The same with keys added at the end of each object: extra(step) gives them as JSON
// text that starts with a comma (`,"replaces":3`), or "" for none.
using JsonlExtra = std::function<std::string(const sim::Step&)>;
void write_jsonl(std::ostream& out, const sim::World& world, const JsonlExtra& extra);

// The answers to the lesson's questions, under a heading, for the end of a Markdown
// transcript or worksheet (nothing when the lesson asks none).
void write_answers_markdown(std::ostream& out, const sim::World& world, Lang lang);

// The expectation failures of a run, one line each: "file: step 3 (submit): status: expected 302, saw 200".
std::size_t write_failures(std::ostream& out, const sim::World& world, Lang lang = Lang::En);

}  // namespace cl::report

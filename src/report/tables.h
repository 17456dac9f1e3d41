// The jar and the session table as aligned text columns, shared by the text and
// markdown transcripts.
#pragma once
#include <string>
#include <vector>
#include "sim/timeline.h"

namespace cl::report {

using Row = std::vector<std::string>;
struct Table {
  Row header;
  std::vector<Row> rows;
};

Table jar_table(const sim::BrowserState& browser, TimeMs now, Lang lang = Lang::En);
// The user column names each user as the learner sees them (scenario::user_shown) when
// the scenario and the server's index are given.
Table session_table(const sim::SessionTable& sessions, TimeMs now, Lang lang = Lang::En,
                    const scenario::Scenario* sc = nullptr, int server = -1);
std::string format_columns(const Table& t, const std::string& indent);  // aligned by display width
std::string format_markdown(const Table& t);
std::size_t display_width(const std::string& utf8);  // Hangul counts as two columns

}  // namespace cl::report

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
// The users table (auth_user or a custom model's): the columns that teach, by their
// real names, the start of get_session_auth_hash(), which a session must carry, and
// the session rows whose _auth_user_id points at the row (marked when their
// _auth_user_hash is an old one: Django logs them out at their next request).
Table users_table(const sim::UserTable& users, const sim::SessionTable& sessions, Lang lang = Lang::En);
std::string format_columns(const Table& t, const std::string& indent);  // aligned by display width
std::string format_markdown(const Table& t);
std::size_t display_width(const std::string& utf8);  // Hangul counts as two columns

}  // namespace cl::report

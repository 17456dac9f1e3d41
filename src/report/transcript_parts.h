// The pieces the transcript's forms share: labels in both languages, step headings and
// titles, raw message lines. transcript.cpp writes the three forms, handout.cpp the
// student's worksheet.
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include "base/text.h"
#include "sim/world.h"

namespace cl::report {

struct Labels {
  const char* question;
  const char* answer;
  const char* what_happened;
  const char* empty_jar;
  const char* no_sessions;
  const char* checks;
  const char* lesson;
  const char* ok;
  const char* failed;
  const char* seen;
  const char* answers;       // the heading of the answers at the end
  const char* answer_below;  // under a question: where its answer is
  const char* your_answer;   // the worksheet's line to write on
  const char* why;           // the worksheet's second line
};
const Labels& labels(Lang lang);

std::string step_heading(Lang lang, std::size_t number, std::size_t total);
std::string jar_heading(Lang lang, const std::string& browser);
std::string sessions_heading(Lang lang, const std::string& server);
// "Users table auth_user of shop": printed beside the session table when the
// lesson's server asks for it (show_users).
std::string users_heading(Lang lang, const std::string& server, const std::string& table);
bool users_table_shown(const sim::World& world, const sim::Step& s, std::size_t server);
// "alice · submit a form: POST http://shop.example/accounts/login/". An exchange the
// browser made by itself is named for what it is: following a redirect, loading an image.
std::string step_title(const sim::World& world, const sim::Step& s, Lang lang);

// Raw bytes as lines, CR removed, each behind a marker like curl -v prints them.
void write_message(std::ostream& out, std::string_view text, const char* marker);
// The response's Content-Type, lower-cased ("" when none).
std::string content_type(const sim::Exchange& ex);
// Whether the response body is shown as text (the tracker's GIF is not).
bool body_shown(const sim::Exchange& ex);
// "[43 bytes of image/gif, not shown]", for a body that is not text.
std::string body_not_shown(const sim::Exchange& ex, Lang lang);
// The summary line of a folded page: "The page: 675 bytes of text/html".
std::string body_summary(const sim::Exchange& ex, Lang lang);

// Whether the server's session table belongs beside step s: the table of the server that
// answered it, or of every server for a step without an exchange; never a stateless one's.
bool session_table_shown(const sim::World& world, const sim::Step& s, std::size_t server);

}  // namespace cl::report

// The student's worksheet (`cookielab run FILE --format markdown --handout`): the narration,
// only the raw lines a cookie lesson is about, and each question with room to answer. The
// answers are left out, so a teacher can hand it out; `--answers` adds them at the end, as
// the teacher's key.
#include "report/handout.h"

#include "report/transcript.h"
#include "report/transcript_parts.h"

namespace cl::report {

namespace {

std::string_view first_line(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The lines that carry state: the request line and its Cookie; the status line, each
// Set-Cookie and a redirect's Location. Everything else is in the lesson notes.
void write_lines_that_matter(std::ostream& out, const sim::Exchange& ex) {
  out << "```http\n" << first_line(ex.request_text()) << "\n";
  for (const http::Field& f : ex.request_fields())
    if (iequals_ascii(f.name, "Cookie")) out << f.name << ": " << f.value << "\n";
  if (ex.answered()) {
    out << "\n" << first_line(ex.response_head()) << "\n";
    for (const http::Field& f : ex.response_fields())
      if (iequals_ascii(f.name, "Set-Cookie") || iequals_ascii(f.name, "Location"))
        out << f.name << ": " << f.value << "\n";
  }
  out << "```\n\n";
}

void write_question_space(std::ostream& out, const scenario::Question& q, Lang lang) {
  const Labels& L = labels(lang);
  out << "**" << L.question << ":** " << q.prompt.in(lang) << "\n\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i)
    out << "- [ ] " << (i + 1) << ". " << q.choices[i].in(lang) << "\n";
  out << "\n" << L.your_answer << ": ______\n\n" << L.why << ": ________________________________________\n\n";
}

}  // namespace

void write_handout(std::ostream& out, const sim::World& world, Lang lang, bool answers) {
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  const bool ko = lang == Lang::Ko;
  out << "# " << sc.title.in(lang) << (ko ? " · 학습지" : " · worksheet") << "\n\n"
      << (ko ? "이름: ____________  날짜: ____________" : "Name: ____________  Date: ____________") << "\n\n"
      << sc.summary.in(lang) << "\n";
  for (const sim::Step& s : tl.steps()) {
    out << "\n## " << step_heading(lang, s.index + 1, tl.size()) << ": " << step_title(world, s, lang) << "\n\n";
    if (!s.narration.empty()) out << s.narration.in(lang) << "\n\n";
    if (s.exchange) write_lines_that_matter(out, *s.exchange);
    if (s.question) write_question_space(out, *s.question, lang);
  }
  if (answers) write_answers_markdown(out, world, lang);
}

}  // namespace cl::report

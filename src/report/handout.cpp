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

// The lesson's experiments (scenario [[experiment]]): predict, then run it. The command
// runs the branch (`cookielab run FILE --what-if STEP:CHANGE`); the answers give what
// happens. Steps are the lesson's, as the file numbers them.
void write_experiments(std::ostream& out, const sim::World& world, Lang lang) {
  const scenario::Scenario& sc = world.scenario();
  if (sc.experiments.empty()) return;
  const bool ko = lang == Lang::Ko;
  out << "\n## " << (ko ? "실험: 먼저 예측하고, 실행해 보세요" : "Experiments: predict, then run it") << "\n\n"
      << (ko ? "실험의 단계 번호는 수업 파일의 단계([[step]]) 번호입니다. 위의 번호는 리다이렉트와 이미지까지 "
               "모든 주고받기를 셉니다."
             : "An experiment's step numbers are the lesson file's steps ([[step]]); the numbers above count every "
               "exchange, redirects and images included.")
      << "\n";
  const std::string file = sc.path == "<built-in>" ? "-" : sc.path;
  for (std::size_t i = 0; i < sc.experiments.size(); ++i) {
    const scenario::Experiment& x = sc.experiments[i];
    std::size_t above = 0;  // where the step starts in the worksheet's numbering
    while (above < world.timeline().size() && world.timeline().step(above).scenario_step < x.at - 1) ++above;
    const std::string at = std::to_string(x.at), shown = std::to_string(above + 1);
    out << "\n**" << (ko ? "실험 " : "Experiment ") << (i + 1) << "** ("
        << (ko ? "수업의 " + at + "단계 전에, 위의 " + shown + "단계"
               : "before the lesson's step " + at + ", step " + shown + " above")
        << "): " << x.prompt.in(lang) << "\n\n```sh\ncookielab run " << file;
    for (const scenario::Change& c : x.changes) out << " --what-if " << x.at << ":" << scenario::change_text(c);
    out << "\n```\n\n"
        << (ko ? "내 예측" : "My prediction") << ": ________________________________________\n\n"
        << (ko ? "실제로 일어난 일" : "What happened") << ": ________________________________________\n";
  }
}

// What each experiment shows, for the teacher's key.
void write_experiment_answers(std::ostream& out, const scenario::Scenario& sc, Lang lang) {
  if (sc.experiments.empty()) return;
  const bool ko = lang == Lang::Ko;
  out << "\n### " << (ko ? "실험" : "Experiments") << "\n\n";
  for (std::size_t i = 0; i < sc.experiments.size(); ++i)
    out << "- **" << (ko ? "실험 " : "Experiment ") << (i + 1) << "**: " << sc.experiments[i].predict.in(lang) << "\n";
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
  write_experiments(out, world, lang);
  if (answers) {
    write_answers_markdown(out, world, lang);
    write_experiment_answers(out, sc, lang);
  }
}

}  // namespace cl::report

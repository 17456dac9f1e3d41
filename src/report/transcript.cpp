#include "report/transcript.h"

#include "report/body_text.h"
#include "report/har.h"
#include "report/mermaid.h"
#include "report/tables.h"
#include "report/transcript_parts.h"
#include "sim/checks.h"
#include "sim/explain.h"

namespace cl::report {

namespace {

// What a failed check saw, in the reader's language ("-" when nothing).
std::string seen_text(const sim::ExpectationResult& c, Lang lang) {
  return c.seen.empty() ? "-" : sim::describe_seen(c).in(lang);
}

// A response as text: the head as it is; a body that is not text (the tracker's
// GIF) is named instead of poured into the terminal. The timeline keeps its bytes.
void write_response(std::ostream& out, const sim::Exchange& ex, const char* marker, Lang lang) {
  write_message(out, ex.response_head(), marker);
  if (ex.response_body->empty()) return;
  if (body_shown(ex)) write_message(out, *ex.response_body, marker);
  else out << marker << body_not_shown(ex, lang) << "\n";
}

void write_question(std::ostream& out, const scenario::Question& q, Lang lang, const Labels& L, const char* prefix) {
  // Printed with its answer: a transcript is the teacher's copy.
  out << prefix << L.question << ": " << q.prompt.in(lang) << "\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i)
    out << prefix << "  " << (i + 1) << ". " << q.choices[i].in(lang) << "\n";
  out << prefix << L.answer << ": " << (q.answer + 1) << ". "
      << (q.answer >= 0 && static_cast<std::size_t>(q.answer) < q.choices.size()
              ? q.choices[static_cast<std::size_t>(q.answer)].in(lang)
              : "")
      << " — " << q.explanation.in(lang) << "\n";
}

// A question with its choices; its answer waits at the end (write_answers_markdown).
void write_question_markdown(std::ostream& out, const scenario::Question& q, Lang lang, const char* note) {
  out << "> **" << labels(lang).question << ":** " << q.prompt.in(lang) << "\n>\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i) out << "> " << (i + 1) << ". " << q.choices[i].in(lang) << "\n";
  if (note && *note) out << ">\n> *" << note << "*\n";
  out << "\n";
}

// The head in a code block; the page itself folded, as a browser's developer tools show
// the headers first and the body on request.
void write_response_markdown(std::ostream& out, const sim::Exchange& ex, Lang lang) {
  out << "```http\n";
  write_message(out, ex.response_head(), "");
  if (!ex.response_body->empty() && !body_shown(ex)) out << body_not_shown(ex, lang) << "\n";
  out << "```\n\n";
  if (ex.response_body->empty() || !body_shown(ex)) return;
  const bool html = content_type(ex).starts_with("text/html");
  out << "<details><summary>" << body_summary(ex, lang) << "</summary>\n\n```" << (html ? "html" : "") << "\n";
  write_message(out, *ex.response_body, "");
  out << "```\n\n</details>\n\n";
}

}  // namespace

void write_answers_markdown(std::ostream& out, const sim::World& world, Lang lang) {
  const sim::Timeline& tl = world.timeline();
  bool any = false;
  for (const sim::Step& s : tl.steps()) {
    if (!s.question) continue;
    if (!any) out << "\n## " << labels(lang).answers << "\n\n";
    any = true;
    const scenario::Question& q = *s.question;
    const bool valid = q.answer >= 0 && static_cast<std::size_t>(q.answer) < q.choices.size();
    out << "- **" << step_heading(lang, s.index + 1, tl.size()) << "** (" << q.prompt.in(lang)
        << "): " << (q.answer + 1) << ". " << (valid ? q.choices[static_cast<std::size_t>(q.answer)].in(lang) : "")
        << " — " << q.explanation.in(lang) << "\n";
  }
}

bool parse_format(std::string_view name, Format& out) {
  if (name == "text") out = Format::Text;
  else if (name == "jsonl") out = Format::Jsonl;
  else if (name == "markdown" || name == "md") out = Format::Markdown;
  else if (name == "har") out = Format::Har;
  else if (name == "mermaid") out = Format::Mermaid;
  else return false;
  return true;
}

void write_transcript(std::ostream& out, const sim::World& world, Format format, Lang lang) {
  switch (format) {
    case Format::Text: write_text(out, world, lang); break;
    case Format::Markdown: write_markdown(out, world, lang); break;
    case Format::Jsonl: write_jsonl(out, world); break;
    case Format::Har: write_har(out, world, lang); break;
    case Format::Mermaid: write_mermaid(out, world, lang); break;
  }
}

void write_text(std::ostream& out, const sim::World& world, Lang lang) {
  const Labels& L = labels(lang);
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  out << L.lesson << ": " << sc.title.in(lang) << "\n" << sc.summary.in(lang) << "\n";
  for (const sim::Step& s : tl.steps()) {
    const sim::Snapshot state = tl.snapshot(s.index);
    out << "\n=== " << step_heading(lang, s.index + 1, tl.size()) << " · "
        << format_iso8601(s.exchange ? s.exchange->time : s.time) << " · " << step_title(world, s, lang) << " ===\n";
    if (!s.narration.empty()) out << s.narration.in(lang) << "\n";
    if (s.question) write_question(out, *s.question, lang, L, "? ");
    if (s.exchange) {
      out << "\n";
      write_message(out, s.exchange->request_text(), "> ");
      if (s.exchange->answered()) {
        out << "\n";
        write_response(out, *s.exchange, "< ", lang);
      }
    }
    out << "\n" << L.what_happened << ":\n";
    write_message(out, sim::explain(sc, s).in(lang), "  ");
    if (s.browser >= 0) {
      const sim::BrowserState& b = *state.browsers[static_cast<std::size_t>(s.browser)];
      out << "\n" << jar_heading(lang, sc.browsers[static_cast<std::size_t>(s.browser)].shown(lang)) << ":\n";
      if (b.jar.size() == 0) out << "  " << L.empty_jar << "\n";
      else out << format_columns(jar_table(b, state.now, lang), "  ");
    }
    for (std::size_t i = 0; i < state.servers.size(); ++i) {
      if (!session_table_shown(world, s, i)) continue;
      out << "\n" << sessions_heading(lang, sc.servers[i].name) << ":\n";
      if (state.servers[i].empty()) out << "  " << L.no_sessions << "\n";
      else out << format_columns(session_table(state.servers[i], state.now, lang, &sc, static_cast<int>(i)), "  ");
      if (users_table_shown(world, s, i) && i < state.users.size())
        out << "\n"
            << users_heading(lang, sc.servers[i].name, server::user_table_name(sc.servers[i])) << ":\n"
            << format_columns(users_table(state.users[i], state.servers[i], lang), "  ");
    }
    if (!s.checks.empty()) {
      out << "\n" << L.checks << ":\n";
      for (const sim::ExpectationResult& c : s.checks)
        out << "  " << (c.passed ? L.ok : L.failed) << " " << sim::describe_check(c).in(lang)
            << (c.passed ? "" : std::string(" — ") + L.seen + ": " + seen_text(c, lang)) << "\n";
    }
  }
}

// Lesson notes: what a teacher reads or hands out after the lesson. A page's HTML is folded
// away (a <details> block opens it), and each answer waits at the end, under its step's
// number, so a reader can think before reading it.
void write_markdown(std::ostream& out, const sim::World& world, Lang lang) {
  const Labels& L = labels(lang);
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  out << "# " << sc.title.in(lang) << "\n\n" << sc.summary.in(lang) << "\n";
  // The whole exchange first, as a diagram (GitHub, GitLab and most Markdown editors draw
  // a ```mermaid block), so the steps below are read against it.
  out << "\n## " << (lang == Lang::Ko ? "주고받은 메시지 한눈에 보기" : "The exchange at a glance")
      << "\n\n```mermaid\n";
  write_mermaid(out, world, lang);
  out << "```\n";
  for (const sim::Step& s : tl.steps()) {
    const sim::Snapshot state = tl.snapshot(s.index);
    out << "\n## " << step_heading(lang, s.index + 1, tl.size()) << ": " << step_title(world, s, lang) << "\n\n";
    if (!s.narration.empty()) out << s.narration.in(lang) << "\n\n";
    if (s.question) write_question_markdown(out, *s.question, lang, L.answer_below);
    if (s.exchange) {
      out << "```http\n";
      write_message(out, s.exchange->request_text(), "");
      out << "```\n\n";
      if (s.exchange->answered()) write_response_markdown(out, *s.exchange, lang);
    }
    write_message(out, sim::explain(sc, s).in(lang), "- ");
    if (s.browser >= 0) {
      const sim::BrowserState& b = *state.browsers[static_cast<std::size_t>(s.browser)];
      out << "\n**" << jar_heading(lang, sc.browsers[static_cast<std::size_t>(s.browser)].shown(lang)) << "**\n\n";
      out << (b.jar.size() == 0 ? std::string(L.empty_jar) + "\n" : format_markdown(jar_table(b, state.now, lang)));
    }
    for (std::size_t i = 0; i < state.servers.size(); ++i) {
      if (!session_table_shown(world, s, i)) continue;
      out << "\n**" << sessions_heading(lang, sc.servers[i].name) << "**\n\n";
      out << (state.servers[i].empty()
                  ? std::string(L.no_sessions) + "\n"
                  : format_markdown(session_table(state.servers[i], state.now, lang, &sc, static_cast<int>(i))));
      if (users_table_shown(world, s, i) && i < state.users.size())
        out << "\n**" << users_heading(lang, sc.servers[i].name, server::user_table_name(sc.servers[i])) << "**\n\n"
            << format_markdown(users_table(state.users[i], state.servers[i], lang));
    }
    if (!s.checks.empty()) {
      out << "\n";
      for (const sim::ExpectationResult& c : s.checks)
        out << "- " << (c.passed ? "✅ " : "❌ ") << sim::describe_check(c).in(lang)
            << (c.passed ? "" : std::string(" (") + L.seen + ": " + seen_text(c, lang) + ")") << "\n";
    }
  }
  write_answers_markdown(out, world, lang);
}

namespace {

void json_fields(std::ostream& out, const std::vector<http::Field>& fields) {
  out << "[";
  for (std::size_t i = 0; i < fields.size(); ++i)
    out << (i ? "," : "") << "[\"" << json_escape(fields[i].name) << "\",\"" << json_escape(fields[i].value) << "\"]";
  out << "]";
}

}  // namespace

void write_jsonl(std::ostream& out, const sim::World& world) { write_jsonl(out, world, nullptr); }

void write_jsonl(std::ostream& out, const sim::World& world, const JsonlExtra& extra) {
  const scenario::Scenario& sc = world.scenario();
  for (const sim::Step& s : world.timeline().steps()) {
    if (!s.exchange) continue;
    const sim::Exchange& e = *s.exchange;
    out << "{\"step\":" << (s.index + 1) << ",\"scenario_step\":" << (s.scenario_step + 1) << ",\"time\":\""
        << format_iso8601(e.time) << "\",\"browser\":\""
        << (e.browser >= 0 ? json_escape(sc.browsers[static_cast<std::size_t>(e.browser)].name) : "")
        << "\",\"server\":\"" << (e.server >= 0 ? json_escape(sc.servers[static_cast<std::size_t>(e.server)].name) : "")
        << "\",\"method\":\"" << json_escape(e.method) << "\",\"url\":\"" << json_escape(e.url->to_string())
        << "\",\"request_headers\":";
    json_fields(out, e.request_fields());
    out << ",\"status\":" << e.status << ",\"response_headers\":";
    json_fields(out, e.response_fields());
    out << ",\"cookies_sent\":[";
    for (std::size_t i = 0; i < e.cookies.sent().size(); ++i)
      out << (i ? "," : "") << "\"" << json_escape(e.cookies.sent()[i].name) << "\"";
    out << "],\"cookies_not_sent\":[";
    for (std::size_t i = 0; i < e.cookies.excluded.size(); ++i)
      out << (i ? "," : "") << "{\"name\":\"" << json_escape(e.cookies.excluded[i].cookie.name) << "\",\"reason\":\""
          << cookie::reason_info(e.cookies.excluded[i].reason).id << "\"}";
    out << "],\"set_cookie\":[";
    for (std::size_t i = 0; i < e.set_cookies.size(); ++i) {
      const cookie::SetDecision& d = e.set_cookies[i].decision;
      out << (i ? "," : "") << "{\"line\":\"" << json_escape(e.set_cookies[i].line) << "\",\"name\":\""
          << json_escape(d.parsed.name) << "\",\"outcome\":\"" << cookie::set_outcome_name(d.outcome)
          << "\",\"reason\":\"" << (d.reason == cookie::Reason::None ? "" : cookie::reason_info(d.reason).id) << "\"}";
    }
    out << "],\"user\":\"" << json_escape(e.user) << "\",\"redirect\":" << (e.redirect_follow ? "true" : "false");
    // The bodies, last (new keys go at the end): with the heads above, enough to replay the
    // exchange. A body that is not UTF-8 (the tracker's GIF) is base64.
    const BodyText request = body_text(http::parse_request(e.request_text()).message.body);
    const BodyText response = body_text(e.answered() ? *e.response_body : std::string());
    out << ",\"request_body\":\"" << json_escape(request.text) << "\",\"request_body_encoding\":\""
        << (request.base64 ? "base64" : "") << "\",\"response_body\":\"" << json_escape(response.text)
        << "\",\"response_body_encoding\":\"" << (response.base64 ? "base64" : "") << "\"";

    if (extra) out << extra(s);
    out << "}\n";
  }
}

std::size_t write_failures(std::ostream& out, const sim::World& world, Lang lang) {
  std::size_t failures = 0;
  const bool ko = lang == Lang::Ko;
  for (const sim::Step& s : world.timeline().steps()) {
    for (const sim::ExpectationResult& c : s.checks) {
      if (c.passed) continue;
      ++failures;
      const int n = s.scenario_step;
      const int line = n >= 0 ? world.scenario().steps[static_cast<std::size_t>(n)].pos.line : 0;
      out << world.scenario().path << ":" << line << (ko ? ": 단계 " : ": step ") << (n + 1) << " ("
          << scenario::action_name(s.action) << "): " << c.what << (ko ? ": 기대: " : ": expected ")
          << sim::describe_check(c).in(lang) << (ko ? ", 실제: " : ", saw ")
          << (c.seen.empty() ? (ko ? "없음" : "nothing") : sim::describe_seen(c).in(lang)) << "\n";
    }
  }
  return failures;
}

}  // namespace cl::report

#include "report/transcript.h"

#include "report/tables.h"
#include "sim/checks.h"
#include "sim/explain.h"

namespace cl::report {

namespace {

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
};

constexpr Labels kEn{"Question", "Answer", "What happened", "(empty)", "(no rows)", "Checks", "Lesson",
                     "ok    ", "FAILED", "seen"};
constexpr Labels kKo{"질문", "정답", "무슨 일이 있었나", "(비어 있음)", "(행 없음)", "확인", "레슨",
                     "통과", "실패", "실제"};

const Labels& labels(Lang lang) { return lang == Lang::Ko ? kKo : kEn; }

// What a failed check saw, in the reader's language ("-" when nothing).
std::string seen_text(const sim::ExpectationResult& c, Lang lang) {
  return c.seen.empty() ? "-" : sim::describe_seen(c).in(lang);
}

std::string step_heading(Lang lang, std::size_t number, std::size_t total) {
  if (lang == Lang::Ko) return std::to_string(number) + "단계 (전체 " + std::to_string(total) + "단계)";
  return "Step " + std::to_string(number) + " of " + std::to_string(total);
}

std::string jar_heading(Lang lang, const std::string& browser) {
  return lang == Lang::Ko ? browser + "의 쿠키 저장소" : "Cookie jar of " + browser;
}

std::string sessions_heading(Lang lang, const std::string& server) {
  return lang == Lang::Ko ? server + " 서버의 세션 테이블" : "Session table of " + server;
}

std::string step_title(const sim::World& world, const sim::Step& s, Lang lang) {
  std::string t = sim::action_label(s.action).in(lang);
  if (s.browser >= 0) t = world.scenario().browsers[static_cast<std::size_t>(s.browser)].name + " · " + t;
  if (s.exchange) t += ": " + s.exchange->method + " " + s.exchange->url->to_string();
  return t;
}

// Raw bytes as lines, CR removed, each behind a marker like curl -v prints them.
void write_message(std::ostream& out, std::string_view text, const char* marker) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out << marker << line << "\n";
    start = end + 1;
  }
}

// A response as text: the head as it is; a body that is not text (the tracker's
// GIF) is named instead of poured into the terminal. The timeline keeps its bytes.
void write_response(std::ostream& out, const sim::Exchange& ex, const char* marker) {
  write_message(out, ex.response_head(), marker);
  const std::string& body = *ex.response_body;
  if (body.empty()) return;
  std::string type;
  for (const http::Field& f : ex.response_fields())
    if (iequals_ascii(f.name, "Content-Type")) type = to_lower_ascii(f.value);
  if (http::body_is_text(body, type)) {
    write_message(out, body, marker);
  } else {
    const std::string kind = type.empty() ? std::string("binary") : type.substr(0, type.find(';'));
    out << marker << "[" << body.size() << " bytes of " << kind << ", not shown]\n";
  }
}

int server_shown(const sim::Step& s) { return s.exchange ? s.exchange->server : -1; }

void write_question(std::ostream& out, const scenario::Question& q, Lang lang, const Labels& L, const char* prefix) {
  // Printed with its answer: a transcript is the teacher's copy.
  out << prefix << L.question << ": " << q.prompt.in(lang) << "\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i) out << prefix << "  " << (i + 1) << ". " << q.choices[i].in(lang) << "\n";
  out << prefix << L.answer << ": " << (q.answer + 1) << ". "
      << (q.answer >= 0 && static_cast<std::size_t>(q.answer) < q.choices.size() ? q.choices[static_cast<std::size_t>(q.answer)].in(lang) : "")
      << " — " << q.explanation.in(lang) << "\n";
}

}  // namespace

bool parse_format(std::string_view name, Format& out) {
  if (name == "text") out = Format::Text;
  else if (name == "jsonl") out = Format::Jsonl;
  else if (name == "markdown" || name == "md") out = Format::Markdown;
  else return false;
  return true;
}

void write_transcript(std::ostream& out, const sim::World& world, Format format, Lang lang) {
  switch (format) {
    case Format::Text: write_text(out, world, lang); break;
    case Format::Markdown: write_markdown(out, world, lang); break;
    case Format::Jsonl: write_jsonl(out, world); break;
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
        write_response(out, *s.exchange, "< ");
      }
    }
    out << "\n" << L.what_happened << ":\n";
    write_message(out, sim::explain(sc, s).in(lang), "  ");
    if (s.browser >= 0) {
      const sim::BrowserState& b = *state.browsers[static_cast<std::size_t>(s.browser)];
      out << "\n" << jar_heading(lang, b.name) << ":\n";
      if (b.jar.size() == 0) out << "  " << L.empty_jar << "\n";
      else out << format_columns(jar_table(b, state.now, lang), "  ");
    }
    for (std::size_t i = 0; i < state.servers.size(); ++i) {
      const int shown = server_shown(s);
      if (shown >= 0 && static_cast<std::size_t>(shown) != i) continue;
      if (sc.servers[i].profile == server::Profile::Stateless) continue;
      out << "\n" << sessions_heading(lang, sc.servers[i].name) << ":\n";
      if (state.servers[i].empty()) out << "  " << L.no_sessions << "\n";
      else out << format_columns(session_table(state.servers[i], state.now, lang), "  ");
    }
    if (!s.checks.empty()) {
      out << "\n" << L.checks << ":\n";
      for (const sim::ExpectationResult& c : s.checks)
        out << "  " << (c.passed ? L.ok : L.failed) << " " << sim::describe_check(c).in(lang)
            << (c.passed ? "" : std::string(" — ") + L.seen + ": " + seen_text(c, lang)) << "\n";
    }
  }
}

void write_markdown(std::ostream& out, const sim::World& world, Lang lang) {
  const Labels& L = labels(lang);
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  out << "# " << sc.title.in(lang) << "\n\n" << sc.summary.in(lang) << "\n";
  for (const sim::Step& s : tl.steps()) {
    const sim::Snapshot state = tl.snapshot(s.index);
    out << "\n## " << step_heading(lang, s.index + 1, tl.size()) << ": " << step_title(world, s, lang) << "\n\n";
    if (!s.narration.empty()) out << s.narration.in(lang) << "\n\n";
    if (s.question) {
      out << "> **" << L.question << ":** " << s.question->prompt.in(lang) << "\n>\n";
      for (std::size_t i = 0; i < s.question->choices.size(); ++i)
        out << "> " << (i + 1) << ". " << s.question->choices[i].in(lang) << "\n";
      out << ">\n> **" << L.answer << ":** " << (s.question->answer + 1) << " — " << s.question->explanation.in(lang)
          << "\n\n";
    }
    if (s.exchange) {
      out << "```http\n";
      write_message(out, s.exchange->request_text(), "");
      out << "```\n\n";
      if (s.exchange->answered()) {
        out << "```http\n";
        write_response(out, *s.exchange, "");
        out << "```\n\n";
      }
    }
    write_message(out, sim::explain(sc, s).in(lang), "- ");
    if (s.browser >= 0) {
      const sim::BrowserState& b = *state.browsers[static_cast<std::size_t>(s.browser)];
      out << "\n**" << jar_heading(lang, b.name) << "**\n\n";
      out << (b.jar.size() == 0 ? std::string(L.empty_jar) + "\n" : format_markdown(jar_table(b, state.now, lang)));
    }
    for (std::size_t i = 0; i < state.servers.size(); ++i) {
      const int shown = server_shown(s);
      if ((shown >= 0 && static_cast<std::size_t>(shown) != i) || sc.servers[i].profile == server::Profile::Stateless)
        continue;
      out << "\n**" << sessions_heading(lang, sc.servers[i].name) << "**\n\n";
      out << (state.servers[i].empty() ? std::string(L.no_sessions) + "\n"
                                       : format_markdown(session_table(state.servers[i], state.now, lang)));
    }
    if (!s.checks.empty()) {
      out << "\n";
      for (const sim::ExpectationResult& c : s.checks)
        out << "- " << (c.passed ? "✅ " : "❌ ") << sim::describe_check(c).in(lang)
            << (c.passed ? "" : std::string(" (") + L.seen + ": " + seen_text(c, lang) + ")") << "\n";
    }
  }
}

namespace {

void json_fields(std::ostream& out, const std::vector<http::Field>& fields) {
  out << "[";
  for (std::size_t i = 0; i < fields.size(); ++i)
    out << (i ? "," : "") << "[\"" << json_escape(fields[i].name) << "\",\"" << json_escape(fields[i].value) << "\"]";
  out << "]";
}

}  // namespace

void write_jsonl(std::ostream& out, const sim::World& world) {
  const scenario::Scenario& sc = world.scenario();
  for (const sim::Step& s : world.timeline().steps()) {
    if (!s.exchange) continue;
    const sim::Exchange& e = *s.exchange;
    out << "{\"step\":" << (s.index + 1) << ",\"scenario_step\":" << (s.scenario_step + 1) << ",\"time\":\""
        << format_iso8601(e.time) << "\",\"browser\":\""
        << (e.browser >= 0 ? json_escape(sc.browsers[static_cast<std::size_t>(e.browser)].name) : "") << "\",\"server\":\""
        << (e.server >= 0 ? json_escape(sc.servers[static_cast<std::size_t>(e.server)].name) : "") << "\",\"method\":\""
        << json_escape(e.method) << "\",\"url\":\"" << json_escape(e.url->to_string()) << "\",\"request_headers\":";
    json_fields(out, e.request_fields());
    out << ",\"status\":" << e.status << ",\"response_headers\":";
    json_fields(out, e.response_fields());
    out << ",\"cookies_sent\":[";
    for (std::size_t i = 0; i < e.cookies.sent().size(); ++i) out << (i ? "," : "") << "\"" << json_escape(e.cookies.sent()[i].name) << "\"";
    out << "],\"cookies_not_sent\":[";
    for (std::size_t i = 0; i < e.cookies.excluded.size(); ++i)
      out << (i ? "," : "") << "{\"name\":\"" << json_escape(e.cookies.excluded[i].cookie.name) << "\",\"reason\":\""
          << cookie::reason_info(e.cookies.excluded[i].reason).id << "\"}";
    out << "],\"set_cookie\":[";
    for (std::size_t i = 0; i < e.set_cookies.size(); ++i) {
      const cookie::SetDecision& d = e.set_cookies[i].decision;
      out << (i ? "," : "") << "{\"line\":\"" << json_escape(e.set_cookies[i].line) << "\",\"name\":\""
          << json_escape(d.parsed.name) << "\",\"outcome\":\"" << cookie::set_outcome_name(d.outcome) << "\",\"reason\":\""
          << (d.reason == cookie::Reason::None ? "" : cookie::reason_info(d.reason).id) << "\"}";
    }
    out << "],\"user\":\"" << json_escape(e.user) << "\",\"redirect\":" << (e.redirect_follow ? "true" : "false")
        << "}\n";
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

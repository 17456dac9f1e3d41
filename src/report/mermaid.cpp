#include "report/mermaid.h"

#include "report/transcript_parts.h"
#include "sim/explain.h"

namespace cl::report {

namespace {

// A cookie value is a long random key more often than not: its first characters and an
// ellipsis say "a value" on a slide without filling it.
constexpr std::size_t kValueShown = 12;
constexpr std::size_t kPathShown = 48;

std::string shorten(std::string_view text, std::size_t keep) {
  if (text.size() <= keep) return std::string(text);
  std::size_t cut = keep;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
  return std::string(text.substr(0, cut)) + "…";
}

// "a=1; sessionid=8x7f…": each pair's value shortened.
std::string short_pairs(std::string_view header) {
  std::string out;
  for (std::string_view piece : split(header, ';')) {
    piece = trim_wsp(piece);
    if (piece.empty()) continue;
    if (!out.empty()) out += "; ";
    const std::size_t eq = piece.find('=');
    if (eq == std::string_view::npos) out += shorten(piece, kValueShown);
    else out += std::string(piece.substr(0, eq + 1)) + shorten(piece.substr(eq + 1), kValueShown);
  }
  return out;
}

// "sessionid=8x7f…; HttpOnly; Path=/": the value shortened, the attributes as sent
// (an Expires date kept: when a cookie dies is what lesson 5 is about).
std::string short_set_cookie(std::string_view line) {
  const std::size_t semi = line.find(';');
  std::string out = short_pairs(line.substr(0, semi));
  if (semi != std::string_view::npos) out += std::string(line.substr(semi));
  return out;
}

const char* browser_word(Lang lang) { return lang == Lang::Ko ? "브라우저" : "browser"; }
const char* server_word(Lang lang) { return lang == Lang::Ko ? "서버" : "server"; }

std::string browser_id(int i) { return "b" + std::to_string(i); }
std::string server_id(int i) { return "s" + std::to_string(i); }
const char* kRawClient = "raw";  // a raw step's client (no browser)
const char* kNobody = "nobody";  // where a request no server answers goes

}  // namespace

std::string mermaid_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case ';': out += "#59;"; break;
      case '#': out += "#35;"; break;
      case '<': out += "#60;"; break;
      case '>': out += "#62;"; break;
      case '&': out += "#38;"; break;
      case '"': out += "#34;"; break;
      case '%': out += "#37;"; break;  // "%%" would start a comment
      case '\r': break;
      case '\n': out += "<br/>"; break;
      default: out += c;
    }
  }
  return out;
}

void write_mermaid(std::ostream& out, const sim::World& world, Lang lang) {
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  bool raw = false, nobody = false;
  for (const sim::Step& s : tl.steps()) {
    if (!s.exchange) continue;
    raw = raw || s.exchange->browser < 0;
    nobody = nobody || s.exchange->server < 0;
  }
  out << "sequenceDiagram\n";
  // Browsers on the left, servers on the right, in the scenario's order.
  for (std::size_t i = 0; i < sc.browsers.size(); ++i)
    out << "  participant " << browser_id(static_cast<int>(i)) << " as "
        << mermaid_escape(sc.browsers[i].name + " (" + browser_word(lang) + ")") << "\n";
  if (raw)
    out << "  participant " << kRawClient << " as "
        << mermaid_escape(lang == Lang::Ko ? "직접 보낸 요청" : "raw request") << "\n";
  for (std::size_t i = 0; i < sc.servers.size(); ++i) {
    std::string label = sc.servers[i].name + " (" + server_word(lang) + ")";
    for (const std::string& host : sc.servers[i].hosts) label += "\n" + host;
    out << "  participant " << server_id(static_cast<int>(i)) << " as " << mermaid_escape(label) << "\n";
  }
  if (nobody)
    out << "  participant " << kNobody << " as "
        << mermaid_escape(lang == Lang::Ko ? "(응답하는 서버 없음)" : "(no server answers)") << "\n";

  for (const sim::Step& s : tl.steps()) {
    const std::string number = std::to_string(s.index + 1);
    if (!s.exchange) {
      // A step that sends nothing (wait, close, a cookie set by hand): a note over its browser.
      const std::string over = s.browser >= 0 ? browser_id(s.browser) : (sc.browsers.empty() ? "" : browser_id(0));
      if (over.empty()) continue;
      // What the step did, in the words of the transcript's "What happened" ("Time passes: 20m.").
      std::string what = sim::explain(sc, s).in(lang);
      what = what.substr(0, what.find('\n'));
      out << "  Note over " << over << ": "
          << mermaid_escape(number + " · " + step_title(world, s, lang) + (what.empty() ? "" : "\n" + what)) << "\n";
      continue;
    }
    const sim::Exchange& ex = *s.exchange;
    const std::string from = ex.browser >= 0 ? browser_id(ex.browser) : kRawClient;
    const std::string to = ex.server >= 0 ? server_id(ex.server) : kNobody;
    std::string request = number + " · " + ex.method + " " + shorten(ex.url->target(), kPathShown);
    if (ex.redirect_follow) request += lang == Lang::Ko ? " (리다이렉트)" : " (redirect)";
    const std::string cookie = ex.cookie_header();
    if (!cookie.empty()) request += "\nCookie: " + short_pairs(cookie);
    out << "  " << from << "->>" << to << ": " << mermaid_escape(request) << "\n";
    if (!ex.answered()) continue;
    const auto parsed = http::parse_response(ex.response_text());
    std::string response = std::to_string(ex.status) + " " + parsed.message.reason;
    std::size_t set_index = 0;
    for (const http::Field& f : parsed.message.headers.fields) {
      if (iequals_ascii(f.name, "Location")) response += "\nLocation: " + shorten(f.value, kPathShown);
      if (!iequals_ascii(f.name, "Set-Cookie")) continue;
      response += "\nSet-Cookie: " + short_set_cookie(f.value);
      // The browser's verdict on the line, when it refused it: the lesson is often there.
      if (set_index < ex.set_cookies.size() && ex.set_cookies[set_index].line == f.value) {
        const cookie::SetDecision& d = ex.set_cookies[set_index].decision;
        if (d.outcome == cookie::SetOutcome::Ignored)
          response += std::string(lang == Lang::Ko ? " ✗ 거부됨 (" : " ✗ refused (") +
                      std::string(cookie::reason_info(d.reason).id) + ")";
      }
      ++set_index;
    }
    out << "  " << to << "-->>" << from << ": " << mermaid_escape(response) << "\n";
  }
}

}  // namespace cl::report

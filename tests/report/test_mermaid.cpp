// The sequence diagram (report/mermaid.h): lanes, arrows and cookies as a slide shows
// them, labels escaped where Mermaid's grammar would read them. That every lesson's
// diagram parses is checked by the mermaid package itself (tests/scripts/mermaid_parse.sh).
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include "report/mermaid.h"
#include "report/transcript.h"
#include "scenario/load.h"

using namespace cl;

namespace {

std::string diagram(const std::string& file, Lang lang) {
  scenario::LoadResult r = file.empty()
                               ? scenario::load_default_lesson()
                               : scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/" + file);
  REQUIRE(r.diagnostics.empty());
  auto w = std::make_unique<sim::World>(*r.scenario);
  w->run_all();
  std::ostringstream out;
  report::write_mermaid(out, *w, lang);
  return out.str();
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("Mermaid labels escape what its grammar reads", "[mermaid]") {
  CHECK(report::mermaid_escape("a=1; b=2") == "a=1#59; b=2");
  CHECK(report::mermaid_escape("#x") == "#35;x");
  CHECK(report::mermaid_escape("<b>&") == "#60;b#62;#38;");
  CHECK(report::mermaid_escape("%%") == "#37;#37;");
  CHECK(report::mermaid_escape("sid=\"\"") == "sid=#34;#34;");
  CHECK(report::mermaid_escape("line\r\nnext") == "line<br/>next");
  CHECK(report::mermaid_escape("Cookie: 세션 ID") == "Cookie: 세션 ID");  // ':' and Hangul pass
}

TEST_CASE("the sequence diagram has a lane per browser and server and an arrow pair per exchange", "[mermaid]") {
  const std::string d = diagram("", Lang::En);
  CHECK(d.starts_with("sequenceDiagram\n"));
  CHECK(has(d, "  participant b0 as alice (browser)\n"));
  CHECK(has(d, "  participant s0 as shop (server)<br/>shop.example\n"));
  // The login: the POST with the CSRF cookie, the 302 with the session cookie and where it sends.
  CHECK(has(d, "  b0->>s0: 4 · POST /accounts/login/<br/>Cookie: csrftoken="));
  CHECK(has(d, "  s0-->>b0: 302 Found<br/>Location: /accounts/profile/<br/>Set-Cookie: csrftoken="));
  CHECK(has(d, "<br/>Set-Cookie: sessionid="));
  CHECK(has(d, "#59; HttpOnly#59; Max-Age=1209600#59; Path=/#59; SameSite=Lax\n"));
  // A step that sends nothing is a note over its browser, with what it did.
  CHECK(has(d, "  Note over b0: 6 · alice · wait<br/>Time passes: 20m.\n"));
  // Long values are cut: a slide shows that there is a key, not the key.
  CHECK(has(d, "sessionid=oyv57nqrdg7x…"));
  std::size_t requests = 0, responses = 0;
  for (std::size_t p = d.find("->>"); p != std::string::npos; p = d.find("->>", p + 1)) ++requests;
  for (std::size_t p = d.find("-->>"); p != std::string::npos; p = d.find("-->>", p + 1)) ++responses;
  CHECK(requests - responses == 9);  // "->>" also matches inside "-->>"
  CHECK(responses == 9);
}

TEST_CASE("the sequence diagram marks a Set-Cookie the browser refused, in the reader's language", "[mermaid]") {
  CHECK(has(diagram("08-scope.toml", Lang::En), "Domain=blog.example#59; Path=/ ✗ refused (domain-mismatch)"));
  const std::string ko = diagram("08-scope.toml", Lang::Ko);
  CHECK(has(ko, "✗ 거부됨 (domain-mismatch)"));
  CHECK(has(ko, "(브라우저)"));
  CHECK(has(ko, "(서버)"));
}

TEST_CASE("the lesson notes embed the diagram", "[mermaid]") {
  scenario::LoadResult r = scenario::load_default_lesson();
  auto w = std::make_unique<sim::World>(*r.scenario);
  w->run_all();
  std::ostringstream notes, mermaid;
  report::write_markdown(notes, *w, Lang::En);
  report::write_mermaid(mermaid, *w, Lang::En);
  CHECK(has(notes.str(), "## The exchange at a glance\n\n```mermaid\n" + mermaid.str() + "```\n"));
}

// Transcripts: the same run gives the same bytes; jsonl is one object per exchange
// with the headers in order; the Korean transcript speaks Korean.
#include <catch2/catch.hpp>
#include <sstream>
#include "report/transcript.h"
#include "scenario/load.h"

using namespace cl;

namespace {

std::string transcript(report::Format f, Lang lang) {
  scenario::LoadResult r = scenario::load_default_lesson();
  REQUIRE(r.diagnostics.empty());
  sim::World w(*r.scenario);
  w.run_all();
  std::ostringstream out;
  report::write_transcript(out, w, f, lang);
  return out.str();
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the same lesson gives the same transcript twice", "[transcript]") {
  for (report::Format f : {report::Format::Text, report::Format::Jsonl, report::Format::Markdown}) {
    const std::string a = transcript(f, Lang::En);
    const std::string b = transcript(f, Lang::En);
    REQUIRE_FALSE(a.empty());
    CHECK(a == b);
  }
}

TEST_CASE("the text transcript shows the raw exchange and the state", "[transcript]") {
  const std::string t = transcript(report::Format::Text, Lang::En);
  CHECK(t.find("> GET ") != std::string::npos);
  CHECK(t.find("< HTTP/1.1 302 Found") != std::string::npos);
  CHECK(t.find("< Set-Cookie: sessionid=") != std::string::npos);
  CHECK(t.find("> Cookie: ") != std::string::npos);
  CHECK(t.find("Cookie jar of") != std::string::npos);
  CHECK(t.find("Session table of") != std::string::npos);
  CHECK(t.find("FAILED") == std::string::npos);
}

TEST_CASE("the Korean transcript uses Korean labels and narration", "[transcript]") {
  const std::string t = transcript(report::Format::Text, Lang::Ko);
  CHECK(t.find("쿠키 저장소") != std::string::npos);
  CHECK(t.find("세션") != std::string::npos);
  CHECK(t.find("What happened") == std::string::npos);
}

TEST_CASE("jsonl has one object per exchange with ordered headers", "[transcript]") {
  const std::string j = transcript(report::Format::Jsonl, Lang::En);
  scenario::LoadResult r = scenario::load_default_lesson();
  sim::World w(*r.scenario);
  w.run_all();
  std::size_t exchanges = 0;
  for (const sim::Step& s : w.timeline().steps()) exchanges += s.exchange ? 1 : 0;
  REQUIRE(count(j, "\n") == exchanges);
  std::istringstream lines(j);
  std::string line;
  while (std::getline(lines, line)) {
    CHECK(line.front() == '{');
    CHECK(line.back() == '}');
    // Host is always the first request header the browser writes.
    CHECK(line.find("\"request_headers\":[[\"Host\",") != std::string::npos);
    CHECK(line.find("\"status\":") != std::string::npos);
  }
  CHECK(j.find("\"outcome\":\"stored\"") != std::string::npos);
}

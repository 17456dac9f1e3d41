// Transcripts: the same run gives the same bytes; jsonl is one object per exchange
// with the headers in order; the Korean transcript speaks Korean.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include "report/body_text.h"
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

TEST_CASE("a failed form check lists a form without action as (이 페이지) in Korean", "[transcript]") {
  const char* toml = R"(
start = "2026-03-02T09:00:00Z"
title = { en = "Forms", ko = "폼" }
summary = { en = "A form that is not there.", ko = "없는 폼." }

[[server]]
name    = "site"
hosts   = ["site.example"]
profile = "stateless"

  [[server.route]]
  path    = "/forms/"
  headers = ["Content-Type: text/html; charset=utf-8"]
  body    = "<form method=\"post\"><input name=\"a\"></form><form action=\"/search/\"><input name=\"q\"></form>"

[[browser]]
name = "alice"

[[step]]
action = "visit"
url    = "http://site.example/forms/"

[[step]]
action = "submit"
form   = "/nope/"
)";
  scenario::LoadResult r = scenario::load_scenario_text(toml, "forms.toml");
  REQUIRE(r.diagnostics.empty());
  sim::World w(*r.scenario);
  w.run_all();
  std::ostringstream ko, en, text_ko, md_ko;
  CHECK(report::write_failures(ko, w, Lang::Ko) == 1);
  CHECK(ko.str() ==
        "forms.toml:23: 단계 2 (submit): form: 기대: 페이지에 action이 \"/nope/\"인 폼이 있음, "
        "실제: (이 페이지), /search/\n");
  report::write_failures(en, w, Lang::En);
  CHECK(en.str() ==
        "forms.toml:23: step 2 (submit): form: expected a form for /nope/ on the page, "
        "saw (this page), /search/\n");
  report::write_text(text_ko, w, Lang::Ko);
  CHECK(text_ko.str().find("실패 페이지에 action이 \"/nope/\"인 폼이 있음 — 실제: (이 페이지), /search/\n") !=
        std::string::npos);
  CHECK(text_ko.str().find("지금 페이지에 action이 \"/nope/\"인 폼이 없어 아무것도 보내지 않습니다.") !=
        std::string::npos);
  report::write_markdown(md_ko, w, Lang::Ko);
  CHECK(md_ko.str().find("(실제: (이 페이지), /search/)") != std::string::npos);
  CHECK(md_ko.str().find("this page") == std::string::npos);
}

TEST_CASE("jsonl carries both bodies, last, so the exchange can be replayed from it", "[transcript]") {
  scenario::LoadResult r =
      scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/03-what-cookies-are-for.toml");
  REQUIRE(r.diagnostics.empty());
  sim::World w(*r.scenario);
  w.run_all();
  std::ostringstream out;
  report::write_jsonl(out, w);
  std::istringstream lines(out.str());
  std::string line;
  bool post = false, gif = false;
  for (const sim::Step& s : w.timeline().steps()) {
    if (!s.exchange) continue;
    REQUIRE(std::getline(lines, line));
    const auto j = nlohmann::ordered_json::parse(line);
    // The four new keys end the object (the README's rule for new keys).
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    REQUIRE(keys.size() >= 4);
    CHECK(std::vector<std::string>(keys.end() - 4, keys.end()) ==
          std::vector<std::string>{"request_body", "request_body_encoding", "response_body", "response_body_encoding"});
    // Head (from the headers) and body give back the exchange's bytes.
    const std::string request = s.exchange->request_text();
    CHECK(request.substr(request.find("\r\n\r\n") + 4) == j["request_body"].get<std::string>());
    post = post || !j["request_body"].get<std::string>().empty();
    const std::string body = j["response_body"];
    if (j["response_body_encoding"] == "base64") {
      gif = true;
      CHECK(body == report::base64_encode(*s.exchange->response_body));
    } else {
      CHECK(body == *s.exchange->response_body);
    }
  }
  CHECK(post);
  CHECK(gif);
}

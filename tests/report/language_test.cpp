// A lesson run in Korean: the browsers ask for Korean, the sites answer in it, the
// checks read the Korean page, and the names shown are the Korean ones; each run is
// the same, byte for byte, and the English run is as it always was.
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include "report/transcript.h"
#include "scenario/load.h"
#include "sim/world.h"

using namespace cl;

namespace {
const char* kLesson = R"toml(
title = { en = "T", ko = "티" }
start = "2026-03-02T09:00:00Z"

[[server]]
name    = "shop"
hosts   = ["shop.example"]
profile = "django"
users   = [ { username = "alice", password = "wonderland", display = { en = "alice", ko = "앨리스" } } ]

[[browser]]
name    = "alice"
display = { en = "alice", ko = "앨리스" }

[[browser]]
name     = "tourist"
language = "ko"

[[step]]
action  = "visit"
browser = "alice"
url     = "http://shop.example/"
expect  = { page_contains = { en = "You are not logged in.", ko = "로그인하지 않았습니다." } }

[[step]]
action  = "visit"
browser = "alice"
url     = "http://shop.example/accounts/login/"

[[step]]
action  = "submit"
browser = "alice"
fields  = { username = "alice", password = "wonderland" }
expect = { logged_in = "alice", page_contains = { en = "Profile of alice", ko = "앨리스의 프로필" } }

[[step]]
action  = "visit"
browser = "tourist"
url     = "http://shop.example/"
expect  = { page_contains = { en = "You are not logged in.", ko = "로그인하지 않았습니다." } }
)toml";

std::unique_ptr<sim::World> run(Lang lang) {
  scenario::LoadResult r = scenario::load_scenario_text(kLesson, "t.toml");
  REQUIRE(r.diagnostics.empty());
  sim::WorldOptions o;
  o.lang = lang;
  auto w = std::make_unique<sim::World>(*r.scenario, o);
  w->run_all();
  return w;
}

std::string transcript(const sim::World& w, report::Format f, Lang lang) {
  std::ostringstream out;
  report::write_transcript(out, w, f, lang);
  return out.str();
}
}  // namespace

TEST_CASE("a Korean run asks for Korean pages and every check reads them", "[language]") {
  const auto ko_run = run(Lang::Ko), en_run = run(Lang::En);
  const sim::World &ko = *ko_run, &en = *en_run;
  for (const sim::World* w : {&ko, &en})
    for (const sim::Step& s : w->timeline().steps())
      for (const auto& c : s.checks) {
        INFO(c.what << " " << c.expected << " seen " << c.seen);
        CHECK(c.passed);
      }
  const auto& first_ko = *ko.timeline().step(0).exchange;
  CHECK(first_ko.request_text().find("Accept-Language: ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7\r\n") != std::string::npos);
  CHECK(first_ko.response_text().find("Content-Language: ko\r\n") != std::string::npos);
  // English sends none, and the site answers as it always did.
  const auto& first_en = *en.timeline().step(0).exchange;
  CHECK(first_en.request_text().find("Accept-Language") == std::string::npos);
  CHECK(first_en.response_text().find("Content-Language") == std::string::npos);
  // A browser whose language the lesson fixed asks for it in either run.
  const auto& tourist = *en.timeline().steps().back().exchange;
  CHECK(tourist.request_text().find("Accept-Language: ko-KR") != std::string::npos);
}

TEST_CASE("the transcripts name users and browsers as the learner's language does", "[language]") {
  const std::string text = transcript(*run(Lang::Ko), report::Format::Text, Lang::Ko);
  CHECK(text.find(" · 앨리스 · ") != std::string::npos);
  CHECK(text.find("앨리스의 쿠키 저장소") != std::string::npos);
  CHECK(text.find(" · 브라우저") == std::string::npos);  // the second browser has a name of its own
  CHECK(text.find("이 브라우저의 사용자가 앨리스 님으로 기록됩니다") != std::string::npos);
  CHECK(text.find("alice의") == std::string::npos);
  CHECK(text.find("통과 로그인한 사용자: 앨리스") != std::string::npos);  // the check compares usernames, tells names
  CHECK(text.find("사용자가 alice") == std::string::npos);
  // The typed username stays the account's.
  CHECK(text.find("username=alice&password=wonderland") != std::string::npos);
  const std::string english = transcript(*run(Lang::En), report::Format::Text, Lang::En);
  CHECK(english.find(" · alice · ") != std::string::npos);
  CHECK(english.find("앨리스") == std::string::npos);
}

TEST_CASE("a run in either language is the same twice, in every format", "[language]") {
  for (const Lang lang : {Lang::En, Lang::Ko})
    for (const auto f : {report::Format::Text, report::Format::Jsonl, report::Format::Markdown})
      CHECK(transcript(*run(lang), f, lang) == transcript(*run(lang), f, lang));
}

// Lesson notes (markdown) and the student's worksheet (--handout): pages folded, redirects
// named as redirects, answers never under their questions, and none at all in a worksheet
// unless the teacher's key is asked for.
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include "report/handout.h"
#include "report/transcript.h"
#include "scenario/load.h"

using namespace cl;

namespace {

// A World is neither copied nor moved (its servers hold SQLite handles).
std::unique_ptr<sim::World> run_lesson(const std::string& file = "") {
  scenario::LoadResult r = file.empty()
                               ? scenario::load_default_lesson()
                               : scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/" + file);
  REQUIRE(r.diagnostics.empty());
  auto w = std::make_unique<sim::World>(*r.scenario);
  w->run_all();
  return w;
}

std::string notes(const sim::World& w, Lang lang) {
  std::ostringstream out;
  report::write_markdown(out, w, lang);
  return out.str();
}

std::string handout(const sim::World& w, Lang lang, bool answers) {
  std::ostringstream out;
  report::write_handout(out, w, lang, answers);
  return out.str();
}

const scenario::Question& first_question(const sim::World& w) {
  for (const sim::Step& s : w.timeline().steps())
    if (s.question) return *s.question;
  FAIL("the built-in lesson asks no question");
  throw;
}

}  // namespace

TEST_CASE("lesson notes fold pages away and keep answers for the end", "[handout]") {
  const auto world = run_lesson();
  const sim::World& w = *world;
  const scenario::Question& q = first_question(w);
  for (Lang lang : {Lang::En, Lang::Ko}) {
    const std::string md = notes(w, lang);
    const std::string explanation = q.explanation.in(lang);
    const std::size_t answers = md.find(lang == Lang::En ? "\n## Answers\n" : "\n## 정답\n");
    REQUIRE(answers != std::string::npos);
    // The explanation appears once, after the heading of the answers.
    CHECK(md.find(explanation) > answers);
    CHECK(md.find(explanation) == md.rfind(explanation));
    CHECK(md.find(q.prompt.in(lang)) < answers);
    // Every page body is inside a <details> block: no HTML page outside one.
    std::size_t open = 0, folded = 0;
    for (std::size_t p = md.find("<!DOCTYPE html>"); p != std::string::npos; p = md.find("<!DOCTYPE html>", p + 1)) {
      const std::size_t d = md.rfind("<details>", p), e = md.rfind("</details>", p);
      if (d != std::string::npos && (e == std::string::npos || e < d)) ++folded;
      else ++open;
    }
    CHECK(folded > 0);
    CHECK(open == 0);
  }
}

TEST_CASE("a redirect the browser follows is named as one", "[handout]") {
  // Lesson 3 follows redirects after a login, a link and a cart; the built-in one stops at its redirect.
  const auto world = run_lesson("03-what-cookies-are-for.toml");
  const sim::World& w = *world;
  std::size_t redirects = 0;
  for (const sim::Step& s : w.timeline().steps()) redirects += s.exchange && s.exchange->redirect_follow;
  REQUIRE(redirects > 0);
  const std::string md = notes(w, Lang::En);
  std::size_t named = 0;
  for (std::size_t p = md.find("follow the redirect: GET"); p != std::string::npos;
       p = md.find("follow the redirect: GET", p + 1))
    ++named;
  CHECK(named == redirects);
  CHECK(md.find("submit a form: GET") == std::string::npos);
  CHECK(md.find("load an image of the page: GET https://tracker.example/pixel.gif") != std::string::npos);
  CHECK(notes(w, Lang::Ko).find("리다이렉트 따라가기: GET") != std::string::npos);
}

TEST_CASE("the worksheet asks without answering", "[handout]") {
  const auto world = run_lesson();
  const sim::World& w = *world;
  std::size_t questions = 0;
  for (const sim::Step& s : w.timeline().steps()) questions += s.question != nullptr;
  const scenario::Question& q = first_question(w);
  for (Lang lang : {Lang::En, Lang::Ko}) {
    const std::string sheet = handout(w, lang, false);
    CHECK(sheet.find(q.prompt.in(lang)) != std::string::npos);
    CHECK(sheet.find(q.explanation.in(lang)) == std::string::npos);
    CHECK(sheet.find(lang == Lang::En ? "## Answers" : "## 정답") == std::string::npos);
    const std::string space = lang == Lang::En ? "Your answer: ______" : "내 답: ______";
    std::size_t spaces = 0;
    for (std::size_t p = sheet.find(space); p != std::string::npos; p = sheet.find(space, p + 1)) ++spaces;
    CHECK(spaces == questions);
    // Only the lines a cookie lesson is about: the Cookie and Set-Cookie lines, not the rest.
    CHECK(sheet.find("Set-Cookie: sessionid=") != std::string::npos);
    CHECK(sheet.find("Cookie: csrftoken=") != std::string::npos);
    CHECK(sheet.find("User-Agent:") == std::string::npos);
    CHECK(sheet.find("<!DOCTYPE html>") == std::string::npos);
    // The teacher's key: the same sheet with the answers at the end.
    const std::string key = handout(w, lang, true);
    CHECK(key.starts_with(sheet));
    CHECK(key.find(q.explanation.in(lang)) > sheet.size() - 1);
  }
}

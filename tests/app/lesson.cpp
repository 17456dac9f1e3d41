#include <catch2/catch.hpp>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include "app/logic/actions.h"
#include "app/logic/lesson.h"
#include "app/logic/lesson_list.h"
#include "report/transcript.h"
#include "temp_dir.h"

using namespace cl;
using namespace cl::app;
namespace fs = std::filesystem;

namespace {

// Three visits to a scripted route that sets a cookie, then a wait; the second
// step asks a question.
const char* kScenario = R"(
start = "2026-03-02T09:00:00Z"
title = { en = "Test", ko = "테스트" }

[[server]]
name    = "shop"
hosts   = ["shop.example"]
profile = "stateless"

  [[server.route]]
  path    = "/set"
  headers = ["Set-Cookie: lang=ko; Path=/"]
  body    = "<title>Set</title><p>set</p>"

[[step]]
action = "visit"
url    = "http://shop.example/"
say    = { en = "First.", ko = "첫째." }

[[step]]
action = "visit"
url    = "http://shop.example/set"

  [step.question]
  prompt  = { en = "Stored?", ko = "저장?" }
  choices = [ { en = "Yes", ko = "예" }, { en = "No", ko = "아니요" } ]
  answer  = 1
  explain = { en = "Set-Cookie.", ko = "Set-Cookie." }

[[step]]
action = "visit"
url    = "http://shop.example/"

[[step]]
action   = "wait"
duration = "1h"
)";

std::size_t jar_size(const sim::Snapshot& s) { return s.browsers.empty() ? 0 : s.browsers[0]->jar.size(); }

}  // namespace

TEST_CASE("a lesson steps forward and back through the timeline", "[lesson]") {
  cl::test::TempDir tmp("app-lesson");
  Lesson lesson;
  REQUIRE(lesson.open_file(tmp.write("t.toml", kScenario)));
  REQUIRE(lesson.count() >= 4);
  CHECK(lesson.position() == 1);  // a lesson opens on its first step
  REQUIRE(lesson.step() != nullptr);
  CHECK(lesson.step()->narration->en == "First.");

  SECTION("next, back, first, last and clamping") {
    lesson.last();
    CHECK(lesson.position() == lesson.count());
    lesson.next();
    CHECK(lesson.position() == lesson.count());
    lesson.first();
    CHECK(lesson.position() == 0);
    CHECK(lesson.step() == nullptr);
    lesson.back();
    CHECK(lesson.position() == 0);
    lesson.go_to(100000);
    CHECK(lesson.position() == lesson.count());
  }
  SECTION("stepping back restores the exact earlier state") {
    lesson.go_to(3);
    const sim::Snapshot at3 = lesson.after();
    CHECK(jar_size(at3) == 1);
    lesson.first();
    CHECK(jar_size(lesson.after()) == 0);
    lesson.go_to(3);
    CHECK(lesson.after().now == at3.now);
    CHECK(lesson.after().browsers[0]->jar == at3.browsers[0]->jar);
  }
  SECTION("every move changes the version panels key their caches on") {
    auto v = lesson.version();
    lesson.next();
    CHECK(lesson.version() != v);
    v = lesson.version();
    lesson.go_to(lesson.position());
    CHECK(lesson.version() == v);
  }
  SECTION("a question hides the outcome until answered, and counts in the score") {
    lesson.go_to(2);
    REQUIRE(lesson.question() != nullptr);
    CHECK(lesson.outcome_hidden());
    CHECK(jar_size(lesson.after()) == 0);  // the Set-Cookie is not shown yet
    lesson.answer(5);                      // not a choice: ignored
    CHECK(lesson.outcome_hidden());
    lesson.answer(1);  // "No": wrong
    CHECK_FALSE(lesson.outcome_hidden());
    CHECK(jar_size(lesson.after()) == 1);
    lesson.answer(0);  // the first answer counts
    CHECK(lesson.answer_of(2) == std::optional<int>(1));
    QuizScore s = lesson.score();
    CHECK(s.questions == 1);
    CHECK(s.answered == 1);
    CHECK(s.correct == 0);
  }
  SECTION("play advances by speed and stops at a waiting question") {
    lesson.first();
    lesson.set_speed(2);
    lesson.toggle_play();
    CHECK(lesson.playing());
    lesson.tick(0.25);
    CHECK(lesson.position() == 0);
    lesson.tick(0.25);
    CHECK(lesson.position() == 1);
    lesson.tick(5);
    CHECK(lesson.position() == 2);  // the question stops it
    CHECK_FALSE(lesson.playing());
  }
  SECTION("the learner's action replaces the future") {
    lesson.go_to(1);
    const std::size_t before = lesson.count();
    lesson.perform(visit_step("browser", "http://shop.example/set"));
    CHECK(lesson.position() == lesson.count());
    CHECK(lesson.count() == 2);
    CHECK(lesson.count() < before);
    CHECK(jar_size(lesson.after()) == 1);
  }
}

TEST_CASE("a broken file shows its errors and keeps the open lesson", "[lesson]") {
  cl::test::TempDir tmp("app-lesson");
  Lesson lesson;
  const std::string good = tmp.write("good.toml", kScenario);
  REQUIRE(lesson.open_file(good));
  lesson.go_to(3);
  const std::size_t count = lesson.count();
  SECTION("a file with a mistake") {
    CHECK_FALSE(lesson.open_file(tmp.write("bad.toml", "title = 3\n[[step]]\naction = \"fly\"\n")));
    REQUIRE_FALSE(lesson.errors().empty());
    CHECK(lesson.errors()[0].line > 0);
    CHECK(lesson.path() == good);
    CHECK(lesson.count() == count);
    CHECK(lesson.position() == 3);
    lesson.dismiss_errors();
    CHECK(lesson.errors().empty());
  }
  SECTION("a missing file") {
    CHECK_FALSE(lesson.open_file((tmp.dir / "missing.toml").string()));
    CHECK_FALSE(lesson.errors().empty());
    CHECK(lesson.loaded());
  }
  SECTION("the file changes on disk: reloaded, position kept; broken: errors, lesson kept") {
    CHECK_FALSE(lesson.reload_if_changed());
    std::string changed = kScenario;
    changed += "\n[[step]]\naction = \"visit\"\nurl = \"http://shop.example/\"\n";
    tmp.write("good.toml", changed);
    CHECK(lesson.reload_if_changed());
    CHECK(lesson.errors().empty());
    CHECK(lesson.count() == count + 1);
    CHECK(lesson.position() == 3);
    tmp.write("good.toml", "this is not toml [");
    CHECK(lesson.reload_if_changed());
    CHECK_FALSE(lesson.errors().empty());
    CHECK(lesson.count() == count + 1);
    CHECK_FALSE(lesson.reload_if_changed());  // not re-read every frame
  }
}

TEST_CASE("the built-in lesson opens", "[lesson]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  CHECK(lesson.path().empty());
  CHECK(lesson.count() > 0);
}

TEST_CASE("the lesson picker lists the course", "[lesson]") {
  auto lessons = list_lessons(COOKIELAB_SOURCE_DIR "/scenarios");
  REQUIRE(lessons.size() >= 3);
  for (const auto& l : lessons) {
    INFO(l.path);
    CHECK_FALSE(l.broken);
    CHECK_FALSE(l.title.en.empty());
    CHECK(l.steps > 0);
    CHECK(l.level >= 1);
  }
  CHECK(lessons[0].path < lessons[1].path);
  CHECK(list_lessons("/nonexistent-dir").empty());
}

TEST_CASE("typing in the login form and submitting it logs the learner in", "[lesson]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  lesson.go_to(2);  // the login page is shown
  const sim::BrowserState& b = *lesson.after().browsers.at(0);
  REQUIRE_FALSE(b.page().forms.empty());
  // As the browser panel does: every field of the form, hidden ones as they are.
  http::FormFields fields;
  for (const auto& input : b.page().forms[0].inputs) {
    if (input.type == "submit") continue;
    std::string value = input.value;
    if (input.name == "username") value = "bob";
    if (input.name == "password") value = "builder";
    fields.emplace_back(input.name, value);
  }
  lesson.perform(submit_step(b.name, b.page().forms[0].action, fields));
  CHECK(lesson.position() == lesson.count());
  bool bob_has_a_session = false;
  for (const auto& [key, row] : lesson.after().servers.at(0)) bob_has_a_session |= row && row->user == "bob";
  CHECK(bob_has_a_session);
  SECTION("stepping back before the login forgets it") {
    lesson.go_to(2);
    for (const auto& [key, row] : lesson.after().servers.at(0)) CHECK((!row || row->user != "bob"));
  }
}

TEST_CASE("the sequence shows no step past a waiting question", "[lesson]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/01-http-forgets.toml"));
  // The positions (1-based) of the steps that ask.
  std::vector<std::size_t> asks;
  for (std::size_t p = 1; p <= lesson.count(); ++p)
    if (lesson.world()->timeline().step(p - 1).question) asks.push_back(p);
  REQUIRE(asks.size() >= 2);
  const std::size_t q = asks[0];
  SECTION("before the first question: rows up to it, its outcome hidden") {
    lesson.go_to(q - 1);
    CHECK(lesson.revealed() == q);
    CHECK_FALSE(lesson.row_outcome_hidden(q - 2));
    CHECK(lesson.row_outcome_hidden(q - 1));
  }
  SECTION("at the question: the current row is the last, without its outcome") {
    lesson.go_to(q);
    CHECK(lesson.unanswered(q));
    CHECK(lesson.revealed() == q);
    CHECK(lesson.row_outcome_hidden(q - 1));
  }
  SECTION("answered: the rows open up to the next question") {
    lesson.go_to(q);
    lesson.answer(0);
    CHECK_FALSE(lesson.unanswered(q));
    CHECK_FALSE(lesson.row_outcome_hidden(q - 1));
    CHECK(lesson.revealed() == asks[1]);
  }
  SECTION("past an unanswered question the learner skipped: its row shows (later state tells anyway)") {
    lesson.go_to(q + 1);
    CHECK(lesson.unanswered(q));
    CHECK_FALSE(lesson.row_outcome_hidden(q - 1));
    CHECK(lesson.revealed() >= q + 1);
  }
  SECTION("every question answered: every row") {
    for (std::size_t p : asks) {
      lesson.go_to(p);
      lesson.answer(0);
    }
    lesson.go_to(1);
    CHECK(lesson.revealed() == lesson.count());
  }
  SECTION("positions outside the timeline ask nothing") {
    CHECK_FALSE(lesson.unanswered(0));
    CHECK_FALSE(lesson.unanswered(lesson.count() + 1));
  }
}

TEST_CASE("the login form's checkbox sends remember=on only when checked", "[lesson]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/01-http-forgets.toml"));
  lesson.go_to(2);  // the login page
  const sim::BrowserState& b = *lesson.after().browsers.at(0);
  REQUIRE_FALSE(b.page().forms.empty());
  const page::Form form = b.page().forms[0];
  const std::string name = b.name;
  http::FormFields fields = initial_fields(form);
  const std::size_t position = lesson.position();
  auto body_sent = [&](const http::FormFields& edited) {
    lesson.go_to(position);
    lesson.perform(submit_step(name, form.action, submitted_fields(form, edited)));
    REQUIRE(lesson.step());
    REQUIRE(lesson.step()->exchange);
    return lesson.step()->exchange->request_text();
  };
  CHECK(body_sent(fields).find("remember") == std::string::npos);
  for (std::size_t i = 0; i < form.inputs.size(); ++i)
    if (form.inputs[i].type == "checkbox") fields[i].second = checkbox_value(form.inputs[i]);
  CHECK(body_sent(fields).find("remember=on") != std::string::npos);
}

TEST_CASE("a lesson prepared with deferred hashes shows the steps ready, then the same run in full", "[lesson]") {
  // Passwords no other test hashes, so the process has not remembered them.
  const char* text = R"(
start = "2026-03-02T09:00:00Z"
title = { en = "Deferred", ko = "나중에" }
seed  = 7
[[server]]
name    = "shop"
hosts   = ["shop.example"]
profile = "django"
users   = [ { username = "carol", password = "deferred-carol-7" } ]
[[browser]]
name = "carol"
[[step]]
action = "visit"
url    = "http://shop.example/accounts/login/"
[[step]]
action = "submit"
fields = { username = "carol", password = "deferred-wrong-7" }
[[step]]
action = "submit"
fields = { username = "carol", password = "deferred-carol-7" }
)";
  Lesson deferred;
  deferred.defer_hashes = true;
  REQUIRE(deferred.open_loaded(scenario::load_scenario_text(text, "deferred.toml"), ""));
  // The server's user needs its hash before the World exists: nothing is ready.
  CHECK(deferred.preparing());
  CHECK_FALSE(deferred.loaded());
  CHECK(deferred.count() == 0);
  REQUIRE(deferred.hash_requests().size() == 1);
  CHECK(deferred.hash_requests()[0].password == "deferred-carol-7");
  deferred.go_to(3);                // asked for before it is ready: gone to once it is
  CHECK_FALSE(deferred.prepare());  // nothing new remembered: nothing further
  const auto remember_all = [&] {
    for (const server::HashRequest& r : std::vector<server::HashRequest>(deferred.hash_requests()))
      server::remember_hash(r, server::compute_hash(r));
  };
  remember_all();
  CHECK(deferred.prepare());
  // The login page is ready; the wrong password's check waits for its hash.
  CHECK(deferred.preparing());
  CHECK(deferred.progress().ready == 1);
  CHECK(deferred.progress().total == 3);
  CHECK(deferred.count() == 1);
  CHECK(deferred.position() == 1);
  REQUIRE(deferred.hash_requests().size() == 1);
  CHECK(deferred.hash_requests()[0].password == "deferred-wrong-7");
  remember_all();
  CHECK(deferred.prepare());
  CHECK_FALSE(deferred.preparing());
  CHECK(deferred.hash_requests().empty());

  // The same run as a lesson opened without deferring, step by step.
  Lesson direct;
  REQUIRE(direct.open_loaded(scenario::load_scenario_text(text, "deferred.toml"), ""));
  REQUIRE(deferred.count() == direct.count());
  CHECK(deferred.position() == 3);
  const auto transcript = [](const sim::World& world) {
    std::ostringstream out;
    report::write_transcript(out, world, report::Format::Jsonl, Lang::En);
    return out.str();
  };
  CHECK(transcript(*deferred.world()) == transcript(*direct.world()));
}

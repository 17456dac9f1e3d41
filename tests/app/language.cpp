#include <catch2/catch.hpp>

#include <string>
#include "app/logic/actions.h"
#include "app/logic/lesson.h"

using namespace cl;
using namespace cl::app;

namespace {
const std::string& request_at(const Lesson& l, std::size_t position) {
  return l.world()->timeline().step(position - 1).exchange->request_text();
}
bool asks_korean(const std::string& request) {
  return request.find("\r\nAccept-Language: ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7\r\n") != std::string::npos;
}
}  // namespace

TEST_CASE("switching the language runs the lesson again in it, at the same step", "[language]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  const std::size_t steps = lesson.count();
  lesson.go_to(5);
  CHECK_FALSE(asks_korean(request_at(lesson, 5)));
  const std::uint64_t generation = lesson.generation();

  CHECK(lesson.set_language(Lang::Ko));
  CHECK(lesson.generation() != generation);  // the panels rebuild what they cached
  CHECK(lesson.position() == 5);
  CHECK(lesson.count() == steps);
  CHECK(asks_korean(request_at(lesson, 5)));
  CHECK(lesson.world()->timeline().step(4).exchange->response_text().find("앨리스의 프로필") != std::string::npos);
  CHECK_FALSE(lesson.set_language(Lang::Ko));  // the same language: nothing to do

  // A lesson opened later opens in the language chosen.
  REQUIRE(lesson.open_default());
  CHECK(asks_korean(request_at(lesson, 1)));

  CHECK(lesson.set_language(Lang::En));
  CHECK(lesson.position() == 1);
  CHECK_FALSE(asks_korean(request_at(lesson, 1)));
}

TEST_CASE("switching the language keeps the answers and the learner's own path", "[language]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  lesson.go_to(1);
  REQUIRE(lesson.question());
  lesson.answer(2);
  lesson.go_to(2);
  lesson.perform(browser_step("alice", scenario::Action::Close));
  REQUIRE(lesson.on_own_path());
  const std::size_t fork = lesson.own_path_fork();
  const std::size_t position = lesson.position();

  CHECK(lesson.set_language(Lang::Ko));
  CHECK(lesson.answer_of(1) == 2);
  CHECK(lesson.on_own_path());
  CHECK(lesson.own_path_fork() == fork);
  CHECK(lesson.own_path_actions() == 1);
  CHECK(lesson.position() == position);
  CHECK(asks_korean(request_at(lesson, 2)));  // the path's replayed lesson steps ask in Korean too
  lesson.undo();
  CHECK_FALSE(lesson.on_own_path());
  CHECK(lesson.position() == fork);
}

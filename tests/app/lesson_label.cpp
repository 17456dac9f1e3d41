#include <catch2/catch.hpp>
#include "app/logic/lesson_label.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("the lesson picker numbers the lessons from their file names", "[lesson_label]") {
  CHECK(lesson_number("scenarios/04-sessions.toml") == "4");
  CHECK(lesson_number("/a/b/10-server-expiry.toml") == "10");
  CHECK(lesson_number("09a-hijacking-and-fixation.toml") == "9a");
  CHECK(lesson_number("scenarios/my-lesson.toml") == "");
  CHECK(lesson_number("00-intro.toml") == "0");
  LessonInfo info;
  info.path = "scenarios/04-sessions.toml";
  info.title = {"Sessions: how the server remembers you", "세션: 서버가 나를 기억하는 방법"};
  CHECK(lesson_label(info, Lang::En) == "4 · Sessions: how the server remembers you");
  CHECK(lesson_label(info, Lang::Ko) == "4 · 세션: 서버가 나를 기억하는 방법");
  info.path = "mine.toml";
  CHECK(lesson_label(info, Lang::En) == "Sessions: how the server remembers you");
}

TEST_CASE("every lesson of the course has a number", "[lesson_label]") {
  for (const LessonInfo& l : list_lessons(COOKIELAB_SOURCE_DIR "/scenarios")) {
    INFO(l.path);
    CHECK_FALSE(lesson_number(l.path).empty());
  }
}

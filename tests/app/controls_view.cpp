#include <catch2/catch.hpp>
#include "app/logic/controls_view.h"
#include "app/logic/lesson.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("the bottom bar shows the scale in use", "[controls]") {
  CHECK(scale_label(1.0f) == "100%");
  float scale = 1.0f;
  for (int i = 0; i < 2; ++i) scale += 0.1f;  // Ctrl+ twice, as the window adds it
  CHECK(scale_label(scale) == "120%");
  for (int i = 0; i < 8; ++i) scale += 0.1f;
  CHECK(scale_label(scale) == "200%");
  CHECK(scale_label(0.6f) == "60%");
}

TEST_CASE("Play at a waiting question says why it does not start", "[controls]") {
  Lesson lesson;
  REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/04-sessions.toml"));
  std::size_t asking = 0;
  for (std::size_t p = 1; p <= lesson.count() && !asking; ++p)
    if (lesson.unanswered(p)) asking = p;
  REQUIRE(asking > 0);
  lesson.go_to(asking);
  REQUIRE(play_refusal(lesson) == Ui::AnswerFirst);
  CHECK(tr(*play_refusal(lesson), Lang::En) == "Answer the question first");
  CHECK(tr(*play_refusal(lesson), Lang::Ko) == "먼저 질문에 답해 주세요");
  // Play would stop at once: the refusal is the reason the learner sees.
  lesson.toggle_play();
  lesson.tick(5.0);
  CHECK_FALSE(lesson.playing());
  CHECK(lesson.position() == asking);
  SECTION("once answered, Play runs") {
    lesson.answer(0);
    CHECK_FALSE(play_refusal(lesson));
  }
  SECTION("a step without a waiting question lets Play run") {
    lesson.go_to(asking - 1);
    CHECK_FALSE(play_refusal(lesson));
  }
}

#include <catch2/catch.hpp>
#include <cstddef>
#include "app/logic/ui_text.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("every label has an English and a Korean text", "[ui_text]") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Ui::Count); ++i) {
    const Ui id = static_cast<Ui>(i);
    INFO("label " << i);
    CHECK_FALSE(tr(id, Lang::En).empty());
    CHECK_FALSE(tr(id, Lang::Ko).empty());
  }
  SECTION("the languages differ where words are translated") {
    CHECK(tr(Ui::CookieJar, Lang::En) == "Cookie jar");
    CHECK(tr(Ui::CookieJar, Lang::Ko) == "쿠키 저장소");
    CHECK(tr(Ui::Next, Lang::Ko) == "다음");
  }
  SECTION("the step counter keeps its two %d in both languages") {
    for (Lang l : {Lang::En, Lang::Ko}) {
      auto s = tr(Ui::StepOf, l);
      auto first = s.find("%d");
      REQUIRE(first != std::string_view::npos);
      CHECK(s.find("%d", first + 2) != std::string_view::npos);
    }
  }
}

TEST_CASE("the Sequence's notes are in the learner's language", "[ui_text]") {
  using scenario::Action;
  SECTION("every action has a label in both languages, none the file's snake_case word") {
    for (std::size_t i = 0; i < static_cast<std::size_t>(Action::Count); ++i) {
      const auto a = static_cast<Action>(i);
      INFO(scenario::action_name(a));
      CHECK_FALSE(action_label(a, Lang::En).empty());
      CHECK_FALSE(action_label(a, Lang::Ko).empty());
      CHECK(action_label(a, Lang::En).find('_') == std::string_view::npos);
      CHECK(action_label(a, Lang::Ko) != action_label(a, Lang::En));
    }
    CHECK(action_label(Action::CopyCookie, Lang::Ko) == "쿠키 복사");
  }
  SECTION("durations") {
    CHECK(duration_label(20 * kMinute, Lang::En) == "20m");
    CHECK(duration_label(20 * kMinute, Lang::Ko) == "20분");
    CHECK(duration_label(kHour + 30 * kMinute, Lang::Ko) == "1시간 30분");
    CHECK(duration_label(2 * kDay + 5 * kSecond, Lang::Ko) == "2일 5초");
    CHECK(duration_label(0, Lang::Ko) == "0초");
    CHECK(duration_label(-kHour, Lang::Ko) == "-1시간");
  }
  SECTION("time left: two units, a sign, and never for a session kept for ever") {
    const TimeMs now = *parse_iso8601("2026-03-02T09:00:00Z");
    CHECK(time_left(now + 29 * kDay + 23 * kHour + 5 * kMinute, now, Lang::En) == "+29d 23h");
    CHECK(time_left(now + 29 * kDay + 23 * kHour + 5 * kMinute, now, Lang::Ko) == "+29일 23시간");
    CHECK(time_left(now - 5 * kMinute, now, Lang::En) == "-5m");
    const TimeMs express_never = *parse_iso8601("9999-12-31T23:59:59Z");
    CHECK(session_time_left(express_never, now, Lang::En) == "never");
    CHECK(session_time_left(express_never, now, Lang::Ko) == "만료 없음");
    CHECK(session_time_left(now + 14 * kDay, now, Lang::Ko) == "+14일");
  }
  SECTION("a wait says how long, in each language's order") {
    CHECK(action_note(Action::Wait, 20 * kMinute, Lang::En) == "wait 20m");
    CHECK(action_note(Action::Wait, 20 * kMinute, Lang::Ko) == "20분 대기");
    CHECK(action_note(Action::SetCookie, 0, Lang::Ko) == "쿠키 직접 설정");
    CHECK(action_note(Action::Close, 5 * kMinute, Lang::En) == "close browser");  // only a wait has a span
  }
  SECTION("the title bar names the built-in lesson in Korean with 레슨") {
    CHECK(tr(Ui::BuiltInLesson, Lang::Ko) == "기본 레슨");
    CHECK(tr(Ui::Lessons, Lang::Ko) == "레슨");
  }
}

TEST_CASE("the words of the panels follow the learner's language", "[ui_text]") {
  SECTION("what became of a Set-Cookie line") {
    CHECK(tr(outcome_label(cookie::SetOutcome::Stored), Lang::Ko) == "저장됨");
    CHECK(tr(outcome_label(cookie::SetOutcome::Replaced), Lang::Ko) == "교체됨");
    CHECK(tr(outcome_label(cookie::SetOutcome::Deleted), Lang::Ko) == "삭제됨");
    CHECK(tr(outcome_label(cookie::SetOutcome::Ignored), Lang::Ko) == "무시됨");
    CHECK(tr(outcome_label(cookie::SetOutcome::Deleted), Lang::En) == "deleted");
  }
  SECTION("the browser's own page when nobody answers") {
    CHECK(cant_reach_title("nowhere.example", Lang::En) == "Can't reach nowhere.example");
    CHECK(cant_reach_title("nowhere.example", Lang::Ko) == "nowhere.example에 연결할 수 없음");
    CHECK(cant_reach_text("nowhere.example", Lang::Ko) == "이 레슨에는 nowhere.example에 응답하는 서버가 없습니다.");
  }
  SECTION("the speed slider's format keeps its one %.2f") {
    for (Lang l : {Lang::En, Lang::Ko}) {
      const auto s = tr(Ui::SpeedFormat, l);
      CHECK(s.find("%.2f") != std::string_view::npos);
      CHECK(s.find('%', s.find("%.2f") + 1) == std::string_view::npos);
    }
  }
}

TEST_CASE("checks that speak of several timeline steps say so", "[ui_text]") {
  CHECK(checks_heading(5, 5, Lang::En) == "Checks");
  CHECK(checks_heading(13, 14, Lang::En) == "Checks (whole step: 13-14)");
  CHECK(checks_heading(13, 14, Lang::Ko) == "확인 (단계 전체: 13~14)");
}

TEST_CASE("the score tells skipped questions from wrong answers", "[ui_text]") {
  CHECK(score_line(3, 4, 4, Lang::En) == "Score: 3 / 4");
  CHECK(score_line(0, 1, 4, Lang::En) == "Score: 0 / 4 (3 not answered)");
  CHECK(score_line(0, 0, 4, Lang::Ko) == std::string(tr(Ui::Score, Lang::Ko)) + ": 0 / 4 (답하지 않은 질문 4개)");
}

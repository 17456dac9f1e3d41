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

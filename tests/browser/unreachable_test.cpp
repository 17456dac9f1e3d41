#include <catch2/catch.hpp>
#include "browser/fetch.h"

using namespace cl;

TEST_CASE("the browser's own 'can't reach' page is in the language it asks the sites for", "[browser]") {
  const http::Url url = http::parse_url("http://nowhere.example/").url.value();
  CHECK(agent::unreachable_page(url).title == "Can't reach nowhere.example");
  CHECK(agent::unreachable_page(url, Lang::Ko).title == "nowhere.example에 연결할 수 없음");
  CHECK(agent::unreachable_page(url, Lang::Ko).blocks.at(0).text ==
        "이 레슨에는 nowhere.example에 응답하는 서버가 없습니다.");
}

#include <catch2/catch.hpp>
#include "scenario/load.h"
#include "scenario/names.h"

using namespace cl;
using namespace cl::scenario;

TEST_CASE("display names, a browser's language and a page text per language are read", "[display]") {
  const LoadResult r = load_scenario_text(R"toml(title = { en = "T", ko = "티" }
[[server]]
name  = "shop"
hosts = ["shop.example"]
users = [ { username = "bob", password = "x", display = { en = "Bob", ko = "밥" } }, { username = "eve", password = "y" } ]
[[browser]]
name     = "bob"
display  = { en = "Bob's laptop", ko = "밥의 노트북" }
language = "en"
[[browser]]
name = "browser"
[[step]]
action  = "visit"
browser = "bob"
url     = "http://shop.example/"
expect  = { page_contains = { en = "Hello", ko = "안녕하세요" } }
[[step]]
action  = "visit"
browser = "bob"
url     = "http://shop.example/"
expect  = { page_contains = "shop" }
)toml",
                                          "t.toml");
  for (const auto& d : r.diagnostics) INFO(d.to_string());
  REQUIRE(r.diagnostics.empty());
  const Scenario& s = *r.scenario;
  CHECK(user_shown(s, 0, "bob", Lang::Ko) == "밥");
  CHECK(user_shown(s, 0, "bob", Lang::En) == "Bob");
  CHECK(user_shown(s, 0, "eve", Lang::Ko) == "eve");           // no display: the username
  CHECK(user_shown(s, -1, "mallory", Lang::Ko) == "mallory");  // nobody's: as typed
  CHECK(browser_shown(s, 0, Lang::Ko) == "밥의 노트북");
  CHECK(s.browsers[0].language == "en");
  CHECK(s.browsers[1].language.empty());               // follows the learner
  CHECK(browser_shown(s, 1, Lang::Ko) == "브라우저");  // the word, shown in Korean ...
  CHECK(browser_shown(s, 1, Lang::En) == "browser");
  CHECK(s.browsers[1].name == "browser");  // ... the identifier stays
  CHECK(*s.steps[0].expect.page_contains == "Hello");
  CHECK(s.steps[0].expect.page_contains_ko == "안녕하세요");
  CHECK(*s.steps[1].expect.page_contains == "shop");
  CHECK(s.steps[1].expect.page_contains_ko.empty());
}

TEST_CASE("a browser's language is en or ko; a display name needs both", "[display]") {
  const LoadResult r = load_scenario_text(R"toml(title = { en = "T", ko = "티" }
[[browser]]
name     = "a"
language = "fr"
display  = { en = "A" }
[[step]]
action = "visit"
url    = "http://x.example/"
)toml",
                                          "t.toml");
  std::vector<std::string> d;
  for (const auto& x : r.diagnostics) d.push_back(x.to_string());
  REQUIRE(d.size() == 2);
  CHECK(d[0] == "t.toml:4:12: browser 1: language: unknown language \"fr\"; allowed: en, ko");
  CHECK(d[1].find("display") != std::string::npos);
}

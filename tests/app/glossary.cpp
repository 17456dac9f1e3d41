#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "app/logic/glossary.h"

using namespace cl;
using namespace cl::app;

namespace {

// The English terms of the entries a text uses, in order.
std::vector<std::string> terms(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i : glossary_terms_in(text)) out.push_back(glossary()[i].term);
  return out;
}
std::vector<std::string> found(std::string_view query) {
  std::vector<std::string> out;
  for (std::size_t i : search_glossary(query)) out.push_back(glossary()[i].term);
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("glossary: the terms a Korean student asked for, each with a Korean name", "[glossary]") {
  const char* ko[] = {"비연결성",  "세션 ID",       "쿠키 저장소", "공개 접미사",
                      "세션 고정", "세션 하이재킹", "인증",        "사이트 간 요청 위조"};
  for (const char* k : ko) {
    bool present = false;
    for (const GlossaryEntry& e : glossary()) present = present || std::string(e.term_ko) == k;
    CHECK(present);
  }
  for (const GlossaryEntry& e : glossary()) {
    INFO(e.term);
    // Every definition names where it comes from, an RFC or Django, but for the words of the course.
    const std::string en = e.definition.en;
    const bool cited = en.find("RFC") != std::string::npos || en.find("Django") != std::string::npos;
    const std::string t = e.term;
    CHECK((cited || t == "cookie" || t == "session"));
  }
}

TEST_CASE("glossary: which terms a narration uses", "[glossary]") {
  SECTION("English: whole words, plural allowed, the longest of overlapping terms") {
    CHECK(terms("The browser keeps the session ID in its cookie jar.") ==
          std::vector<std::string>{"session ID", "cookie jar"});
    CHECK(terms("Two cookies go back in the Cookie header.") == std::vector<std::string>{"cookie", "Cookie header"});
    CHECK(terms("A new session starts; session fixation is stopped.") ==
          std::vector<std::string>{"session", "session fixation"});
  }
  SECTION("English: not inside other words, attribute names only as written") {
    CHECK(terms("Set-Cookie arrives") == std::vector<std::string>{"Set-Cookie"});  // not "cookie"
    CHECK(terms("cookielab sessions") == std::vector<std::string>{"session"});     // not "cookie"
    CHECK(terms("a subsession, an unauthentication") == std::vector<std::string>{});
    CHECK(terms("the path of the URL expires") == std::vector<std::string>{});  // not Path, not Expires
    CHECK(terms("Path=/docs; Domain=example.com") == std::vector<std::string>{"Path", "Domain"});
    CHECK(terms("a CSRF attack; csrf is not the attribute") == std::vector<std::string>{"CSRF"});
  }
  SECTION("Korean: substrings, so particles may follow") {
    CHECK(terms("브라우저는 세션 ID를 쿠키 저장소에 보관합니다.") ==
          std::vector<std::string>{"session ID", "cookie jar"});
    CHECK(terms("Domain=co.kr은 공개 접미사라서 거부됩니다.") == std::vector<std::string>{"Domain", "public suffix"});
    CHECK(terms("세션 고정 공격을 막으려면 로그인할 때 세션 키를 바꿉니다.") ==
          std::vector<std::string>{"session fixation", "authentication", "session ID"});
    CHECK(terms("세션이 만들어졌습니다") == std::vector<std::string>{"session"});
  }
  SECTION("nothing to find") {
    CHECK(glossary_terms_in("").empty());
    CHECK(glossary_terms_in("HTTP/1.1 200 OK").empty());
  }
}

TEST_CASE("glossary: search by either name and by the definitions", "[glossary]") {
  CHECK(found("").size() == glossary().size());
  CHECK(found("fixation").front() == "session fixation");
  CHECK(found("  세션 고정 ").front() == "session fixation");  // spaces around are not the query
  CHECK(found("samesite").front() == "SameSite");              // ASCII case ignored
  SECTION("a term before the entries that only mention it") {
    const auto r = found("세션");
    REQUIRE(r.size() > 3);
    CHECK(r.front() == "session cookie");  // in glossary order among the term matches
    CHECK(has(r, "session"));
    CHECK(has(r, "session ID"));
    CHECK(has(r, "HttpOnly"));  // "세션 키" in its definition
    const auto pos = [&](const std::string& t) { return std::find(r.begin(), r.end(), t) - r.begin(); };
    CHECK(pos("session hijacking") < pos("HttpOnly"));
  }
  SECTION("Korean inside a definition") {
    CHECK(has(found("접미사"), "public suffix"));
    CHECK(has(found("cycle_key"), "session fixation"));
    CHECK(has(found("co.kr"), "public suffix"));
  }
  CHECK(found("no such word anywhere").empty());
  CHECK(glossary_heading(glossary()[search_glossary("fixation").front()], Lang::Ko) == "세션 고정 (session fixation)");
  CHECK(glossary_heading(glossary()[search_glossary("fixation").front()], Lang::En) == "session fixation");
}

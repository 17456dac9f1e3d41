// The sentences of sim/explain.cpp: what a Korean reader sees for a stored cookie,
// a form or link the page lacks.
#include <catch2/catch.hpp>
#include "http/url.h"
#include "sim/explain.h"

using namespace cl;

namespace {

cookie::SetDecision set(std::string_view line, TimeMs now) {
  cookie::CookieJar jar;
  cookie::RequestContext ctx;
  ctx.url = *http::parse_url("http://shop.example/").url;
  return jar.set_cookie(ctx, line, now);
}

}  // namespace

TEST_CASE("a stored cookie's lifetime: ISO 8601 in English, a Korean date in Korean, both UTC", "[explain]") {
  const TimeMs now = *parse_iso8601("2027-03-01T08:00:02Z");
  const Bilingual d = sim::describe_decision(set("theme=dark; Path=/; Max-Age=3600", now));
  CHECK(d.en == "theme: stored (host-only shop.example, path /, expires 2027-03-01T09:00:02Z)");
  CHECK(d.ko ==
        "theme: 쿠키 저장소에 저장했습니다 (호스트 전용 shop.example, 경로 /, 2027년 3월 1일 09:00:02(UTC)까지 유지)");
  CHECK(d.ko.find("2027-03-01T") == std::string::npos);
  // A session cookie has no moment to write.
  CHECK(sim::describe_decision(set("sid=1; Path=/", now)).ko.find("세션 쿠키") != std::string::npos);
}

TEST_CASE("a submit step without the form says so in plain Korean", "[explain]") {
  const Bilingual named = sim::explain_no_form("/nope/");
  CHECK(named.en == "The page shown has no such form (/nope/), so nothing is sent.");
  // No particle guessed after the action: the noun "action" carries 이, and "인" fits any word.
  CHECK(named.ko == "지금 페이지에 action이 \"/nope/\"인 폼이 없어 아무것도 보내지 않습니다.");
  const Bilingual first = sim::explain_no_form("");
  CHECK(first.en == "The page shown has no such form, so nothing is sent.");
  CHECK(first.ko == "지금 페이지에 폼이 없어 아무것도 보내지 않습니다.");
}

TEST_CASE("a follow step without the link names it before the noun 링크", "[explain]") {
  const Bilingual b = sim::explain_no_link("로그인");
  CHECK(b.en == "The page shown has no link \"로그인\", so nothing is sent.");
  CHECK(b.ko == "지금 페이지에 \"로그인\" 링크가 없어 아무것도 보내지 않습니다.");
}

TEST_CASE("a script's document.cookie line is followed by a noun, not a guessed particle", "[explain]") {
  const TimeMs now = *parse_iso8601("2027-03-01T08:00:00Z");
  const std::string line = "theme=dark; Path=/";
  const Bilingual b = sim::explain_manual_set(line, set(line, now), true);
  CHECK(b.en.rfind("A script on the page runs document.cookie = \"theme=dark; Path=/\".", 0) == 0);
  CHECK(b.ko.rfind("페이지의 스크립트가 document.cookie = \"theme=dark; Path=/\" 문장을 실행합니다.", 0) == 0);
}

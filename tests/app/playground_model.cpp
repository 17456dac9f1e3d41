#include <catch2/catch.hpp>
#include <string>
#include "app/logic/playground_model.h"
#include "cookie/playground.h"
#include "cookie/set_cookie_parser.h"

using namespace cl;
using namespace cl::app;
using cookie::Reason;
using cookie::SetOutcome;

namespace {

constexpr TimeMs kNow = cookie::kPlaygroundStart;

PlaygroundInput input(std::string url, std::string lines, std::string second = "",
                      cookie::Policy policy = cookie::Policy::Rfc6265) {
  PlaygroundInput in;
  in.policy = policy;
  in.url = std::move(url);
  in.set_cookies = std::move(lines);
  in.second_url = std::move(second);
  return in;
}

PlaygroundResult run(const PlaygroundInput& in) { return run_playground_model(in, cookie::CookieJar(), kNow); }

const PlaygroundExclusion* excluded(const PlaygroundResult& r, const std::string& name) {
  for (const auto& e : r.excluded)
    if (e.cookie.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("playground: a refused line says why, with the RFC section and Chromium's name", "[playground]") {
  SECTION("Domain that does not cover the host") {
    auto r = run(input("http://shop.example/", "a=1; Domain=other.example"));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.outcome == SetOutcome::Ignored);
    CHECK(r.lines[0].decision.reason == Reason::DomainMismatch);
    CHECK(r.lines[0].rfc == "RFC 6265 5.3 step 6");
    CHECK(r.lines[0].chromium == "InvalidDomain");
    CHECK(r.lines[0].verdict.en.find("Domain") != std::string::npos);
    CHECK(r.lines[0].verdict.ko != r.lines[0].verdict.en);
    CHECK(r.jar.empty());
  }
  SECTION("Domain that is a public suffix") {
    auto r = run(input("http://www.example.co.kr/", "a=1; Domain=co.kr"));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.reason == Reason::PublicSuffixDomain);
    CHECK(r.lines[0].rfc == "RFC 6265 5.3 step 5");
    CHECK(r.jar.empty());
  }
  SECTION("Secure set over http") {
    for (auto policy : {cookie::Policy::Rfc6265, cookie::Policy::Chromium}) {
      auto r = run(input("http://shop.example/", "a=1; Secure", "", policy));
      REQUIRE(r.lines.size() == 1);
      CHECK(r.lines[0].decision.reason == Reason::SecureFromInsecure);
      CHECK(r.jar.empty());
    }
  }
  SECTION("SameSite=None without Secure: refused by Chromium, stored by RFC 6265") {
    auto chromium = run(input("https://shop.example/", "a=1; SameSite=None", "", cookie::Policy::Chromium));
    REQUIRE(chromium.lines.size() == 1);
    CHECK(chromium.lines[0].decision.reason == Reason::SameSiteNoneInsecure);
    CHECK(chromium.lines[0].chromium == "SameSiteNoneInsecure");
    CHECK(chromium.jar.empty());
    auto rfc = run(input("https://shop.example/", "a=1; SameSite=None"));
    CHECK(rfc.lines[0].decision.outcome == SetOutcome::Stored);
    CHECK(rfc.jar.size() == 1);
  }
  SECTION("no '=' under each policy") {
    auto rfc = run(input("http://shop.example/", "justvalue"));
    CHECK(rfc.lines[0].decision.reason == Reason::NoEquals);
    auto chromium = run(input("http://shop.example/", "justvalue", "", cookie::Policy::Chromium));
    CHECK(chromium.lines[0].decision.outcome == SetOutcome::Stored);
  }
}

TEST_CASE("playground: stored, replaced and deleted lines", "[playground]") {
  SECTION("stored: the verdict names where the cookie lives, 5.3 step 11") {
    auto r = run(input("http://shop.example/docs/a", "sid=1"));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.outcome == SetOutcome::Stored);
    CHECK(r.lines[0].rfc == "RFC 6265 5.3 step 11");
    CHECK(r.lines[0].verdict.en.find("host-only shop.example, path /docs") != std::string::npos);
    CHECK(r.lines[0].verdict.ko.find("호스트 전용 shop.example, 경로 /docs") != std::string::npos);
    REQUIRE(r.jar.size() == 1);
    CHECK(r.jar[0].path == "/docs");  // 5.1.4 default path
  }
  SECTION("a persistent cookie's expiry: ISO 8601 in English, a Korean date (UTC) in Korean") {
    auto r = run(input("http://shop.example/", "sid=1; Path=/; Max-Age=3602"));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].verdict.en.find("expires 2026-01-01T01:00:02Z") != std::string::npos);
    CHECK(r.lines[0].verdict.ko ==
          "새 쿠키로 저장되었습니다: 호스트 전용 shop.example, 경로 /, 만료 2026년 1월 1일 01:00:02(UTC).");
  }
  SECTION("a second line with the same name, domain and path replaces the first") {
    auto r = run(input("http://shop.example/", "sid=1; Path=/\nsid=2; Path=/"));
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].decision.outcome == SetOutcome::Stored);
    CHECK(r.lines[1].decision.outcome == SetOutcome::Replaced);
    CHECK(r.lines[1].rfc == "RFC 6265 5.3 step 11.3");
    REQUIRE(r.jar.size() == 1);
    CHECK(r.jar[0].value == "2");
  }
  SECTION("same name on another path is a second cookie") {
    auto r = run(input("http://shop.example/", "sid=1; Path=/\nsid=2; Path=/cart"));
    CHECK(r.lines[1].decision.outcome == SetOutcome::Stored);
    CHECK(r.jar.size() == 2);
  }
  SECTION("an expiry in the past deletes the cookie of the step's jar") {
    cookie::CookieJar start;
    cookie::RequestContext ctx;
    ctx.url = *http::parse_url("http://shop.example/").url;
    start.set_cookie(ctx, "sid=abc; Path=/", kNow - 1000);
    auto r = run_playground_model(input("http://shop.example/", "sid=; Path=/; Max-Age=0"), start, kNow);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.outcome == SetOutcome::Deleted);
    CHECK(r.lines[0].rfc == "RFC 6265 5.3 step 11.3");
    CHECK(set_decision_rfc(r.lines[0].decision) == "RFC 6265 5.3 step 11.3");
    CHECK(r.jar.empty());
    CHECK(start.size() == 1);  // the step's jar is a copy: the lesson is untouched
    // On an empty jar the same line has nothing to delete: ignored, "expired".
    auto empty = run(input("http://shop.example/", "sid=; Path=/; Max-Age=0"));
    CHECK(empty.lines[0].decision.outcome == SetOutcome::Ignored);
    CHECK(empty.lines[0].decision.reason == Reason::Expired);
    CHECK(empty.lines[0].rfc == "RFC 6265 5.3");
  }
  SECTION("the chosen policy replaces the jar's own") {
    cookie::CookieJar start(cookie::Policy::Rfc6265);
    auto r = run_playground_model(input("http://shop.example/", "a=1; SameSite=None", "", cookie::Policy::Chromium),
                                  start, kNow);
    CHECK(r.lines[0].decision.reason == Reason::SameSiteNoneInsecure);
    CHECK(start.policy() == cookie::Policy::Rfc6265);
  }
}

TEST_CASE("playground: the Cookie header for the second URL, every cookie left out explained", "[playground]") {
  SECTION("host-only cookie and a subdomain; Domain cookie goes") {
    auto r = run(input("http://shop.example/", "sid=1\nlang=ko; Domain=shop.example", "http://www.shop.example/"));
    CHECK(r.cookie_header == "lang=ko");
    REQUIRE(r.sent.size() == 1);
    const auto* sid = excluded(r, "sid");
    REQUIRE(sid);
    CHECK(sid->reason == Reason::HostOnlyOtherHost);
    CHECK(sid->rfc == "RFC 6265 5.4 step 1");
    CHECK(sid->chromium == "DomainMismatch");
    CHECK_FALSE(sid->why.ko.empty());
  }
  SECTION("another domain") {
    auto r = run(input("http://shop.example/", "sid=1", "http://news.example/"));
    CHECK(r.cookie_header.empty());
    REQUIRE(excluded(r, "sid"));
    CHECK(excluded(r, "sid")->reason == Reason::OtherDomain);
  }
  SECTION("path does not match") {
    auto r = run(input("http://shop.example/", "cart=3; Path=/cart\nsid=1; Path=/", "http://shop.example/cartoon"));
    CHECK(r.cookie_header == "sid=1");
    REQUIRE(excluded(r, "cart"));
    CHECK(excluded(r, "cart")->reason == Reason::NotOnPath);
  }
  SECTION("Secure cookie asked over http") {
    auto r = run(input("https://shop.example/", "s=1; Secure", "http://shop.example/"));
    CHECK(r.lines[0].decision.outcome == SetOutcome::Stored);
    CHECK(r.cookie_header.empty());
    REQUIRE(excluded(r, "s"));
    CHECK(excluded(r, "s")->reason == Reason::SecureOnly);
  }
  SECTION("SameSite=Lax on a cross-site POST, sent on a cross-site top-level GET") {
    auto in = input("https://shop.example/", "lax=1; SameSite=Lax", "https://shop.example/pay");
    in.second_site = "https://evil.example/";
    in.second_post = true;
    auto post = run(in);
    REQUIRE(excluded(post, "lax"));
    CHECK(excluded(post, "lax")->reason == Reason::SameSiteLax);
    in.second_post = false;
    CHECK(run(in).cookie_header == "lax=1");
  }
  SECTION("a cookie that expired before now") {
    cookie::CookieJar start;
    cookie::RequestContext ctx;
    ctx.url = *http::parse_url("http://shop.example/").url;
    start.set_cookie(ctx, "old=1; Max-Age=60", kNow - 3600 * 1000);
    auto r = run_playground_model(input("http://shop.example/", ""), start, kNow);
    CHECK(r.lines.empty());
    CHECK(r.cookie_header.empty());
    REQUIRE(r.excluded.size() == 1);
    CHECK(r.excluded[0].reason == Reason::Expired);
    CHECK(r.sent.empty());
  }
  SECTION("no second URL: the header for the request URL itself") {
    auto r = run(input("http://shop.example/", "sid=1"));
    REQUIRE(r.second);
    CHECK(r.second->host == "shop.example");
    CHECK(r.cookie_header == "sid=1");
  }
}

TEST_CASE("playground: bad input is reported, never a crash", "[playground]") {
  SECTION("request URL not http(s): nothing set, the header still asked") {
    auto r = run(input("ftp://shop.example/", "sid=1", "http://shop.example/"));
    CHECK_FALSE(r.url_error.empty());
    CHECK(r.lines.empty());
    CHECK(r.second_error.empty());
  }
  SECTION("empty request URL") {
    auto r = run(input("", "sid=1", "http://shop.example/"));
    CHECK_FALSE(r.url_error.empty());
    CHECK(r.lines.empty());
  }
  SECTION("bad second URL") {
    auto r = run(input("http://shop.example/", "sid=1", "shop.example"));
    CHECK(r.url_error.empty());
    CHECK_FALSE(r.second_error.empty());
    CHECK_FALSE(r.second);
    CHECK(r.jar.size() == 1);
  }
  SECTION("bad page of the second request") {
    auto in = input("http://shop.example/", "sid=1", "http://shop.example/");
    in.second_site = "not a url";
    auto r = run(in);
    CHECK_FALSE(r.second_error.empty());
    CHECK_FALSE(r.second);
  }
  SECTION("empty Set-Cookie box") {
    auto r = run(input("http://shop.example/", ""));
    CHECK(r.lines.empty());
    CHECK(r.jar.empty());
  }
}

TEST_CASE("playground: the text box becomes Set-Cookie values", "[playground]") {
  SECTION("blank lines skipped, numbers kept, CR and a pasted field name removed") {
    auto lines = set_cookie_lines("a=1\r\n\n  \nSet-Cookie: b=2\nset-cookie:c=3; Path=/\n");
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == std::pair<std::size_t, std::string>{1, "a=1"});
    CHECK(lines[1] == std::pair<std::size_t, std::string>{4, "b=2"});
    CHECK(lines[2] == std::pair<std::size_t, std::string>{5, "c=3; Path=/"});
  }
  SECTION("a value's own leading spaces are kept when there is no field name") {
    auto lines = set_cookie_lines(" a=1");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].second == " a=1");
  }
  SECTION("only a field name: nothing") { CHECK(set_cookie_lines("Set-Cookie:").empty()); }
  SECTION("no final newline") { CHECK(set_cookie_lines("a=1\nb=2").size() == 2); }
}

TEST_CASE("playground: attributes say which counted and why not, in both languages", "[playground]") {
  auto r = run(input("http://shop.example/", "a=1; Expires=soon; Max-Age=60; Path=x; Colour=red; HttpOnly"));
  REQUIRE(r.lines.size() == 1);
  const auto& at = r.lines[0].attributes;
  REQUIRE(at.size() == 5);
  CHECK_FALSE(at[0].used);  // Expires: not a cookie-date
  CHECK(at[0].note.en == "not a cookie-date (RFC 6265 5.1.1); ignored");
  CHECK(at[0].note.ko != at[0].note.en);
  CHECK(at[1].used);  // Max-Age
  CHECK(at[1].note.empty());
  CHECK_FALSE(at[1].explanation.en.empty());
  CHECK(at[2].name == "Path");
  CHECK_FALSE(at[3].used);  // unknown attribute
  CHECK(at[4].used);        // HttpOnly
}

TEST_CASE("playground: every note the parser writes has its Korean", "[playground]") {
  const char* lines[] = {
      "a=1; Expires=never",
      "a=1; Max-Age=1x",
      "a=1; Domain=",
      "a=1; Path=x",
      "a=1; SameSite=Sometimes",
      "a=1; Colour=red",
      "a=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Expires=Thu, 02 Jan 2031 00:00:00 GMT",
      "a=1; Max-Age=1; Max-Age=2",
      "a=1; Domain=a.example; Domain=b.example",
      "a=1; Path=/a; Path=/b",
      "a=1; SameSite=Lax; SameSite=Strict",
      "a=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=5",
      "a=1; Comment=" /* an unknown name again: no new note */,
  };
  int notes = 0;
  for (const char* line : lines) {
    for (const auto& a : cookie::parse_set_cookie(line).attributes) {
      if (a.note.empty()) continue;
      ++notes;
      INFO(a.note);
      CHECK(translate_note(a.note).ko != a.note);
    }
  }
  const std::string long_value = "a=1; Path=/" + std::string(1100, 'x');
  for (const auto& a : cookie::parse_set_cookie(long_value).attributes)
    if (!a.note.empty()) CHECK(translate_note(a.note).ko != a.note);
  CHECK(notes >= 12);
  SECTION("an unknown note stays as it is") { CHECK(translate_note("something new").ko == "something new"); }
}

TEST_CASE("playground: the jar panel finds why a cookie was left out", "[playground]") {
  cookie::Cookie a;
  a.name = "sid";
  a.domain = "shop.example";
  a.path = "/";
  cookie::Cookie other_path = a;
  other_path.path = "/cart";
  std::vector<cookie::Exclusion> ex{{other_path, Reason::NotOnPath}};
  CHECK_FALSE(exclusion_reason(a, ex));
  REQUIRE(exclusion_reason(other_path, ex));
  CHECK(*exclusion_reason(other_path, ex) == Reason::NotOnPath);
  CHECK_FALSE(exclusion_reason(a, {}));
}

TEST_CASE("playground: the example shows several outcomes", "[playground]") {
  auto r = run(playground_example());
  CHECK(r.url_error.empty());
  CHECK(r.second_error.empty());
  bool stored = false, replaced = false, ignored = false;
  for (const auto& l : r.lines) {
    stored |= l.decision.outcome == SetOutcome::Stored;
    replaced |= l.decision.outcome == SetOutcome::Replaced;
    ignored |= l.decision.outcome == SetOutcome::Ignored;
  }
  CHECK(stored);
  CHECK(replaced);
  CHECK(ignored);
  CHECK_FALSE(r.excluded.empty());
  CHECK_FALSE(r.cookie_header.empty());
}

TEST_CASE("playground: the attribute that got the cookie refused is marked as the cause", "[playground]") {
  auto refused = [](const PlaygroundLine& l) {
    std::vector<std::string> out;
    for (const auto& a : l.attributes)
      if (a.refused) out.push_back(a.name + "=" + a.value);
    return out;
  };
  SECTION("Domain=co.kr: a public suffix") {
    auto r = run(input("http://www.example.co.kr/", "a=1; Path=/; Domain=co.kr"));
    REQUIRE(r.lines.size() == 1);
    CHECK(refused(r.lines[0]) == std::vector<std::string>{"Domain=co.kr"});
    const auto& d = r.lines[0].attributes[1];
    CHECK(d.note.en.find("public suffix") != std::string::npos);
    CHECK(d.note.ko.find("공개 접미사") != std::string::npos);
    CHECK_FALSE(r.lines[0].attributes[0].refused);  // Path did nothing to the refusal
    CHECK(r.lines[0].attributes[0].used);
  }
  SECTION("SameSite=None without Secure, under chromium") {
    auto r = run(input("https://shop.example/", "a=1; SameSite=None", "", cookie::Policy::Chromium));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.reason == Reason::SameSiteNoneInsecure);
    CHECK(refused(r.lines[0]) == std::vector<std::string>{"SameSite=None"});
  }
  SECTION("the later Domain is the one that counted") {
    auto r = run(input("http://shop.example/", "a=1; Domain=shop.example; Domain=other.example"));
    CHECK(refused(r.lines[0]) == std::vector<std::string>{"Domain=other.example"});
  }
  SECTION("Secure from http, Max-Age in the past") {
    CHECK(refused(run(input("http://shop.example/", "a=1; Secure")).lines[0]) == std::vector<std::string>{"Secure="});
    CHECK(
        refused(run(input("http://shop.example/", "a=1; Expires=Wed, 01 Jan 2020 00:00:00 GMT; Max-Age=0")).lines[0]) ==
        std::vector<std::string>{"Max-Age=0"});
  }
  SECTION("a stored cookie and a refusal no attribute caused mark none") {
    CHECK(refused(run(input("http://shop.example/", "a=1; Domain=shop.example")).lines[0]).empty());
    CHECK(run(input("http://shop.example/", "noequals; Path=/")).lines[0].attributes.size() <= 1);
    CHECK(refused(run(input("http://shop.example/", "noequals; Path=/")).lines[0]).empty());
  }
}

TEST_CASE("playground: the other policy's decision is shown when it differs", "[playground]") {
  SECTION("SameSite=None without Secure: stored by rfc6265, refused by chromium") {
    auto r = run(input("https://shop.example/", "a=1; SameSite=None"));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].decision.outcome == SetOutcome::Stored);
    REQUIRE(r.lines[0].other);
    CHECK(r.lines[0].other->policy == cookie::Policy::Chromium);
    CHECK(r.lines[0].other->outcome == SetOutcome::Ignored);
    CHECK(r.lines[0].other->reason == Reason::SameSiteNoneInsecure);
    CHECK(r.lines[0].other->verdict.en.find("Secure") != std::string::npos);
    CHECK(r.other_policy == cookie::Policy::Chromium);
    // The next request: rfc6265 sends it, chromium has nothing to send.
    CHECK(r.cookie_header == "a=1");
    REQUIRE(r.other_header);
    CHECK(r.other_header->empty());
  }
  SECTION("and the other way round, from chromium") {
    auto r = run(input("https://shop.example/", "a=1; SameSite=None", "", cookie::Policy::Chromium));
    REQUIRE(r.lines[0].other);
    CHECK(r.lines[0].other->policy == cookie::Policy::Rfc6265);
    CHECK(r.lines[0].other->outcome == SetOutcome::Stored);
  }
  SECTION("a stored cookie that differs: chromium caps the expiry at 400 days") {
    auto r = run(input("https://shop.example/", "a=1; Max-Age=100000000"));
    REQUIRE(r.lines[0].other);
    CHECK(r.lines[0].other->outcome == SetOutcome::Stored);
  }
  SECTION("alike: nothing more is shown") {
    auto r = run(input("https://shop.example/", "a=1; Path=/; Secure; SameSite=Lax\nb=2; Domain=co.kr"));
    REQUIRE(r.lines.size() == 2);
    CHECK_FALSE(r.lines[0].other);
    CHECK_FALSE(r.lines[1].other);
    CHECK_FALSE(r.other_header);
  }
}

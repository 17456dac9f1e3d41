#include <catch2/catch.hpp>

#include "client.h"
#include "page/page.h"
#include "server/route_names.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::kStart;

namespace {
constexpr const char* kKoreanChrome = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";

Handling get(Client& c, const std::string& target, const char* accept_language, TimeMs now) {
  http::Request r;
  r.target = target;
  if (accept_language) r.headers.add("Accept-Language", accept_language);
  return c.send(std::move(r), now);
}

std::vector<std::string> labels(const page::Page& p) {
  std::vector<std::string> out;
  for (const auto& f : p.forms)
    for (const auto& i : f.inputs)
      if (!i.label.empty()) out.push_back(i.label);
  return out;
}
}  // namespace

TEST_CASE("every site's login page is Korean when Korean is preferred", "[language]") {
  const auto p = static_cast<Profile>(GENERATE(0, 1, 2, 3, 4));
  static_assert(kProfileCount == 5, "a new profile is checked here too");
  INFO(profile_name(p));
  IdGenerator ids(1);
  Server s(test::spec_for(p), &ids);
  Client c{s};

  const Handling ko = get(c, "/accounts/login/", kKoreanChrome, kStart);
  const page::Page page = page::parse_page(ko.response.body);
  CHECK(page.title == "로그인");
  REQUIRE(page.forms.size() == 1);
  CHECK(page.forms[0].submit_label == "로그인");
  CHECK(labels(page) == std::vector<std::string>{"사용자 이름", "비밀번호", "사용자 이름 기억하기"});
  REQUIRE(ko.response.headers.find("Content-Language"));
  CHECK(*ko.response.headers.find("Content-Language") == "ko");
  // Django's LocaleMiddleware says the answer depends on the field; the others do not.
  const std::string* vary = ko.response.headers.find("Vary");
  CHECK((vary && vary->find("Accept-Language") != std::string::npos) == (p == Profile::Django));

  // Preferring English, and no field at all: the English page; only the first says its language.
  const Handling en = get(c, "/accounts/login/", "en-US,en;q=0.9", kStart + kSecond);
  CHECK(page::parse_page(en.response.body).title == "Log in");
  CHECK(*en.response.headers.find("Content-Language") == "en");
  const Handling none = get(c, "/accounts/login/", nullptr, kStart + 2 * kSecond);
  CHECK(page::parse_page(none.response.body).title == "Log in");
  CHECK_FALSE(none.response.headers.find("Content-Language"));
  const std::string* plain_vary = none.response.headers.find("Vary");
  CHECK_FALSE((plain_vary && plain_vary->find("Accept-Language") != std::string::npos));
  // A language the site does not have: its default, English, said as such.
  const Handling fr = get(c, "/accounts/login/", "fr-FR, fr;q=0.9", kStart + 3 * kSecond);
  CHECK(page::parse_page(fr.response.body).title == "Log in");
  CHECK(*fr.response.headers.find("Content-Language") == "en");
}

TEST_CASE("Django's Korean login error and Vary order, as its middleware writes them", "[language]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  const Handling form = get(c, "/accounts/login/", kKoreanChrome, kStart);
  // CsrfViewMiddleware's Vary: Cookie comes first; LocaleMiddleware adds to it in place.
  CHECK(*form.response.headers.find("Vary") == "Cookie, Accept-Language");
  http::Request r;
  r.method = "POST";
  r.target = "/accounts/login/";
  r.body = http::form_encode({{"csrfmiddlewaretoken", page::parse_page(form.response.body).forms[0].inputs[0].value},
                              {"username", "alice"},
                              {"password", "nope"}});
  r.headers.add("Accept-Language", kKoreanChrome);
  r.headers.add("Content-Type", "application/x-www-form-urlencoded");
  r.headers.add("Origin", "http://shop.example");
  const Handling failed = c.send(std::move(r), kStart + kSecond);
  bool found = false;
  for (const auto& b : page::parse_page(failed.response.body).blocks)
    found |= b.text == "올바른 사용자 이름와/과 비밀번호를 입력하십시오. 두 필드 모두 대문자와 소문자를 구별합니다.";
  CHECK(found);
  // The home page: the session was not accessed before LocaleMiddleware; Cookie comes after.
  Client fresh{s};
  const Handling home = get(fresh, "/", kKoreanChrome, kStart + 2 * kSecond);
  CHECK(*home.response.headers.find("Vary") == "Accept-Language, Cookie");
  CHECK(page::parse_page(home.response.body).blocks.at(1).text == "로그인하지 않았습니다.");
}

TEST_CASE("the server's sentences and pages call a user by their name in each language", "[language]") {
  IdGenerator ids(1);
  ServerSpec spec = test::spec_for(Profile::Django);
  spec.users[0].display = {"alice", "앨리스"};
  Server s(spec, &ids);
  Client c{s};
  get(c, "/accounts/login/", kKoreanChrome, kStart);
  http::Request r;
  r.method = "POST";
  r.target = "/accounts/login/";
  r.headers.add("Accept-Language", kKoreanChrome);
  r.headers.add("Origin", "http://shop.example");
  r.body = http::form_encode(
      {{"csrfmiddlewaretoken", c.jar["csrftoken"]}, {"username", "alice"}, {"password", "wonderland"}});
  const Handling login = c.send(std::move(r), kStart + kSecond);
  REQUIRE(login.user == "alice");  // the account is still alice: the name is only what is shown
  CHECK(login.explanation.ko.find("사용자가 앨리스 님으로 기록됩니다") != std::string::npos);
  CHECK(login.explanation.en.find("this browser is alice.") != std::string::npos);
  CHECK(login.explanation.ko.find("alice") == std::string::npos);

  const Handling profile = get(c, "/accounts/profile/", kKoreanChrome, kStart + 2 * kSecond);
  CHECK(page::parse_page(profile.response.body).blocks.at(0).text == "앨리스의 프로필");
  CHECK(profile.explanation.ko.find("이 요청은 앨리스의 것입니다") != std::string::npos);
  const Handling english = get(c, "/accounts/profile/", nullptr, kStart + 3 * kSecond);
  CHECK(page::parse_page(english.response.body).blocks.at(0).text == "Profile of alice");
}

TEST_CASE("route names read in Korean; English keeps the identifiers", "[language]") {
  CHECK(route_label("login", Lang::Ko) == "로그인");
  CHECK(route_label("home", Lang::Ko) == "홈");
  CHECK(route_label("scripted /set", Lang::Ko) == "시나리오 응답 /set");
  CHECK(route_label("400", Lang::Ko) == "400");
  CHECK(route_label("login", Lang::En) == "login");
  CHECK(route_label("scripted /set", Lang::En) == "scripted /set");
}

#include <catch2/catch.hpp>

#include <regex>
#include "client.h"
#include "page/page.h"
#include "server/narration.h"
#include "server/pages.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::has_event;
using test::kStart;

namespace {
std::string form_token(const Handling& h) {
  for (const auto& form : page::parse_page(h.response.body).forms)
    for (const auto& input : form.inputs)
      if (input.name == "csrfmiddlewaretoken") return input.value;
  return "";
}
Handling django_login(Client& c, const std::string& user, const std::string& password, TimeMs now,
                      bool remember = false) {
  const Handling page = c.get("/accounts/login/", now);
  http::FormFields f = {{"csrfmiddlewaretoken", form_token(page)}, {"username", user}, {"password", password}};
  if (remember) f.push_back({"remember", "on"});
  return c.post("/accounts/login/", f, now);
}
// A Django server with alice and bob logged in, each in their own client, and a guest.
struct TwoLoggedIn {
  IdGenerator ids{1};
  Server server{test::spec_for(Profile::Django), &ids};
  Client alice{server}, bob{server}, guest{server};
  TwoLoggedIn() {
    django_login(alice, "alice", "wonderland", kStart);
    django_login(bob, "bob", "builder", kStart);
  }
};
bool page_has(const Handling& h, const std::string& text) {
  for (const auto& b : page::parse_page(h.response.body).blocks)
    if (b.text.find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("profile names", "[server]") {
  CHECK(profile_name(Profile::Django) == "django");
  CHECK(profile_name(Profile::Php) == "php");
  CHECK(profile_name(Profile::Express) == "express");
  CHECK(profile_name(Profile::Servlet) == "servlet");
  CHECK(profile_name(Profile::Stateless) == "stateless");
}

TEST_CASE("serves its hosts", "[server]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  CHECK(s.serves("shop.example"));
  CHECK(s.serves("SHOP.example"));
  CHECK_FALSE(s.serves("blog.example"));
}

TEST_CASE("scripted routes answer exactly what they say", "[server]") {
  auto spec = test::spec_for(Profile::Django);
  spec.routes.push_back({"GET", "/set", 200, {{"Set-Cookie", "a=b; Path=/"}, {"Content-Type", "text/plain"}}, "hi"});
  spec.routes.push_back({"*", "/", 201, {{"Content-Length", "99"}}, "x"});
  IdGenerator ids(1);
  Server s(spec, &ids);
  Client c{s};
  const Handling h = c.get("/set?x=1", kStart);
  CHECK(h.route == "scripted /set");
  CHECK(h.response.headers.fields == std::vector<http::Field>{{"Set-Cookie", "a=b; Path=/"},
                                                              {"Content-Type", "text/plain"},
                                                              {"Content-Length", "2"}});
  CHECK(h.response.body == "hi");
  const Handling home = c.get("/", kStart);  // takes precedence over the built-in home
  CHECK(home.response.status == 201);
  CHECK(home.response.headers.fields == std::vector<http::Field>{{"Content-Length", "99"}});
  CHECK(c.post("/set", {}, kStart).route != "scripted /set");  // method must match
}

TEST_CASE("home and profile, rendered once per visitor, answer each visitor with their own page", "[server]") {
  TwoLoggedIn w;
  Client &alice = w.alice, &bob = w.bob, &guest = w.guest;
  const auto home_of = [](const std::string& user, const std::string& theme) {
    return page::render_page(home_page({"shop", user, theme}));
  };
  // Asked in turns, so each answer follows another visitor's.
  for (int round = 0; round < 2; ++round) {
    CHECK(alice.get("/", kStart).response.body == home_of("alice", ""));
    CHECK(bob.get("/", kStart).response.body == home_of("bob", ""));
    CHECK(guest.get("/", kStart).response.body == home_of("", ""));
    CHECK(alice.get("/accounts/profile/", kStart).response.body ==
          page::render_page(profile_page("alice", "Alice Liddell", false)));
    CHECK(bob.get("/accounts/profile/", kStart).response.body == page::render_page(profile_page("bob", "bob", true)));
  }
  alice.get("/theme/?name=dark", kStart);
  CHECK(alice.get("/", kStart).response.body == home_of("alice", "dark"));
  CHECK(bob.get("/", kStart).response.body == home_of("bob", ""));
  alice.get("/accounts/logout/", kStart);
  CHECK(alice.get("/", kStart).response.body == home_of("", "dark"));
}

TEST_CASE("built-in pages: remembered user, theme, notice, popup, cart, 404", "[server]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Django), &ids);
  Client c{s};
  SECTION("remember my username") {
    const Handling h = django_login(c, "alice", "wonderland", kStart, true);
    const auto lines = h.response.headers.all("Set-Cookie");
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "remembered_user=alice; expires=Wed, 01 Apr 2026 09:00:00 GMT; Max-Age=2592000; Path=/");
    CHECK(lines[1].rfind("csrftoken=", 0) == 0);
    CHECK(lines[2].rfind("sessionid=", 0) == 0);
    c.get("/accounts/logout/", kStart);
    const Handling form = c.get("/accounts/login/", kStart);
    bool filled = false;
    const page::Page login = page::parse_page(form.response.body);
    for (const auto& input : login.forms.at(0).inputs)
      if (input.name == "username") filled = input.value == "alice";
    CHECK(filled);
  }
  SECTION("theme") {
    const Handling t = c.get("/theme/?name=dark", kStart);
    CHECK(t.response.headers.all("Set-Cookie") ==
          std::vector<std::string>{"theme=dark; expires=Tue, 02 Mar 2027 09:00:00 GMT; Max-Age=31536000; Path=/"});
    CHECK(page_has(c.get("/", kStart), "Theme: dark"));
    c.get("/theme/?name=<script>", kStart);
    CHECK(c.jar["theme"] == "light");
  }
  SECTION("notice hidden for a day") {
    CHECK(page_has(c.get("/notice/", kStart), "Notice:"));
    const Handling hide = c.get("/notice/hide/", kStart);
    CHECK(hide.response.headers.all("Set-Cookie").at(0).find("hide_notice=1;") == 0);
    CHECK(hide.response.headers.all("Set-Cookie").at(0).find("Max-Age=86400") != std::string::npos);
    CHECK_FALSE(page_has(c.get("/notice/", kStart), "Notice:"));
  }
  SECTION("popup seen once") {
    const Handling first = c.get("/popup/", kStart);
    CHECK(page_has(first, "only once"));
    CHECK(first.response.headers.all("Set-Cookie").at(0).rfind("popup_seen=1;", 0) == 0);
    const Handling second = c.get("/popup/", kStart);
    CHECK_FALSE(page_has(second, "only once"));
    CHECK(second.response.headers.all("Set-Cookie").empty());
  }
  SECTION("cart in the session, by GET and by POST") {
    c.get("/cart/add/?item=apple", kStart);
    const Handling cart = c.get("/cart/", kStart);
    const Handling post = c.post("/cart/add/", {{"csrfmiddlewaretoken", form_token(cart)}, {"item", "banana"}}, kStart);
    CHECK(has_event(post, "cart-add banana"));
    CHECK(page_has(c.get("/cart/", kStart), "2 items: apple, banana"));
  }
  SECTION("unknown path") {
    const Handling h = c.get("/nope", kStart);
    CHECK(h.response.status == 404);
    CHECK(h.route == "not-found");
    CHECK(h.response.headers.all("Set-Cookie").empty());
  }
  SECTION("explanations in both languages") {
    const Handling h = django_login(c, "alice", "wonderland", kStart);
    CHECK(h.explanation.en.find("alice") != std::string::npos);
    CHECK(h.explanation.ko.find("alice") != std::string::npos);
    CHECK(h.explanation.en != h.explanation.ko);
  }
}

TEST_CASE("the tracker and the tracked page", "[server]") {
  IdGenerator ids(1);
  Server tracker(test::spec_for(Profile::Stateless, "tracker"), &ids);
  Client browser{tracker};
  http::Request r;
  r.target = "/pixel.gif";
  r.headers.add("Referer", "http://shop.example/news/");
  const Handling first = browser.send(r, kStart);
  CHECK(*first.response.headers.find("Content-Type") == "image/gif");
  CHECK(first.response.body.size() == 43);
  const auto lines = first.response.headers.all("Set-Cookie");
  REQUIRE(lines.size() == 1);
  std::smatch m;
  REQUIRE(
      std::regex_match(lines[0], m, std::regex("uid=([0-9a-f]{16}); Path=/; Max-Age=31536000; SameSite=None; Secure")));
  CHECK(has_event(first, "tracker-saw " + std::string(m[1]) + " on shop.example"));
  r.headers.set("Referer", "http://blog.example/post/");
  const Handling second = browser.send(r, kStart);
  CHECK(second.response.headers.all("Set-Cookie").empty());
  CHECK(has_event(second, "tracker-saw " + std::string(m[1]) + " on blog.example"));
  CHECK(has_event(browser.get("/pixel.gif", kStart), "tracker-saw " + std::string(m[1]) + " on direct"));

  SECTION("/tracked/ embeds the pixel from the spec or from ?tracker=") {
    IdGenerator ids2(1);
    Server shop(test::spec_for(Profile::Django), &ids2);
    Client c{shop};
    CHECK(page::parse_page(c.get("/tracked/", kStart).response.body).images ==
          std::vector<std::string>{"https://tracker.example/pixel.gif"});
    CHECK(page::parse_page(c.get("/tracked/?tracker=https://ads.example/p.gif", kStart).response.body).images ==
          std::vector<std::string>{"https://ads.example/p.gif"});
  }
  SECTION("the Django tracker writes the cookie Django's way") {
    IdGenerator ids2(1);
    Server shop(test::spec_for(Profile::Django), &ids2);
    Client c{shop};
    CHECK(std::regex_match(c.get("/pixel.gif", kStart).response.headers.all("Set-Cookie").at(0),
                           std::regex("uid=[0-9a-f]{16}; expires=Tue, 02 Mar 2027 09:00:00 GMT; Max-Age=31536000; "
                                      "Path=/; SameSite=None; Secure")));
  }
}

TEST_CASE("session table management", "[server]") {
  TwoLoggedIn w;
  Server& s = w.server;
  Client &alice = w.alice, &bob = w.bob, &guest = w.guest;
  guest.get("/cart/add/?item=apple", kStart);
  const auto changed = s.take_session_changes();
  CHECK(s.take_session_changes().empty());
  const auto snapshot = s.sessions();
  REQUIRE(snapshot.size() == 3);
  CHECK(std::is_sorted(snapshot.begin(), snapshot.end(), [](auto& a, auto& b) { return a.key < b.key; }));
  // The rows reported as written are the rows the table holds, decoded the same way.
  REQUIRE(changed.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(changed[i].first == snapshot[i].key);
    REQUIRE(changed[i].second);
    CHECK(*changed[i].second == snapshot[i]);
  }

  SECTION("delete one user's sessions") {
    CHECK(s.delete_sessions_of("alice") == 1);
    CHECK(s.user_for_cookie_header("sessionid=" + alice.jar["sessionid"], kStart) == "");
    const auto gone = s.take_session_changes();
    REQUIRE(gone.size() == 1);
    CHECK(gone[0].first == alice.jar["sessionid"]);
    CHECK_FALSE(gone[0].second);
    CHECK(s.sessions().size() == 2);
  }
  SECTION("delete one key, then all") {
    CHECK(s.delete_session(bob.jar["sessionid"]));
    CHECK_FALSE(s.delete_session(bob.jar["sessionid"]));
    s.delete_all_sessions();
    CHECK(s.sessions().empty());
    CHECK(s.take_session_changes().size() == 3);
  }
  SECTION("restore_sessions makes the table exactly these rows") {
    alice.get("/accounts/logout/", kStart);
    django_login(alice, "alice", "wonderland", kStart + kSecond);
    s.take_session_changes();
    s.restore_sessions(snapshot);
    CHECK(s.sessions() == snapshot);
    CHECK(s.take_session_changes().size() == 2);  // alice's new key went, her old one came back
    CHECK(s.user_for_cookie_header("sessionid=" + snapshot[0].key, kStart) == snapshot[0].user);
    s.restore_sessions({});
    CHECK(s.sessions().empty());
  }
}

TEST_CASE("determinism: the same seed gives the same keys and bytes", "[server]") {
  auto run = [](std::uint64_t seed) {
    IdGenerator ids(seed);
    Server s(test::spec_for(Profile::Django), &ids);
    Client c{s};
    std::string transcript;
    transcript += http::serialize(django_login(c, "alice", "wonderland", kStart).response);
    transcript += http::serialize(c.get("/cart/add/?item=apple", kStart + kMinute).response);
    for (const auto& row : s.sessions()) transcript += row.key + row.data;
    return transcript;
  };
  CHECK(run(42) == run(42));
  CHECK(run(42) != run(43));
}

// A Korean particle after a name, a session key or a value the program fills in would
// be a guess (title, jane, nku3… end in sounds a spelling does not tell): the server's
// Korean sentences put a Korean word or "ID(...)" before the particle instead.
TEST_CASE("the server's Korean sentences never hang a particle on a filled-in word") {
  using namespace cl::server;
  CHECK(say::logout("jane").ko == "jane 님이 로그아웃합니다.");
  CHECK(say::session_found("nku3cuk91uialo5q6epdo6g2loshlnqr", "jane").ko.find("세션 ID(nku3…)를 찾았습니다") !=
        std::string::npos);
  CHECK(say::cart_added("apple").ko.find("장바구니에 \"apple\" 상품을 넣습니다") != std::string::npos);
  CHECK(say::session_deleted("nku3cuk91uialo5q6epdo6g2loshlnqr").ko == "서버가 세션(nku3…)을 테이블에서 지웠습니다.");
}

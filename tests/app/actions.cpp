#include <catch2/catch.hpp>
#include "app/logic/actions.h"
#include "browser/form_entry_list.h"
#include "app/logic/glossary.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("a stored cookie becomes the Set-Cookie line that recreates it", "[actions]") {
  cookie::Cookie c;
  c.name = "sid";
  c.value = "abc";
  c.domain = "shop.example";
  c.path = "/";
  SECTION("host-only session cookie: no Domain, no Expires") { CHECK(set_cookie_line(c) == "sid=abc; Path=/"); }
  SECTION("domain cookie with every flag") {
    c.host_only = false;
    c.persistent = true;
    c.expiry = 784111777000;  // Sun, 06 Nov 1994 08:49:37 GMT
    c.secure = true;
    c.http_only = true;
    c.same_site = cookie::SameSite::Strict;
    CHECK(set_cookie_line(c) ==
          "sid=abc; Domain=shop.example; Path=/; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Secure; HttpOnly; "
          "SameSite=Strict");
  }
  SECTION("an empty path is written as /") {
    c.path.clear();
    CHECK(set_cookie_line(c) == "sid=abc; Path=/");
  }
}

TEST_CASE("clicks become scenario steps", "[actions]") {
  SECTION("a typed address without a scheme gets http://") {
    auto s = visit_step("alice", "shop.example/login");
    CHECK(s.action == scenario::Action::Visit);
    CHECK(s.browser == "alice");
    CHECK(s.url == "http://shop.example/login");
    CHECK(visit_step("alice", "https://a.example/").url == "https://a.example/");
  }
  SECTION("a form submission keeps the fields in order") {
    auto s = submit_step("alice", "/login/", {{"username", "alice"}, {"password", "wonderland"}});
    CHECK(s.action == scenario::Action::Submit);
    CHECK(s.form == "/login/");
    REQUIRE(s.fields.size() == 2);
    CHECK(s.fields[1].second == "wonderland");
  }
  SECTION("a cookie edited by hand is set from a URL of its host; Secure needs https") {
    cookie::Cookie c;
    c.name = "role";
    c.value = "admin";
    c.domain = "shop.example";
    c.path = "/";
    auto s = edit_cookie_step("mallory", c);
    CHECK(s.action == scenario::Action::SetCookie);
    CHECK(s.url == "http://shop.example/");
    CHECK(s.cookie == "role=admin; Path=/");
    c.secure = true;
    CHECK(edit_cookie_step("mallory", c).url == "https://shop.example/");
    auto d = delete_cookie_step("mallory", c);
    CHECK(d.action == scenario::Action::DeleteCookie);
    CHECK(d.name == "role");
    CHECK(d.domain == "shop.example");
  }
  SECTION("follow and browser buttons") {
    CHECK(follow_step("a", "/profile").link == "/profile");
    CHECK(browser_step("a", scenario::Action::Close).action == scenario::Action::Close);
  }
}

TEST_CASE("the glossary has its terms in both languages", "[glossary]") {
  // The first nine, and those a Korean student looked for (issue 21).
  const char* terms[] = {"stateless",
                         "connectionless",
                         "cookie",
                         "Set-Cookie",
                         "Cookie header",
                         "cookie jar",
                         "Domain",
                         "host-only cookie",
                         "public suffix",
                         "Path",
                         "Max-Age",
                         "Expires",
                         "session cookie",
                         "HttpOnly",
                         "Secure",
                         "SameSite",
                         "session",
                         "session ID",
                         "authentication",
                         "CSRF",
                         "session fixation",
                         "session hijacking",
                         "XSS"};
  auto g = glossary();
  REQUIRE(g.size() == std::size(terms));
  for (std::size_t i = 0; i < g.size(); ++i) {
    CHECK(std::string(g[i].term) == terms[i]);
    CHECK_FALSE(g[i].definition.en.empty());
    CHECK_FALSE(g[i].definition.ko.empty());
    CHECK(g[i].definition.en != g[i].definition.ko);
  }
  for (const auto& h : screen_help()) {
    CHECK_FALSE(h.en.empty());
    CHECK_FALSE(h.ko.empty());
  }
}

TEST_CASE("a checkbox is checked or not, and sends \"on\" only when checked", "[actions]") {
  page::Form form;
  form.action = "/accounts/login/";
  form.method = "POST";
  form.inputs = {{"username", "text", "", "Username"},
                 {"remember", "checkbox", "on", "Remember my username"},
                 {"colour", "checkbox", "", "No value attribute"},
                 {"csrf", "hidden", "tok", ""},
                 {"", "submit", "Log in", ""}};
  using F = http::FormFields;
  SECTION("the form starts with text as written and every checkbox unchecked") {
    CHECK(initial_fields(form) == F{{"username", ""}, {"remember", ""}, {"colour", ""}, {"csrf", "tok"}});
  }
  SECTION("a checked box's value: its value attribute, else \"on\"") {
    CHECK(checkbox_value(form.inputs[1]) == "on");
    CHECK(checkbox_value(form.inputs[2]) == "on");
    page::Input yes{"agree", "checkbox", "yes", ""};
    CHECK(checkbox_value(yes) == "yes");
  }
  SECTION("unchecked boxes are left out of the submission") {
    F edited = initial_fields(form);
    edited[0].second = "alice";
    CHECK(submitted_fields(form, edited) == F{{"username", "alice"}, {"csrf", "tok"}});
  }
  SECTION("a checked box is sent with its value") {
    F edited = initial_fields(form);
    edited[1].second = checkbox_value(form.inputs[1]);
    CHECK(submitted_fields(form, edited) == F{{"username", ""}, {"remember", "on"}, {"csrf", "tok"}});
  }
  SECTION("a box the page marks checked starts checked, and is sent unless the learner unticks it") {
    form.inputs[2].checked = true;
    F edited = initial_fields(form);
    CHECK(edited == F{{"username", ""}, {"remember", ""}, {"colour", "on"}, {"csrf", "tok"}});
    CHECK(submitted_fields(form, edited) == F{{"username", ""}, {"colour", "on"}, {"csrf", "tok"}});
    edited[2].second = "";
    CHECK(submitted_fields(form, edited) == F{{"username", ""}, {"csrf", "tok"}});
  }
  SECTION("the window's submit step makes the simulated browser send what the panel shows") {
    form.inputs[2].checked = true;  // the page ticks colour; the learner unticks it
    F edited = initial_fields(form);
    edited[0].second = "alice";
    edited[2].second = "";
    const scenario::Step step = form_submit_step("alice", form, edited);
    CHECK(step.action == scenario::Action::Submit);
    CHECK(step.form == form.action);
    CHECK(agent::submission_fields(form, step.fields) == submitted_fields(form, edited));
    CHECK(agent::submission_fields(form, step.fields) == F{{"username", "alice"}, {"csrf", "tok"}});
    // and ticking the one the page left unticked sends it
    edited[1].second = checkbox_value(form.inputs[1]);
    CHECK(agent::submission_fields(form, form_submit_step("alice", form, edited).fields) ==
          F{{"username", "alice"}, {"remember", "on"}, {"csrf", "tok"}});
  }
  SECTION("fewer edited fields than inputs (a page changed under the panel): the rest is not sent") {
    CHECK(submitted_fields(form, F{{"username", "bob"}}) == F{{"username", "bob"}});
    CHECK(submitted_fields(form, F{}).empty());
  }
}

// What a submitted form sends (browser/form_entry_list.h): the one rule the
// simulated browser and the window's form panel share.
#include <catch2/catch.hpp>

#include "browser/form_entry_list.h"
#include "browser/form_submission.h"

using namespace cl;
using F = http::FormFields;

namespace {

// A login form as the built-in servers render one: text, password, a checkbox with
// a value, one without, a hidden CSRF token, the submit button.
page::Form login_form() {
  page::Form form;
  form.action = "/accounts/login/";
  form.method = "POST";
  form.inputs = {{"username", "text", "", "Username"},
                 {"password", "password", "", "Password"},
                 {"remember", "checkbox", "yes", "Remember me"},
                 {"newsletter", "checkbox", "", "Send me news"},
                 {"csrfmiddlewaretoken", "hidden", "tok123", ""},
                 {"go", "submit", "Log in", ""}};
  return form;
}

}  // namespace

TEST_CASE("a form's defaults: one field per input but the submit button", "[form]") {
  page::Form form = login_form();
  CHECK(agent::form_defaults(form) ==
        F{{"username", ""}, {"password", ""}, {"remember", ""}, {"newsletter", ""}, {"csrfmiddlewaretoken", "tok123"}});
  SECTION("a box the page ticks starts ticked, with its value (\"on\" without one)") {
    form.inputs[2].checked = true;
    form.inputs[3].checked = true;
    const F d = agent::form_defaults(form);
    CHECK(d[2] == F::value_type{"remember", "yes"});
    CHECK(d[3] == F::value_type{"newsletter", "on"});
  }
}

TEST_CASE("the entry list of a lesson's submitted form", "[form]") {
  page::Form form = login_form();
  SECTION("nothing typed: the hidden token and the empty texts, no unticked box, no button") {
    CHECK(agent::submission_fields(form, {}) ==
          F{{"username", ""}, {"password", ""}, {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("typed values replace the page's, in the form's order, whatever order they were typed in") {
    CHECK(agent::submission_fields(form, {{"password", "wonderland"}, {"username", "alice"}}) ==
          F{{"username", "alice"}, {"password", "wonderland"}, {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("a typed value replaces even the hidden token (a lesson's stale or forged token)") {
    CHECK(agent::submission_fields(form, {{"csrfmiddlewaretoken", "forged"}}) ==
          F{{"username", ""}, {"password", ""}, {"csrfmiddlewaretoken", "forged"}});
  }
  SECTION("a box typed a value is ticked and sends that value") {
    CHECK(agent::submission_fields(form, {{"remember", "yes"}, {"newsletter", "on"}}) ==
          F{{"username", ""},
            {"password", ""},
            {"remember", "yes"},
            {"newsletter", "on"},
            {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("a box the page ticks is sent with its value unless typed \"\"") {
    form.inputs[2].checked = true;
    CHECK(agent::submission_fields(form, {}) ==
          F{{"username", ""}, {"password", ""}, {"remember", "yes"}, {"csrfmiddlewaretoken", "tok123"}});
    CHECK(agent::submission_fields(form, {{"remember", ""}}) ==
          F{{"username", ""}, {"password", ""}, {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("a field the form has no input for is added after the form's, once, as typed") {
    CHECK(agent::submission_fields(form, {{"is_admin", "1"}, {"username", "mallory"}, {"is_admin", "2"}}) ==
          F{{"username", "mallory"}, {"password", ""}, {"csrfmiddlewaretoken", "tok123"}, {"is_admin", "1"}});
  }
  SECTION("the submit button sends nothing of its own (no submitter's value)") {
    CHECK_FALSE(http::form_get(agent::submission_fields(form, {}), "go"));
    form.inputs[5].value = "";
    CHECK_FALSE(http::form_get(agent::fill_in(form, {}), "go"));
    // A field typed with its name is one the form has no input for: added as typed.
    CHECK(agent::submission_fields(form, {{"go", "1"}}).back() == F::value_type{"go", "1"});
  }
  SECTION("an input without a name sends nothing") {
    form.inputs.insert(form.inputs.begin(), page::Input{"", "text", "lost", ""});
    CHECK(agent::submission_fields(form, {}) ==
          F{{"username", ""}, {"password", ""}, {"csrfmiddlewaretoken", "tok123"}});
  }
}

TEST_CASE("the entry list of a form as the window's panel left it", "[form]") {
  const page::Form form = login_form();
  F filled = agent::form_defaults(form);
  filled[0].second = "alice";
  SECTION("an unticked box (\"\") is left out; an empty text is not") {
    CHECK(agent::entry_list(form, filled) ==
          F{{"username", "alice"}, {"password", ""}, {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("a ticked box sends its value") {
    filled[2].second = page::checkbox_value(form.inputs[2]);
    filled[3].second = page::checkbox_value(form.inputs[3]);
    CHECK(agent::entry_list(form, filled) == F{{"username", "alice"},
                                               {"password", ""},
                                               {"remember", "yes"},
                                               {"newsletter", "on"},
                                               {"csrfmiddlewaretoken", "tok123"}});
  }
  SECTION("fewer values than inputs (the page changed under the panel): the rest send nothing") {
    filled.resize(2);
    CHECK(agent::entry_list(form, filled) == F{{"username", "alice"}, {"password", ""}});
    CHECK(agent::entry_list(form, {}).empty());
  }
}

TEST_CASE("a submitted form's request: POST in the body, GET in the query", "[form]") {
  const http::Url page = *http::parse_url("http://shop.example/accounts/login/?next=/cart/").url;
  page::Form form = login_form();
  const F fields{{"username", "alice"}, {"note", "a b&c"}};
  SECTION("POST: the action resolved against the page, the fields urlencoded as the body") {
    const agent::Navigation nav = agent::form_navigation(form, page, fields);
    CHECK(nav.method == "POST");
    CHECK(nav.url.to_string() == "http://shop.example/accounts/login/");
    CHECK(nav.body == "username=alice&note=a+b%26c");
    REQUIRE(nav.initiator);
    CHECK(*nav.initiator == page);
  }
  SECTION("GET: the fields replace the action's query; no body") {
    form.method = "GET";
    form.action = "/search?old=1";
    const agent::Navigation nav = agent::form_navigation(form, page, fields);
    CHECK(nav.method == "GET");
    CHECK(nav.url.to_string() == "http://shop.example/search?username=alice&note=a+b%26c");
    CHECK(nav.body.empty());
  }
  SECTION("an action that does not resolve submits to the page itself") {
    form.action = "http://[bad";
    CHECK(agent::form_navigation(form, page, fields).url.path == "/accounts/login/");
  }
}

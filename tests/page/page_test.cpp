#include <catch2/catch.hpp>

#include <string>

#include "base/ids.h"
#include "page/page.h"

using namespace cl::page;

namespace {

std::vector<std::string> block_texts(const Page& p) {
  std::vector<std::string> out;
  for (const Block& b : p.blocks) out.push_back(b.text);
  return out;
}

Page login_page() {
  Page p;
  p.title = "Log in · 로그인";
  p.blocks = {{BlockKind::Heading, "Welcome back"},
              {BlockKind::Error, "Wrong password <again> & \"again\""},
              {BlockKind::Notice, "You have been logged out."},
              {BlockKind::Paragraph, "쿠키는 브라우저가 보관합니다."},
              {BlockKind::Heading, "Second heading"}};
  p.links = {{"Home", "/"}, {"Search & find", "/search?q=a&b=\"c\""}, {"", "/empty-text"}};
  p.images = {"https://tracker.example/pixel.gif?u=1&v=2"};
  Form login;
  login.action = "/login?next=/profile";
  login.method = "POST";
  login.inputs = {{"csrfmiddlewaretoken", "hidden", "t0k'en\"", ""},
                  {"username", "text", "alice", "User name"},
                  {"password", "password", "", "Password"},
                  {"note", "textarea", "line one & <two>", "Note"}};
  login.submit_label = "Log in";
  Form search;
  search.action = "";
  search.method = "GET";
  search.inputs = {{"q", "text", "", ""}, {"go", "submit", "Search", ""}};
  search.submit_label = "Search";
  p.forms = {login, search};
  return p;
}

}  // namespace

TEST_CASE("parse_page reads the subset", "[page]") {
  SECTION("title, headings and paragraph kinds") {
    const Page p = parse_page(
        "<!DOCTYPE html><html><head><title> My\n  Shop </title></head><body>"
        "<h1>One</h1><h2>Two</h2><h3>Three</h3>"
        "<p>Plain</p><p class=\"error\">Bad</p><p class='notice big'>Note</p><P CLASS=error>Upper</P>"
        "</body></html>");
    CHECK(p.title == "My Shop");
    REQUIRE(p.blocks.size() == 7);
    CHECK(p.blocks[0].kind == BlockKind::Heading);
    CHECK(p.blocks[1].kind == BlockKind::Heading);
    CHECK(p.blocks[2].kind == BlockKind::Heading);
    CHECK(p.blocks[2].text == "Three");
    CHECK(p.blocks[3].kind == BlockKind::Paragraph);
    CHECK(p.blocks[4].kind == BlockKind::Error);
    CHECK(p.blocks[4].text == "Bad");
    CHECK(p.blocks[5].kind == BlockKind::Notice);
    CHECK(p.blocks[6].kind == BlockKind::Error);
  }
  SECTION("entities") {
    const Page p =
        parse_page("<p>&amp; &lt; &gt; &quot; &#39; &#54620;&#xAE00; &#X41; &unknown; &amp &#; &#0; &#x110000;</p>");
    REQUIRE(p.blocks.size() == 1);
    CHECK(p.blocks[0].text == "& < > \" ' 한글 A &unknown; &amp &#; \xEF\xBF\xBD \xEF\xBF\xBD");
  }
  SECTION("whitespace is collapsed; inline tags keep running text together") {
    const Page p = parse_page("<p>  Hello,\n\t<b>bold</b>   <em>world</em>!<br>Next  </p>");
    CHECK(block_texts(p) == std::vector<std::string>{"Hello, bold world! Next"});
  }
  SECTION("text outside known tags becomes paragraphs, split at block boundaries") {
    const Page p = parse_page("Loose text<div>in a div</div><span>span</span> text<ul><li>item</li></ul>");
    CHECK(block_texts(p) == std::vector<std::string>{"Loose text", "in a div", "span text", "item"});
  }
  SECTION("a <p> or heading closes the open paragraph") {
    const Page p = parse_page("<p>one<p>two<h2>three</h2>four");
    CHECK(block_texts(p) == std::vector<std::string>{"one", "two", "three", "four"});
  }
  SECTION("links: text joins the paragraph around it, a lone link makes none") {
    const Page p = parse_page(
        "<p>Go to <a href=\"/profile\">your profile</a>.</p>"
        "Click <a href=/x>here</a> now"
        "<ul><li><a href='/a?x=1&amp;y=2'> A \n link </a></li></ul>"
        "<a name=anchor>not a link</a>");
    REQUIRE(p.links.size() == 3);
    CHECK(p.links[0].text == "your profile");
    CHECK(p.links[0].href == "/profile");
    CHECK(p.links[1].href == "/x");
    CHECK(p.links[2].text == "A link");
    CHECK(p.links[2].href == "/a?x=1&y=2");
    CHECK(block_texts(p) == std::vector<std::string>{"Go to your profile.", "Click here now", "not a link"});
  }
  SECTION("images") {
    const Page p = parse_page("<p>hi<img src=\"/a.png\" alt=x></p><img alt=none><IMG SRC=//t.example/p.gif>");
    CHECK(p.images == std::vector<std::string>{"/a.png", "//t.example/p.gif"});
    CHECK(block_texts(p) == std::vector<std::string>{"hi"});
  }
  SECTION("script, style and comments are skipped") {
    const Page p = parse_page(
        "<style>p { color: red }</style><script>if (a < b && c) { document.write('<p>x</p>') }</script>"
        "<!-- <p>hidden</p> --><p>shown</p><SCRIPT>x</Script >after");
    CHECK(block_texts(p) == std::vector<std::string>{"shown", "after"});
  }
}

TEST_CASE("parse_page reads forms", "[page]") {
  SECTION("a login form") {
    const Page p = parse_page(
        "<form action=\"/login\" method=\"post\">"
        "<input type=\"hidden\" name=\"csrf\" value=\"abc\">"
        "<label for=\"u\">User name</label> <input id=\"u\" name=\"username\">"
        "<label>Password <input type=\"password\" name=\"password\"></label>"
        "<button type=\"submit\">Log in</button>"
        "</form>");
    REQUIRE(p.forms.size() == 1);
    const Form& f = p.forms[0];
    CHECK(f.action == "/login");
    CHECK(f.method == "POST");
    CHECK(f.submit_label == "Log in");
    REQUIRE(f.inputs.size() == 3);
    CHECK(f.inputs[0] == Input{"csrf", "hidden", "abc", ""});
    CHECK(f.inputs[1] == Input{"username", "text", "", "User name"});
    CHECK(f.inputs[2] == Input{"password", "password", "", "Password"});
    CHECK(p.blocks.empty());  // label and button text are not paragraphs
  }
  SECTION("defaults: GET, no action, label Submit") {
    const Page p = parse_page("<form><input name=q></form>");
    REQUIRE(p.forms.size() == 1);
    CHECK(p.forms[0].method == "GET");
    CHECK(p.forms[0].action.empty());
    CHECK(p.forms[0].submit_label == "Submit");
  }
  SECTION("method other than POST is GET; upper-case POST is read") {
    CHECK(parse_page("<form method=PUT></form>").forms.at(0).method == "GET");
    CHECK(parse_page("<FORM METHOD=POST></FORM>").forms.at(0).method == "POST");
  }
  SECTION("<input type=submit>: its value is the label; with a name it is also a field") {
    const Page p = parse_page(
        "<form><input type=submit value=\"Send it\"></form>"
        "<form><input type=SUBMIT name=action value=Delete></form>"
        "<form><input type=submit></form>");
    REQUIRE(p.forms.size() == 3);
    CHECK(p.forms[0].submit_label == "Send it");
    CHECK(p.forms[0].inputs.empty());
    CHECK(p.forms[1].submit_label == "Delete");
    CHECK(p.forms[1].inputs == std::vector<Input>{{"action", "submit", "Delete", ""}});
    CHECK(p.forms[2].submit_label == "Submit");
  }
  SECTION("reset and plain buttons do not submit") {
    const Page p = parse_page(
        "<form><button type=reset>Clear</button><input type=button value=Nope>"
        "<button>Go</button></form>");
    CHECK(p.forms.at(0).submit_label == "Go");
    CHECK(p.forms.at(0).inputs.empty());
  }
  SECTION("inputs outside a form are ignored; a form inside a form is ignored") {
    const Page p = parse_page("<input name=stray><form action=/a><form action=/b><input name=x></form></form>");
    REQUIRE(p.forms.size() == 1);
    CHECK(p.forms[0].action == "/a");
    REQUIRE(p.forms[0].inputs.size() == 1);
  }
  SECTION("an unclosed form ends with the document") {
    const Page p = parse_page("<form action=/x method=post><input name=a value='1'>");
    REQUIRE(p.forms.size() == 1);
    CHECK(p.forms[0].inputs.at(0).value == "1");
  }
  SECTION("select text is not page text") {
    const Page p = parse_page("<form><select name=s><option>One</option><option>Two</option></select></form><p>x</p>");
    CHECK(block_texts(p) == std::vector<std::string>{"x"});
  }
}

TEST_CASE("parse_page never fails on garbage", "[page]") {
  SECTION("malformed inputs, one by one") {
    CHECK(parse_page("").blocks.empty());
    CHECK(block_texts(parse_page("<")) == std::vector<std::string>{"<"});
    CHECK(block_texts(parse_page("a < b")) == std::vector<std::string>{"a < b"});
    CHECK(block_texts(parse_page("<<<>>>")) == std::vector<std::string>{"<<<>>>"});
    CHECK(block_texts(parse_page("x <p")) == std::vector<std::string>{"x"});  // tag cut off: dropped
    CHECK(block_texts(parse_page("<p>text<a href=\"/unterminated")) == std::vector<std::string>{"text"});
    CHECK(parse_page("<p class='x").blocks.empty());
    CHECK(parse_page("<p a=").blocks.empty());
    CHECK(block_texts(parse_page("<!-- never closed <p>x</p>")).empty());
    CHECK(parse_page("<title>no end").title == "no end");
    CHECK(block_texts(parse_page("<script>forever")).empty());
    CHECK(block_texts(parse_page("</p></a></form></label></button>ok")) == std::vector<std::string>{"ok"});
    CHECK(block_texts(parse_page("</>x")) == std::vector<std::string>{"x"});
    CHECK(block_texts(parse_page("<!doctype>x<?xml ?>y")) == std::vector<std::string>{"xy"});
    CHECK(block_texts(parse_page("< p>x")) == std::vector<std::string>{"< p>x"});
    CHECK(block_texts(parse_page(std::string("a\0b", 3))) == std::vector<std::string>{std::string("a\0b", 3)});
  }
  SECTION("an unclosed button or label cannot swallow the rest of the page") {
    const Page p = parse_page("<button>Click<p>After button</p><label>L<div>After label</div>");
    CHECK(block_texts(p) == std::vector<std::string>{"After button", "After label"});
  }
  SECTION("random bytes and random tag soup") {
    cl::IdGenerator ids(2026);
    for (int i = 0; i < 300; ++i) {
      const std::string soup = ids.token("<>/=\"' &#;apformiuthl1x\n", 200);
      const Page p = parse_page(soup);
      CHECK(p.blocks.size() <= soup.size());
      const Page again = parse_page(render_page(p));  // whatever was read renders and reads again
      CHECK(again.forms.size() == p.forms.size());
    }
  }
}

TEST_CASE("render_page writes escaped HTML that reads back equal", "[page]") {
  SECTION("the round trip") {
    const Page p = login_page();
    const Page back = parse_page(render_page(p));
    CHECK(back.title == p.title);
    CHECK(back.blocks == p.blocks);
    CHECK(back.links == p.links);
    CHECK(back.images == p.images);
    CHECK(back.forms == p.forms);
    CHECK(back == p);
  }
  SECTION("rendering is stable") {
    const std::string once = render_page(login_page());
    CHECK(render_page(parse_page(once)) == once);
  }
  SECTION("markup in texts is escaped") {
    Page p;
    p.title = "<script>alert(1)</script>";
    p.blocks = {{BlockKind::Paragraph, "<b>not bold</b>"}};
    p.links = {{"x", "\"><script>"}};
    const std::string html = render_page(p);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("&lt;b&gt;not bold&lt;/b&gt;"));
    CHECK_THAT(html, Catch::Contains("href=\"&quot;&gt;&lt;script&gt;\""));
    CHECK(parse_page(html) == p);
  }
  SECTION("an empty page") {
    const std::string html = render_page(Page{});
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(html, Catch::Contains("<meta charset=\"utf-8\">"));
    CHECK(parse_page(html) == Page{});
  }
  SECTION("the form markup") {
    Page p;
    Form f;
    f.action = "/login";
    f.method = "POST";
    f.inputs = {{"username", "text", "", "User"}};
    f.submit_label = "Go";
    p.forms = {f};
    CHECK_THAT(render_page(p), Catch::Contains("<form action=\"/login\" method=\"post\">\n"
                                               "<div><label>User <input type=\"text\" name=\"username\" value=\"\">"
                                               "</label></div>\n"
                                               "<div><button type=\"submit\">Go</button></div>\n"
                                               "</form>\n"));
  }
}

TEST_CASE("a checkbox's checked attribute is read and written back", "[page]") {
  const Page p = parse_page(
      "<form method=post><input type=checkbox name=a checked><input type=CHECKBOX name=b value=yes>"
      "<input type=text name=c checked></form>");
  REQUIRE(p.forms.size() == 1);
  const auto& in = p.forms[0].inputs;
  REQUIRE(in.size() == 3);
  CHECK(in[0].checked);
  CHECK_FALSE(in[1].checked);
  CHECK_FALSE(in[2].checked);  // only a checkbox is ticked
  const std::string html = render_page(p);
  CHECK(html.find("name=\"a\" value=\"\" checked>") != std::string::npos);
  CHECK(parse_page(html).forms == p.forms);
}

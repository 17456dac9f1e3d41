#include "sim/checks.h"

#include <algorithm>
#include "http/url.h"
#include "sim/world.h"

namespace cl::sim {

namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// How a form check lists a form without an action (it submits to the page's own URL).
constexpr std::string_view kThisPage = "(this page)";
constexpr std::string_view kThisPageKo = "(이 페이지)";

std::vector<std::string> names_in_header(const std::string& header) {
  std::vector<std::string> names;
  for (std::string_view pair : split(header, ';')) {
    pair = trim_wsp(pair);
    if (pair.empty()) continue;
    names.emplace_back(pair.substr(0, pair.find('=')));
  }
  return names;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The server a step is about: the one its first exchange reached, else the one it names.
int server_of(const World& world, const scenario::Step& step, const std::vector<Step>& steps) {
  for (const Step& s : steps)
    if (s.exchange && s.exchange->server >= 0) return s.exchange->server;
  if (!step.server.empty()) return world.server_index(step.server);
  return world.scenario().servers.size() == 1 ? 0 : -1;
}

}  // namespace

std::string logged_in_as(const World& world, int browser, int server) {
  if (browser < 0 || server < 0) return "";
  const server::Server& srv = world.server(server);
  if (srv.spec().hosts.empty()) return "";
  auto url = http::parse_url("http://" + srv.spec().hosts.front() + "/").url;
  if (!url) return "";
  cookie::RequestContext ctx;
  ctx.url = *url;
  cookie::CookieJar jar = world.browser(browser).jar;  // a copy: looking must not touch last-access times
  return srv.user_for_cookie_header(jar.cookies_for(ctx, world.now()).header, world.now());
}

std::vector<ExpectationResult> evaluate_expectations(const World& world, const scenario::Step& step,
                                                     const std::vector<Step>& steps,
                                                     const std::vector<SetCookieReport>& manual) {
  const scenario::Expectations& e = step.expect;
  std::vector<ExpectationResult> out;
  auto check = [&](std::string what, bool passed, std::string expected, std::string seen) {
    out.push_back({std::move(what), passed, std::move(expected), std::move(seen)});
  };
  const Exchange* first = nullptr;
  for (const Step& s : steps)
    if (s.exchange) {
      first = &*s.exchange;
      break;
    }
  const int browser = steps.empty() ? -1 : steps.front().browser;

  // A link to follow or a form to submit that the page does not have: the step sent
  // nothing, which is never what its author meant, so it fails as a check would.
  const bool follows = step.action == scenario::Action::Follow, submits = step.action == scenario::Action::Submit;
  if ((follows || submits) && !first && browser >= 0) {
    const page::Page& p = world.browser(browser).page();
    std::vector<std::string> there;
    if (follows)
      for (const page::Link& l : p.links) there.push_back(l.text);
    else
      for (const page::Form& f : p.forms) there.push_back(f.action.empty() ? std::string(kThisPage) : f.action);
    check(follows ? "link" : "form", false, follows ? step.link : step.form, join(there));
  }

  if (e.status) {
    const int seen = first ? first->status : 0;
    check("status", seen == *e.status, std::to_string(*e.status), first ? std::to_string(seen) : "-");
  }
  if (e.location) {
    std::string seen;
    if (first)
      for (const http::Field& f : first->response_fields())
        if (iequals_ascii(f.name, "Location")) seen = f.value;
    check("location", seen == *e.location, *e.location, seen.empty() ? "-" : seen);
  }
  const bool asks_sent = !e.sent.empty() || !e.not_sent.empty();  // reading the header parses the request
  const std::vector<std::string> sent = first && asks_sent ? names_in_header(first->cookie_header()) : std::vector<std::string>{};
  for (const std::string& n : e.sent) check("sent", contains(sent, n), n, join(sent));
  for (const std::string& n : e.not_sent)
    check("not_sent", !contains(sent, n), n, join(sent));

  std::vector<std::string> stored, ignored;
  auto sort_decision = [&](const SetCookieReport& r) {
    const std::string& name = r.decision.parsed.name;
    if (r.decision.outcome == cookie::SetOutcome::Ignored) ignored.push_back(name);
    else stored.push_back(name);
  };
  for (const Step& s : steps)
    if (s.exchange)
      for (const SetCookieReport& r : s.exchange->set_cookies) sort_decision(r);
  for (const SetCookieReport& r : manual) sort_decision(r);
  for (const std::string& n : e.stored) check("stored", contains(stored, n), n, join(stored));
  for (const std::string& n : e.ignored) check("ignored", contains(ignored, n), n, join(ignored));

  if (!e.in_jar.empty() || !e.not_in_jar.empty()) {
    std::vector<std::string> jar;
    if (browser >= 0)
      for (const cookie::Cookie& c : world.browser(browser).jar.all()) jar.push_back(c.name);
    for (const std::string& n : e.in_jar) check("in_jar", contains(jar, n), n, join(jar));
    for (const std::string& n : e.not_in_jar) check("not_in_jar", !contains(jar, n), n, join(jar));
  }
  const int server = server_of(world, step, steps);
  if (e.sessions) {
    const int seen = server >= 0 ? static_cast<int>(world.server(server).sessions().size()) : 0;
    check("sessions", seen == *e.sessions, std::to_string(*e.sessions), std::to_string(seen));
  }
  if (e.logged_in) {
    const std::string seen = logged_in_as(world, browser, server);
    check("logged_in", seen == *e.logged_in, *e.logged_in, seen);
  }
  if (e.page_contains) {
    std::string text;
    if (browser >= 0) {
      const page::Page& p = world.browser(browser).page();
      text = p.title;
      for (const page::Block& b : p.blocks) text += "\n" + b.text;
      for (const page::Link& l : p.links) text += "\n" + l.text;
    }
    // What was seen goes on one line (a failure is reported as file:line: ...).
    std::string seen = text.substr(0, 200);
    std::replace(seen.begin(), seen.end(), '\n', '|');
    check("page_contains", text.find(*e.page_contains) != std::string::npos, *e.page_contains, seen);
  }
  return out;
}

Bilingual describe_check(const ExpectationResult& c) {
  const std::string& v = c.expected;
  const std::string who = v.empty() ? "nobody" : v;
  const std::string who_ko = v.empty() ? "아무도 아님" : v;
  if (c.what == "status") return {"status " + v, "상태 코드 " + v};
  if (c.what == "location") return {"Location: " + v, "Location: " + v};
  if (c.what == "sent") return {v + " is sent", v + " 쿠키를 보냄"};
  if (c.what == "not_sent") return {v + " is not sent", v + " 쿠키를 보내지 않음"};
  if (c.what == "stored") return {v + " is stored", v + " 쿠키가 저장됨"};
  if (c.what == "ignored") return {v + " is ignored", v + " 쿠키가 무시됨"};
  if (c.what == "in_jar") return {v + " is in the jar", "쿠키 저장소에 " + v + " 있음"};
  if (c.what == "not_in_jar") return {v + " is not in the jar", "쿠키 저장소에 " + v + " 없음"};
  if (c.what == "sessions") return {v + (v == "1" ? " session row" : " session rows"), "세션 행 " + v + "개"};
  if (c.what == "logged_in") return {"logged in: " + who, "로그인한 사용자: " + who_ko};
  if (c.what == "page_contains") return {"the page shows \"" + v + "\"", "페이지에 \"" + v + "\" 표시"};
  if (c.what == "link") return {"a link \"" + v + "\" on the page", "페이지에 \"" + v + "\" 링크가 있음"};
  if (c.what == "form")
    return v.empty() ? Bilingual{"a form on the page", "페이지에 폼이 있음"}
                     : Bilingual{"a form for " + v + " on the page", "페이지에 action이 \"" + v + "\"인 폼이 있음"};
  return {c.what + ": " + v, c.what + ": " + v};
}

Bilingual describe_seen(const ExpectationResult& c) {
  if (c.what != "form") return {c.seen, c.seen};
  // The actions of the page's forms, as evaluate_expectations joined them.
  std::string ko;
  const std::string_view seen = c.seen;
  for (std::size_t start = 0;;) {
    const std::size_t end = seen.find(", ", start);
    const std::string_view action = seen.substr(start, end == std::string_view::npos ? end : end - start);
    ko += action == kThisPage ? kThisPageKo : action;
    if (end == std::string_view::npos) break;
    ko += ", ";
    start = end + 2;
  }
  return {c.seen, ko};
}

}  // namespace cl::sim

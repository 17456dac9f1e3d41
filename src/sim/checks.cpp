#include "sim/checks.h"
#include "scenario/names.h"

#include <algorithm>
#include "http/url.h"
#include "sim/check_messages.h"
#include "sim/world.h"

namespace cl::sim {

namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// How a form check lists a form without an action (it submits to the page's own URL);
// describe_seen reads it back as CheckMsg::ThisPage.
constexpr std::string_view kThisPage = "(this page)";

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
    out.push_back({std::move(what), passed, std::move(expected), std::move(seen), {}});
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
  const std::vector<std::string> sent =
      first && asks_sent ? names_in_header(first->cookie_header()) : std::vector<std::string>{};
  for (const std::string& n : e.sent) check("sent", contains(sent, n), n, join(sent));
  for (const std::string& n : e.not_sent) check("not_sent", !contains(sent, n), n, join(sent));

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
    // Told by the name the Korean narration uses (앨리스); the check compares usernames.
    const std::string& ko = scenario::user_shown(world.scenario(), server, *e.logged_in, Lang::Ko);
    if (ko != *e.logged_in) out.back().expected_ko = ko;
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
    // Cut at a character's start, not inside a Hangul syllable's three bytes.
    std::size_t cut = std::min<std::size_t>(text.size(), 200);
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string seen = text.substr(0, cut);
    std::replace(seen.begin(), seen.end(), '\n', '|');
    // The page is in its reader's language (the sites follow Accept-Language).
    const std::string& wanted = world.browser_language(browser) == Lang::Ko && !e.page_contains_ko.empty()
                                    ? e.page_contains_ko
                                    : *e.page_contains;
    check("page_contains", text.find(wanted) != std::string::npos, wanted, seen);
  }
  return out;
}

Message describe_check(const ExpectationResult& c) {
  const std::string& v = c.expected;
  if (c.what == "status") return message(CheckMsg::Status, {v});
  if (c.what == "location") return message(CheckMsg::Location, {v});
  if (c.what == "sent") return message(CheckMsg::Sent, {v});
  if (c.what == "not_sent") return message(CheckMsg::NotSent, {v});
  if (c.what == "stored") return message(CheckMsg::Stored, {v});
  if (c.what == "ignored") return message(CheckMsg::Ignored, {v});
  if (c.what == "in_jar") return message(CheckMsg::InJar, {v});
  if (c.what == "not_in_jar") return message(CheckMsg::NotInJar, {v});
  if (c.what == "sessions") return message(v == "1" ? CheckMsg::OneSession : CheckMsg::Sessions, {v});
  if (c.what == "logged_in")
    return v.empty() ? message(CheckMsg::LoggedInNobody)
                     : message(CheckMsg::LoggedIn, {Message::named(v, c.expected_ko.empty() ? v : c.expected_ko)});
  if (c.what == "page_contains") return message(CheckMsg::PageContains, {v});
  if (c.what == "link") return message(CheckMsg::Link, {v});
  if (c.what == "form") return v.empty() ? message(CheckMsg::AnyForm) : message(CheckMsg::Form, {v});
  return message(CheckMsg::Other, {c.what, v});
}

Message describe_seen(const ExpectationResult& c) {
  if (c.what != "form") return c.seen;
  // The actions of the page's forms, as evaluate_expectations joined them; the last
  // first, so each item is put before the list of those after it.
  const std::string_view seen = c.seen;
  const auto item = [](std::string_view action) {
    return action == kThisPage ? message(CheckMsg::ThisPage) : Message(action);
  };
  std::size_t end = seen.size();
  std::size_t start = seen.rfind(", ");
  Message out = item(start == std::string_view::npos ? seen : seen.substr(start + 2));
  while (start != std::string_view::npos) {
    end = start;
    start = end == 0 ? std::string_view::npos : seen.rfind(", ", end - 1);
    const std::size_t from = start == std::string_view::npos ? 0 : start + 2;
    out = message(CheckMsg::SeenList, {item(seen.substr(from, end - from)), std::move(out)});
  }
  return out;
}

}  // namespace cl::sim

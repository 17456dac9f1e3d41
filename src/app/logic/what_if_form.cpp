#include "app/logic/what_if_form.h"
#include <algorithm>

namespace cl::app {
namespace {

using Kind = scenario::Change::Kind;

void add(std::string& settings, std::string_view key, std::string_view value) {
  if (!settings.empty()) settings += ",";
  settings += std::string(key) + "=" + std::string(value);
}

void add_bool(std::string& settings, std::string_view key, Keep3 v, std::string_view off = "false",
              std::string_view on = "true") {
  if (v != Keep3::Keep) add(settings, key, v == Keep3::On ? on : off);
}

void add_same_site(std::string& settings, std::string_view key, SameSiteChoice s) {
  constexpr std::string_view kNames[] = {"", "unset", "lax", "strict", "none"};
  if (s != SameSiteChoice::Keep) add(settings, key, kNames[static_cast<int>(s)]);
}

void add_life(std::string& settings, std::string_view key, LifeChoice l, const std::string& after) {
  if (l == LifeChoice::Session) add(settings, key, "session");
  if (l == LifeChoice::After) add(settings, key, after);
}

// The browser part of a cookie's name: "@alice" when one is named.
std::string at_browser(const std::string& browser) { return browser.empty() ? "" : "@" + browser; }

// The first timeline entry of lesson step `step` (from 1) or later.
std::size_t first_entry_of(const sim::Timeline& t, int step) {
  std::size_t i = 0;
  while (i < t.size() && t.step(i).scenario_step < step - 1) ++i;
  return i;
}

}  // namespace

std::string form_text(const WhatIfForm& f) {
  std::string s;
  switch (f.kind) {
    case Kind::Cookie:
      if (f.set_value) add(s, "value", f.value);
      if (f.set_domain) add(s, "domain", f.domain);
      if (f.set_path) add(s, "path", f.path);
      add_life(s, "expires", f.expires, f.expires_after);
      add_bool(s, "secure", f.secure);
      add_bool(s, "httponly", f.http_only);
      add_same_site(s, "samesite", f.same_site);
      return "cookie:" + f.cookie + at_browser(f.browser) + ":" + s;
    case Kind::DeleteCookie: return "cookie:" + f.cookie + at_browser(f.browser) + ":delete";
    case Kind::Server:
      add_bool(s, "httponly", f.cookie_http_only);
      add_bool(s, "secure", f.cookie_secure);
      add_same_site(s, "samesite", f.cookie_same_site);
      add_life(s, "max-age", f.max_age, f.max_age_after);
      add_bool(s, "renew-key", f.renew_key);
      if (f.set_session_age) add(s, "session-age", f.session_age);
      add_bool(s, "csrf", f.csrf);
      return "server:" + f.server + ":" + s;
    case Kind::Browser:
      if (f.policy != PolicyChoice::Keep) add(s, "policy", f.policy == PolicyChoice::Chromium ? "chromium" : "rfc6265");
      add_bool(s, "third-party", f.block_third_party, "allow", "block");
      return "browser" + (f.browser.empty() ? std::string() : ":" + f.browser) + ":" + s;
    case Kind::CloseReopen: return "close" + (f.browser.empty() ? std::string() : ":" + f.browser);
    case Kind::Wait: return "wait:" + f.wait;
    case Kind::Count: break;
  }
  return "";
}

scenario::ParsedChange form_change(const WhatIfForm& form) { return scenario::parse_change(form_text(form)); }

int lesson_step_at(const sim::World& lesson, std::size_t position) {
  const sim::Timeline& t = lesson.timeline();
  for (std::size_t i = std::min(position, t.size()); i > 0; --i)
    if (t.step(i - 1).scenario_step >= 0) return t.step(i - 1).scenario_step + 1;
  return 0;
}

int fork_step_at(const sim::World& lesson, std::size_t position) {
  const int steps = static_cast<int>(lesson.scenario().steps.size());
  return std::clamp(lesson_step_at(lesson, position) + 1, 1, std::max(1, steps));
}

std::size_t position_of_step(const sim::World& lesson, int step) {
  if (step <= 0) return 0;
  return first_entry_of(lesson.timeline(), step + 1);
}

std::vector<std::string> cookie_names_before(const sim::World& lesson, int at, const std::string& browser) {
  const sim::Timeline& t = lesson.timeline();
  const std::size_t first = first_entry_of(t, at);
  const sim::Snapshot& before = first == 0 ? t.initial() : t.snapshot(first - 1);
  std::vector<std::string> names;
  for (const auto& b : before.browsers) {
    if (b->name != browser) continue;
    for (const cookie::Cookie& c : b->jar.all())
      if (std::find(names.begin(), names.end(), c.name) == names.end()) names.push_back(c.name);
  }
  return names;
}

WhatIfForm form_at(const sim::World& lesson, std::size_t position, int browser) {
  WhatIfForm f;
  f.at = fork_step_at(lesson, position);
  const scenario::Scenario& sc = lesson.scenario();
  if (browser >= 0 && static_cast<std::size_t>(browser) < sc.browsers.size())
    f.browser = sc.browsers[static_cast<std::size_t>(browser)].name;
  else if (!sc.browsers.empty()) f.browser = sc.browsers.front().name;
  const std::vector<std::string> names = cookie_names_before(lesson, f.at, f.browser);
  if (!names.empty()) f.cookie = names.front();
  if (!sc.servers.empty()) f.server = sc.servers.front().name;
  return f;
}

}  // namespace cl::app

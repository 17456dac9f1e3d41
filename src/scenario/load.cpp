// Reading a scenario file with toml++ (the only file that includes it: it compiles
// slowly). The reader walks the tables of scenarios/FORMAT.md one function each,
// checks every key and value, and keeps going after a mistake so the author gets
// all of them in one run. Checks across the file are in references.cpp.
#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>
#include <toml++/toml.h>
#include "base/text.h"
#include "base/time.h"
#include "scenario/findings.h"
#include "scenario/load.h"
#include "scenario/references.h"
#include "scenario/step_keys.h"
#include "scenario/values.h"

namespace cl::scenario {

namespace {

using Keys = std::vector<std::string_view>;

const Keys kTopKeys = {"id", "level", "start", "seed", "title", "summary", "server", "browser", "step"};
const Keys kServerKeys = {"name", "hosts", "profile", "session_age", "users", "route", "secret"};
const Keys kUserKeys = {"username", "password", "display_name", "staff"};
const Keys kRouteKeys = {"path", "method", "status", "headers", "body"};
const Keys kBrowserKeys = {"name", "policy", "user_agent", "block_third_party"};
const Keys kExpectKeys = {"status",   "location",   "sent",     "not_sent",  "stored",       "ignored",
                          "in_jar",   "not_in_jar", "sessions", "logged_in", "page_contains"};
const Keys kQuestionKeys = {"prompt", "choices", "answer", "explain"};
const Keys kTextKeys = {"en", "ko"};

// A scenario file is a few kilobytes; this only keeps a wrong path (a disk image)
// from being read into memory.
constexpr std::uintmax_t kMaxFileBytes = 16u * 1024 * 1024;

SourcePos pos_of(const toml::source_region& r) {
  return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::string_view type_phrase(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a floating-point number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}


// Where a table is: its path for positions ("step[2].expect"), the prefix of its
// messages ("step 3: ") and how its keys are named in them ("expect.").
struct Ctx {
  std::string path;
  std::string label;
  std::string keys;

  std::string key_path(std::string_view key) const {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }
  std::string name(std::string_view key) const { return keys + std::string(key); }
  Ctx sub(std::string_view key) const { return {key_path(key), label, name(key) + "."}; }
  Ctx item(std::string_view key, std::size_t i) const {
    const std::string index = "[" + std::to_string(i) + "]";
    return {key_path(key) + index, label, name(key) + index + "."};
  }
};

class Reader {
public:
  explicit Reader(Findings& f) : f_(f) {}

  Scenario read(const toml::table& root, const std::string& path);

private:
  Findings& f_;

  // --- generic helpers: each reports its own mistakes and returns nullopt then ---
  const toml::node* find(const toml::table& t, std::string_view key, const Ctx& c);
  void wrong_type(const toml::node& n, const Ctx& c, std::string_view key, std::string_view expected);
  void check_keys(const toml::table& t, const Ctx& c, const Keys& allowed);
  bool require(const toml::table& t, std::string_view key, const Ctx& c, std::string_view what);
  std::optional<std::string> get_string(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::string> get_nonempty(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::int64_t> get_int(const toml::table& t, std::string_view key, const Ctx& c,
                                      std::int64_t min, std::int64_t max, std::string_view range);
  std::optional<bool> get_bool(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::vector<std::string>> get_strings(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<Bilingual> text_of(const toml::node& n, const Ctx& c, std::string_view key);
  std::optional<Bilingual> get_text(const toml::table& t, std::string_view key, const Ctx& c);
  const toml::table* get_table(const toml::table& t, std::string_view key, const Ctx& c);
  std::vector<const toml::table*> get_tables(const toml::table& t, std::string_view key, const Ctx& c,
                                             std::string_view how);
  std::optional<std::string> get_url(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<TimeMs> get_duration(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<TimeMs> get_start(const toml::table& t);

  // --- one function per table of FORMAT.md ---
  server::ServerSpec read_server(const toml::table& t, std::size_t i);
  std::optional<server::UserSpec> read_user(const toml::table& t, const Ctx& c);
  std::optional<server::RouteSpec> read_route(const toml::table& t, const Ctx& c);
  BrowserSpec read_browser(const toml::table& t, std::size_t i);
  Step read_step(const toml::table& t, std::size_t i);
  void check_step_keys(const toml::table& t, const Ctx& c, std::optional<Action> action);
  void read_step_values(const toml::table& t, const Ctx& c, Step& step);
  http::FormFields read_fields(const toml::table& t, const Ctx& c);
  Expectations read_expect(const toml::table& t, const Ctx& c);
  std::optional<Question> read_question(const toml::table& t, const Ctx& c);
};

const toml::node* Reader::find(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = t.get(key);
  if (n) f_.positions[c.key_path(key)] = pos_of(n->source());
  return n;
}

void Reader::wrong_type(const toml::node& n, const Ctx& c, std::string_view key, std::string_view expected) {
  f_.reject(c.key_path(key), pos_of(n.source()),
            c.label + c.name(key) + ": expected " + std::string(expected) + ", found " + std::string(type_phrase(n)));
}

void Reader::check_keys(const toml::table& t, const Ctx& c, const Keys& allowed) {
  for (auto&& [key, value] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    const std::string in = c.keys.empty() ? "" : " in " + c.keys.substr(0, c.keys.size() - 1);
    f_.error(pos_of(key.source()),
             c.label + "unknown key " + in_quotes(key.str()) + in + "; allowed here: " + join_names(allowed));
  }
}

bool Reader::require(const toml::table& t, std::string_view key, const Ctx& c, std::string_view what) {
  if (t.contains(key)) return true;
  const SourcePos at = c.path.empty() ? SourcePos{} : pos_of(t.source());
  f_.error(at, c.label + "missing key " + in_quotes(c.name(key)) + (what.empty() ? "" : " (" + std::string(what) + ")"));
  return false;
}

std::optional<std::string> Reader::get_string(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* s = n->as_string()) return s->get();
  wrong_type(*n, c, key, "a string");
  return std::nullopt;
}

std::optional<std::string> Reader::get_nonempty(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (s && trim_wsp(*s).empty()) {
    f_.reject(c.key_path(key), f_.at(c.key_path(key)), c.label + c.name(key) + ": is empty");
    return std::nullopt;
  }
  return s;
}

std::optional<std::int64_t> Reader::get_int(const toml::table& t, std::string_view key, const Ctx& c,
                                            std::int64_t min, std::int64_t max, std::string_view range) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* v = n->as_integer();
  if (!v) {
    wrong_type(*n, c, key, "an integer");
    return std::nullopt;
  }
  const std::int64_t x = v->get();
  if (x < min || x > max) {
    f_.reject(c.key_path(key), pos_of(n->source()),
              c.label + c.name(key) + ": " + std::to_string(x) + " is out of range; " + std::string(range));
    return std::nullopt;
  }
  return x;
}

std::optional<bool> Reader::get_bool(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* b = n->as_boolean()) return b->get();
  wrong_type(*n, c, key, "true or false");
  return std::nullopt;
}

std::optional<std::vector<std::string>> Reader::get_strings(const toml::table& t, std::string_view key,
                                                            const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* a = n->as_array();
  if (!a) {
    wrong_type(*n, c, key, "an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (std::size_t i = 0; i < a->size(); ++i) {
    const toml::node& e = *a->get(i);
    const std::string item = std::string(key) + "[" + std::to_string(i) + "]";
    f_.positions[c.key_path(item)] = pos_of(e.source());
    if (const auto* s = e.as_string()) {
      out.push_back(s->get());
    } else {
      wrong_type(e, c, item, "a string");
      ok = false;
    }
  }
  if (!ok) {
    f_.rejected.insert(c.key_path(key));
    return std::nullopt;
  }
  return out;
}

// Every text the learner reads is a table { en = "...", ko = "..." }: the course is
// taught in both languages, so a missing translation is a mistake, not a fallback.
std::optional<Bilingual> Reader::text_of(const toml::node& n, const Ctx& c, std::string_view key) {
  const auto* t = n.as_table();
  if (!t) {
    f_.reject(c.key_path(key), pos_of(n.source()),
              c.label + c.name(key) + ": expected a table { en = \"...\", ko = \"...\" }, found " +
                  std::string(type_phrase(n)) + "; every text must be given in both English and Korean");
    return std::nullopt;
  }
  const Ctx tc = c.sub(key);
  check_keys(*t, tc, kTextKeys);
  Bilingual text;
  bool ok = true;
  for (const std::string_view lang : kTextKeys) {
    if (!t->contains(lang)) {
      f_.error(pos_of(t->source()), c.label + c.name(key) + ": missing " + in_quotes(lang) + " (" +
                                        (lang == "en" ? "English" : "Korean") +
                                        "); every text must be given in both English and Korean");
      ok = false;
      continue;
    }
    auto s = get_nonempty(*t, lang, tc);
    if (!s) {
      ok = false;
      continue;
    }
    (lang == "en" ? text.en : text.ko) = std::move(*s);
  }
  if (!ok) {
    f_.rejected.insert(c.key_path(key));
    return std::nullopt;
  }
  return text;
}

std::optional<Bilingual> Reader::get_text(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  return text_of(*n, c, key);
}

const toml::table* Reader::get_table(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return nullptr;
  if (const auto* tt = n->as_table()) return tt;
  wrong_type(*n, c, key, "a table");
  return nullptr;
}

// [[server]], [[step]], users = [ {...} ]: an array whose items are tables. A bad
// item is reported and skipped; the good ones are still read and checked.
std::vector<const toml::table*> Reader::get_tables(const toml::table& t, std::string_view key, const Ctx& c,
                                                   std::string_view how) {
  std::vector<const toml::table*> out;
  const toml::node* n = find(t, key, c);
  if (!n) return out;
  const auto* a = n->as_array();
  if (!a) {
    wrong_type(*n, c, key, "an array of tables (" + std::string(how) + ")");
    return out;
  }
  for (std::size_t i = 0; i < a->size(); ++i) {
    const toml::node& e = *a->get(i);
    if (const auto* tt = e.as_table()) {
      out.push_back(tt);
    } else {
      wrong_type(e, c, std::string(key) + "[" + std::to_string(i) + "]", "a table");
      f_.rejected.insert(c.key_path(key));
      out.push_back(nullptr);  // keeps the numbering of the others
    }
  }
  return out;
}

std::optional<std::string> Reader::get_url(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (const std::string problem = url_problem(*s); !problem.empty()) {
    f_.reject(c.key_path(key), f_.at(c.key_path(key)),
              c.label + c.name(key) + ": bad URL " + in_quotes(*s) + ": " + problem);
    return std::nullopt;
  }
  return s;
}

std::optional<TimeMs> Reader::get_duration(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (const auto d = parse_duration(*s)) return d;
  f_.reject(c.key_path(key), f_.at(c.key_path(key)),
            c.label + c.name(key) + ": bad duration " + in_quotes(*s) +
                "; write a number and a unit, e.g. \"30s\", \"15m\", \"2h\", \"1d\", \"2w\", \"1h30m\"");
  return std::nullopt;
}

// The clock is UTC everywhere (cookie expiry dates are GMT, RFC 6265 5.1.1), so a
// start time must say Z. A quoted string or a TOML offset date-time are both fine.
std::optional<TimeMs> Reader::get_start(const toml::table& t) {
  const Ctx top;
  const toml::node* n = find(t, "start", top);
  if (!n) return std::nullopt;
  const std::string hint = "; write it in UTC as \"2026-03-02T09:00:00Z\"";
  if (const auto* dt = n->as_date_time()) {
    const toml::date_time& v = dt->get();
    if (!v.offset) {
      f_.reject("start", pos_of(n->source()), "start: a local date-time has no time zone" + hint);
      return std::nullopt;
    }
    const TimeMs day = days_from_civil(v.date.year, v.date.month, v.date.day) * kDay;
    const TimeMs clock = v.time.hour * kHour + v.time.minute * kMinute + v.time.second * kSecond +
                         v.time.nanosecond / 1000000;
    return day + clock - static_cast<TimeMs>(v.offset->minutes) * kMinute;
  }
  const auto* s = n->as_string();
  if (!s) {
    wrong_type(*n, top, "start", "a date-time string");
    return std::nullopt;
  }
  if (const auto time = parse_iso8601(s->get())) return time;
  f_.reject("start", pos_of(n->source()), "start: bad start time " + in_quotes(s->get()) + hint);
  return std::nullopt;
}

Scenario Reader::read(const toml::table& root, const std::string& path) {
  Scenario s;
  s.path = path;
  const Ctx top;
  check_keys(root, top, kTopKeys);

  if (auto id = get_nonempty(root, "id", top)) s.id = *id;
  else s.id = std::filesystem::path(path).stem().string();
  if (auto level = get_int(root, "level", top, 1, 3, "allowed: 1 (beginner), 2 (intermediate), 3 (advanced)"))
    s.level = static_cast<int>(*level);
  if (auto start = get_start(root)) s.start = *start;
  if (auto seed = get_int(root, "seed", top, 0, std::numeric_limits<std::int64_t>::max(), "a seed is 0 or more"))
    s.seed = static_cast<std::uint64_t>(*seed);
  if (require(root, "title", top, "a table { en = \"...\", ko = \"...\" }"))
    if (auto title = get_text(root, "title", top)) s.title = *title;
  if (auto summary = get_text(root, "summary", top)) s.summary = *summary;

  const auto servers = get_tables(root, "server", top, "write [[server]]");
  for (std::size_t i = 0; i < servers.size(); ++i)
    if (servers[i]) s.servers.push_back(read_server(*servers[i], i));
  const auto browsers = get_tables(root, "browser", top, "write [[browser]]");
  for (std::size_t i = 0; i < browsers.size(); ++i)
    if (browsers[i]) s.browsers.push_back(read_browser(*browsers[i], i));

  if (require(root, "step", top, "a scenario needs at least one [[step]]")) {
    const auto steps = get_tables(root, "step", top, "write [[step]] before each step");
    if (steps.empty() && !f_.refused("step"))
      f_.error(f_.at("step"), "step: a scenario needs at least one [[step]]");
    for (std::size_t i = 0; i < steps.size(); ++i)
      if (steps[i]) s.steps.push_back(read_step(*steps[i], i));
  }
  return s;
}

server::ServerSpec Reader::read_server(const toml::table& t, std::size_t i) {
  const Ctx c{"server[" + std::to_string(i) + "]", "server " + std::to_string(i + 1) + ": ", ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kServerKeys);
  server::ServerSpec spec;
  if (require(t, "name", c, "how steps refer to this server"))
    if (auto name = get_nonempty(t, "name", c)) spec.name = *name;
  if (require(t, "hosts", c, "the host names it answers for, e.g. [\"shop.example\"]")) {
    if (auto hosts = get_strings(t, "hosts", c)) {
      if (hosts->empty()) f_.reject(c.key_path("hosts"), f_.at(c.key_path("hosts")), c.label + "hosts: is empty");
      for (std::size_t h = 0; h < hosts->size(); ++h) {
        const std::string& host = (*hosts)[h];
        const std::string item = "hosts[" + std::to_string(h) + "]";
        if (const std::string problem = host_problem(host); !problem.empty())
          f_.reject(c.key_path(item), f_.at(c.key_path(item)), c.label + item + ": " + in_quotes(host) + ": " + problem);
        else
          spec.hosts.push_back(host);
      }
    }
  }
  if (auto profile = get_string(t, "profile", c)) {
    constexpr std::array kProfiles = {server::Profile::Django, server::Profile::Php, server::Profile::Express,
                                      server::Profile::Servlet, server::Profile::Stateless};
    Keys names;
    bool found = false;
    for (const auto p : kProfiles) {
      names.push_back(server::profile_name(p));
      if (server::profile_name(p) == *profile) {
        spec.profile = p;
        found = true;
      }
    }
    if (!found)
      f_.reject(c.key_path("profile"), f_.at(c.key_path("profile")),
                c.label + "profile: unknown profile " + in_quotes(*profile) + "; allowed: " + join_names(names));
  }
  if (auto age = get_duration(t, "session_age", c)) spec.session_age = *age;
  if (auto secret = get_nonempty(t, "secret", c)) spec.secret = *secret;
  const auto users = get_tables(t, "users", c, "users = [ { username = \"...\", password = \"...\" } ]");
  for (std::size_t u = 0; u < users.size(); ++u) {
    if (!users[u]) continue;
    const Ctx uc{c.key_path("users") + "[" + std::to_string(u) + "]", c.label + "user " + std::to_string(u + 1) + ": ", ""};
    if (auto user = read_user(*users[u], uc)) spec.users.push_back(std::move(*user));
  }
  const auto routes = get_tables(t, "route", c, "write [[server.route]]");
  for (std::size_t r = 0; r < routes.size(); ++r) {
    if (!routes[r]) continue;
    const Ctx rc{c.key_path("route") + "[" + std::to_string(r) + "]", c.label + "route " + std::to_string(r + 1) + ": ", ""};
    if (auto route = read_route(*routes[r], rc)) spec.routes.push_back(std::move(*route));
  }
  return spec;
}

std::optional<server::UserSpec> Reader::read_user(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kUserKeys);
  server::UserSpec user;
  bool ok = require(t, "username", c, "the login name");
  if (auto name = get_nonempty(t, "username", c)) user.username = *name;
  else ok = false;
  ok = require(t, "password", c, "") && ok;
  if (auto password = get_string(t, "password", c)) user.password = *password;
  if (auto display = get_nonempty(t, "display_name", c)) user.display_name = *display;
  else user.display_name = user.username;
  if (auto staff = get_bool(t, "staff", c)) user.staff = *staff;
  if (!ok) return std::nullopt;
  return user;
}

std::optional<server::RouteSpec> Reader::read_route(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kRouteKeys);
  server::RouteSpec route;
  if (!require(t, "path", c, "the exact path it answers, e.g. \"/set-theme\"")) return std::nullopt;
  if (auto path = get_string(t, "path", c)) {
    if (path->empty() || path->front() != '/')
      f_.reject(c.key_path("path"), f_.at(c.key_path("path")),
                c.label + "path: " + in_quotes(*path) + " must start with '/'");
    else
      route.path = *path;
  }
  if (auto method = get_string(t, "method", c)) {
    if (const std::string problem = method_problem(*method); !problem.empty())
      f_.reject(c.key_path("method"), f_.at(c.key_path("method")), c.label + "method: " + in_quotes(*method) + ": " + problem);
    else
      route.method = *method;
  }
  if (auto status = get_int(t, "status", c, 100, 599, "an HTTP status is 100 to 599"))
    route.status = static_cast<int>(*status);
  if (auto headers = get_strings(t, "headers", c)) {
    for (std::size_t h = 0; h < headers->size(); ++h) {
      const std::string item = "headers[" + std::to_string(h) + "]";
      if (const std::string problem = header_line_problem((*headers)[h]); !problem.empty())
        f_.reject(c.key_path(item), f_.at(c.key_path(item)), c.label + item + ": " + problem);
      else
        route.headers.push_back(split_header_line((*headers)[h]));
    }
  }
  if (auto body = get_string(t, "body", c)) route.body = *body;
  return route;
}

BrowserSpec Reader::read_browser(const toml::table& t, std::size_t i) {
  const Ctx c{"browser[" + std::to_string(i) + "]", "browser " + std::to_string(i + 1) + ": ", ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kBrowserKeys);
  BrowserSpec b;
  b.pos = pos_of(t.source());
  if (require(t, "name", c, "steps name the browser they drive"))
    if (auto name = get_nonempty(t, "name", c)) b.name = *name;
  if (auto policy = get_string(t, "policy", c)) {
    constexpr std::array kPolicies = {cookie::Policy::Rfc6265, cookie::Policy::Chromium};
    Keys names;
    bool found = false;
    for (const auto p : kPolicies) {
      names.push_back(cookie::policy_name(p));
      if (cookie::policy_name(p) == *policy) {
        b.policy = p;
        found = true;
      }
    }
    if (!found)
      f_.reject(c.key_path("policy"), f_.at(c.key_path("policy")),
                c.label + "policy: unknown policy " + in_quotes(*policy) + "; allowed: " + join_names(names));
  }
  if (auto agent = get_string(t, "user_agent", c)) b.user_agent = *agent;
  if (auto block = get_bool(t, "block_third_party", c)) b.block_third_party = *block;
  return b;
}

Step Reader::read_step(const toml::table& t, std::size_t i) {
  const Ctx c{"step[" + std::to_string(i) + "]", "step " + std::to_string(i + 1) + ": ", ""};
  Step step;
  step.pos = pos_of(t.source());
  f_.positions[c.path] = step.pos;

  std::optional<Action> action;
  Keys names;
  for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a)
    names.push_back(action_name(static_cast<Action>(a)));
  if (require(t, "action", c, "one of: " + join_names(names))) {
    if (auto name = get_string(t, "action", c)) {
      action = action_from_name(*name);
      if (!action)
        f_.reject(c.key_path("action"), f_.at(c.key_path("action")),
                  c.label + "action: unknown action " + in_quotes(*name) + "; allowed: " + join_names(names));
    }
  }
  if (action) step.action = *action;
  check_step_keys(t, c, action);
  read_step_values(t, c, step);
  return step;
}

// The keys a step may have depend on its action (FORMAT.md "Actions and their
// keys"). A key another action uses is named as such: the author likely picked the
// wrong action or copied a step, and "unknown key" would mislead.
void Reader::check_step_keys(const toml::table& t, const Ctx& c, std::optional<Action> action) {
  const auto& common = common_step_keys();
  for (auto&& [key, value] : t) {
    const std::string_view k = key.str();
    if (std::find(common.begin(), common.end(), k) != common.end()) continue;
    if (!action) {
      if (any_action_takes(k)) continue;  // judged once the action is fixed
    } else if (action_keys(*action).takes(k)) {
      continue;
    }
    const SourcePos at = pos_of(key.source());
    f_.rejected.insert(c.key_path(k));
    if (action && any_action_takes(k)) {
      const auto& own = action_keys(*action);
      Keys takes = own.required;
      takes.insert(takes.end(), own.optional.begin(), own.optional.end());
      f_.error(at, c.label + "action " + in_quotes(action_name(*action)) + " does not use key " + in_quotes(k) +
                       "; it takes: " + (takes.empty() ? std::string("no other key") : join_names(takes)) +
                       " (and " + join_names(common) + ")");
    } else {
      Keys all = common;
      for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a) {
        const auto& own = action_keys(static_cast<Action>(a));
        for (const auto& list : {own.required, own.optional})
          for (const auto key_name : list)
            if (std::find(all.begin(), all.end(), key_name) == all.end()) all.push_back(key_name);
      }
      f_.error(at, c.label + "unknown key " + in_quotes(k) + "; allowed in a step: " + join_names(all));
    }
  }
  if (action)
    for (const auto key : action_keys(*action).required)
      if (!t.contains(key))
        f_.error(pos_of(t.source()), c.label + "action " + in_quotes(action_name(*action)) + " needs key " + in_quotes(key));
}

void Reader::read_step_values(const toml::table& t, const Ctx& c, Step& step) {
  // A key the action does not take was reported already; reading it again would
  // only add noise, so each value is read when it is welcome.
  const auto welcome = [&](std::string_view key) { return t.contains(key) && !f_.refused(c.key_path(key)); };
  if (auto browser = get_nonempty(t, "browser", c)) step.browser = *browser;
  if (welcome("url"))
    if (auto url = get_url(t, "url", c)) step.url = *url;
  if (welcome("fields")) step.fields = read_fields(t, c);
  if (welcome("form"))
    if (auto form = get_string(t, "form", c)) step.form = *form;
  if (welcome("link"))
    if (auto link = get_nonempty(t, "link", c)) step.link = *link;
  if (welcome("from"))
    if (auto from = get_url(t, "from", c)) step.from = *from;
  if (welcome("duration"))
    if (auto duration = get_duration(t, "duration", c)) step.duration = *duration;
  if (welcome("cookie"))
    if (auto cookie = get_string(t, "cookie", c)) step.cookie = *cookie;
  if (welcome("name"))
    if (auto name = get_nonempty(t, "name", c)) step.name = *name;
  if (welcome("domain"))
    if (auto domain = get_nonempty(t, "domain", c)) {
      // Stored cookies keep their domain lower-case and without a leading dot
      // (RFC 6265 5.2.3), so the name given here is put in that form.
      std::string d = to_lower_ascii(*domain);
      if (d.front() == '.') d.erase(0, 1);
      step.domain = d;
    }
  if (welcome("path"))
    if (auto path = get_string(t, "path", c)) {
      if (path->empty() || path->front() != '/')
        f_.reject(c.key_path("path"), f_.at(c.key_path("path")),
                  c.label + "path: " + in_quotes(*path) + " must start with '/' (RFC 6265 5.2.4)");
      else
        step.path = *path;
    }
  if (welcome("from_browser"))
    if (auto from = get_nonempty(t, "from_browser", c)) step.from_browser = *from;
  if (welcome("server"))
    if (auto server = get_nonempty(t, "server", c)) step.server = *server;
  if (welcome("user"))
    if (auto user = get_nonempty(t, "user", c)) step.user = *user;
  bool crlf = true;
  if (welcome("crlf"))
    if (auto b = get_bool(t, "crlf", c)) crlf = *b;
  if (welcome("request"))
    if (auto request = get_string(t, "request", c)) step.request = crlf ? request_with_crlf(*request) : *request;
  if (welcome("follow_redirects"))
    if (auto follow = get_bool(t, "follow_redirects", c)) step.follow_redirects = *follow;
  if (auto say = get_text(t, "say", c)) step.say = *say;
  if (const auto* expect = get_table(t, "expect", c)) step.expect = read_expect(*expect, c.sub("expect"));
  if (const auto* question = get_table(t, "question", c))
    step.question = read_question(*question, c.sub("question"));
}

// A form's fields in the order written: the body is encoded in that order, and a
// TOML table does not keep it, so the keys are put back in source order.
http::FormFields Reader::read_fields(const toml::table& t, const Ctx& c) {
  http::FormFields fields;
  const toml::node* n = find(t, "fields", c);
  const auto* table = n ? n->as_table() : nullptr;
  if (!table) {
    if (n) wrong_type(*n, c, "fields", "a table of strings, e.g. { username = \"alice\" }");
    return fields;
  }
  const Ctx fc = c.sub("fields");
  std::vector<std::pair<SourcePos, std::string>> keys;
  for (auto&& [key, value] : *table) keys.emplace_back(pos_of(key.source()), std::string(key.str()));
  std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
    return a.first.line != b.first.line ? a.first.line < b.first.line : a.first.column < b.first.column;
  });
  for (const auto& [pos, key] : keys)
    if (auto value = get_string(*table, key, fc)) fields.emplace_back(key, *value);
  return fields;
}

Expectations Reader::read_expect(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kExpectKeys);
  Expectations e;
  // 0 stands for "no response": the host is served by no server, the browser shows
  // its own "could not connect" page.
  if (auto status = get_int(t, "status", c, 0, 599, "write an HTTP status 100 to 599, or 0 for no response")) {
    if (*status > 0 && *status < 100)
      f_.reject(c.key_path("status"), f_.at(c.key_path("status")),
                c.label + c.name("status") + ": " + std::to_string(*status) +
                    " is out of range; write an HTTP status 100 to 599, or 0 for no response");
    else
      e.status = static_cast<int>(*status);
  }
  if (auto location = get_string(t, "location", c)) e.location = *location;
  const std::array<std::pair<std::string_view, std::vector<std::string>*>, 6> lists = {{
      {"sent", &e.sent}, {"not_sent", &e.not_sent}, {"stored", &e.stored},
      {"ignored", &e.ignored}, {"in_jar", &e.in_jar}, {"not_in_jar", &e.not_in_jar},
  }};
  for (const auto& [key, list] : lists)
    if (auto names = get_strings(t, key, c)) *list = std::move(*names);
  if (auto sessions = get_int(t, "sessions", c, 0, std::numeric_limits<int>::max(), "a count is 0 or more"))
    e.sessions = static_cast<int>(*sessions);
  if (auto who = get_string(t, "logged_in", c)) e.logged_in = *who;
  if (auto text = get_nonempty(t, "page_contains", c)) e.page_contains = *text;
  return e;
}

std::optional<Question> Reader::read_question(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kQuestionKeys);
  Question q;
  bool ok = require(t, "prompt", c, "a table { en = \"...\", ko = \"...\" }");
  if (auto prompt = get_text(t, "prompt", c)) q.prompt = *prompt;
  else ok = false;
  ok = require(t, "choices", c, "an array of { en = \"...\", ko = \"...\" }") && ok;
  bool choices_ok = false;
  if (const toml::node* n = find(t, "choices", c)) {
    if (const auto* a = n->as_array()) {
      choices_ok = true;
      for (std::size_t i = 0; i < a->size(); ++i) {
        const toml::node& e = *a->get(i);
        const std::string item = "choices[" + std::to_string(i) + "]";
        f_.positions[c.key_path(item)] = pos_of(e.source());
        if (auto choice = text_of(e, c, item)) q.choices.push_back(std::move(*choice));
        else choices_ok = false;
      }
      if (a->size() < 2) {
        f_.reject(c.key_path("choices"), pos_of(n->source()),
                  c.label + c.name("choices") + ": a question needs at least 2 choices, found " +
                      std::to_string(a->size()));
        choices_ok = false;
      }
    } else {
      wrong_type(*n, c, "choices", "an array of { en = \"...\", ko = \"...\" }");
    }
  }
  ok = ok && choices_ok;
  ok = require(t, "answer", c, "the number of the right choice, from 1") && ok;
  if (auto answer = get_int(t, "answer", c, std::numeric_limits<std::int64_t>::min(),
                            std::numeric_limits<std::int64_t>::max(), "")) {
    // The file counts choices from 1, as the learner sees them numbered.
    const auto count = static_cast<std::int64_t>(q.choices.size());
    if (choices_ok && (*answer < 1 || *answer > count)) {
      f_.reject(c.key_path("answer"), f_.at(c.key_path("answer")),
                c.label + c.name("answer") + ": " + std::to_string(*answer) +
                    " is out of range; the choices are numbered 1 to " + std::to_string(count));
      ok = false;
    } else {
      q.answer = static_cast<int>(*answer - 1);
    }
  } else {
    ok = false;
  }
  if (auto explain = get_text(t, "explain", c)) q.explanation = *explain;
  if (!ok) return std::nullopt;
  return q;
}

bool only_whitespace(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

LoadResult finish(Findings& f, Scenario scenario) {
  f.sort();
  LoadResult result;
  result.diagnostics = std::move(f.diagnostics);
  if (result.diagnostics.empty()) result.scenario = std::move(scenario);
  return result;
}

}  // namespace

LoadResult load_scenario_text(std::string_view toml_text, const std::string& path) {
  Findings f;
  f.file = path;
  if (only_whitespace(toml_text)) {
    f.error({}, "the file is empty; a scenario needs a title and at least one [[step]] (see scenarios/FORMAT.md)");
    return finish(f, {});
  }
  // The loader never throws: a learner's typo must come back as a message, and a
  // failure of the machine (out of memory) as one too, not as a crash of the window.
  try {
    toml::table root;
    try {
      root = toml::parse(toml_text, path);
    } catch (const toml::parse_error& e) {
      f.error(pos_of(e.source()), "TOML syntax error: " + std::string(e.description()));
      return finish(f, {});
    }
    Scenario scenario = Reader(f).read(root, path);
    check_references(scenario, f);
    return finish(f, std::move(scenario));
  } catch (const std::exception& e) {
    f.error({}, std::string("could not read the scenario: ") + e.what());
  } catch (...) {
    f.error({}, "could not read the scenario");
  }
  return finish(f, {});
}

LoadResult load_scenario_file(const std::string& path) {
  Findings f;
  f.file = path;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    f.error({}, "cannot open the file: it does not exist");
    return finish(f, {});
  }
  if (!std::filesystem::is_regular_file(status)) {
    f.error({}, "cannot open the file: it is not a regular file");
    return finish(f, {});
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    f.error({}, "the file is too large (" + std::to_string(size) + " bytes); a scenario is at most " +
                    std::to_string(kMaxFileBytes) + " bytes");
    return finish(f, {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    f.error({}, "cannot open the file for reading");
    return finish(f, {});
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    f.error({}, "cannot read the file");
    return finish(f, {});
  }
  return load_scenario_text(text.str(), path);
}

}  // namespace cl::scenario

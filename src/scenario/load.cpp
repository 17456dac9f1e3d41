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

Bilingual type_phrase(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table: return {"a table", "테이블"};
    case toml::node_type::array: return {"an array", "배열"};
    case toml::node_type::string: return {"a string", "문자열"};
    case toml::node_type::integer: return {"an integer", "정수"};
    case toml::node_type::floating_point: return {"a floating-point number", "소수"};
    case toml::node_type::boolean: return {"a boolean", "불리언 값"};
    case toml::node_type::date: return {"a date", "날짜"};
    case toml::node_type::time: return {"a time", "시각"};
    case toml::node_type::date_time: return {"a date-time", "날짜·시각"};
    default: return {"nothing", "알 수 없는 값"};
  }
}

// "url: 문자열을 써야 하는데 정수입니다": what was expected and what was found. The
// Korean names end in Hangul, so ko::with picks their particle surely.
Bilingual expected_found(const Bilingual& expected, const Bilingual& found, std::string_view ko_hint = "") {
  return {"expected " + expected.en + ", found " + found.en,
          ko::with(expected.ko, ko::Josa::EulReul) + " 써야 하는데 " + found.ko + "입니다" +
              (ko_hint.empty() ? "" : " (" + std::string(ko_hint) + ")")};
}

const Bilingual kBothLanguages = {"every text must be given in both English and Korean",
                                  "모든 글은 영어와 한국어로 함께 써야 합니다"};
const Bilingual kTextTable = {"a table { en = \"...\", ko = \"...\" }", "{ en = \"...\", ko = \"...\" } 형태의 테이블"};

// "hosts: is empty".
Bilingual is_empty(const std::string& name) { return {name + ": is empty", name + ": 비어 있습니다"}; }

// "42 is out of range; <range>".
Bilingual out_of_range(std::int64_t value, const Bilingual& range) {
  const std::string v = std::to_string(value);
  return {v + " is out of range; " + range.en, ko::with(v, ko::Josa::EunNeun) + " 범위를 벗어났습니다. " + range.ko};
}

// "profile: unknown profile \"rails\"; allowed: django, php, ...".
Bilingual unknown_name(std::string_view key, const Bilingual& what, std::string_view value,
                       const std::vector<std::string_view>& allowed) {
  const std::string head = std::string(key) + ": ", quoted = in_quotes(value), list = join_names(allowed);
  return {head + "unknown " + what.en + " " + quoted + "; allowed: " + list,
          head + "알 수 없는 " + what.ko + " " + quoted + ". 쓸 수 있는 값: " + list};
}

// A path that does not start with '/' (a route's, or a cookie's in a step).
Bilingual path_without_slash(std::string_view path, std::string_view cite) {
  const std::string quoted = in_quotes(path);
  return {"path: " + quoted + " must start with '/'" + std::string(cite),
          "path는 '/'로 시작해야 합니다" + std::string(cite) + ": " + quoted};
}


// Where a table is: its path for positions ("step[2].expect"), the prefix of its
// messages ("step 3: ", "단계 3: ") and how its keys are named in them ("expect.").
struct Ctx {
  std::string path;
  Bilingual label;
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
  void wrong_type(const toml::node& n, const Ctx& c, std::string_view key, const Bilingual& expected,
                  std::string_view ko_hint = "");
  void check_keys(const toml::table& t, const Ctx& c, const Keys& allowed);
  bool require(const toml::table& t, std::string_view key, const Ctx& c, const Bilingual& what);
  std::optional<std::string> get_string(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::string> get_nonempty(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::int64_t> get_int(const toml::table& t, std::string_view key, const Ctx& c,
                                      std::int64_t min, std::int64_t max, const Bilingual& range);
  std::optional<bool> get_bool(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::vector<std::string>> get_strings(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<Bilingual> text_of(const toml::node& n, const Ctx& c, std::string_view key);
  std::optional<Bilingual> get_text(const toml::table& t, std::string_view key, const Ctx& c);
  const toml::table* get_table(const toml::table& t, std::string_view key, const Ctx& c);
  std::vector<const toml::table*> get_tables(const toml::table& t, std::string_view key, const Ctx& c,
                                             const Bilingual& how);  // how to write one
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
  void check_expect_fits(Action action, const Ctx& c);
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

void Reader::wrong_type(const toml::node& n, const Ctx& c, std::string_view key, const Bilingual& expected,
                        std::string_view ko_hint) {
  f_.reject(c.key_path(key), pos_of(n.source()),
            c.label + both(c.name(key) + ": ") + expected_found(expected, type_phrase(n), ko_hint));
}

// A key of the file's top written under a [[server]], [[browser]] or [[step]]: in TOML
// every key after a table header belongs to that table, which authors easily forget.
Bilingual top_key_hint(std::string_view key, const std::string& table_path) {
  static const Keys kFileKeys = {"id", "level", "start", "seed", "title", "summary"};
  if (table_path.empty() || std::find(kFileKeys.begin(), kFileKeys.end(), key) == kFileKeys.end()) return {};
  return {"; \"" + std::string(key) + "\" belongs at the top of the file, before the first [[...]] table "
          "(keys written under a table belong to it)",
          ". \"" + std::string(key) + "\" 키는 파일 맨 위, 첫 [[...]] 표보다 앞에 씁니다"
          "(표 머리 아래에 쓴 키는 그 표에 속합니다)"};
}

void Reader::check_keys(const toml::table& t, const Ctx& c, const Keys& allowed) {
  for (auto&& [key, value] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    const std::string table = c.keys.empty() ? "" : c.keys.substr(0, c.keys.size() - 1);
    const std::string quoted = in_quotes(key.str()), list = join_names(allowed);
    f_.error(pos_of(key.source()),
             c.label + Bilingual{"unknown key " + quoted + (table.empty() ? "" : " in " + table) + "; allowed here: " + list,
                                 (table.empty() ? "" : table + " 안에 ") + "알 수 없는 키 " + quoted +
                                     ". 여기서 쓸 수 있는 키: " + list} +
                 top_key_hint(key.str(), c.path));
  }
}

bool Reader::require(const toml::table& t, std::string_view key, const Ctx& c, const Bilingual& what) {
  if (t.contains(key)) return true;
  const SourcePos at = c.path.empty() ? SourcePos{} : pos_of(t.source());
  const std::string quoted = in_quotes(c.name(key));
  f_.error(at, c.label + Bilingual{"missing key " + quoted + (what.en.empty() ? "" : " (" + what.en + ")"),
                                   quoted + " 키가 없습니다" +
                                       (what.ko.empty() ? "" : " (" + what.ko + ")")});
  return false;
}

std::optional<std::string> Reader::get_string(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* s = n->as_string()) return s->get();
  wrong_type(*n, c, key, {"a string", "문자열"});
  return std::nullopt;
}

std::optional<std::string> Reader::get_nonempty(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (s && trim_wsp(*s).empty()) {
    f_.reject(c.key_path(key), f_.at(c.key_path(key)), c.label + is_empty(c.name(key)));
    return std::nullopt;
  }
  return s;
}

std::optional<std::int64_t> Reader::get_int(const toml::table& t, std::string_view key, const Ctx& c,
                                            std::int64_t min, std::int64_t max, const Bilingual& range) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* v = n->as_integer();
  if (!v) {
    wrong_type(*n, c, key, {"an integer", "정수"});
    return std::nullopt;
  }
  const std::int64_t x = v->get();
  if (x > max && max >= std::numeric_limits<int>::max()) {  // the range speaks of the minimum only
    const std::string value = std::to_string(x), most = std::to_string(max);
    f_.reject(c.key_path(key), pos_of(n->source()),
              c.label + Bilingual{c.name(key) + ": " + value + " is too large; at most " + most,
                                  c.name(key) + ": " + ko::with(value, ko::Josa::EunNeun) + " 너무 큽니다. 최대 " + most +
                                      "입니다"});
    return std::nullopt;
  }
  if (x < min || x > max) {
    f_.reject(c.key_path(key), pos_of(n->source()), c.label + both(c.name(key) + ": ") + out_of_range(x, range));
    return std::nullopt;
  }
  return x;
}

std::optional<bool> Reader::get_bool(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* b = n->as_boolean()) return b->get();
  wrong_type(*n, c, key, {"true or false", "true나 false 값"});
  return std::nullopt;
}

std::optional<std::vector<std::string>> Reader::get_strings(const toml::table& t, std::string_view key,
                                                            const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* a = n->as_array();
  if (!a) {
    wrong_type(*n, c, key, {"an array of strings", "문자열 배열"});
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
      wrong_type(e, c, item, {"a string", "문자열"});
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
    const Bilingual found = type_phrase(n);
    f_.reject(c.key_path(key), pos_of(n.source()),
              c.label + both(c.name(key) + ": ") +
                  Bilingual{"expected " + kTextTable.en + ", found " + found.en + "; " + kBothLanguages.en,
                            "글은 { en = \"...\", ko = \"...\" }처럼 영어와 한국어를 함께 써야 합니다(지금은 " + found.ko +
                                "입니다)"});
    return std::nullopt;
  }
  const Ctx tc = c.sub(key);
  check_keys(*t, tc, kTextKeys);
  Bilingual text;
  bool ok = true;
  for (const std::string_view lang : kTextKeys) {
    if (!t->contains(lang)) {
      const std::string quoted = in_quotes(lang);
      f_.error(pos_of(t->source()),
               c.label + both(c.name(key) + ": ") +
                   Bilingual{"missing " + quoted + " (" + (lang == "en" ? "English" : "Korean") + "); " + kBothLanguages.en,
                             std::string(lang == "en" ? "영어" : "한국어") + "(" + quoted + ") 글이 없습니다. " +
                                 kBothLanguages.ko});
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
  wrong_type(*n, c, key, {"a table", "테이블"});
  return nullptr;
}

// [[server]], [[step]], users = [ {...} ]: an array whose items are tables. A bad
// item is reported and skipped; the good ones are still read and checked.
std::vector<const toml::table*> Reader::get_tables(const toml::table& t, std::string_view key, const Ctx& c,
                                                   const Bilingual& how) {
  std::vector<const toml::table*> out;
  const toml::node* n = find(t, key, c);
  if (!n) return out;
  const auto* a = n->as_array();
  if (!a) {
    wrong_type(*n, c, key, {"an array of tables (" + how.en + ")", "테이블 배열"}, how.ko);
    return out;
  }
  for (std::size_t i = 0; i < a->size(); ++i) {
    const toml::node& e = *a->get(i);
    if (const auto* tt = e.as_table()) {
      out.push_back(tt);
    } else {
      wrong_type(e, c, std::string(key) + "[" + std::to_string(i) + "]", {"a table", "테이블"});
      f_.rejected.insert(c.key_path(key));
      out.push_back(nullptr);  // keeps the numbering of the others
    }
  }
  return out;
}

std::optional<std::string> Reader::get_url(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (const Bilingual problem = url_problem(*s); !problem.empty()) {
    const std::string quoted = in_quotes(*s);
    f_.reject(c.key_path(key), f_.at(c.key_path(key)),
              c.label + Bilingual{c.name(key) + ": bad URL " + quoted + ": ", c.name(key) + ": 잘못된 URL " + quoted + ": "} +
                  problem);
    return std::nullopt;
  }
  return s;
}

std::optional<TimeMs> Reader::get_duration(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (const auto d = parse_duration(*s)) return d;
  const std::string quoted = in_quotes(*s), examples = "\"30s\", \"15m\", \"2h\", \"1d\", \"2w\", \"1h30m\"";
  const Bilingual why = duration_problem(*s);
  f_.reject(c.key_path(key), f_.at(c.key_path(key)),
            c.label + Bilingual{c.name(key) + ": bad duration " + quoted + "; " + why.en + ", e.g. " + examples,
                                c.name(key) + ": 잘못된 시간 길이 " + quoted + ". " + why.ko + ". 예: " + examples});
  return std::nullopt;
}

// "2026-03-02T18:00:00+09:00" (a teacher in Seoul writes the time of her class): the
// same instant in UTC, as a TOML offset date-time written without quotes gives.
std::optional<TimeMs> with_offset(std::string_view text) {
  if (text.size() < 7) return std::nullopt;
  const std::string_view zone = text.substr(text.size() - 6);
  if ((zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return std::nullopt;
  const auto digit = [&](std::size_t i) { return zone[i] >= '0' && zone[i] <= '9' ? zone[i] - '0' : -100; };
  const int hours = digit(1) * 10 + digit(2), minutes = digit(4) * 10 + digit(5);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  const auto local = parse_iso8601(std::string(text.substr(0, text.size() - 6)) + "Z");
  if (!local) return std::nullopt;
  const TimeMs offset = (hours * kHour + minutes * kMinute) * (zone[0] == '-' ? -1 : 1);
  return *local - offset;
}

// The clock is UTC everywhere (cookie expiry dates are GMT, RFC 6265 5.1.1), so a
// start time must say its zone: Z or an offset. A quoted string or a TOML offset
// date-time are both fine.
std::optional<TimeMs> Reader::get_start(const toml::table& t) {
  const Ctx top;
  const toml::node* n = find(t, "start", top);
  if (!n) return std::nullopt;
  const Bilingual hint = {"; write it in UTC as \"2026-03-02T09:00:00Z\"", ". UTC로 \"2026-03-02T09:00:00Z\"처럼 쓰세요"};
  if (const auto* dt = n->as_date_time()) {
    const toml::date_time& v = dt->get();
    if (!v.offset) {
      f_.reject("start", pos_of(n->source()),
                Bilingual{"start: a local date-time has no time zone", "start: 시간대가 없는 날짜·시각입니다"} + hint);
      return std::nullopt;
    }
    const TimeMs day = days_from_civil(v.date.year, v.date.month, v.date.day) * kDay;
    const TimeMs clock = v.time.hour * kHour + v.time.minute * kMinute + v.time.second * kSecond +
                         v.time.nanosecond / 1000000;
    return day + clock - static_cast<TimeMs>(v.offset->minutes) * kMinute;
  }
  const auto* s = n->as_string();
  if (!s) {
    wrong_type(*n, top, "start", {"a date-time string", "날짜·시각 문자열"});
    return std::nullopt;
  }
  if (const auto time = parse_iso8601(s->get())) return time;
  if (const auto time = with_offset(s->get())) return time;
  const std::string quoted = in_quotes(s->get());
  f_.reject("start", pos_of(n->source()), Bilingual{"start: bad start time " + quoted, "start: 잘못된 시작 시각 " + quoted} + hint);
  return std::nullopt;
}

Scenario Reader::read(const toml::table& root, const std::string& path) {
  Scenario s;
  s.path = path;
  const Ctx top;
  check_keys(root, top, kTopKeys);

  if (auto id = get_nonempty(root, "id", top)) s.id = *id;
  else s.id = std::filesystem::path(path).stem().string();
  if (auto level = get_int(root, "level", top, 1, 3,
                           {"allowed: 1 (beginner), 2 (intermediate), 3 (advanced)", "쓸 수 있는 값: 1(초급), 2(중급), 3(고급)"}))
    s.level = static_cast<int>(*level);
  if (auto start = get_start(root)) s.start = *start;
  if (auto seed = get_int(root, "seed", top, 0, std::numeric_limits<std::int64_t>::max(), {"a seed is 0 or more", "seed는 0 이상이어야 합니다"}))
    s.seed = static_cast<std::uint64_t>(*seed);
  if (require(root, "title", top, kTextTable))
    if (auto title = get_text(root, "title", top)) s.title = *title;
  if (auto summary = get_text(root, "summary", top)) s.summary = *summary;

  const auto servers = get_tables(root, "server", top, {"write [[server]]", "[[server]]로 쓰세요"});
  for (std::size_t i = 0; i < servers.size(); ++i)
    if (servers[i]) s.servers.push_back(read_server(*servers[i], i));
  const auto browsers = get_tables(root, "browser", top, {"write [[browser]]", "[[browser]]로 쓰세요"});
  for (std::size_t i = 0; i < browsers.size(); ++i)
    if (browsers[i]) s.browsers.push_back(read_browser(*browsers[i], i));

  const Bilingual at_least_one = {"a scenario needs at least one [[step]]", "시나리오에는 [[step]]이 하나 이상 있어야 합니다"};
  if (require(root, "step", top, at_least_one)) {
    const auto steps = get_tables(root, "step", top, {"write [[step]] before each step", "단계마다 앞에 [[step]]을 쓰세요"});
    if (steps.empty() && !f_.refused("step")) f_.error(f_.at("step"), both("step: ") + at_least_one);
    for (std::size_t i = 0; i < steps.size(); ++i)
      if (steps[i]) s.steps.push_back(read_step(*steps[i], i));
  }
  return s;
}

server::ServerSpec Reader::read_server(const toml::table& t, std::size_t i) {
  const Ctx c{"server[" + std::to_string(i) + "]", numbered("server", "서버", i), ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kServerKeys);
  server::ServerSpec spec;
  if (require(t, "name", c, {"how steps refer to this server", "단계가 이 서버를 부를 때 쓰는 이름"}))
    if (auto name = get_nonempty(t, "name", c)) spec.name = *name;
  if (require(t, "hosts", c,
              {"the host names it answers for, e.g. [\"shop.example\"]", "이 서버가 응답하는 호스트 이름들. 예: [\"shop.example\"]"})) {
    if (auto hosts = get_strings(t, "hosts", c)) {
      if (hosts->empty())
        f_.reject(c.key_path("hosts"), f_.at(c.key_path("hosts")), c.label + is_empty("hosts"));
      for (std::size_t h = 0; h < hosts->size(); ++h) {
        const std::string& host = (*hosts)[h];
        const std::string item = "hosts[" + std::to_string(h) + "]";
        if (const Bilingual problem = host_problem(host); !problem.empty())
          f_.reject(c.key_path(item), f_.at(c.key_path(item)), c.label + both(item + ": " + in_quotes(host) + ": ") + problem);
        else
          spec.hosts.push_back(host);
      }
    }
  }
  if (auto profile = get_string(t, "profile", c)) {
    // The names come from the server's registry of frameworks (src/server/profiles/).
    if (const auto p = server::profile_named(*profile)) {
      spec.profile = *p;
    } else {
      Keys names;
      for (const auto q : server::all_profiles()) names.push_back(server::profile_name(q));
      f_.reject(c.key_path("profile"), f_.at(c.key_path("profile")),
                c.label + unknown_name("profile", {"profile", "프로필"}, *profile, names));
    }
  }
  if (auto age = get_duration(t, "session_age", c)) spec.session_age = *age;
  if (auto secret = get_nonempty(t, "secret", c)) spec.secret = *secret;
  const auto users = get_tables(t, "users", c,
                                {"users = [ { username = \"...\", password = \"...\" } ]",
                                 "users = [ { username = \"...\", password = \"...\" } ] 꼴로 쓰세요"});
  for (std::size_t u = 0; u < users.size(); ++u) {
    if (!users[u]) continue;
    const Ctx uc{c.key_path("users") + "[" + std::to_string(u) + "]", c.label + numbered("user", "사용자", u), ""};
    if (auto user = read_user(*users[u], uc)) spec.users.push_back(std::move(*user));
  }
  const auto routes = get_tables(t, "route", c, {"write [[server.route]]", "[[server.route]]로 쓰세요"});
  for (std::size_t r = 0; r < routes.size(); ++r) {
    if (!routes[r]) continue;
    const Ctx rc{c.key_path("route") + "[" + std::to_string(r) + "]", c.label + numbered("route", "라우트", r), ""};
    if (auto route = read_route(*routes[r], rc)) spec.routes.push_back(std::move(*route));
  }
  return spec;
}

std::optional<server::UserSpec> Reader::read_user(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kUserKeys);
  server::UserSpec user;
  bool ok = require(t, "username", c, {"the login name", "로그인 이름"});
  if (auto name = get_nonempty(t, "username", c)) user.username = *name;
  else ok = false;
  ok = require(t, "password", c, {}) && ok;
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
  if (!require(t, "path", c, {"the exact path it answers, e.g. \"/set-theme\"", "응답할 정확한 경로. 예: \"/set-theme\""}))
    return std::nullopt;
  if (auto path = get_string(t, "path", c)) {
    if (path->empty() || path->front() != '/')
      f_.reject(c.key_path("path"), f_.at(c.key_path("path")), c.label + path_without_slash(*path, ""));
    else if (path->find_first_of("?#") != std::string::npos)
      f_.reject(c.key_path("path"), f_.at(c.key_path("path")),
                c.label + Bilingual{"path: " + in_quotes(*path) + " has a query or fragment; a route answers a path "
                                    "(\"/set-theme\"), whatever its query",
                                    "path에는 '?'나 '#' 뒤의 부분을 쓸 수 없습니다. 라우트는 쿼리와 상관없이 경로(\"/set-theme\")에 "
                                    "응답합니다: " + in_quotes(*path)});
    else
      route.path = *path;
  }
  if (auto method = get_string(t, "method", c)) {
    if (const Bilingual problem = method_problem(*method); !problem.empty())
      f_.reject(c.key_path("method"), f_.at(c.key_path("method")), c.label + both("method: " + in_quotes(*method) + ": ") + problem);
    else
      route.method = *method;
  }
  if (auto status = get_int(t, "status", c, 100, 599, {"an HTTP status is 100 to 599", "HTTP 상태 코드는 100부터 599까지입니다"}))
    route.status = static_cast<int>(*status);
  if (auto headers = get_strings(t, "headers", c)) {
    for (std::size_t h = 0; h < headers->size(); ++h) {
      const std::string item = "headers[" + std::to_string(h) + "]";
      if (const Bilingual problem = header_line_problem((*headers)[h]); !problem.empty())
        f_.reject(c.key_path(item), f_.at(c.key_path(item)), c.label + both(item + ": ") + problem);
      else
        route.headers.push_back(split_header_line((*headers)[h]));
    }
  }
  if (auto body = get_string(t, "body", c)) route.body = *body;
  return route;
}

BrowserSpec Reader::read_browser(const toml::table& t, std::size_t i) {
  const Ctx c{"browser[" + std::to_string(i) + "]", numbered("browser", "브라우저", i), ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kBrowserKeys);
  BrowserSpec b;
  b.pos = pos_of(t.source());
  if (require(t, "name", c, {"steps name the browser they drive", "단계는 이 이름으로 브라우저를 고릅니다"}))
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
                c.label + unknown_name("policy", {"policy", "정책"}, *policy, names));
  }
  if (auto agent = get_string(t, "user_agent", c)) b.user_agent = *agent;
  if (auto block = get_bool(t, "block_third_party", c)) b.block_third_party = *block;
  return b;
}

Step Reader::read_step(const toml::table& t, std::size_t i) {
  const Ctx c{"step[" + std::to_string(i) + "]", numbered("step", "단계", i), ""};
  Step step;
  step.pos = pos_of(t.source());
  f_.positions[c.path] = step.pos;

  std::optional<Action> action;
  Keys names;
  for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a)
    names.push_back(action_name(static_cast<Action>(a)));
  if (require(t, "action", c, {"one of: " + join_names(names), "다음 중 하나: " + join_names(names)})) {
    if (auto name = get_string(t, "action", c)) {
      action = action_from_name(*name);
      if (!action)
        f_.reject(c.key_path("action"), f_.at(c.key_path("action")),
                  c.label + unknown_name("action", {"action", "동작"}, *name, names));
    }
  }
  if (action) step.action = *action;
  check_step_keys(t, c, action);
  read_step_values(t, c, step);
  if (action) check_expect_fits(*action, c);
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
      const std::string quoted_action = in_quotes(action_name(*action)), quoted = in_quotes(k);
      const std::string common_list = join_names(common);
      f_.error(at, c.label + Bilingual{"action " + quoted_action + " does not use key " + quoted + "; it takes: " +
                                           (takes.empty() ? std::string("no other key") : join_names(takes)) +
                                           " (and " + common_list + ")",
                                       quoted_action + " 동작에는 " + quoted + " 키를 쓸 수 없습니다. " +
                                           (takes.empty() ? "이 동작에는 공통 키(" + common_list + ")만 쓸 수 있습니다"
                                                          : "이 동작에 쓸 수 있는 키: " + join_names(takes) +
                                                                " (공통: " + common_list + ")")});
    } else {
      Keys all = common;
      for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a) {
        const auto& own = action_keys(static_cast<Action>(a));
        for (const auto& list : {own.required, own.optional})
          for (const auto key_name : list)
            if (std::find(all.begin(), all.end(), key_name) == all.end()) all.push_back(key_name);
      }
      const std::string quoted = in_quotes(k), list = join_names(all);
      f_.error(at, c.label +
                       Bilingual{"unknown key " + quoted + "; allowed in a step: " + list,
                                 "알 수 없는 키 " + quoted + ". 단계에서 쓸 수 있는 키: " + list} +
                       top_key_hint(k, c.path));
    }
  }
  if (action)
    for (const auto key : action_keys(*action).required)
      if (!t.contains(key))
        f_.error(pos_of(t.source()),
                 c.label + Bilingual{"action " + in_quotes(action_name(*action)) + " needs key " + in_quotes(key),
                                     in_quotes(action_name(*action)) + " 동작에는 " + in_quotes(key) + " 키가 필요합니다"});
}

// A step that sends no request has no response: expecting its status or the cookies it
// sent could never pass, so it is the author's mistake, told now rather than at run time.
void Reader::check_expect_fits(Action action, const Ctx& c) {
  constexpr std::array kSending = {Action::Visit, Action::Submit, Action::Follow, Action::Post, Action::Raw};
  if (std::find(kSending.begin(), kSending.end(), action) != kSending.end()) return;
  const std::string quoted = in_quotes(action_name(action));
  for (const std::string_view key : {"status", "location", "sent", "not_sent"}) {
    const std::string path = c.key_path("expect." + std::string(key));
    if (!f_.present(path) || f_.refused(path)) continue;
    f_.reject(path, f_.at(path),
              c.label + Bilingual{"expect." + std::string(key) + ": a " + quoted +
                                      " step sends no request, so there is nothing to check; its expectations can be "
                                      "stored, ignored, in_jar, not_in_jar, sessions, logged_in, page_contains",
                                  "expect." + std::string(key) + ": " + quoted +
                                      " 단계는 요청을 보내지 않으므로 확인할 것이 없습니다. 이 단계에서 확인할 수 있는 것: "
                                      "stored, ignored, in_jar, not_in_jar, sessions, logged_in, page_contains"});
  }
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
    if (auto cookie = get_string(t, "cookie", c)) {
      // The value of a Set-Cookie field (or of document.cookie = ...), not the field.
      if (starts_with_icase(*cookie, "Set-Cookie:") || starts_with_icase(*cookie, "document.cookie"))
        f_.reject(c.key_path("cookie"), f_.at(c.key_path("cookie")),
                  c.label + Bilingual{"cookie: write only the line's value, e.g. \"theme=dark; Path=/\", without "
                                      "\"Set-Cookie:\" or \"document.cookie =\"",
                                      "cookie에는 값만 씁니다. 예: \"theme=dark; Path=/\" (\"Set-Cookie:\"나 "
                                      "\"document.cookie =\"는 빼세요)"});
      else
        step.cookie = *cookie;
    }
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
        f_.reject(c.key_path("path"), f_.at(c.key_path("path")), c.label + path_without_slash(*path, " (RFC 6265 5.2.4)"));
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
    if (n) wrong_type(*n, c, "fields", {"a table of strings, e.g. { username = \"alice\" }", "문자열 테이블"}, "예: { username = \"alice\" }");
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
  const Bilingual statuses = {"write an HTTP status 100 to 599, or 0 for no response",
                              "HTTP 상태 코드 100부터 599까지, 또는 응답이 없으면 0을 쓰세요"};
  if (auto status = get_int(t, "status", c, 0, 599, statuses)) {
    if (*status > 0 && *status < 100)
      f_.reject(c.key_path("status"), f_.at(c.key_path("status")),
                c.label + both(c.name("status") + ": ") + out_of_range(*status, statuses));
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
  if (auto sessions = get_int(t, "sessions", c, 0, std::numeric_limits<int>::max(), {"a count is 0 or more", "개수는 0 이상이어야 합니다"}))
    e.sessions = static_cast<int>(*sessions);
  if (auto who = get_string(t, "logged_in", c)) e.logged_in = *who;
  if (auto text = get_nonempty(t, "page_contains", c)) e.page_contains = *text;
  return e;
}

std::optional<Question> Reader::read_question(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kQuestionKeys);
  Question q;
  bool ok = require(t, "prompt", c, kTextTable);
  if (auto prompt = get_text(t, "prompt", c)) q.prompt = *prompt;
  else ok = false;
  const Bilingual choice_list = {"an array of { en = \"...\", ko = \"...\" }", "{ en = \"...\", ko = \"...\" }의 배열"};
  ok = require(t, "choices", c, choice_list) && ok;
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
        const std::string found = std::to_string(a->size());
        f_.reject(c.key_path("choices"), pos_of(n->source()),
                  c.label + Bilingual{c.name("choices") + ": a question needs at least 2 choices, found " + found,
                                      c.name("choices") + ": 질문에는 선택지가 2개 이상 있어야 합니다. 지금은 " + found + "개입니다"});
        choices_ok = false;
      }
    } else {
      wrong_type(*n, c, "choices", choice_list);
    }
  }
  ok = ok && choices_ok;
  ok = require(t, "answer", c, {"the number of the right choice, from 1", "정답 선택지의 번호, 1부터"}) && ok;
  if (auto answer = get_int(t, "answer", c, std::numeric_limits<std::int64_t>::min(),
                            std::numeric_limits<std::int64_t>::max(), {})) {
    // The file counts choices from 1, as the learner sees them numbered.
    const auto count = static_cast<std::int64_t>(q.choices.size());
    if (choices_ok && (*answer < 1 || *answer > count)) {
      const std::string last = std::to_string(count);
      f_.reject(c.key_path("answer"), f_.at(c.key_path("answer")),
                c.label + both(c.name("answer") + ": ") +
                    out_of_range(*answer, {"the choices are numbered 1 to " + last, "선택지 번호는 1부터 " + last + "까지입니다"}));
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

// toml++ describes a syntax error in English. The common ones are told in Korean too,
// as what to do about them (the teacher's keyboard gives full-width '＝' and curly
// quotes; an inline table cannot span lines); toml++'s words follow in parentheses.
Bilingual toml_error(std::string_view what) {
  // The first entry whose words (both, when two are given) toml++ used; order matters.
  struct Gloss { std::string_view needle, also, ko; };
  static constexpr Gloss kGlosses[] = {
    {"utf-8", "", "파일이 UTF-8이 아닙니다. 편집기에서 UTF-8로 다시 저장하세요"},
    {"not representable", "", "숫자가 너무 큽니다"},
    {"unescaped control characters", "", "문자열을 닫는 \"가 없거나, 문자열 안에서 줄이 바뀌었습니다"},
    {"dangling comma", "", "닫는 '}' 앞의 쉼표를 지우세요"},
    {"cannot redefine existing", "", "같은 키나 표를 두 번 썼습니다"},
    {"saw '＝'", "", "전각 '＝' 대신 반각 '='를 쓰세요"},
    {"expected '='", "", "키 다음에는 '='가 와야 합니다"},
    {"inline table", "saw '\\n'",
     "{ ... } 안에서는 줄을 바꿀 수 없습니다. 한 줄로 쓰거나 say.en = \"...\", say.ko = \"...\"처럼 나눠 쓰세요"},
    {"expected key or closing '}'", "", "따옴표 없는 키에는 영문자, 숫자, '_', '-'만 쓸 수 있습니다"},
    {"expected comma or closing '}'", "", "{ ... } 안의 값들은 쉼표로 나누고 '}'로 닫습니다"},
    {"expected ']'", "", "표 머리를 닫는 ']'가 없습니다"},
    {"could not determine value type", "", "값의 형식을 알 수 없습니다. 문자열은 곧은 따옴표(\")로 감싸세요"},
    {"expected hex digit", "", "역슬래시(\\) 뒤에 올 수 없는 글자입니다. \\ 자체는 \\\\로 쓰세요"},
    {"expected a comment or whitespace", "", "값 뒤에 다른 글자가 있습니다. 문자열 안의 \"는 \\\"로 쓰세요"},
  };
  const std::string words(what);
  for (const Gloss& g : kGlosses)
    if (what.find(g.needle) != std::string_view::npos && what.find(g.also) != std::string_view::npos)
      return {"TOML syntax error: " + words, "TOML 문법 오류: " + std::string(g.ko) + " (" + words + ")"};
  return {"TOML syntax error: " + words, "TOML 문법 오류: " + words};
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
    f.error({}, {"the file is empty; a scenario needs a title and at least one [[step]] (see scenarios/FORMAT.md)",
                 "파일이 비어 있습니다. 시나리오에는 title과 [[step]]이 하나 이상 있어야 합니다(scenarios/FORMAT.md 참고)"});
    return finish(f, {});
  }
  // The loader never throws: a learner's typo must come back as a message, and a
  // failure of the machine (out of memory) as one too, not as a crash of the window.
  try {
    toml::table root;
    try {
      root = toml::parse(toml_text, path);
    } catch (const toml::parse_error& e) {
      f.error(pos_of(e.source()), toml_error(e.description()));
      return finish(f, {});
    }
    Scenario scenario = Reader(f).read(root, path);
    check_references(scenario, f);
    return finish(f, std::move(scenario));
  } catch (const std::exception& e) {
    f.error({}, {std::string("could not read the scenario: ") + e.what(), std::string("시나리오를 읽지 못했습니다: ") + e.what()});
  } catch (...) {
    f.error({}, {"could not read the scenario", "시나리오를 읽지 못했습니다"});
  }
  return finish(f, {});
}

LoadResult load_scenario_file(const std::string& path) {
  Findings f;
  f.file = path;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    f.error({}, {"cannot open the file: it does not exist", "파일을 열 수 없습니다: 파일이 없습니다"});
    return finish(f, {});
  }
  if (!std::filesystem::is_regular_file(status)) {
    f.error({}, {"cannot open the file: it is not a regular file", "파일을 열 수 없습니다: 일반 파일이 아닙니다"});
    return finish(f, {});
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    const std::string bytes = std::to_string(size), most = std::to_string(kMaxFileBytes);
    f.error({}, {"the file is too large (" + bytes + " bytes); a scenario is at most " + most + " bytes",
                 "파일이 너무 큽니다(" + bytes + "바이트). 시나리오는 최대 " + most + "바이트입니다"});
    return finish(f, {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    f.error({}, {"cannot open the file for reading", "파일을 읽으려고 열 수 없습니다"});
    return finish(f, {});
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    f.error({}, {"cannot read the file", "파일을 읽을 수 없습니다"});
    return finish(f, {});
  }
  return load_scenario_text(text.str(), path);
}

}  // namespace cl::scenario

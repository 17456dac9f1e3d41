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
#include "scenario/change.h"
#include "server/crypto.h"
#include "scenario/findings.h"
#include "scenario/load.h"
#include "scenario/references.h"
#include "scenario/scenario_messages.h"
#include "scenario/step_keys.h"
#include "scenario/values.h"

namespace cl::scenario {

namespace {

using Keys = std::vector<std::string_view>;

const Keys kTopKeys = {"id", "level", "start", "seed", "title", "summary", "server", "browser", "step", "experiment"};
const Keys kExperimentKeys = {"at", "change", "prompt", "predict", "parts_at", "expect"};
const Keys kServerKeys = {"name",  "hosts",  "profile",    "session_age", "users",
                          "route", "secret", "user_model", "show_users"};
const Keys kUserKeys = {"username", "password", "display_name", "staff", "display"};
const Keys kRouteKeys = {"path", "method", "status", "headers", "body", "body_base64"};
const Keys kBrowserKeys = {"name", "policy", "user_agent", "block_third_party", "display", "language"};
const Keys kExpectKeys = {"status", "location",   "sent",     "not_sent",  "stored",       "ignored",
                          "in_jar", "not_in_jar", "sessions", "logged_in", "page_contains"};
const Keys kQuestionKeys = {"prompt", "choices", "answer", "explain"};
const Keys kTextKeys = {"en", "ko"};

// A scenario file is a few kilobytes; this only keeps a wrong path (a disk image)
// from being read into memory.
constexpr std::uintmax_t kMaxFileBytes = 16u * 1024 * 1024;

SourcePos pos_of(const toml::source_region& r) {
  return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

using M = ScenarioMsg;

// What a TOML value is called in a message: "a string" / "문자열".
Message type_phrase(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table: return message(M::TypeTable);
    case toml::node_type::array: return message(M::TypeArray);
    case toml::node_type::string: return message(M::TypeString);
    case toml::node_type::integer: return message(M::TypeInteger);
    case toml::node_type::floating_point: return message(M::TypeFloat);
    case toml::node_type::boolean: return message(M::TypeBoolean);
    case toml::node_type::date: return message(M::TypeDate);
    case toml::node_type::time: return message(M::TypeTime);
    case toml::node_type::date_time: return message(M::TypeDateTime);
    default: return message(M::TypeNothing);
  }
}

// "profile: unknown profile \"rails\"; allowed: django, php, ...".
Message unknown_name(std::string_view key, M what, std::string_view value,
                     const std::vector<std::string_view>& allowed) {
  return message(M::UnknownName, {key, message(what), in_quotes(value), join_names(allowed)});
}

// Where a table is: its path for positions ("step[2].expect"), the items of the file
// its messages are about (step 3; server 1, user 2) and how its keys are named in
// them ("expect.").
struct Ctx {
  std::string path;
  std::vector<Message> items;
  std::string keys;

  // The message headed by the items it is about: "server 1: user 2: missing key ...".
  Message about(Message m) const {
    for (auto it = items.rbegin(); it != items.rend(); ++it) m = message(M::Within, {*it, std::move(m)});
    return m;
  }
  Ctx with_item(Message item) const {
    Ctx c{path, items, keys};
    c.items.push_back(std::move(item));
    return c;
  }

  std::string key_path(std::string_view key) const {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }
  std::string name(std::string_view key) const { return keys + std::string(key); }
  Ctx sub(std::string_view key) const { return {key_path(key), items, name(key) + "."}; }
  Ctx item(std::string_view key, std::size_t i) const {
    const std::string index = "[" + std::to_string(i) + "]";
    return {key_path(key) + index, items, name(key) + index + "."};
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
  void wrong_type(const toml::node& n, const Ctx& c, std::string_view key, M expected);
  void check_keys(const toml::table& t, const Ctx& c, const Keys& allowed);
  bool require(const toml::table& t, std::string_view key, const Ctx& c, const Message& what);
  std::optional<std::string> get_string(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::string> get_nonempty(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::int64_t> get_int(const toml::table& t, std::string_view key, const Ctx& c, std::int64_t min,
                                      std::int64_t max, const Message& range);
  std::optional<bool> get_bool(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<std::vector<std::string>> get_strings(const toml::table& t, std::string_view key, const Ctx& c);
  std::optional<Bilingual> text_of(const toml::node& n, const Ctx& c, std::string_view key);
  std::optional<Bilingual> get_text(const toml::table& t, std::string_view key, const Ctx& c);
  const toml::table* get_table(const toml::table& t, std::string_view key, const Ctx& c);
  std::vector<const toml::table*> get_tables(const toml::table& t, std::string_view key, const Ctx& c,
                                             M how);  // how to write one
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
  // `change = "..."` or `change = ["...", ...]`: what-if changes (scenario/change.h),
  // a mistake told at its column inside the string.
  std::optional<std::vector<Change>> read_changes(const toml::table& t, const Ctx& c);
  Experiment read_experiment(const toml::table& t, std::size_t i, std::size_t step_count);
};

const toml::node* Reader::find(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = t.get(key);
  if (n) f_.positions[c.key_path(key)] = pos_of(n->source());
  return n;
}

// "url: expected a string, found an integer" / "url: 문자열을 써야 하는데 정수입니다".
void Reader::wrong_type(const toml::node& n, const Ctx& c, std::string_view key, M expected) {
  f_.reject(c.key_path(key), pos_of(n.source()),
            c.about(message(M::WrongType, {c.name(key), message(expected), type_phrase(n)})));
}

// A key of the file's top written under a [[server]], [[browser]] or [[step]]: in TOML
// every key after a table header belongs to that table, which authors easily forget.
Message with_top_key_hint(Message m, std::string_view key, const std::string& table_path) {
  static const Keys kFileKeys = {"id", "level", "start", "seed", "title", "summary"};
  if (table_path.empty() || std::find(kFileKeys.begin(), kFileKeys.end(), key) == kFileKeys.end()) return m;
  return message(M::WithHint, {std::move(m), message(M::TopKeyHint, {key})});
}

void Reader::check_keys(const toml::table& t, const Ctx& c, const Keys& allowed) {
  for (auto&& [key, value] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    const std::string table = c.keys.empty() ? "" : c.keys.substr(0, c.keys.size() - 1);
    const std::string quoted = in_quotes(key.str()), list = join_names(allowed);
    Message unknown =
        table.empty() ? message(M::UnknownKey, {quoted, list}) : message(M::UnknownKeyIn, {quoted, table, list});
    f_.error(pos_of(key.source()), c.about(with_top_key_hint(std::move(unknown), key.str(), c.path)));
  }
}

bool Reader::require(const toml::table& t, std::string_view key, const Ctx& c, const Message& what) {
  if (t.contains(key)) return true;
  const SourcePos at = c.path.empty() ? SourcePos{} : pos_of(t.source());
  const std::string quoted = in_quotes(c.name(key));
  f_.error(at, c.about(what.empty() ? message(M::MissingKey, {quoted}) : message(M::MissingKeyWhat, {quoted, what})));
  return false;
}

std::optional<std::string> Reader::get_string(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* s = n->as_string()) return s->get();
  wrong_type(*n, c, key, M::TypeString);
  return std::nullopt;
}

std::optional<std::string> Reader::get_nonempty(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (s && trim_wsp(*s).empty()) {
    f_.reject(c.key_path(key), f_.at(c.key_path(key)), c.about(message(M::IsEmpty, {c.name(key)})));
    return std::nullopt;
  }
  return s;
}

std::optional<std::int64_t> Reader::get_int(const toml::table& t, std::string_view key, const Ctx& c, std::int64_t min,
                                            std::int64_t max, const Message& range) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* v = n->as_integer();
  if (!v) {
    wrong_type(*n, c, key, M::TypeInteger);
    return std::nullopt;
  }
  const std::int64_t x = v->get();
  if (x > max && max >= std::numeric_limits<int>::max()) {  // the range speaks of the minimum only
    f_.reject(c.key_path(key), pos_of(n->source()),
              c.about(message(M::TooLarge, {c.name(key), std::to_string(x), std::to_string(max)})));
    return std::nullopt;
  }
  if (x < min || x > max) {
    f_.reject(c.key_path(key), pos_of(n->source()),
              c.about(message(M::OutOfRange, {c.name(key), std::to_string(x), range})));
    return std::nullopt;
  }
  return x;
}

std::optional<bool> Reader::get_bool(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  if (const auto* b = n->as_boolean()) return b->get();
  wrong_type(*n, c, key, M::TrueOrFalse);
  return std::nullopt;
}

std::optional<std::vector<std::string>> Reader::get_strings(const toml::table& t, std::string_view key, const Ctx& c) {
  const toml::node* n = find(t, key, c);
  if (!n) return std::nullopt;
  const auto* a = n->as_array();
  if (!a) {
    wrong_type(*n, c, key, M::ArrayOfStrings);
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
      wrong_type(e, c, item, M::TypeString);
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
    f_.reject(c.key_path(key), pos_of(n.source()), c.about(message(M::TextNotTable, {c.name(key), type_phrase(n)})));
    return std::nullopt;
  }
  const Ctx tc = c.sub(key);
  check_keys(*t, tc, kTextKeys);
  Bilingual text;
  bool ok = true;
  for (const std::string_view lang : kTextKeys) {
    if (!t->contains(lang)) {
      f_.error(pos_of(t->source()),
               c.about(message(lang == "en" ? M::MissingEnglish : M::MissingKorean, {c.name(key)})));
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
  wrong_type(*n, c, key, M::TypeTable);
  return nullptr;
}

// [[server]], [[step]], users = [ {...} ]: an array whose items are tables. A bad
// item is reported and skipped; the good ones are still read and checked.
std::vector<const toml::table*> Reader::get_tables(const toml::table& t, std::string_view key, const Ctx& c, M how) {
  std::vector<const toml::table*> out;
  const toml::node* n = find(t, key, c);
  if (!n) return out;
  const auto* a = n->as_array();
  if (!a) {
    f_.reject(c.key_path(key), pos_of(n->source()),
              c.about(message(M::WrongTypeTables, {c.name(key), message(how), type_phrase(*n)})));
    return out;
  }
  for (std::size_t i = 0; i < a->size(); ++i) {
    const toml::node& e = *a->get(i);
    if (const auto* tt = e.as_table()) {
      out.push_back(tt);
    } else {
      wrong_type(e, c, std::string(key) + "[" + std::to_string(i) + "]", M::TypeTable);
      f_.rejected.insert(c.key_path(key));
      out.push_back(nullptr);  // keeps the numbering of the others
    }
  }
  return out;
}

std::optional<std::string> Reader::get_url(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (Message problem = url_problem(*s); !problem.empty()) {
    f_.reject(c.key_path(key), f_.at(c.key_path(key)),
              c.about(message(M::BadUrl, {c.name(key), in_quotes(*s), std::move(problem)})));
    return std::nullopt;
  }
  return s;
}

std::optional<TimeMs> Reader::get_duration(const toml::table& t, std::string_view key, const Ctx& c) {
  auto s = get_string(t, key, c);
  if (!s) return std::nullopt;
  if (const auto d = parse_duration(*s)) return d;
  f_.reject(c.key_path(key), f_.at(c.key_path(key)),
            c.about(message(M::BadDuration, {c.name(key), in_quotes(*s), duration_problem(*s)})));
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
  if (const auto* dt = n->as_date_time()) {
    const toml::date_time& v = dt->get();
    if (!v.offset) {
      f_.reject("start", pos_of(n->source()), message(M::LocalStart));
      return std::nullopt;
    }
    const TimeMs day = days_from_civil(v.date.year, v.date.month, v.date.day) * kDay;
    const TimeMs clock =
        v.time.hour * kHour + v.time.minute * kMinute + v.time.second * kSecond + v.time.nanosecond / 1000000;
    return day + clock - static_cast<TimeMs>(v.offset->minutes) * kMinute;
  }
  const auto* s = n->as_string();
  if (!s) {
    wrong_type(*n, top, "start", M::DateTimeString);
    return std::nullopt;
  }
  if (const auto time = parse_iso8601(s->get())) return time;
  if (const auto time = with_offset(s->get())) return time;
  f_.reject("start", pos_of(n->source()), message(M::BadStart, {in_quotes(s->get())}));
  return std::nullopt;
}

Scenario Reader::read(const toml::table& root, const std::string& path) {
  Scenario s;
  s.path = path;
  const Ctx top;
  check_keys(root, top, kTopKeys);

  if (auto id = get_nonempty(root, "id", top)) s.id = *id;
  else s.id = std::filesystem::path(path).stem().string();
  if (auto level = get_int(root, "level", top, 1, 3, message(M::RangeLevel))) s.level = static_cast<int>(*level);
  if (auto start = get_start(root)) s.start = *start;
  if (auto seed = get_int(root, "seed", top, 0, std::numeric_limits<std::int64_t>::max(), message(M::RangeSeed)))
    s.seed = static_cast<std::uint64_t>(*seed);
  if (require(root, "title", top, message(M::TextTable)))
    if (auto title = get_text(root, "title", top)) s.title = *title;
  if (auto summary = get_text(root, "summary", top)) s.summary = *summary;

  const auto servers = get_tables(root, "server", top, M::HowServer);
  for (std::size_t i = 0; i < servers.size(); ++i)
    if (servers[i]) s.servers.push_back(read_server(*servers[i], i));
  const auto browsers = get_tables(root, "browser", top, M::HowBrowser);
  for (std::size_t i = 0; i < browsers.size(); ++i)
    if (browsers[i]) s.browsers.push_back(read_browser(*browsers[i], i));

  if (require(root, "step", top, message(M::AtLeastOneStep))) {
    const auto steps = get_tables(root, "step", top, M::HowStep);
    if (steps.empty() && !f_.refused("step"))
      f_.error(f_.at("step"), message(M::Keyed, {"step", message(M::AtLeastOneStep)}));
    for (std::size_t i = 0; i < steps.size(); ++i)
      if (steps[i]) s.steps.push_back(read_step(*steps[i], i));
  }
  const auto experiments = get_tables(root, "experiment", top, M::HowExperiment);
  for (std::size_t i = 0; i < experiments.size(); ++i)
    if (experiments[i]) s.experiments.push_back(read_experiment(*experiments[i], i, s.steps.size()));
  return s;
}

std::optional<std::vector<Change>> Reader::read_changes(const toml::table& t, const Ctx& c) {
  const toml::node* n = find(t, "change", c);
  if (!n) return std::nullopt;
  std::vector<const toml::node*> items;
  if (n->is_string()) {
    items.push_back(n);
  } else if (const auto* a = n->as_array()) {
    for (std::size_t i = 0; i < a->size(); ++i) items.push_back(a->get(i));
  } else {
    wrong_type(*n, c, "change", M::ArrayOfStrings);
    return std::nullopt;
  }
  std::vector<Change> out;
  bool ok = !items.empty();
  if (items.empty()) f_.reject(c.key_path("change"), pos_of(n->source()), c.about(message(M::ChangeEmpty)));
  for (const toml::node* e : items) {
    const auto* str = e->as_string();
    if (!str) {
      wrong_type(*e, c, "change", M::TypeString);
      ok = false;
      continue;
    }
    ParsedChange parsed = parse_change(str->get());
    if (parsed.change) {
      out.push_back(std::move(*parsed.change));
      continue;
    }
    // The column of the mistake inside the string: after the opening quote.
    SourcePos at = pos_of(e->source());
    at.column += 1 + static_cast<int>(parsed.error.offset);
    f_.reject(c.key_path("change"), at, c.about(message(M::Keyed, {c.name("change"), parsed.error.message})));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

Experiment Reader::read_experiment(const toml::table& t, std::size_t i, std::size_t step_count) {
  const Ctx c{"experiment[" + std::to_string(i) + "]", {item(M::ExperimentItem, i)}, ""};
  Experiment x;
  x.pos = pos_of(t.source());
  f_.positions[c.path] = x.pos;
  check_keys(t, c, kExperimentKeys);
  const std::int64_t count = static_cast<std::int64_t>(step_count);
  if (require(t, "at", c, message(M::OneOf, {"1-" + std::to_string(count)})))
    if (auto at = get_int(t, "at", c, std::numeric_limits<std::int64_t>::min(),
                          std::numeric_limits<std::int64_t>::max(), {})) {
      if (*at < 1 || *at > count)
        f_.reject(c.key_path("at"), f_.at(c.key_path("at")),
                  c.about(message(M::ExperimentAt, {std::to_string(count), std::to_string(*at)})));
      else x.at = static_cast<int>(*at);
    }
  if (!t.contains("change")) f_.error(x.pos, c.about(message(M::ExperimentNeedsChange)));
  else if (auto changes = read_changes(t, c)) x.changes = std::move(*changes);
  if (require(t, "prompt", c, message(M::TextTable)))
    if (auto prompt = get_text(t, "prompt", c)) x.prompt = *prompt;
  if (require(t, "predict", c, message(M::TextTable)))
    if (auto predict = get_text(t, "predict", c)) x.predict = *predict;
  if (auto parts = get_int(t, "parts_at", c, 0, count, message(M::RangeCount))) x.parts_at = static_cast<int>(*parts);
  if (const auto* expect = get_table(t, "expect", c)) {
    toml::table rest = *expect;
    const Ctx ec = c.sub("expect");
    if (auto step = get_int(*expect, "step", ec, std::numeric_limits<std::int64_t>::min(),
                            std::numeric_limits<std::int64_t>::max(), {})) {
      if (*step < x.at || *step > count)
        f_.reject(ec.key_path("step"), f_.at(ec.key_path("step")),
                  c.about(message(M::ExperimentExpectStep,
                                  {std::to_string(*step), std::to_string(x.at), std::to_string(count)})));
      else x.expect_step = static_cast<int>(*step);
    } else if (!expect->contains("step")) {
      f_.error(pos_of(expect->source()), c.about(message(M::MissingKey, {in_quotes("expect.step")})));
    }
    rest.erase("step");
    x.expect = read_expect(rest, ec);
  }
  return x;
}

server::ServerSpec Reader::read_server(const toml::table& t, std::size_t i) {
  const Ctx c{"server[" + std::to_string(i) + "]", {item(M::ServerItem, i)}, ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kServerKeys);
  server::ServerSpec spec;
  if (require(t, "name", c, message(M::ServerNameFor)))
    if (auto name = get_nonempty(t, "name", c)) spec.name = *name;
  if (require(t, "hosts", c, message(M::HostsFor))) {
    if (auto hosts = get_strings(t, "hosts", c)) {
      if (hosts->empty())
        f_.reject(c.key_path("hosts"), f_.at(c.key_path("hosts")), c.about(message(M::IsEmpty, {"hosts"})));
      for (std::size_t h = 0; h < hosts->size(); ++h) {
        const std::string& host = (*hosts)[h];
        const std::string item = "hosts[" + std::to_string(h) + "]";
        if (Message problem = host_problem(host); !problem.empty())
          f_.reject(c.key_path(item), f_.at(c.key_path(item)),
                    c.about(message(M::ValueProblem, {item, in_quotes(host), std::move(problem)})));
        else spec.hosts.push_back(host);
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
                c.about(unknown_name("profile", M::WordProfile, *profile, names)));
    }
  }
  if (auto age = get_duration(t, "session_age", c)) spec.session_age = *age;
  if (auto secret = get_nonempty(t, "secret", c)) spec.secret = *secret;
  if (auto model = get_string(t, "user_model", c)) {
    // AUTH_USER_MODEL is "<app_label>.<ModelName>", both Python identifiers.
    const auto identifier = [](std::string_view w) {
      if (w.empty() || (w[0] >= '0' && w[0] <= '9')) return false;
      return std::all_of(w.begin(), w.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
      });
    };
    const std::size_t dot = model->find('.');
    const std::string_view m = *model;
    if (dot != std::string::npos && identifier(m.substr(0, dot)) && identifier(m.substr(dot + 1)))
      spec.user_model = *model;
    else
      f_.reject(c.key_path("user_model"), f_.at(c.key_path("user_model")),
                c.about(message(M::UserModelForm, {in_quotes(*model)})));
  }
  if (auto show = get_bool(t, "show_users", c)) spec.show_users = *show;
  const auto users = get_tables(t, "users", c, M::HowUsers);
  for (std::size_t u = 0; u < users.size(); ++u) {
    if (!users[u]) continue;
    Ctx uc = c.with_item(item(M::UserItem, u));
    uc.path = c.key_path("users") + "[" + std::to_string(u) + "]";
    if (auto user = read_user(*users[u], uc)) spec.users.push_back(std::move(*user));
  }
  const auto routes = get_tables(t, "route", c, M::HowRoute);
  for (std::size_t r = 0; r < routes.size(); ++r) {
    if (!routes[r]) continue;
    Ctx rc = c.with_item(item(M::RouteItem, r));
    rc.path = c.key_path("route") + "[" + std::to_string(r) + "]";
    if (auto route = read_route(*routes[r], rc)) spec.routes.push_back(std::move(*route));
  }
  return spec;
}

std::optional<server::UserSpec> Reader::read_user(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kUserKeys);
  server::UserSpec user;
  bool ok = require(t, "username", c, message(M::LoginName));
  if (auto name = get_nonempty(t, "username", c)) user.username = *name;
  else ok = false;
  ok = require(t, "password", c, {}) && ok;
  if (auto password = get_string(t, "password", c)) user.password = *password;
  if (auto display = get_nonempty(t, "display_name", c)) user.display_name = *display;
  else user.display_name = user.username;
  if (auto staff = get_bool(t, "staff", c)) user.staff = *staff;
  if (auto display = get_text(t, "display", c)) user.display = std::move(*display);
  if (!ok) return std::nullopt;
  return user;
}

std::optional<server::RouteSpec> Reader::read_route(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kRouteKeys);
  server::RouteSpec route;
  if (!require(t, "path", c, message(M::RoutePathFor))) return std::nullopt;
  if (auto path = get_string(t, "path", c)) {
    if (path->empty() || path->front() != '/')
      f_.reject(c.key_path("path"), f_.at(c.key_path("path")), c.about(message(M::RoutePathSlash, {in_quotes(*path)})));
    else if (path->find_first_of("?#") != std::string::npos)
      f_.reject(c.key_path("path"), f_.at(c.key_path("path")), c.about(message(M::RoutePathQuery, {in_quotes(*path)})));
    else route.path = *path;
  }
  if (auto method = get_string(t, "method", c)) {
    if (Message problem = method_problem(*method); !problem.empty())
      f_.reject(c.key_path("method"), f_.at(c.key_path("method")),
                c.about(message(M::ValueProblem, {"method", in_quotes(*method), std::move(problem)})));
    else route.method = *method;
  }
  if (auto status = get_int(t, "status", c, 100, 599, message(M::RangeRouteStatus)))
    route.status = static_cast<int>(*status);
  if (auto headers = get_strings(t, "headers", c)) {
    for (std::size_t h = 0; h < headers->size(); ++h) {
      const std::string item = "headers[" + std::to_string(h) + "]";
      if (Message problem = header_line_problem((*headers)[h]); !problem.empty())
        f_.reject(c.key_path(item), f_.at(c.key_path(item)), c.about(message(M::Keyed, {item, std::move(problem)})));
      else route.headers.push_back(split_header_line((*headers)[h]));
    }
  }
  if (auto body = get_string(t, "body", c)) route.body = *body;
  // A body that is not UTF-8 (an image) cannot be a TOML string: `cookielab import -o`
  // writes it as base64.
  if (auto encoded = get_string(t, "body_base64", c)) {
    if (t.contains("body"))
      f_.reject(c.key_path("body_base64"), f_.at(c.key_path("body_base64")), c.about(message(M::RouteBodyTwice)));
    else if (auto bytes = server::base64_decode(*encoded)) route.body = std::move(*bytes);
    else f_.reject(c.key_path("body_base64"), f_.at(c.key_path("body_base64")), c.about(message(M::RouteBodyBase64)));
  }
  return route;
}

BrowserSpec Reader::read_browser(const toml::table& t, std::size_t i) {
  const Ctx c{"browser[" + std::to_string(i) + "]", {item(M::BrowserItem, i)}, ""};
  f_.positions[c.path] = pos_of(t.source());
  check_keys(t, c, kBrowserKeys);
  BrowserSpec b;
  b.pos = pos_of(t.source());
  if (require(t, "name", c, message(M::BrowserNameFor)))
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
                c.about(unknown_name("policy", M::WordPolicy, *policy, names)));
  }
  if (auto agent = get_string(t, "user_agent", c)) b.user_agent = *agent;
  if (auto block = get_bool(t, "block_third_party", c)) b.block_third_party = *block;
  if (auto display = get_text(t, "display", c)) b.display = std::move(*display);
  if (auto language = get_string(t, "language", c)) {
    const Keys languages = {"en", "ko"};
    if (std::find(languages.begin(), languages.end(), *language) != languages.end()) b.language = *language;
    else
      f_.reject(c.key_path("language"), f_.at(c.key_path("language")),
                c.about(unknown_name("language", M::WordLanguage, *language, languages)));
  }
  return b;
}

Step Reader::read_step(const toml::table& t, std::size_t i) {
  const Ctx c{"step[" + std::to_string(i) + "]", {item(M::StepItem, i)}, ""};
  Step step;
  step.pos = pos_of(t.source());
  f_.positions[c.path] = step.pos;

  std::optional<Action> action;
  Keys names;
  for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a)
    names.push_back(action_name(static_cast<Action>(a)));
  if (require(t, "action", c, message(M::OneOf, {join_names(names)}))) {
    if (auto name = get_string(t, "action", c)) {
      action = action_from_name(*name);
      if (!action)
        f_.reject(c.key_path("action"), f_.at(c.key_path("action")),
                  c.about(unknown_name("action", M::WordAction, *name, names)));
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
      f_.error(at, c.about(takes.empty() ? message(M::ActionTakesNoKey, {quoted_action, quoted, common_list})
                                         : message(M::ActionDoesNotTake,
                                                   {quoted_action, quoted, join_names(takes), common_list})));
    } else {
      Keys all = common;
      for (std::size_t a = 0; a < static_cast<std::size_t>(Action::Count); ++a) {
        const auto& own = action_keys(static_cast<Action>(a));
        for (const auto& list : {own.required, own.optional})
          for (const auto key_name : list)
            if (std::find(all.begin(), all.end(), key_name) == all.end()) all.push_back(key_name);
      }
      const std::string quoted = in_quotes(k), list = join_names(all);
      f_.error(at, c.about(with_top_key_hint(message(M::UnknownStepKey, {quoted, list}), k, c.path)));
    }
  }
  if (action)
    for (const auto key : action_keys(*action).required)
      if (!t.contains(key))
        f_.error(pos_of(t.source()),
                 c.about(message(M::ActionNeedsKey, {in_quotes(action_name(*action)), in_quotes(key)})));
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
    f_.reject(path, f_.at(path), c.about(message(M::NothingToCheck, {key, quoted})));
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
        f_.reject(c.key_path("cookie"), f_.at(c.key_path("cookie")), c.about(message(M::CookieWithField)));
      else step.cookie = *cookie;
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
        f_.reject(c.key_path("path"), f_.at(c.key_path("path")),
                  c.about(message(M::CookiePathSlash, {in_quotes(*path)})));
      else step.path = *path;
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
  if (welcome("change"))
    if (auto changes = read_changes(t, c)) step.changes = std::move(*changes);
  if (auto say = get_text(t, "say", c)) step.say = *say;
  if (const auto* expect = get_table(t, "expect", c)) step.expect = read_expect(*expect, c.sub("expect"));
  if (const auto* question = get_table(t, "question", c)) step.question = read_question(*question, c.sub("question"));
}

// A form's fields in the order written: the body is encoded in that order, and a
// TOML table does not keep it, so the keys are put back in source order.
http::FormFields Reader::read_fields(const toml::table& t, const Ctx& c) {
  http::FormFields fields;
  const toml::node* n = find(t, "fields", c);
  const auto* table = n ? n->as_table() : nullptr;
  if (!table) {
    if (n)
      f_.reject(c.key_path("fields"), pos_of(n->source()),
                c.about(message(M::WrongTypeFields, {c.name("fields"), type_phrase(*n)})));
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
  if (auto status = get_int(t, "status", c, 0, 599, message(M::RangeStatus))) {
    if (*status > 0 && *status < 100)
      f_.reject(c.key_path("status"), f_.at(c.key_path("status")),
                c.about(message(M::OutOfRange, {c.name("status"), std::to_string(*status), message(M::RangeStatus)})));
    else e.status = static_cast<int>(*status);
  }
  if (auto location = get_string(t, "location", c)) e.location = *location;
  const std::array<std::pair<std::string_view, std::vector<std::string>*>, 6> lists = {{
      {"sent", &e.sent},
      {"not_sent", &e.not_sent},
      {"stored", &e.stored},
      {"ignored", &e.ignored},
      {"in_jar", &e.in_jar},
      {"not_in_jar", &e.not_in_jar},
  }};
  for (const auto& [key, list] : lists)
    if (auto names = get_strings(t, key, c)) *list = std::move(*names);
  if (auto sessions = get_int(t, "sessions", c, 0, std::numeric_limits<int>::max(), message(M::RangeCount)))
    e.sessions = static_cast<int>(*sessions);
  if (auto who = get_string(t, "logged_in", c)) e.logged_in = *who;
  // One text for both languages, or { en, ko } when the page says it in each.
  if (const toml::node* n = t.get("page_contains"); n && n->is_table()) {
    if (auto text = get_text(t, "page_contains", c)) {
      e.page_contains = std::move(text->en);
      e.page_contains_ko = std::move(text->ko);
    }
  } else if (auto text = get_nonempty(t, "page_contains", c)) {
    e.page_contains = *text;
  }
  return e;
}

std::optional<Question> Reader::read_question(const toml::table& t, const Ctx& c) {
  check_keys(t, c, kQuestionKeys);
  Question q;
  bool ok = require(t, "prompt", c, message(M::TextTable));
  if (auto prompt = get_text(t, "prompt", c)) q.prompt = *prompt;
  else ok = false;
  ok = require(t, "choices", c, message(M::ArrayOfTexts)) && ok;
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
                  c.about(message(M::TooFewChoices, {c.name("choices"), std::to_string(a->size())})));
        choices_ok = false;
      }
    } else {
      wrong_type(*n, c, "choices", M::ArrayOfTexts);
    }
  }
  ok = ok && choices_ok;
  ok = require(t, "answer", c, message(M::AnswerFor)) && ok;
  if (auto answer = get_int(t, "answer", c, std::numeric_limits<std::int64_t>::min(),
                            std::numeric_limits<std::int64_t>::max(), {})) {
    // The file counts choices from 1, as the learner sees them numbered.
    const auto count = static_cast<std::int64_t>(q.choices.size());
    if (choices_ok && (*answer < 1 || *answer > count)) {
      const std::string last = std::to_string(count);
      f_.reject(c.key_path("answer"), f_.at(c.key_path("answer")),
                c.about(message(M::OutOfRange,
                                {c.name("answer"), std::to_string(*answer), message(M::RangeChoices, {last})})));
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

bool only_whitespace(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// toml++ describes a syntax error in English. The common ones are told in Korean too,
// as what to do about them (the teacher's keyboard gives full-width '＝' and curly
// quotes; an inline table cannot span lines); toml++'s words follow in parentheses.
Message toml_error(std::string_view what) {
  // The first entry whose words (both, when two are given) toml++ used; order matters.
  struct Gloss {
    std::string_view needle, also;
    M kind;
  };
  static constexpr Gloss kGlosses[] = {
      {"utf-8", "", M::TomlUtf8},
      {"not representable", "", M::TomlTooLarge},
      {"unescaped control characters", "", M::TomlUnclosedString},
      {"dangling comma", "", M::TomlDanglingComma},
      {"cannot redefine existing", "", M::TomlRedefined},
      {"saw '＝'", "", M::TomlFullWidthEquals},
      {"expected '='", "", M::TomlExpectedEquals},
      {"inline table", "saw '\\n'", M::TomlInlineNewline},
      {"expected key or closing '}'", "", M::TomlBareKey},
      {"expected comma or closing '}'", "", M::TomlInlineComma},
      {"expected ']'", "", M::TomlTableHeader},
      {"could not determine value type", "", M::TomlValueType},
      {"expected hex digit", "", M::TomlEscape},
      {"expected a comment or whitespace", "", M::TomlTrailing},
  };
  for (const Gloss& g : kGlosses)
    if (what.find(g.needle) != std::string_view::npos && what.find(g.also) != std::string_view::npos)
      return message(g.kind, {what});
  return message(M::TomlError, {what});
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
    f.error({}, message(M::EmptyFile));
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
  } catch (const std::exception& e) { f.error({}, message(M::CouldNotReadWhy, {e.what()})); } catch (...) {
    f.error({}, message(M::CouldNotRead));
  }
  return finish(f, {});
}

LoadResult load_scenario_file(const std::string& path) {
  Findings f;
  f.file = path;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    f.error({}, message(M::FileMissing));
    return finish(f, {});
  }
  if (!std::filesystem::is_regular_file(status)) {
    f.error({}, message(M::NotRegularFile));
    return finish(f, {});
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    f.error({}, message(M::FileTooLarge, {std::to_string(size), std::to_string(kMaxFileBytes)}));
    return finish(f, {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    f.error({}, message(M::CannotOpen));
    return finish(f, {});
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    f.error({}, message(M::CannotRead));
    return finish(f, {});
  }
  return load_scenario_text(text.str(), path);
}

}  // namespace cl::scenario

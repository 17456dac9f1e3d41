// The HAR export (report/har.h): every lesson, in both languages, has the structure of
// HAR 1.2 (a checker of the spec's required fields and types, below), and what it says
// is the exchange: the cookies parsed as HAR lists them, form posts with their params,
// a body that is not text in base64, the simulated clock.
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include "report/body_text.h"
#include "report/har.h"
#include "report/transcript.h"
#include "scenario/load.h"

using namespace cl;
using Json = nlohmann::ordered_json;

namespace {

std::unique_ptr<sim::World> run_lesson(const std::string& path) {
  scenario::LoadResult r = path.empty() ? scenario::load_default_lesson() : scenario::load_scenario_file(path);
  REQUIRE(r.diagnostics.empty());
  auto w = std::make_unique<sim::World>(*r.scenario);
  w->run_all();
  return w;
}

std::string har_text(const sim::World& w, Lang lang) {
  std::ostringstream out;
  report::write_har(out, w, lang);
  return out.str();
}

std::vector<std::string> lesson_files() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios"))
    if (e.path().extension() == ".toml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// A checker of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): each object's
// required fields with their types, the optional ones' types when present, and no field
// the spec does not name unless it starts with "_" (the spec's rule for custom fields).
struct HarChecker {
  std::vector<std::string> problems;

  enum class T { String, Number, Integer, Bool, Object, Array };
  struct F {
    const char* name;
    T type;
    bool required;
  };

  // A member that is there with the type asked, else an empty value of that type (its
  // absence is reported by object()).
  static const Json& member(const Json& v, const char* key, T t) {
    static const Json empty_array = Json::array(), empty_object = Json::object();
    if (v.is_object() && v.contains(key) && is(v[key], t)) return v[key];
    return t == T::Array ? empty_array : empty_object;
  }

  static bool is(const Json& v, T t) {
    switch (t) {
      case T::String: return v.is_string();
      case T::Number: return v.is_number();
      case T::Integer: return v.is_number_integer();
      case T::Bool: return v.is_boolean();
      case T::Object: return v.is_object();
      case T::Array: return v.is_array();
    }
    return false;
  }

  bool object(const Json& v, const std::string& where, std::initializer_list<F> fields) {
    if (!v.is_object()) {
      problems.push_back(where + ": not an object");
      return false;
    }
    std::set<std::string> known;
    for (const F& f : fields) {
      known.insert(f.name);
      if (!v.contains(f.name)) {
        if (f.required) problems.push_back(where + "." + f.name + ": missing");
      } else if (!is(v[f.name], f.type)) {
        problems.push_back(where + "." + f.name + ": wrong type");
      }
    }
    for (const auto& [key, value] : v.items())
      if (!known.count(key) && key.rfind('_', 0) != 0) problems.push_back(where + "." + key + ": not in HAR 1.2");
    return true;
  }

  void date(const Json& v, const std::string& where) {
    static const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d))");
    if (!v.is_string() || !std::regex_match(v.get<std::string>(), iso)) problems.push_back(where + ": not ISO 8601");
  }

  void name_values(const Json& list, const std::string& where) {
    for (std::size_t i = 0; i < list.size(); ++i)
      object(list[i], where + "[" + std::to_string(i) + "]",
             {{"name", T::String, true}, {"value", T::String, true}, {"comment", T::String, false}});
  }

  void cookies(const Json& list, const std::string& where) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = where + "[" + std::to_string(i) + "]";
      object(list[i], at,
             {{"name", T::String, true},
              {"value", T::String, true},
              {"path", T::String, false},
              {"domain", T::String, false},
              {"expires", T::String, false},
              {"httpOnly", T::Bool, false},
              {"secure", T::Bool, false},
              {"sameSite", T::String, false},  // not in the 1.2 text; written by Chromium and Firefox
              {"comment", T::String, false}});
      if (list[i].contains("expires")) date(list[i]["expires"], at + ".expires");
    }
  }

  void check(const Json& har) {
    if (!object(har, "", {{"log", T::Object, true}})) return;
    const Json& log = har["log"];
    if (!object(log, "log",
                {{"version", T::String, true},
                 {"creator", T::Object, true},
                 {"browser", T::Object, false},
                 {"pages", T::Array, false},
                 {"entries", T::Array, true},
                 {"comment", T::String, false}}))
      return;
    if (log.value("version", "") != "1.2") problems.push_back("log.version: not 1.2");
    object(member(log, "creator", T::Object), "log.creator",
           {{"name", T::String, true}, {"version", T::String, true}, {"comment", T::String, false}});
    std::set<std::string> page_ids;
    for (std::size_t i = 0; log.contains("pages") && i < log["pages"].size(); ++i) {
      const Json& p = log["pages"][i];
      const std::string at = "log.pages[" + std::to_string(i) + "]";
      if (!object(p, at,
                  {{"startedDateTime", T::String, true},
                   {"id", T::String, true},
                   {"title", T::String, true},
                   {"pageTimings", T::Object, true},
                   {"comment", T::String, false}}))
        continue;
      if (p.contains("startedDateTime")) date(p["startedDateTime"], at + ".startedDateTime");
      if (!page_ids.insert(p.value("id", "")).second) problems.push_back(at + ".id: not unique");
      object(member(p, "pageTimings", T::Object), at + ".pageTimings",
             {{"onContentLoad", T::Number, false}, {"onLoad", T::Number, false}, {"comment", T::String, false}});
    }
    std::string last_start;
    for (std::size_t i = 0; log.contains("entries") && i < log["entries"].size(); ++i) {
      const Json& e = log["entries"][i];
      const std::string at = "log.entries[" + std::to_string(i) + "]";
      if (!object(e, at,
                  {{"pageref", T::String, false},
                   {"startedDateTime", T::String, true},
                   {"time", T::Number, true},
                   {"request", T::Object, true},
                   {"response", T::Object, true},
                   {"cache", T::Object, true},
                   {"timings", T::Object, true},
                   {"serverIPAddress", T::String, false},
                   {"connection", T::String, false},
                   {"comment", T::String, false}}))
        continue;
      if (!e.contains("startedDateTime") || !e["startedDateTime"].is_string()) continue;
      date(e["startedDateTime"], at + ".startedDateTime");
      // "sorted by startedDateTime (starting with the oldest)": ISO 8601 in UTC sorts as text.
      if (e["startedDateTime"].get<std::string>() < last_start) problems.push_back(at + ": out of order");
      last_start = e["startedDateTime"].get<std::string>();
      if (e.contains("pageref") && e["pageref"].is_string() && !page_ids.count(e["pageref"].get<std::string>()))
        problems.push_back(at + ".pageref: no such page");
      request(member(e, "request", T::Object), at + ".request");
      response(member(e, "response", T::Object), at + ".response");
      object(member(e, "cache", T::Object), at + ".cache",
             {{"beforeRequest", T::Object, false}, {"afterRequest", T::Object, false}, {"comment", T::String, false}});
      timings(member(e, "timings", T::Object), e.contains("time") ? e["time"] : Json(), at + ".timings");
    }
  }

  void request(const Json& r, const std::string& at) {
    if (!object(r, at,
                {{"method", T::String, true},
                 {"url", T::String, true},
                 {"httpVersion", T::String, true},
                 {"cookies", T::Array, true},
                 {"headers", T::Array, true},
                 {"queryString", T::Array, true},
                 {"postData", T::Object, false},
                 {"headersSize", T::Integer, true},
                 {"bodySize", T::Integer, true},
                 {"comment", T::String, false}}))
      return;
    cookies(member(r, "cookies", T::Array), at + ".cookies");
    name_values(member(r, "headers", T::Array), at + ".headers");
    name_values(member(r, "queryString", T::Array), at + ".queryString");
    if (r.contains("postData")) {
      const Json& p = r["postData"];
      object(p, at + ".postData",
             {{"mimeType", T::String, true},
              {"params", T::Array, false},
              {"text", T::String, false},
              {"comment", T::String, false}});
      if (!p.contains("params") && !p.contains("text")) problems.push_back(at + ".postData: neither text nor params");
      for (std::size_t i = 0; p.contains("params") && p["params"].is_array() && i < p["params"].size(); ++i)
        object(p["params"][i], at + ".postData.params[" + std::to_string(i) + "]",
               {{"name", T::String, true},
                {"value", T::String, false},
                {"fileName", T::String, false},
                {"contentType", T::String, false},
                {"comment", T::String, false}});
    }
  }

  void response(const Json& r, const std::string& at) {
    if (!object(r, at,
                {{"status", T::Integer, true},
                 {"statusText", T::String, true},
                 {"httpVersion", T::String, true},
                 {"cookies", T::Array, true},
                 {"headers", T::Array, true},
                 {"content", T::Object, true},
                 {"redirectURL", T::String, true},
                 {"headersSize", T::Integer, true},
                 {"bodySize", T::Integer, true},
                 {"comment", T::String, false}}))
      return;
    cookies(member(r, "cookies", T::Array), at + ".cookies");
    name_values(member(r, "headers", T::Array), at + ".headers");
    object(member(r, "content", T::Object), at + ".content",
           {{"size", T::Integer, true},
            {"compression", T::Integer, false},
            {"mimeType", T::String, true},
            {"text", T::String, false},
            {"encoding", T::String, false},
            {"comment", T::String, false}});
  }

  // send, wait and receive are required; -1 means "does not apply"; time is the sum of
  // the others (ssl is included in connect).
  void timings(const Json& t, const Json& time, const std::string& at) {
    if (!object(t, at,
                {{"blocked", T::Number, false},
                 {"dns", T::Number, false},
                 {"connect", T::Number, false},
                 {"send", T::Number, true},
                 {"wait", T::Number, true},
                 {"receive", T::Number, true},
                 {"ssl", T::Number, false},
                 {"comment", T::String, false}}))
      return;
    double sum = 0;
    for (const char* k : {"blocked", "dns", "connect", "send", "wait", "receive"})
      if (t.contains(k) && t[k].is_number() && t[k].get<double>() >= 0) sum += t[k].get<double>();
    for (const char* k : {"send", "wait", "receive"})
      if (t.contains(k) && t[k].is_number() && t[k].get<double>() < 0) problems.push_back(at + "." + k + ": negative");
    if (time.is_number() && time.get<double>() != sum) problems.push_back(at + ": time is not the sum of the timings");
  }
};

std::vector<std::string> har_problems(const std::string& text) {
  HarChecker c;
  Json har;
  try {
    har = Json::parse(text);
  } catch (const std::exception& e) { return {std::string("not JSON: ") + e.what()}; }
  c.check(har);
  return c.problems;
}

const Json* entry_for(const Json& har, const std::string& method, const std::string& url_part, int nth = 0) {
  for (const Json& e : har["log"]["entries"])
    if (e["request"]["method"] == method &&
        e["request"]["url"].get<std::string>().find(url_part) != std::string::npos && nth-- == 0)
      return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("the checker refuses what HAR 1.2 does not allow", "[har]") {
  auto w = run_lesson("");
  const std::string good = har_text(*w, Lang::En);
  REQUIRE(har_problems(good).empty());
  Json har = Json::parse(good);
  SECTION("a missing required field") {
    har["log"]["entries"][0]["request"].erase("queryString");
    CHECK(har_problems(har.dump()) == std::vector<std::string>{"log.entries[0].request.queryString: missing"});
  }
  SECTION("a field of the wrong type") {
    har["log"]["entries"][1]["response"]["status"] = "200";
    CHECK(har_problems(har.dump()) == std::vector<std::string>{"log.entries[1].response.status: wrong type"});
  }
  SECTION("a custom field without its underscore") {
    har["log"]["entries"][0]["cookielab"] = 1;
    CHECK(har_problems(har.dump()) == std::vector<std::string>{"log.entries[0].cookielab: not in HAR 1.2"});
  }
  SECTION("a date that is not ISO 8601") {
    har["log"]["entries"][0]["startedDateTime"] = "Mon, 02 Mar 2026 09:00:00 GMT";
    CHECK_FALSE(har_problems(har.dump()).empty());
  }
  SECTION("a page reference to no page") {
    har["log"]["entries"][0]["pageref"] = "page_99";
    CHECK(har_problems(har.dump()) == std::vector<std::string>{"log.entries[0].pageref: no such page"});
  }
}

TEST_CASE("every lesson's HAR export has the structure of HAR 1.2, in both languages", "[har]") {
  std::vector<std::string> files = lesson_files();
  files.push_back("");  // the built-in lesson
  REQUIRE(files.size() > 10);
  for (const std::string& file : files) {
    auto w = run_lesson(file);
    for (Lang lang : {Lang::En, Lang::Ko}) {
      INFO(file << (lang == Lang::Ko ? " (ko)" : " (en)"));
      const std::string text = har_text(*w, lang);
      CHECK(har_problems(text).empty());
      for (const std::string& p : har_problems(text)) UNSCOPED_INFO(p);
      const Json har = Json::parse(text);
      // One entry per exchange of the timeline, in its order, at its simulated time.
      std::size_t exchanges = 0;
      for (const sim::Step& s : w->timeline().steps()) {
        if (!s.exchange) continue;
        REQUIRE(exchanges < har["log"]["entries"].size());
        const Json& e = har["log"]["entries"][exchanges++];
        CHECK(e["_cookielab"]["step"] == s.index + 1);
        CHECK(e["request"]["url"] == s.exchange->url->to_string());
        CHECK(e["response"]["status"] == s.exchange->status);
        CHECK(e["startedDateTime"].get<std::string>().starts_with(format_iso8601(s.exchange->time).substr(0, 19)));
        // The headers in order, as exchanged.
        const std::vector<http::Field> fields = s.exchange->request_fields();
        REQUIRE(e["request"]["headers"].size() == fields.size());
        for (std::size_t i = 0; i < fields.size(); ++i) CHECK(e["request"]["headers"][i]["name"] == fields[i].name);
        // The body as exchanged (base64 when not UTF-8).
        if (s.exchange->answered()) {
          const Json& content = e["response"]["content"];
          const std::string& body = *s.exchange->response_body;
          CHECK(content["text"] == (content.contains("encoding") ? report::base64_encode(body) : body));
          CHECK(content["size"] == body.size());
        }
      }
      CHECK(exchanges == har["log"]["entries"].size());
    }
  }
}

TEST_CASE("the HAR export lists the cookies as HAR does", "[har]") {
  auto w = run_lesson("");
  const Json har = Json::parse(har_text(*w, Lang::En));
  SECTION("the login's response: each Set-Cookie line with its attributes") {
    const Json* login = entry_for(har, "POST", "/accounts/login/", 1);
    REQUIRE(login);
    CHECK((*login)["response"]["status"] == 302);
    CHECK((*login)["response"]["redirectURL"] == "/accounts/profile/");
    const Json& cookies = (*login)["response"]["cookies"];
    REQUIRE(cookies.size() == 2);
    const Json& sid = cookies[1];
    CHECK(sid["name"] == "sessionid");
    CHECK(sid["path"] == "/");
    CHECK_FALSE(sid.contains("domain"));  // the line gave none: a host-only cookie
    CHECK(sid["httpOnly"] == true);
    CHECK(sid["secure"] == false);
    CHECK(sid["sameSite"] == "Lax");
    // Max-Age=1209600 (two weeks) from the response's time, 2026-03-02T09:00:03Z.
    CHECK(sid["expires"] == "2026-03-16T09:00:03.000Z");
  }
  SECTION("the login form's post: its fields as params, its text as sent") {
    const Json* login = entry_for(har, "POST", "/accounts/login/", 1);
    REQUIRE(login);
    const Json& post = (*login)["request"]["postData"];
    CHECK(post["mimeType"] == "application/x-www-form-urlencoded");
    CHECK(post["text"].get<std::string>().find("username=alice") != std::string::npos);
    bool user = false;
    for (const Json& p : post["params"]) user = user || (p["name"] == "username" && p["value"] == "alice");
    CHECK(user);
    CHECK((*login)["request"]["bodySize"] == post["text"].get<std::string>().size());
  }
  SECTION("a request's cookies: each pair of its Cookie field, in order, with the jar's attributes") {
    const Json* profile = entry_for(har, "GET", "/accounts/profile/");
    REQUIRE(profile);
    const Json& cookies = (*profile)["request"]["cookies"];
    REQUIRE(cookies.size() == 2);
    CHECK(cookies[0]["name"] == "csrftoken");
    CHECK(cookies[1]["name"] == "sessionid");
    CHECK(cookies[1]["domain"] == "shop.example");
    CHECK(cookies[1]["httpOnly"] == true);
    std::string cookie_field;
    for (const Json& h : (*profile)["request"]["headers"])
      if (h["name"] == "Cookie") cookie_field = h["value"];
    CHECK(cookie_field == "csrftoken=" + cookies[0]["value"].get<std::string>() +
                              "; sessionid=" + cookies[1]["value"].get<std::string>());
  }
  SECTION("the log names its creator and version") {
    CHECK(har["log"]["version"] == "1.2");
    CHECK(har["log"]["creator"]["name"] == "CookieLab");
  }
}

TEST_CASE("the HAR export carries a body that is not text in base64", "[har]") {
  auto w = run_lesson(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/03-what-cookies-are-for.toml");
  const Json har = Json::parse(har_text(*w, Lang::En));
  bool gif = false;
  for (const Json& e : har["log"]["entries"]) {
    const Json& c = e["response"]["content"];
    if (!c["mimeType"].get<std::string>().starts_with("image/gif")) continue;
    gif = true;
    CHECK(c["encoding"] == "base64");
    CHECK(c["text"].get<std::string>().starts_with("R0lGOD"));  // "GIF8" in base64
  }
  CHECK(gif);
}

TEST_CASE("the HAR export is the same bytes twice, and titles its pages in the language asked", "[har]") {
  auto a = run_lesson("");
  auto b = run_lesson("");
  CHECK(har_text(*a, Lang::En) == har_text(*b, Lang::En));
  const Json ko = Json::parse(har_text(*a, Lang::Ko));
  CHECK(ko["log"]["pages"][0]["title"].get<std::string>().find("단계") != std::string::npos);
}

TEST_CASE("base64 is RFC 4648's", "[har]") {
  CHECK(report::base64_encode("") == "");
  CHECK(report::base64_encode("f") == "Zg==");
  CHECK(report::base64_encode("fo") == "Zm8=");
  CHECK(report::base64_encode("foo") == "Zm9v");
  CHECK(report::base64_encode("foobar") == "Zm9vYmFy");
  CHECK(report::body_text("한국어").base64 == false);
  CHECK(report::body_text(std::string("GIF89a\x01\x00\x80", 9)).base64 == true);
}

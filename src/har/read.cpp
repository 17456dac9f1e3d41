// Reading a HAR file with nlohmann/json's SAX interface: the parser calls us for
// each token and we keep only what a capture needs, so a 50 MB file never becomes
// a DOM of millions of small nodes (a body is moved out of the parser's string
// once). Each mistake is told with its place: the byte offset the parser had
// reached, its line and column, and the JSON path of the value.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include "base/text.h"
#include "har/har.h"
#include "har/har_messages.h"
#include "http/url.h"

namespace cl::har {

namespace {

using json = nlohmann::json;
using M = HarMsg;

// The actions log._cookielab.events records: those that change a jar outside an exchange.
constexpr std::string_view kLabActions =
    "wait, close, reopen, clear_cookies, set_cookie, script_cookie, delete_cookie, copy_cookie";
bool lab_action(std::string_view a) {
  for (std::string_view name : split(kLabActions, ','))
    if (trim_wsp(name) == a) return true;
  return false;
}

// A pointer into the bytes that also writes where it is to `live`: the SAX
// callbacks get no position, so the handler reads the parser's progress here.
struct Cursor {
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  const char* p = nullptr;
  const char** live = nullptr;
  reference operator*() const { return *p; }
  Cursor& operator++() {
    *live = ++p;
    return *this;
  }
  Cursor operator++(int) {
    Cursor old = *this;
    ++*this;
    return old;
  }
  bool operator==(const Cursor& o) const { return p == o.p; }
};

// What a JSON object or array of the capture is.
enum class Node {
  Top,
  Log,
  Creator,
  Browser,
  Entries,
  Entry,
  Request,
  Response,
  Headers,
  Header,
  PostData,
  Params,
  Param,
  Content,
  Lab,          // "_cookielab" of CookieLab's own export
  LogLab,       // log._cookielab: the lesson's browsers and what changed their jars
  LabBrowsers,  // log._cookielab.browsers
  LabBrowser,
  LabEvents,  // log._cookielab.events
  LabEvent,
  Skip  // a part of the file CookieLab does not read (pages, timings, cookies, _initiator...)
};

struct Frame {
  Node node = Node::Skip;
  bool array = false;
  std::size_t start = 0;  // offset of its '{' or '['
  std::string key;        // the key being read (objects)
  std::size_t count = 0;  // elements begun (arrays)
  unsigned seen = 0;      // required keys present, one bit each
  bool response = false;  // Headers, Header: of the response
};

// The keys an object must have (HAR 1.2 marks more as required; these are the ones
// an import cannot go without). Bit i of Frame::seen is keys[i].
struct Required {
  Node node;
  std::vector<std::string_view> keys;
};
const std::vector<std::string_view>& required(Node n) {
  static const std::vector<std::string_view> none, log{"entries"}, entry{"startedDateTime", "request", "response"},
      request{"method", "url", "headers"}, response{"status", "headers"}, header{"name", "value"}, lab_browser{"name"},
      lab_event{"after", "time", "browser", "action"};
  switch (n) {
    case Node::Log: return log;
    case Node::Entry: return entry;
    case Node::Request: return request;
    case Node::Response: return response;
    case Node::Header:
    case Node::Param: return header;
    case Node::LabBrowser: return lab_browser;
    case Node::LabEvent: return lab_event;
    default: return none;
  }
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes), live_(bytes.data()) {}

  ReadResult run() {
    Cursor first{bytes_.data(), &live_}, last{bytes_.data() + bytes_.size(), &live_};
    json::sax_parse(first, last, this);
    ReadResult r;
    if (!root_seen_ && problems_.empty()) problem(0, M::NotHar);
    if (problems_.empty()) check_lab_events();
    r.problems = std::move(problems_);
    if (r.problems.empty()) r.capture = std::move(capture_);
    return r;
  }

  // ---- nlohmann's SAX interface
  bool null() { return scalar(Kind::Null); }
  bool boolean(bool v) {
    bool_ = v;
    return scalar(Kind::Bool);
  }
  bool number_integer(json::number_integer_t v) {
    number_ = static_cast<double>(v);
    return scalar(Kind::Number);
  }
  bool number_unsigned(json::number_unsigned_t v) {
    number_ = static_cast<double>(v);
    return scalar(Kind::Number);
  }
  bool number_float(json::number_float_t v, const std::string&) {
    number_ = v;
    return scalar(Kind::Number);
  }
  bool string(std::string& v) {
    string_ = &v;
    return scalar(Kind::String);
  }
  bool binary(json::binary_t&) { return scalar(Kind::Null); }
  bool start_object(std::size_t) { return open(false); }
  bool start_array(std::size_t) { return open(true); }
  bool key(std::string& k) {
    stack_.back().key = std::move(k);
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while ..."
    if (const auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    const std::size_t at = position > 0 ? position - 1 : 0;
    if (what.find("ill-formed UTF-8") != std::string::npos) problem(at, M::BadUtf8);
    // Nothing but white space after the place it stopped: the file was cut there (an
    // unclosed string at the end is told by the parser as a control character).
    else if (bytes_.find_first_not_of(" \t\r\n", std::min(at + 1, bytes_.size())) == std::string_view::npos)
      problem(at, M::Truncated);
    else problem(at, M::NotJson, {what});
    return false;
  }

 private:
  enum class Kind { Null, Bool, Number, String, Object, Array };

  std::string_view bytes_;
  const char* live_;
  std::vector<Frame> stack_;
  Capture capture_;
  std::vector<Problem> problems_;
  bool root_seen_ = false;
  bool log_seen_ = false;
  double number_ = 0;
  bool bool_ = false;
  std::string* string_ = nullptr;
  std::set<std::string> lab_keys_;  // the keys the current log._cookielab event has given

  // What an event names must be in the file: its browsers, its place among the entries.
  void check_lab_events() {
    std::set<std::string> browsers;
    for (const LabBrowser& b : capture_.lab_browsers) browsers.insert(b.name);
    for (const Entry& e : capture_.entries)
      if (!e.lab_browser.empty()) browsers.insert(e.lab_browser);
    for (const LabEvent& ev : capture_.lab_events) {
      if (!browsers.count(ev.browser))
        problem(ev.where.offset, M::LabBrowser, {ev.browser}, ev.where.path + ".browser");
      if (ev.action == "copy_cookie" && !browsers.count(ev.from_browser))
        problem(ev.where.offset, M::LabBrowser, {ev.from_browser}, ev.where.path + ".from_browser");
      if (ev.after > capture_.entries.size())
        problem(ev.where.offset, M::LabAfter, {std::to_string(ev.after), std::to_string(capture_.entries.size())},
                ev.where.path + ".after");
    }
  }

  std::size_t here() const { return static_cast<std::size_t>(live_ - bytes_.data()); }

  // The JSON path of the value being read: "log.entries[3].request.url".
  std::string path_text() const {
    std::string p;
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const Frame& f = stack_[i];
      if (f.array) {
        if (f.count > 0) p += "[" + std::to_string(f.count - 1) + "]";
      } else if (!f.key.empty()) {
        if (!p.empty()) p += ".";
        p += f.key;
      }
    }
    return p.empty() ? "(top)" : p;
  }

  void problem(std::size_t offset, M kind, std::vector<Message> args = {}, std::string path = {}) {
    if (problems_.size() >= kMaxProblems) return;
    Place at;
    at.offset = offset;
    at.line = 1;
    at.column = 1;
    const std::size_t end = std::min(offset, bytes_.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (bytes_[i] == '\n') {
        ++at.line;
        at.column = 1;
      } else if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) {
        ++at.column;  // columns count characters, not the bytes of a UTF-8 sequence
      }
    }
    at.path = path.empty() ? path_text() : std::move(path);
    problems_.push_back({std::move(at), message(kind, std::move(args))});
  }

  // Where a string value began: back from the parser's position to its opening quote.
  std::size_t string_start() const {
    std::size_t i = std::min(here(), bytes_.size());
    while (i > 0 && bytes_[i - 1] != '"') --i;  // the closing quote
    if (i > 0) --i;
    while (i > 0) {
      --i;
      if (bytes_[i] != '"') continue;
      std::size_t slashes = 0;
      while (i > slashes && bytes_[i - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }

  static Message kind_name(Kind k) {
    switch (k) {
      case Kind::Null: return message(M::TypeNull);
      case Kind::Bool: return message(M::TypeBool);
      case Kind::Number: return message(M::TypeNumber);
      case Kind::String: return message(M::TypeString);
      case Kind::Object: return message(M::TypeObject);
      case Kind::Array: return message(M::TypeArray);
    }
    return {};
  }

  void wrong_type(std::size_t at, Kind expected, Kind found) {
    problem(at, M::WrongType, {kind_name(expected), kind_name(found)});
  }

  Entry& entry() { return capture_.entries.back(); }

  // Marks a required key of the innermost object as present.
  void saw(const Frame& parent) {
    const auto& keys = required(parent.node);
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == parent.key) stack_.back().seen |= 1u << i;
  }

  // What a container at the current place is, and what it should be.
  bool open(bool array) {
    const std::size_t at = here() > 0 ? here() - 1 : 0;
    Frame f;
    f.array = array;
    f.start = at;
    if (stack_.empty()) {
      root_seen_ = true;
      if (array) problem(at, M::NotHar);
      f.node = array ? Node::Skip : Node::Top;
      stack_.push_back(std::move(f));
      return !array;
    }
    Frame& parent = stack_.back();
    if (parent.array) ++parent.count;
    saw(parent);
    const Kind found = array ? Kind::Array : Kind::Object;
    // The node this key (or element) holds, and its JSON type.
    Node want = Node::Skip;
    bool want_array = false;
    if (parent.array) {
      switch (parent.node) {
        case Node::Entries: want = Node::Entry; break;
        case Node::Headers: want = Node::Header; break;
        case Node::Params: want = Node::Param; break;
        case Node::LabBrowsers: want = Node::LabBrowser; break;
        case Node::LabEvents: want = Node::LabEvent; break;
        default: break;
      }
    } else {
      const std::string& k = parent.key;
      switch (parent.node) {
        case Node::Top:
          if (k == "log") want = Node::Log;
          break;
        case Node::Log:
          if (k == "creator") want = Node::Creator;
          else if (k == "browser") want = Node::Browser;
          else if (k == "entries") want = Node::Entries, want_array = true;
          else if (k == "_cookielab") want = Node::LogLab;
          break;
        case Node::LogLab:
          if (k == "browsers") want = Node::LabBrowsers, want_array = true;
          else if (k == "events") want = Node::LabEvents, want_array = true;
          break;
        case Node::Entry:
          if (k == "request") want = Node::Request;
          else if (k == "response") want = Node::Response;
          else if (k == "_cookielab") want = Node::Lab;
          break;
        case Node::Request:
          if (k == "headers") want = Node::Headers, want_array = true;
          else if (k == "postData") want = Node::PostData;
          break;
        case Node::Response:
          if (k == "headers") want = Node::Headers, want_array = true;
          else if (k == "content") want = Node::Content;
          break;
        case Node::PostData:
          if (k == "params") want = Node::Params, want_array = true;
          break;
        default: break;
      }
    }
    if (want != Node::Skip && want_array != array) {
      if (want == Node::Log) problem(at, M::NotHar);
      else wrong_type(at, want_array ? Kind::Array : Kind::Object, found);
      want = Node::Skip;
    }
    f.node = want;
    if (want == Node::Log) log_seen_ = true;
    f.response = parent.node == Node::Response || ((parent.node == Node::Headers) && parent.response);
    if (want == Node::Entry) {
      Entry e;
      e.index = capture_.entries.size();
      e.where.offset = at;
      capture_.entries.push_back(std::move(e));
    } else if (want == Node::Header) {
      (f.response ? entry().response.headers : entry().request.headers).emplace_back();
    } else if (want == Node::PostData) {
      entry().request.post.emplace();
    } else if (want == Node::Param) {
      entry().request.post->params.emplace_back();
    } else if (want == Node::LabBrowser) {
      capture_.lab_browsers.emplace_back();
    } else if (want == Node::LabEvent) {
      capture_.lab_events.emplace_back().where.offset = at;
    }
    stack_.push_back(std::move(f));
    return true;
  }

  bool close() {
    Frame f = std::move(stack_.back());
    // Required keys, told at the object's opening brace (its place in the file).
    const auto& keys = required(f.node);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (f.seen & (1u << i)) continue;
      problem(f.start, M::Missing, {std::string(keys[i])}, path_text_without_key());
    }
    if (f.node == Node::Top && !log_seen_) problem(f.start, M::NotHar);
    if (f.node == Node::Content) finish_content(f);
    if (f.node == Node::Entry) entry().where.path = path_text_without_key();
    if (f.node == Node::LabEvent) finish_lab_event(f);
    stack_.pop_back();
    return true;
  }

  // The path of the innermost container itself (its current key left out).
  std::string path_text_without_key() {
    const std::string key = std::move(stack_.back().key);
    stack_.back().key.clear();
    std::string p = path_text();
    stack_.back().key = key;
    return p;
  }

  // An event's keys its action needs (as the scenario step of that action does).
  void finish_lab_event(const Frame& f) {
    LabEvent& ev = capture_.lab_events.back();
    ev.where.path = path_text_without_key();
    std::vector<std::string_view> needs;
    if (ev.action == "wait") needs = {"duration"};
    else if (ev.action == "set_cookie" || ev.action == "script_cookie") needs = {"url", "cookie"};
    else if (ev.action == "delete_cookie") needs = {"name"};
    else if (ev.action == "copy_cookie") needs = {"from_browser", "name"};
    for (std::string_view key : needs)
      if (!lab_keys_.count(std::string(key)))
        problem(f.start, M::LabMissing, {std::string(key), ev.action}, ev.where.path);
    lab_keys_.clear();
  }

  void finish_content(const Frame& f) {
    Content& c = entry().response.content;
    if (c.encoding != "base64" || !c.has_text) return;
    std::optional<std::string> decoded = decode_base64(c.text);
    if (!decoded) {
      problem(f.start, M::BadBase64, {}, path_text_without_key() + ".text");
      return;
    }
    c.text = std::move(*decoded);
  }

  // A string value for a key that wants one; a problem otherwise.
  std::string* want_string(Kind k) {
    if (k == Kind::String) return string_;
    wrong_type(here() > 0 ? here() - 1 : 0, Kind::String, k);
    return nullptr;
  }
  std::optional<double> want_number(Kind k) {
    if (k == Kind::Number) return number_;
    wrong_type(k == Kind::String ? string_start() : (here() > 0 ? here() - 1 : 0), Kind::Number, k);
    return std::nullopt;
  }

  bool scalar(Kind k) {
    if (stack_.empty()) {  // the whole file is one value
      root_seen_ = true;
      problem(0, M::NotHar);
      return false;
    }
    Frame& f = stack_.back();
    if (f.array) ++f.count;
    saw(f);
    if (f.array && (f.node == Node::LabEvents || f.node == Node::LabBrowsers))
      wrong_type(k == Kind::String ? string_start() : (here() > 0 ? here() - 1 : 0), Kind::Object, k);
    if (f.array || f.node == Node::Skip) return true;
    const std::string& key = f.key;
    auto put = [&](std::string& into) {
      if (std::string* s = want_string(k)) into = std::move(*s);
    };
    switch (f.node) {
      case Node::Top:
        if (key == "log") problem(here() > 0 ? here() - 1 : 0, M::NotHar);
        break;
      case Node::Log:
        if (key == "version") put(capture_.version);
        else if (key == "entries") wrong_type(here() - 1, Kind::Array, k);
        break;
      case Node::Creator:
        if (key == "name") put(capture_.creator_name);
        else if (key == "version") put(capture_.creator_version);
        break;
      case Node::Browser:
        if (key == "name") put(capture_.browser_name);
        else if (key == "version") put(capture_.browser_version);
        break;
      case Node::Entry:
        if (key == "startedDateTime") {
          if (std::string* s = want_string(k)) {
            entry().started = std::move(*s);
            if (const auto t = parse_har_time(entry().started)) entry().time = *t;
            else problem(string_start(), M::BadTime, {entry().started});
          }
        } else if (key == "_resourceType") {
          put(entry().resource_type);
        } else if (key == "request" || key == "response") {
          wrong_type(here() - 1, Kind::Object, k);
        }
        break;
      case Node::Request:
        if (key == "method") put(entry().request.method);
        else if (key == "url") {
          if (std::string* s = want_string(k)) {
            entry().request.url = std::move(*s);
            check_url(entry().request.url);
          }
        } else if (key == "httpVersion") put(entry().request.http_version);
        else if (key == "headers") wrong_type(here() - 1, Kind::Array, k);
        break;
      case Node::Response:
        if (key == "status") {
          if (const auto n = want_number(k)) {
            if (*n < 0 || *n > 999 || *n != static_cast<int>(*n))
              problem(here() - 1, M::BadStatus, {std::to_string(static_cast<long long>(*n))});
            else entry().response.status = static_cast<int>(*n);
          }
        } else if (key == "statusText") put(entry().response.status_text);
        else if (key == "httpVersion") put(entry().response.http_version);
        else if (key == "redirectURL") put(entry().response.redirect_url);
        else if (key == "headers") wrong_type(here() - 1, Kind::Array, k);
        break;
      case Node::Header:
      case Node::Param: {
        Header& h = f.node == Node::Param ? entry().request.post->params.back()
                    : f.response          ? entry().response.headers.back()
                                          : entry().request.headers.back();
        if (key == "name") put(h.name);
        else if (key == "value") put(h.value);
        break;
      }
      case Node::Lab:
        if (key == "browser") put(entry().lab_browser);
        else if (key == "policy") put(entry().lab_policy);
        else if (key == "redirect" && k == Kind::Bool) entry().lab_redirect = bool_;
        break;
      case Node::LabBrowser:
        if (key == "name") put(capture_.lab_browsers.back().name);
        else if (key == "policy") put(capture_.lab_browsers.back().policy);
        break;
      case Node::LabEvent: lab_event_key(key, k); break;
      case Node::PostData:
        if (key == "mimeType") put(entry().request.post->mime_type);
        else if (key == "text") put(entry().request.post->text);
        break;
      case Node::Content: {
        Content& c = entry().response.content;
        if (key == "mimeType") put(c.mime_type);
        else if (key == "text") {
          if (k == Kind::Null) break;  // Firefox writes no text for a body it did not keep
          put(c.text);
          c.has_text = true;
        } else if (key == "encoding") {
          if (k != Kind::Null) put(c.encoding);
        } else if (key == "size") {
          if (const auto n = want_number(k)) c.size = static_cast<std::int64_t>(*n);
        }
        break;
      }
      default: break;
    }
    return true;
  }

  static std::string number_text(double n) {
    if (n == static_cast<double>(static_cast<long long>(n))) return std::to_string(static_cast<long long>(n));
    return json(n).dump();
  }

  void lab_event_key(const std::string& key, Kind k) {
    LabEvent& ev = capture_.lab_events.back();
    auto put = [&](std::string& into) {
      if (std::string* s = want_string(k)) {
        into = std::move(*s);
        lab_keys_.insert(key);
      }
    };
    if (key == "after") {
      if (const auto n = want_number(k)) {
        if (*n < 0 || *n != static_cast<double>(static_cast<long long>(*n)))
          problem(here() - 1, M::LabAfter, {number_text(*n), std::to_string(capture_.entries.size())});
        else ev.after = static_cast<std::size_t>(*n);
      }
    } else if (key == "time") {
      if (std::string* s = want_string(k)) {
        if (const auto t = parse_har_time(*s)) ev.time = *t;
        else problem(string_start(), M::BadTime, {*s});
      }
    } else if (key == "duration") {
      if (const auto n = want_number(k)) {
        if (*n < 0) problem(here() - 1, M::LabDuration, {number_text(*n)});
        else ev.duration = static_cast<TimeMs>(*n);
        lab_keys_.insert(key);
      }
    } else if (key == "browser") put(ev.browser);
    else if (key == "action") {
      if (std::string* s = want_string(k)) {
        ev.action = *s;
        if (!lab_action(ev.action)) problem(string_start(), M::LabAction, {ev.action, std::string(kLabActions)});
      }
    } else if (key == "url") put(ev.url);
    else if (key == "cookie") put(ev.cookie);
    else if (key == "name") put(ev.name);
    else if (key == "domain") put(ev.domain);
    else if (key == "path") put(ev.path);
    else if (key == "from_browser") put(ev.from_browser);
  }

  // Only http and https requests carry cookies; other schemes (data:, blob:,
  // chrome-extension:) are left out of the import, not refused.
  void check_url(const std::string& url) {
    if (!starts_with_icase(url, "http://") && !starts_with_icase(url, "https://")) return;
    const http::UrlResult r = http::parse_url(url);
    if (!r.url) problem(string_start(), M::BadUrl, {url, r.problem});
  }
};

}  // namespace

std::string Place::to_string() const {
  return std::to_string(line) + ":" + std::to_string(column) + " (byte " + std::to_string(offset) +
         (path.empty() ? "" : ", " + path) + ")";
}

Creator Capture::creator() const {
  // Chromium's DevTools (Chrome, Edge, Brave...) write creator.name "WebInspector".
  if (creator_name == "WebInspector") return Creator::Chromium;
  if (creator_name == "Firefox") return Creator::Firefox;
  if (creator_name == "CookieLab") return Creator::CookieLab;
  return Creator::Other;
}

namespace {

// A file refused as a whole (too large, empty, UTF-16): told at its start.
ReadResult refused(M kind, std::vector<Message> args = {}) {
  ReadResult r;
  Problem p;
  p.where.line = 1;
  p.where.column = 1;
  p.what = message(kind, std::move(args));
  r.problems.push_back(std::move(p));
  return r;
}

}  // namespace

ReadResult read_har(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // a UTF-8 byte order mark
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return refused(M::Utf16);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return refused(M::Empty);
  return Reader(bytes).run();
}

ReadResult read_har_file(const std::string& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return refused(M::FileNotRead);
  const auto size = static_cast<std::size_t>(in.tellg());
  if (size > limit)
    return refused(M::TooLarge, {std::to_string((size + (1u << 20) - 1) >> 20), std::to_string(limit >> 20)});
  std::string bytes(size, '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in) return refused(M::FileNotRead);
  return read_har(bytes);
}

std::optional<TimeMs> parse_har_time(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > t.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      out = out * 10 + (t[i] - '0');
    }
    return true;
  };
  int y, mo, d, h, mi, s;
  if (!digits(0, 4, y) || t.size() < 19 || t[4] != '-' || !digits(5, 2, mo) || t[7] != '-' || !digits(8, 2, d) ||
      (t[10] != 'T' && t[10] != ' ') || !digits(11, 2, h) || t[13] != ':' || !digits(14, 2, mi) || t[16] != ':' ||
      !digits(17, 2, s))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return std::nullopt;
  std::size_t i = 19;
  TimeMs ms = 0;
  if (i < t.size() && t[i] == '.') {
    ++i;
    int place = 100;
    const std::size_t from = i;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
      ms += (t[i] - '0') * place;
      place /= 10;
    }
    if (i == from) return std::nullopt;
  }
  TimeMs offset = 0;
  if (i < t.size() && (t[i] == 'Z' || t[i] == 'z')) {
    ++i;
  } else if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    int oh, om;
    if (!digits(i + 1, 2, oh) || i + 3 >= t.size() || t[i + 3] != ':' || !digits(i + 4, 2, om)) return std::nullopt;
    offset = (t[i] == '+' ? 1 : -1) * (oh * kHour + om * kMinute);
    i += 6;
  } else {
    return std::nullopt;
  }
  if (i != t.size()) return std::nullopt;
  const TimeMs days = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
  return days * kDay + h * kHour + mi * kMinute + s * kSecond + ms - offset;
}

std::optional<std::string> decode_base64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned buffer = 0;
  int bits = 0, pad = 0;
  for (char ch : text) {
    int v;
    if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
    else if (ch == '+' || ch == '-') v = 62;  // '-' and '_': the URL-safe alphabet
    else if (ch == '/' || ch == '_') v = 63;
    else if (ch == '=') {
      ++pad;
      continue;
    } else if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') continue;
    else return std::nullopt;
    if (pad) return std::nullopt;  // data after padding
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  if (bits >= 6 || pad > 2) return std::nullopt;  // a lone sixth of a byte
  return out;
}

}  // namespace cl::har

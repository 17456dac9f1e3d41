// A HAR capture as CookieLab reads it: the HTTP Archive format 1.2 that browsers'
// developer tools save ("Save all as HAR": Chromium's DevTools, Firefox's network
// monitor). Plain values: what the file says, in file order, with where each entry
// stood in the file so a later mistake can still name its place.
// http://www.softwareishard.com/blog/har-12-spec/ is the format's description.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"
#include "base/time.h"

namespace cl::har {

// Where something is in the file: byte offset (from 0), line and column (from 1), and
// the JSON path of the value ("log.entries[3].request.url").
struct Place {
  std::size_t offset = 0;
  int line = 0, column = 0;
  std::string path;
  std::string to_string() const;  // "12:5 (byte 301, log.entries[3].request.url)"
};

struct Problem {
  Place where;
  Message what;  // a kind of har_messages.h
};

struct Header {
  std::string name, value;
};

struct PostData {
  std::string mime_type;
  std::string text;
  std::vector<Header> params;  // name/value pairs of a form (HAR "params"), when given
};

struct Content {
  std::int64_t size = 0;
  std::string mime_type;
  std::string text;      // as stored in the file; decoded when `encoding` is base64
  std::string encoding;  // "" or "base64"
  bool has_text = false;
};

struct Request {
  std::string method, url, http_version;
  std::vector<Header> headers;  // in the order the browser sent them
  std::optional<PostData> post;
};

struct Response {
  int status = 0;  // 0: no response (a failed or blocked request)
  std::string status_text, http_version;
  std::vector<Header> headers;  // in order; several Set-Cookie kept
  Content content;
  std::string redirect_url;
};

struct Entry {
  std::size_t index = 0;  // position in log.entries
  Place where;            // of the entry object
  std::string started;    // startedDateTime as written
  TimeMs time = 0;        // startedDateTime, in ms since 1970 UTC
  Request request;
  Response response;
  std::string resource_type;  // Chromium's "_resourceType": "document", "xhr", "image", ...
  // CookieLab's own export (`cookielab run --format har`) says which simulated browser
  // made the exchange, under which policy, and whether it followed a redirect by itself
  // ("_cookielab": {"browser", "policy", "redirect"}); empty for a real browser's capture.
  std::string lab_browser, lab_policy;
  std::optional<bool> lab_redirect;
};

// Which browser saved it, as log.creator.name tells: Chromium's DevTools write
// "WebInspector", Firefox writes "Firefox". The cookie policy follows from it.
enum class Creator { Chromium, Firefox, CookieLab, Other };

// What changed a simulated browser's jar outside an exchange, as CookieLab's own
// export records it under log._cookielab.events (a close, a reopen, a cookie set by
// hand or by script, a copy, a wait): the importer replays each through the engine
// at its place, so the imported jars are the lesson's. A real capture has none.
struct LabEvent {
  Place where;            // of the event object
  std::size_t after = 0;  // how many of log.entries came before it (file order)
  TimeMs time = 0;        // the simulated clock when it began
  std::string browser;    // the browser whose jar it changed
  std::string action;     // a scenario action name: "close", "set_cookie", ... (checked by the reader)
  std::string url, cookie, name, domain, path, from_browser;  // as the scenario step has them
  TimeMs duration = 0;                                        // wait
};

struct LabBrowser {
  std::string name, policy;  // log._cookielab.browsers: every browser of the lesson
};

struct Capture {
  std::string version;  // log.version, "1.2"
  std::string creator_name, creator_version;
  std::string browser_name, browser_version;  // log.browser, optional
  std::vector<Entry> entries;                 // file order
  std::vector<LabBrowser> lab_browsers;       // CookieLab's own export only
  std::vector<LabEvent> lab_events;           // in file order
  Creator creator() const;
};

struct ReadResult {
  std::optional<Capture> capture;  // set when there are no problems
  std::vector<Problem> problems;   // first ones only (kMaxProblems), in file order
};

// The largest file read: a capture larger than this is refused before it is read
// (a browser's capture of a day's browsing; "Save all as HAR" of one site's login
// is well under a megabyte, a capture with videos can be gigabytes).
constexpr std::size_t kMaxBytes = 128u << 20;  // 128 MiB
constexpr std::size_t kMaxProblems = 20;

// Reads the bytes of a HAR file. Never throws on bad input: every mistake is a
// Problem with its place. A UTF-8 byte order mark is skipped; UTF-16 is refused.
ReadResult read_har(std::string_view bytes);
// Reads a file (refused when larger than `limit`, before reading it).
ReadResult read_har_file(const std::string& path, std::size_t limit = kMaxBytes);

// startedDateTime: ISO 8601 with any fraction of a second and a "Z" or ±HH:MM offset,
// as Chromium ("2026-12-03T09:00:00.123Z") and Firefox ("...T10:00:00.123+01:00") write it.
std::optional<TimeMs> parse_har_time(std::string_view text);
// RFC 4648 base64 (padding optional, whitespace skipped); nullopt when malformed.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace cl::har

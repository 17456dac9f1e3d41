// A HAR capture becomes a lesson: each entry a timeline step with its real request
// and response, each host a lane (a server of the scenario, its routes the
// capture's answers), the browser's jar rebuilt by the engine from every Set-Cookie
// at the entry's time. Where the real Cookie header differs from what the engine
// would send, the step says so and why (Step::differences).
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>
#include "base/message.h"
#include "cookie/jar.h"
#include "har/har.h"
#include "scenario/scenario.h"
#include "sim/world.h"

namespace cl::har {

struct ImportOptions {
  bool keep_secrets = false;  // --keep-secrets: no masking
  std::string file_name;      // shown in the title ("capture.har")
};

// The policy a capture's browser implies: chromium for Chromium's DevTools; RFC 6265
// otherwise (Firefox keeps no Lax-by-default and no 400-day cap, and neither does an
// unknown tool: said so in the lesson's summary).
cookie::Policy policy_of(const Capture& capture);

struct Imported {
  // The servers (one per host, in order of first request, answering the capture's
  // responses as scripted routes), the browser, and the steps that replay the
  // capture in a simulation (what -o writes: scenario_toml in write_scenario.h).
  scenario::Scenario scenario;
  // The timeline of the real exchanges (the scenario's steps are not run in it).
  std::unique_ptr<sim::World> world;
  std::size_t masked = 0;   // distinct values masked
  std::size_t skipped = 0;  // entries that are not http or https (data:, blob:, ws:)
  bool out_of_order = false;
};

Imported import_capture(Capture capture, const ImportOptions& options = {});

// The request as the browser sent it, as HTTP/1.1 text: request line, the headers
// in order (HTTP/2's pseudo-headers become a Host field), blank line, body.
std::string request_text(const Entry& e, const http::Url& url);
// The response's status line and headers through the blank line (its body apart,
// `body_size` bytes as kept: Content-Length says that, Transfer-Encoding is left out).
std::string response_head(const Entry& e, std::size_t body_size);

}  // namespace cl::har

namespace cl::har {

// A HAR file by its name: ends in ".har" (any case).
bool is_har_path(std::string_view path);

struct FileImport {
  std::optional<Imported> imported;  // set when the file was read without problems
  std::vector<Problem> problems;
};
// Reads and imports a file; `options.file_name` defaults to the file's own name.
FileImport import_file(const std::string& path, ImportOptions options = {});

// What is wrong, with its JSON path and byte offset when it has a place:
// "log.entries[3].request.url: bad URL ... (byte 301)".
Message problem_message(const Problem& p);
// "capture.har:12:5: log.entries[3].request.url: bad URL ... (byte 301)".
std::string problem_line(const std::string& file, const Problem& p, Lang lang);

}  // namespace cl::har

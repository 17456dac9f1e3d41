// An exchange a real browser made, as a capture recorded it (a HAR entry, see
// src/har/): the timeline takes it instead of one the simulation makes. The
// browser's jar is still the engine's: it takes each Set-Cookie of the response at
// the recorded time (World::record_exchange), so what the real browser sent can be
// set against what the engine would have sent at that moment.
#pragma once
#include <optional>
#include <string>
#include <vector>
#include "base/message.h"
#include "base/text.h"
#include "base/time.h"
#include "http/url.h"

namespace cl::sim {

struct RecordedExchange {
  int browser = 0;  // index into the scenario's browsers
  TimeMs time = 0;  // when it started; the world's clock follows it
  std::string method = "GET";
  http::Url url;
  std::string request;  // the bytes as sent: request line, fields in order, blank line, body
  bool answered = false;
  std::string response_head;  // status line and fields through the blank line
  std::string response_body;
  int status = 0;
  bool top_level = true;                      // a page the browser shows (not an image, script, fetch)
  std::optional<http::Url> site_for_cookies;  // the top-level page, for a subresource or a cross-site post
  bool redirect_follow = false;               // the browser followed a Location by itself
  Bilingual narration;
  std::vector<Message> differences;  // where the real Cookie header differs from the engine's, and why
  // Cookies the real browser sent that no Set-Cookie before explains (set by a script,
  // or there before the capture began): put into the jar first, by hand as a
  // developer tool would ("name=value; Path=/"), so the jar follows the real browser
  // from here on.
  std::vector<std::string> adopt;
};

}  // namespace cl::sim

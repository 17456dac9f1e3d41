// What the HAR reader and importer tell the learner, as kinds of one catalogue (see
// base/message.h): a file that cannot be read, and, for a capture that can, how
// the real browser's Cookie header differs from the engine's and why.
#pragma once
#include <vector>
#include "base/message.h"

namespace cl::har {

enum class HarMsg {
  // --- reading the file
  FileNotRead,  // the file cannot be opened
  TooLarge,     // larger than the limit
  Empty,
  Utf16,      // a UTF-16 byte order mark
  NotJson,    // the JSON parser's syntax error, with its words
  Truncated,  // the input ends inside a value (the place says which)
  BadUtf8,    // a string that is not UTF-8
  NotHar,     // JSON, but no "log" object at the top
  WrongType,  // key: expected a ..., found a ...
  Missing,    // a required key absent
  BadTime,    // startedDateTime not ISO 8601
  BadUrl,     // request.url refused by the URL parser
  BadBase64,  // content.text with encoding base64 that is not base64
  BadStatus,  // response.status outside 0..999
  TypeObject,
  TypeArray,
  TypeString,
  TypeNumber,
  TypeBool,
  TypeNull,
  // --- the capture on the timeline
  Title,          // the lesson title of an imported capture
  Summary,        // what was imported, under which policy
  PolicyOther,    // the creator is neither Chromium nor Firefox
  Masked,         // values are masked
  NotMasked,      // --keep-secrets
  OutOfOrder,     // the file's entries were not in time order
  EntryLine,      // a step's narration: "entry 3 of 12: GET https://... (document)"
  Differs,        // heading of the differences
  ScriptSet,      // a cookie no Set-Cookie of the capture set
  BeforeCapture,  // a cookie sent before any Set-Cookie set it
  ThirdParty,     // sent in a cross-site request, or Partitioned
  PolicyRule,     // the engine would withhold it for a reason of its policy
  EngineOnly,     // the engine would send it, the browser did not
  ValueDiffers,   // the browser sent another value than the jar holds
  NoEntries,      // a capture with no entries
  At,             // a problem at its JSON path and byte offset
  // --- CookieLab's own export: log._cookielab.events
  LabAction,    // an action that is not one of those recorded
  LabBrowser,   // an event names a browser the file does not have
  LabAfter,     // "after" outside 0..the number of entries
  LabDuration,  // a wait's duration below 0
  LabMissing,   // a key the event's action needs
  Count
};

Message message(HarMsg kind, std::vector<Message> args = {});
const Catalogue& har_catalogue();

}  // namespace cl::har

// A message body as a JSON string can carry it: the text itself when it is UTF-8, else
// base64 (RFC 4648 4) with a flag saying so. HAR's content.encoding and the jsonl
// transcript's *_body_encoding both use it, so the tracker's GIF survives the trip.
#pragma once
#include <string>
#include <string_view>

namespace cl::report {

struct BodyText {
  std::string text;     // the body, or its base64
  bool base64 = false;  // the body was not UTF-8
};

BodyText body_text(std::string_view bytes);
std::string base64_encode(std::string_view bytes);  // server::base64_encode, for the report's readers

}  // namespace cl::report

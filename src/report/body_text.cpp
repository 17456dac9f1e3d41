#include "report/body_text.h"

#include "base/text.h"
#include "server/crypto.h"

namespace cl::report {

// The servers' encoder (server/crypto.h): RFC 4648 section 4 with padding, no line
// breaks, as HAR viewers and browsers' importers read it.
std::string base64_encode(std::string_view bytes) { return server::base64_encode(bytes); }

BodyText body_text(std::string_view bytes) {
  if (valid_utf8(bytes)) return {std::string(bytes), false};
  return {base64_encode(bytes), true};
}

}  // namespace cl::report

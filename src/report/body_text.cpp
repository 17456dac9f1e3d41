#include "report/body_text.h"

#include <openssl/evp.h>

#include "base/text.h"

namespace cl::report {

// OpenSSL's encoder (already linked for the servers' hashes): RFC 4648 base64 with
// padding, no line breaks, as HAR viewers and browsers' importers read it.
std::string base64_encode(std::string_view bytes) {
  if (bytes.empty()) return {};
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

BodyText body_text(std::string_view bytes) {
  if (valid_utf8(bytes)) return {std::string(bytes), false};
  return {base64_encode(bytes), true};
}

}  // namespace cl::report

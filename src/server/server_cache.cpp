#include "server/server_cache.h"

#include "server/crypto.h"
#include "server/narration.h"

namespace cl::server {

Bilingual SaidOnce::make_session_found(std::string_view key, const std::pair<std::string_view, std::string_view>& who) {
  return say::session_found(key, {who.first, who.second});
}

const std::string& salted_hmac_key(std::string_view key_salt, std::string_view secret) {
  // The last one asked for: a thread signs for one server at a time.
  thread_local std::string last_material, last_key;
  const std::size_t n = key_salt.size();
  if (last_material.size() != n + secret.size() || last_material.compare(0, n, key_salt) != 0 ||
      last_material.compare(n, std::string::npos, secret) != 0) {
    last_material.assign(key_salt).append(secret);
    last_key = sha256(last_material);
  }
  return last_key;
}

}  // namespace cl::server

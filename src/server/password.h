// Passwords as Django's PBKDF2PasswordHasher stores them:
// "pbkdf2_sha256$<iterations>$<salt>$<base64 of the 32-byte key>".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cl::server {

std::string make_password(std::string_view password, std::string_view salt, int iterations);
// Recomputes with the stored salt and iterations; constant-time comparison.
bool check_password(std::string_view password, std::string_view encoded);

// --- Hashes made elsewhere (the page, whose window must not stop for PBKDF2: 260,000
// rounds take a second and more in WebAssembly). Hashes are remembered for the process
// (every World and every login of the same lesson asks for the same few), so a run can
// be made twice: once with deferred hashes, to learn which it needs, then again once
// they are known.
struct HashRequest {
  std::string password, salt;
  int iterations = 0;
  bool operator==(const HashRequest&) const = default;
};
// What make_password puts after the salt: base64 of PBKDF2-SHA256 (the real computation).
std::string compute_hash(const HashRequest& request);
// A hash computed elsewhere (by compute_hash in another thread or worker) is remembered,
// as if computed here.
void remember_hash(const HashRequest& request, std::string hash);
// While a DeferHashes lives on this thread, a hash not remembered yet is not computed:
// make_password returns the encoded form with an empty hash (which no password checks
// against) and the request is kept in missed(). Whatever ran meanwhile is therefore not
// the real run: its owner throws it away, has the missed hashes computed and remembered,
// and runs again.
class DeferHashes {
 public:
  DeferHashes();
  ~DeferHashes();
  DeferHashes(const DeferHashes&) = delete;
  DeferHashes& operator=(const DeferHashes&) = delete;
  const std::vector<HashRequest>& missed() const { return missed_; }

 private:
  friend struct DeferralAccess;
  std::vector<HashRequest> missed_;
  DeferHashes* outer_;
};

}  // namespace cl::server

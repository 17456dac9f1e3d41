#include "server/password.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <optional>
#include <tuple>
#include "base/text.h"
#include "server/crypto.h"

namespace cl::server {

namespace {

thread_local DeferHashes* t_deferral = nullptr;

using Key = std::tuple<std::string, std::string, int>;

std::mutex& memo_mutex() {
  static std::mutex mutex;
  return mutex;
}
std::map<Key, std::string>& memo() {
  static std::map<Key, std::string> m;
  return m;
}

void remember(Key key, std::string hash) {
  std::lock_guard lock(memo_mutex());
  if (memo().size() > 4096) memo().clear();  // wrong guesses must not grow it without end
  memo().insert_or_assign(std::move(key), std::move(hash));
}

std::optional<std::string> remembered(const Key& key) {
  std::lock_guard lock(memo_mutex());
  if (auto it = memo().find(key); it != memo().end()) return it->second;
  return std::nullopt;
}

}  // namespace

struct DeferralAccess {
  static void miss(HashRequest request) {
    auto& missed = t_deferral->missed_;
    if (std::find(missed.begin(), missed.end(), request) == missed.end()) missed.push_back(std::move(request));
  }
};

DeferHashes::DeferHashes() : outer_(t_deferral) { t_deferral = this; }
DeferHashes::~DeferHashes() { t_deferral = outer_; }

std::string compute_hash(const HashRequest& r) {
  return base64_encode(pbkdf2_sha256(r.password, r.salt, r.iterations));
}

void remember_hash(const HashRequest& r, std::string hash) {
  remember(Key(r.password, r.salt, r.iterations), std::move(hash));
}

namespace {

// PBKDF2 is slow on purpose (260000 rounds take a tenth of a second natively). The
// simulation hashes the same few passwords with the same seeded salts again and again
// (every World, every login), so results are remembered for the process.
std::string pbkdf2_remembered(std::string_view password, std::string_view salt, int iterations) {
  Key key(std::string(password), std::string(salt), iterations);
  if (std::optional<std::string> hash = remembered(key)) return *hash;
  HashRequest request{std::get<0>(key), std::get<1>(key), iterations};
  if (t_deferral) {
    DeferralAccess::miss(std::move(request));
    return "";
  }
  std::string hash = compute_hash(request);
  remember(std::move(key), hash);
  return hash;
}

}  // namespace

std::string make_password(std::string_view password, std::string_view salt, int iterations) {
  std::string out = "pbkdf2_sha256$";
  out += std::to_string(iterations);
  out += '$';
  out += salt;
  out += '$';
  out += pbkdf2_remembered(password, salt, iterations);
  return out;
}

bool check_password(std::string_view password, std::string_view encoded) {
  const auto parts = split(encoded, '$');
  if (parts.size() != 4 || parts[0] != "pbkdf2_sha256") return false;
  int iterations = 0;
  auto [p, ec] = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), iterations);
  if (ec != std::errc() || p != parts[1].data() + parts[1].size() || iterations <= 0) return false;
  const std::string expected = make_password(password, parts[2], iterations);
  // A deferred hash is empty: no password matches it, not even an empty stored one.
  if (expected.back() == '$') return false;
  return equal_in_constant_time(expected, encoded);
}

}  // namespace cl::server

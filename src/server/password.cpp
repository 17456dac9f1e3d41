#include "server/password.h"

#include <charconv>
#include <map>
#include <mutex>
#include <tuple>
#include "base/text.h"
#include "server/crypto.h"

namespace cl::server {

namespace {

// PBKDF2 is slow on purpose (260000 rounds take a tenth of a second). The
// simulation hashes the same few passwords with the same seeded salts again and
// again (every World, every login), so results are remembered for the process.
std::string pbkdf2_remembered(std::string_view password, std::string_view salt, int iterations) {
  static std::mutex mutex;
  static std::map<std::tuple<std::string, std::string, int>, std::string> memo;
  auto key = std::make_tuple(std::string(password), std::string(salt), iterations);
  {
    std::lock_guard lock(mutex);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
  }
  std::string hash = base64_encode(pbkdf2_sha256(password, salt, iterations));
  std::lock_guard lock(mutex);
  if (memo.size() > 4096) memo.clear();  // wrong guesses must not grow it without end
  memo.emplace(std::move(key), hash);
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
  return equal_in_constant_time(expected, encoded);
}

}  // namespace cl::server

#include "server/signing.h"

#include <algorithm>
#include "http/form.h"
#include "server/crypto.h"
#include "server/server_cache.h"

namespace cl::server {

namespace {
constexpr std::string_view kBase62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// The position of c in kCsrfChars (a-z, A-Z, 0-9), -1 when it is not there;
// by ranges, since every request's token is checked character by character.
constexpr int csrf_index(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return -1;
}

constexpr bool csrf_index_is_find() {
  for (int c = -128; c < 128; ++c) {
    const auto at = kCsrfChars.find(static_cast<char>(c));
    if ((at == std::string_view::npos ? -1 : static_cast<int>(at)) != csrf_index(static_cast<char>(c))) return false;
  }
  return true;
}
static_assert(csrf_index_is_find(), "csrf_index must agree with kCsrfChars");

// csrf_index(c) < 0, in byte arithmetic without branches, so that a loop over a whole
// token is vectorised: (c | 0x20) folds A-Z onto a-z.
constexpr unsigned char not_csrf_char(unsigned char c) {
  return static_cast<unsigned char>(static_cast<unsigned char>((c | 0x20) - 'a') >= 26 &&
                                    static_cast<unsigned char>(c - '0') >= 10);
}

constexpr bool not_csrf_char_is_index() {
  for (int c = 0; c < 256; ++c)
    if ((not_csrf_char(static_cast<unsigned char>(c)) != 0) != (csrf_index(static_cast<char>(c)) < 0)) return false;
  return true;
}
static_assert(not_csrf_char_is_index(), "not_csrf_char must agree with csrf_index");

bool same_bytes(std::string_view a, std::string_view b) { return equal_in_constant_time(a, b); }
}  // namespace

std::string base62_encode(std::uint64_t value) {
  if (value == 0) return "0";
  std::string out;
  while (value > 0) {
    out += kBase62[value % 62];
    value /= 62;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::optional<std::uint64_t> base62_decode(std::string_view text) {
  if (text.empty() || text.size() > 10) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : text) {
    const auto at = kBase62.find(c);
    if (at == std::string_view::npos) return std::nullopt;
    v = v * 62 + at;
  }
  return v;
}

std::string django_salted_hmac(std::string_view key_salt, std::string_view value, std::string_view secret) {
  return hmac_sha256(salted_hmac_key(key_salt, secret), value);
}

// Signer.signature(): base64_hmac(self.salt + "signer", value, key) (signing.py).
static std::string session_signature(std::string_view value, std::string_view secret) {
  std::string salt(kDjangoSessionSalt);
  salt += "signer";
  return base64url_encode(django_salted_hmac(salt, value, secret));
}

std::string django_sign_session(std::string_view json, std::string_view secret, TimeMs now) {
  std::string value = base64url_encode(json);
  value += ':';
  // TimestampSigner.timestamp(): int(time.time()) in base62.
  value += base62_encode(static_cast<std::uint64_t>(now < 0 ? 0 : now / kSecond));
  const std::string signature = session_signature(value, secret);
  value += ':';
  value += signature;
  return value;
}

std::optional<std::string> django_unsign_session(std::string_view data, std::string_view secret) {
  const auto last = data.rfind(':');
  if (last == std::string_view::npos) return std::nullopt;
  const std::string_view value = data.substr(0, last);
  if (!same_bytes(session_signature(value, secret), data.substr(last + 1))) return std::nullopt;
  const auto ts = value.rfind(':');
  if (ts == std::string_view::npos) return std::nullopt;
  const std::string_view payload = value.substr(0, ts);
  if (!payload.empty() && payload[0] == '.') return std::nullopt;  // zlib; never written here
  return base64_decode(payload);
}

std::string django_session_auth_hash(std::string_view password_field, std::string_view secret) {
  return to_hex(
      django_salted_hmac("django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash", password_field, secret));
}

std::string csrf_mask(std::string_view secret, std::string_view mask) {
  std::string out(mask);
  for (std::size_t i = 0; i < secret.size() && i < mask.size(); ++i) {
    const auto x = static_cast<std::size_t>(csrf_index(secret[i])), y = static_cast<std::size_t>(csrf_index(mask[i]));
    out += kCsrfChars[(x + y) % kCsrfChars.size()];
  }
  return out;
}

bool csrf_well_formed(std::string_view token) {
  if (token.size() != 64) return false;
  // Every request's CSRF cookie is checked whole: no early exit, so the compiler
  // tests 16 characters at once.
  unsigned char bad = 0;
  for (char c : token) bad |= not_csrf_char(static_cast<unsigned char>(c));
  return bad == 0;
}

std::string csrf_unmask(std::string_view token) {
  if (!csrf_well_formed(token)) return "";
  const std::string_view mask = token.substr(0, 32), cipher = token.substr(32);
  std::string out;
  const std::size_t n = kCsrfChars.size();
  for (std::size_t i = 0; i < 32; ++i) {
    const auto x = static_cast<std::size_t>(csrf_index(cipher[i])), y = static_cast<std::size_t>(csrf_index(mask[i]));
    out += kCsrfChars[(x + n - y) % n];
  }
  return out;
}

std::string encode_uri_component(std::string_view text) {
  // ECMAScript encodeURIComponent keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ).
  return http::percent_encode_keeping(text, "-_.!~*'()");
}

static std::string express_signature(std::string_view id, std::string_view secret) {
  std::string sig = base64_encode(hmac_sha256(secret, id), false);
  return sig;
}

std::string express_cookie_value(std::string_view id, std::string_view secret) {
  std::string value = "s:";
  value += id;
  value += '.';
  value += express_signature(id, secret);
  return encode_uri_component(value);
}

std::optional<std::string> express_unsign(std::string_view cookie_value, std::string_view secret) {
  const std::string raw = http::percent_decode(cookie_value);
  if (raw.size() < 2 || raw.compare(0, 2, "s:") != 0) return std::nullopt;
  const std::string_view signed_value = std::string_view(raw).substr(2);
  const auto dot = signed_value.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view id = signed_value.substr(0, dot);
  if (!same_bytes(express_signature(id, secret), signed_value.substr(dot + 1))) return std::nullopt;
  return std::string(id);
}

}  // namespace cl::server

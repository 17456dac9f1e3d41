#include "server/crypto.h"

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/sha.h>

namespace cl::server {

namespace {

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string digest(const EVP_MD* md, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), out, &length, md, nullptr);
  return std::string(reinterpret_cast<const char*>(out), length);
}

constexpr std::string_view kStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kUrl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string encode(std::string_view in, std::string_view alphabet, bool pad) {
  // Written in place into a string sized once: a saved Django session is its JSON in
  // base64, a kilobyte and more once a cart fills.
  const std::size_t whole = in.size() / 3, rest = in.size() % 3;
  std::string out(whole * 4 + (rest == 0 ? 0 : pad ? 4 : rest + 1), '=');
  char* o = out.data();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  for (std::size_t i = 0; i < whole; ++i, p += 3, o += 4) {
    const unsigned v = p[0] << 16 | p[1] << 8 | p[2];
    o[0] = alphabet[v >> 18 & 63];
    o[1] = alphabet[v >> 12 & 63];
    o[2] = alphabet[v >> 6 & 63];
    o[3] = alphabet[v & 63];
  }
  if (rest > 0) {
    const unsigned v = p[0] << 16 | (rest == 2 ? p[1] << 8 : 0);
    o[0] = alphabet[v >> 18 & 63];
    o[1] = alphabet[v >> 12 & 63];
    if (rest == 2) o[2] = alphabet[v >> 6 & 63];  // the rest of a padded tail stays '='
  }
  return out;
}

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

}  // namespace

std::string sha1(std::string_view data) { return digest(EVP_sha1(), data); }
std::string sha256(std::string_view data) { return digest(EVP_sha256(), data); }

namespace {

// One HMAC context per thread, kept keyed: a server signs and checks with the same
// key again and again, and HMAC() would fetch the digest, allocate a context and
// hash the key's pads on every call. EVP_MAC_init with a null key starts a new
// message with the key already set (OpenSSL 3, EVP_MAC_init(3)).
struct KeyedHmac {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  std::string key;
  bool keyed = false;
  KeyedHmac() = default;
  KeyedHmac(const KeyedHmac&) = delete;
  KeyedHmac& operator=(const KeyedHmac&) = delete;
  ~KeyedHmac() {
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
  }
};

}  // namespace

std::string hmac_sha256(std::string_view key, std::string_view message) {
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t length = 0;
  thread_local KeyedHmac h;
  bool ok = h.ctx != nullptr;
  if (ok && h.keyed && key == h.key) {
    ok = EVP_MAC_init(h.ctx, nullptr, 0, nullptr) == 1;
  } else if (ok) {
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
    h.keyed = ok = EVP_MAC_init(h.ctx, bytes_of(key), key.size(), params) == 1;
    h.key.assign(key);
  }
  ok = ok && EVP_MAC_update(h.ctx, bytes_of(message), message.size()) == 1 &&
       EVP_MAC_final(h.ctx, out, &length, sizeof out) == 1;
  if (!ok) {  // not expected; the one-shot call gives the same bytes
    unsigned int n = 0;
    h.keyed = false;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes_of(message), message.size(), out, &n);
    length = n;
  }
  return std::string(reinterpret_cast<const char*>(out), length);
}

std::string pbkdf2_sha256(std::string_view password, std::string_view salt, int iterations) {
  unsigned char out[32];
  PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), bytes_of(salt), static_cast<int>(salt.size()),
                    iterations, EVP_sha256(), sizeof out, out);
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::string base64_encode(std::string_view bytes, bool pad) { return encode(bytes, kStd, pad); }
std::string base64url_encode(std::string_view bytes) { return encode(bytes, kUrl, false); }

std::optional<std::string> base64_decode(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(text.size() * 3 / 4);
  unsigned acc = 0;
  int bits = 0;
  for (char c : text) {
    const int v = sextet(c);
    if (v < 0) return std::nullopt;
    acc = acc << 6 | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>(acc >> bits & 0xff);
    }
  }
  return out;
}

}  // namespace cl::server

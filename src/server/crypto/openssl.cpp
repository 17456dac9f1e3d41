// The digests of server/crypto.h over OpenSSL (libcrypto): the native build's backend.
// cmake picks this file or mbedtls.cpp (the page's); both give the same bytes, which the
// web tests check on every lesson's transcript.
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/sha.h>
#include "server/crypto.h"

namespace cl::server {

namespace {

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string digest(const EVP_MD* md, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), out, &length, md, nullptr);
  return std::string(reinterpret_cast<const char*>(out), length);
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

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace cl::server

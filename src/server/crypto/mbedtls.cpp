// The digests of server/crypto.h over mbedTLS (2.28, built from Debian's source package
// into the web build folder): the page's backend, as OpenSSL does not build with emcc.
// The web tests compare every lesson's transcript in the page with the native program's
// (session keys, Django signatures and password hashes included), byte for byte.
extern "C" {  // mbedTLS 2.28's constant_time.h lacks the C++ guard its other headers have
#include <mbedtls/constant_time.h>
}
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include "server/crypto.h"

namespace cl::server {

namespace {

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string digest(mbedtls_md_type_t type, std::string_view data) {
  const mbedtls_md_info_t* info = mbedtls_md_info_from_type(type);
  unsigned char out[MBEDTLS_MD_MAX_SIZE];
  mbedtls_md(info, bytes_of(data), data.size(), out);
  return std::string(reinterpret_cast<const char*>(out), mbedtls_md_get_size(info));
}

}  // namespace

std::string sha1(std::string_view data) { return digest(MBEDTLS_MD_SHA1, data); }
std::string sha256(std::string_view data) { return digest(MBEDTLS_MD_SHA256, data); }

std::string hmac_sha256(std::string_view key, std::string_view message) {
  const mbedtls_md_info_t* info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
  unsigned char out[32];
  mbedtls_md_hmac(info, bytes_of(key), key.size(), bytes_of(message), message.size(), out);
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

std::string pbkdf2_sha256(std::string_view password, std::string_view salt, int iterations) {
  unsigned char out[32];
  mbedtls_md_context_t ctx;
  mbedtls_md_init(&ctx);
  // The last argument asks for HMAC (mbedtls_md_setup(3)); PBKDF2 is RFC 8018 5.2 over it.
  mbedtls_md_setup(&ctx, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
  mbedtls_pkcs5_pbkdf2_hmac(&ctx, bytes_of(password), password.size(), bytes_of(salt), salt.size(),
                            static_cast<unsigned>(iterations), sizeof out, out);
  mbedtls_md_free(&ctx);
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && mbedtls_ct_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace cl::server

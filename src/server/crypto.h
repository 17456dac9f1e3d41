// The few digests the frameworks use to sign and hash, plus the two
// base64 alphabets of RFC 4648 (section 4 standard, section 5 URL-safe). The digests
// come from a maintained library, never hand-written: OpenSSL in the native build
// (crypto/openssl.cpp), mbedTLS in the page (crypto/mbedtls.cpp); cmake links one.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cl::server {

// Raw digests (binary strings).
std::string sha1(std::string_view data);
std::string sha256(std::string_view data);
std::string hmac_sha256(std::string_view key, std::string_view message);
// PBKDF2 (RFC 8018 section 5.2) with HMAC-SHA256; 32 bytes out, as Django's hasher.
std::string pbkdf2_sha256(std::string_view password, std::string_view salt, int iterations);
// Equal bytes, compared in a time that does not depend on where they differ (a
// signature or hash check must not tell an attacker how much of a guess was right).
bool equal_in_constant_time(std::string_view a, std::string_view b);

std::string to_hex(std::string_view bytes);  // lower-case

// RFC 4648 section 4; `pad` writes the trailing '='.
std::string base64_encode(std::string_view bytes, bool pad = true);
// RFC 4648 section 5 ('-' and '_' for '+' and '/'), without padding, as Django's
// b64_encode and uid-safe write it.
std::string base64url_encode(std::string_view bytes);
// Accepts either alphabet, with or without padding; nullopt on any other byte.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace cl::server

// The few digests the frameworks use to sign and hash, over OpenSSL, plus the two
// base64 alphabets of RFC 4648 (section 4 standard, section 5 URL-safe).
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

std::string to_hex(std::string_view bytes);  // lower-case

// RFC 4648 section 4; `pad` writes the trailing '='.
std::string base64_encode(std::string_view bytes, bool pad = true);
// RFC 4648 section 5 ('-' and '_' for '+' and '/'), without padding, as Django's
// b64_encode and uid-safe write it.
std::string base64url_encode(std::string_view bytes);
// Accepts either alphabet, with or without padding; nullopt on any other byte.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace cl::server

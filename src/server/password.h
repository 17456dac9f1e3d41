// Passwords as Django's PBKDF2PasswordHasher stores them:
// "pbkdf2_sha256$<iterations>$<salt>$<base64 of the 32-byte key>".
#pragma once
#include <string>
#include <string_view>

namespace cl::server {

std::string make_password(std::string_view password, std::string_view salt, int iterations);
// Recomputes with the stored salt and iterations; constant-time comparison.
bool check_password(std::string_view password, std::string_view encoded);

}  // namespace cl::server

// How frameworks sign what they hand out: Django's TimestampSigner for session
// data (django/core/signing.py), Django's CSRF token masking
// (django/middleware/csrf.py, 3.2), and express-session's signed connect.sid
// (the cookie-signature package).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include "base/time.h"

namespace cl::server {

// Django's baseconv.base62: digits, then upper, then lower case.
std::string base62_encode(std::uint64_t value);
std::optional<std::uint64_t> base62_decode(std::string_view text);

// django.utils.crypto.salted_hmac: HMAC-SHA256 keyed by SHA256(key_salt + secret).
std::string django_salted_hmac(std::string_view key_salt, std::string_view value, std::string_view secret);

// The salt SessionStore signs with: "django.contrib.sessions." + class name.
inline constexpr std::string_view kDjangoSessionSalt = "django.contrib.sessions.SessionStore";

// signing.dumps(data, salt, compress=True) for a JSON text already serialised:
// "<b64 payload>:<base62 time>:<b64 HMAC>". The zlib step is skipped (the payload
// is always stored uncompressed, which Django also reads).
std::string django_sign_session(std::string_view json, std::string_view secret, TimeMs now);
// signing.loads: the JSON, or nullopt when the signature does not match or the
// payload is compressed (".") or malformed.
std::optional<std::string> django_unsign_session(std::string_view data, std::string_view secret);

// AbstractBaseUser.get_session_auth_hash(): a hex HMAC of the password field.
std::string django_session_auth_hash(std::string_view password_field, std::string_view secret);

// CSRF (Django 3.2): a 32-character secret is sent masked as 64 characters,
// mask + (secret + mask mod 62), so the token differs on every page (BREACH).
inline constexpr std::string_view kCsrfChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
std::string csrf_mask(std::string_view secret, std::string_view mask);
std::string csrf_unmask(std::string_view token);  // "" when not 64 allowed characters
// A token as Django's _sanitize_token accepts it: 64 allowed characters.
bool csrf_well_formed(std::string_view token);

// express-session: "s:" + id + "." + base64(HMAC-SHA256(secret, id)) without '=',
// then encodeURIComponent (':' -> %3A, '+' -> %2B, '/' -> %2F).
std::string express_cookie_value(std::string_view id, std::string_view secret);
// The id inside a cookie value, or nullopt when not signed or the signature is wrong.
std::optional<std::string> express_unsign(std::string_view cookie_value, std::string_view secret);
std::string encode_uri_component(std::string_view text);

}  // namespace cl::server

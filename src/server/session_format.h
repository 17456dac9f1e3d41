// Each framework's session, asked by its Profile: its cookie name, key alphabet and
// length, default lifetime, how the data is stored in the session_data column, and
// the session cookie line it sends. Each answer comes from the framework's
// description (src/server/profiles/, FrameworkProfile); these are its short forms.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include "base/time.h"
#include "server/server.h"
#include "server/session_data.h"

namespace cl::server {

std::string_view session_cookie_name_of(Profile p);  // "" for Stateless
// The key the framework generates: Django get_random_string(32, [a-z0-9]); PHP 26
// characters at 5 bits each [0-9a-v]; uid-safe's 24 bytes in base64url (32); Tomcat
// 16 bytes in upper-case hex (32).
std::string_view session_key_alphabet(Profile p);
std::size_t session_key_length(Profile p);
// Server-side lifetime: Django SESSION_COOKIE_AGE 1209600 s; PHP gc_maxlifetime
// 1440 s; Tomcat session-timeout 30 min; express-session's MemoryStore keeps a
// session without maxAge for ever (nullopt).
std::optional<TimeMs> default_session_age(Profile p);
// Sliding: the expiry moves on every request that uses the session (PHP rewrites
// the session file, Tomcat updates lastAccessedTime, express-session touch()es).
bool session_age_slides(Profile p);

// Stored text of the session_data column. `max_age` is the effective lifetime
// (Express writes it into the stored cookie object), `expire` the row's expiry.
std::string encode_session(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                           std::optional<TimeMs> max_age, TimeMs expire);
// A session_data text read back: the data, and the same as readable JSON for the
// session panel. Read together because Django's needs its signature checked (an
// HMAC) for either.
struct DecodedSession {
  std::optional<SessionData> data;  // nullopt when unreadable (Django: a bad signature)
  std::string json;                 // "" when unreadable
  bool operator==(const DecodedSession&) const = default;
};
DecodedSession decode_session(Profile p, std::string_view stored, std::string_view secret);

// encode_session, and what decode_session would read back from it, without reading
// it back: Django's signature was made a moment ago and need not be checked again.
struct EncodedSession {
  std::string stored;
  DecodedSession decoded;
};
EncodedSession encode_session_decoded(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                                      std::optional<TimeMs> max_age, TimeMs expire);
struct FrameworkProfile;
EncodedSession encode_session_decoded(const FrameworkProfile& fw, const SessionData& data, std::string_view secret,
                                      TimeMs now, std::optional<TimeMs> max_age, TimeMs expire);

// The Set-Cookie line the framework sends for session key `key`.
std::string session_cookie_line(Profile p, std::string_view key, std::string_view secret, TimeMs now,
                                std::optional<TimeMs> max_age);
// Django's response.delete_cookie(SESSION_COOKIE_NAME, samesite=Lax).
std::string django_delete_session_cookie();

// JavaScript Date.prototype.toISOString(): always with milliseconds.
std::string iso8601_js(TimeMs t);

}  // namespace cl::server

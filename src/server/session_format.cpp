#include "server/session_format.h"

#include <cstdio>
#include "server/profiles/profile.h"

namespace cl::server {

std::string_view session_cookie_name_of(Profile p) { return framework(p).session_cookie; }
std::string_view session_key_alphabet(Profile p) { return framework(p).key_alphabet; }
std::size_t session_key_length(Profile p) { return framework(p).key_length; }
std::optional<TimeMs> default_session_age(Profile p) { return framework(p).default_age; }
bool session_age_slides(Profile p) { return framework(p).age_slides; }

std::string iso8601_js(TimeMs t) {
  const CivilTime c = civil_from_time(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%03lldZ", static_cast<long long>(c.year), c.month,
                c.day, c.hour, c.minute, c.second, static_cast<long long>(((t % kSecond) + kSecond) % kSecond));
  return buf;
}

std::string encode_session(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                           std::optional<TimeMs> max_age, TimeMs expire) {
  return framework(p).encode(data, secret, now, max_age, expire);
}

DecodedSession decode_session(Profile p, std::string_view stored, std::string_view secret) {
  return framework(p).decode(stored, secret);
}

EncodedSession encode_session_decoded(const FrameworkProfile& fw, const SessionData& data, std::string_view secret,
                                      TimeMs now, std::optional<TimeMs> max_age, TimeMs expire) {
  if (fw.encode_decoded) return fw.encode_decoded(data, secret, now, max_age, expire);
  EncodedSession e;
  e.stored = fw.encode(data, secret, now, max_age, expire);
  e.decoded = fw.decode(e.stored, secret);
  return e;
}

EncodedSession encode_session_decoded(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                                      std::optional<TimeMs> max_age, TimeMs expire) {
  return encode_session_decoded(framework(p), data, secret, now, max_age, expire);
}

std::string session_cookie_line(Profile p, std::string_view key, std::string_view secret, TimeMs now,
                                std::optional<TimeMs> max_age) {
  return framework(p).session_cookie_line(key, secret, now, max_age);
}

std::string django_delete_session_cookie() { return framework(Profile::Django).delete_session_cookie_line(); }

}  // namespace cl::server

#include "server/session_format.h"

#include <cstdio>
#include "base/ids.h"
#include "server/signing.h"

namespace cl::server {

std::string_view session_cookie_name_of(Profile p) {
  switch (p) {
    case Profile::Django: return "sessionid";
    case Profile::Php: return "PHPSESSID";
    case Profile::Express: return "connect.sid";
    case Profile::Servlet: return "JSESSIONID";
    case Profile::Stateless: return "";
  }
  return "";
}

std::string_view session_key_alphabet(Profile p) {
  switch (p) {
    case Profile::Django: return kLowerAlnum;
    case Profile::Php: return "0123456789abcdefghijklmnopqrstuv";
    case Profile::Express: return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    case Profile::Servlet: return kUpperHex;
    case Profile::Stateless: return "";
  }
  return "";
}

std::size_t session_key_length(Profile p) {
  switch (p) {
    case Profile::Php: return 26;
    case Profile::Stateless: return 0;
    default: return 32;
  }
}

std::optional<TimeMs> default_session_age(Profile p) {
  switch (p) {
    case Profile::Django: return 1209600 * kSecond;
    case Profile::Php: return 1440 * kSecond;
    case Profile::Servlet: return 30 * kMinute;
    default: return std::nullopt;
  }
}

bool session_age_slides(Profile p) { return p == Profile::Php || p == Profile::Servlet || p == Profile::Express; }

std::string iso8601_js(TimeMs t) {
  const CivilTime c = civil_from_time(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%03lldZ", static_cast<long long>(c.year), c.month,
                c.day, c.hour, c.minute, c.second, static_cast<long long>(((t % kSecond) + kSecond) % kSecond));
  return buf;
}

namespace {

// express-session's Cookie.toJSON(), as MemoryStore stores it with JSON.stringify.
std::string express_cookie_json(std::optional<TimeMs> max_age, TimeMs expire) {
  if (!max_age) return R"({"originalMaxAge":null,"expires":null,"httpOnly":true,"path":"/"})";
  return "{\"originalMaxAge\":" + std::to_string(*max_age) + ",\"expires\":\"" + iso8601_js(expire) +
         "\",\"httpOnly\":true,\"path\":\"/\"}";
}

}  // namespace

std::string encode_session(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                           std::optional<TimeMs> max_age, TimeMs expire) {
  switch (p) {
    case Profile::Django: return django_sign_session(to_json(data, true), secret, now);
    case Profile::Php: return to_php_session(data);
    case Profile::Express: {
      SessionData stored;
      stored.entries.emplace_back("cookie", SessionValue{SessionValue::Kind::Raw, express_cookie_json(max_age, expire), {}});
      for (const auto& entry : data.entries)
        if (entry.first != "cookie") stored.entries.push_back(entry);
      return to_json(stored, false);
    }
    case Profile::Servlet: return to_json(data, false);  // Tomcat keeps attributes in memory; shown as JSON
    case Profile::Stateless: return "";
  }
  return "";
}

DecodedSession decode_session(Profile p, std::string_view stored, std::string_view secret) {
  DecodedSession d;
  switch (p) {
    case Profile::Django:
      if (auto json = django_unsign_session(stored, secret)) {
        d.data = parse_json_object(*json);
        d.json = std::move(*json);  // shown as signed, even when it does not parse
      }
      break;
    case Profile::Php:
      d.data = parse_php_session(stored);
      if (d.data) d.json = to_json(*d.data, false);
      break;
    case Profile::Express:
      d.data = parse_json_object(stored);
      if (d.data) {
        d.data->erase("cookie");
        d.json = stored;
      }
      break;
    case Profile::Servlet:
      d.data = parse_json_object(stored);
      if (d.data) d.json = stored;
      break;
    case Profile::Stateless: break;
  }
  return d;
}

namespace {

// Whether the JSON to_json(data, true) writes reads back as `data` itself, so a
// saved session needs no parse to know its decoding: no raw fragments (a raw list of
// strings reads back as a List), and only ASCII in keys and strings (ASCII-only
// escaping writes other bytes as \u escapes, which read back as UTF-8: not the same
// bytes when they were not UTF-8). A cart of item names, the usual save, is ASCII.
bool json_reads_back_as_itself(const SessionData& data) {
  const auto ascii = [](std::string_view s) {
    unsigned char any = 0;
    for (unsigned char c : s) any |= c;
    return any < 0x80;
  };
  for (const auto& [key, v] : data.entries) {
    if (!ascii(key)) return false;
    switch (v.kind) {
      case SessionValue::Kind::Text:
        if (!v.items.empty() || !ascii(v.text)) return false;
        break;
      case SessionValue::Kind::List:
        if (!v.text.empty()) return false;
        for (const std::string& item : v.items)
          if (!ascii(item)) return false;
        break;
      case SessionValue::Kind::Raw: return false;
    }
  }
  return true;
}

}  // namespace

EncodedSession encode_session_decoded(Profile p, const SessionData& data, std::string_view secret, TimeMs now,
                                      std::optional<TimeMs> max_age, TimeMs expire) {
  EncodedSession e;
  if (p == Profile::Django) {
    // The signed payload is this JSON in base64, so unsigning gives it back as it is.
    e.decoded.json = to_json(data, true);
    e.stored = django_sign_session(e.decoded.json, secret, now);
    e.decoded.data = json_reads_back_as_itself(data) ? std::optional<SessionData>(data) : parse_json_object(e.decoded.json);
    return e;
  }
  e.stored = encode_session(p, data, secret, now, max_age, expire);
  e.decoded = decode_session(p, e.stored, secret);
  return e;
}

std::string session_cookie_line(Profile p, std::string_view key, std::string_view secret, TimeMs now,
                                std::optional<TimeMs> max_age) {
  const std::string k(key);
  switch (p) {
    case Profile::Django: {
      // SessionMiddleware.process_response -> set_cookie(max_age=, expires=, httponly=True,
      // samesite="Lax"); Morsel sorts the attributes by name.
      const TimeMs age = max_age.value_or(1209600 * kSecond);
      return "sessionid=" + k + "; expires=" + format_http_date(now + age) + "; HttpOnly; Max-Age=" +
             std::to_string(age / kSecond) + "; Path=/; SameSite=Lax";
    }
    case Profile::Php:
      // session.cookie_lifetime=0: a session cookie; ext/session writes "path=" in lower case.
      return "PHPSESSID=" + k + "; path=/";
    case Profile::Express: {
      std::string line = "connect.sid=" + express_cookie_value(key, secret) + "; Path=/";
      if (max_age) line += "; Expires=" + format_http_date(now + *max_age);
      return line + "; HttpOnly";
    }
    case Profile::Servlet: return "JSESSIONID=" + k + "; Path=/; HttpOnly";
    case Profile::Stateless: return "";
  }
  return "";
}

std::string django_delete_session_cookie() {
  return "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax";
}

}  // namespace cl::server

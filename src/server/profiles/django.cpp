// Django 3.2 with startproject's defaults: database-backed sessions
// (django.contrib.sessions.backends.db, JSON serializer), django.contrib.auth, the
// CSRF middleware, served by manage.py runserver. Every line below was checked
// against a real Django 3.2.25 driven by curl (cookie lines, table rows, login).
#include <string>
#include "base/ids.h"
#include "http/form.h"
#include "server/profiles/profile.h"
#include "server/signing.h"

namespace cl::server {
namespace {

constexpr std::string_view kBackend = "django.contrib.auth.backends.ModelBackend";
constexpr TimeMs kSessionCookieAge = 1209600 * kSecond;                // SESSION_COOKIE_AGE, two weeks
constexpr TimeMs kCsrfCookieAge = 31449600 * kSecond;                  // CSRF_COOKIE_AGE, a year
constexpr std::string_view kServer = "WSGIServer/0.2 CPython/3.11.2";  // manage.py runserver on Debian 12

// ---- the session cookie ------------------------------------------------------------

std::optional<std::string> key_in_cookie(std::string_view value, std::string_view) {
  return unquote_cookie_value(value);
}

// SessionMiddleware.process_response -> set_cookie(max_age=, expires=, httponly=True,
// samesite="Lax"); Morsel sorts the attributes by name.
std::string session_cookie_line(std::string_view key, std::string_view, TimeMs now, std::optional<TimeMs> max_age) {
  const std::string k(key);
  const TimeMs age = max_age.value_or(kSessionCookieAge);
  return "sessionid=" + k + "; expires=" + format_http_date(now + age) +
         "; HttpOnly; Max-Age=" + std::to_string(age / kSecond) + "; Path=/; SameSite=Lax";
}

// response.delete_cookie(SESSION_COOKIE_NAME, samesite=Lax).
std::string delete_session_cookie_line() {
  return "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax";
}

// http.cookies.Morsel.OutputString writes attributes sorted by key:
// expires, httponly, max-age, path, samesite, secure.
std::string app_cookie_line(const AppCookie& c, TimeMs now) {
  std::string line = c.name + "=" + (c.value.empty() ? "\"\"" : c.value);
  if (c.max_age) line += "; expires=" + format_http_date(now + *c.max_age);
  if (c.http_only) line += "; HttpOnly";
  if (c.max_age) line += "; Max-Age=" + std::to_string(*c.max_age / kSecond);
  line += "; Path=/";
  if (!c.same_site.empty()) line += "; SameSite=" + c.same_site;
  if (c.secure) line += "; Secure";
  return line;
}

// ---- the session data: signed base64 JSON (signing.TimestampSigner) ----------------

std::string encode(const SessionData& data, std::string_view secret, TimeMs now, std::optional<TimeMs>, TimeMs) {
  return django_sign_session(to_json(data, true), secret, now);
}

DecodedSession decode(std::string_view stored, std::string_view secret) {
  DecodedSession d;
  if (auto json = django_unsign_session(stored, secret)) {
    d.data = parse_json_object(*json);
    d.json = std::move(*json);  // shown as signed, even when it does not parse
  }
  return d;
}

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

// The signed payload is this JSON in base64, so unsigning gives it back as it is:
// the signature made a moment ago need not be checked again.
EncodedSession encode_decoded(const SessionData& data, std::string_view secret, TimeMs now, std::optional<TimeMs>,
                              TimeMs) {
  EncodedSession e;
  e.decoded.json = to_json(data, true);
  e.stored = django_sign_session(e.decoded.json, secret, now);
  e.decoded.data =
      json_reads_back_as_itself(data) ? std::optional<SessionData>(data) : parse_json_object(e.decoded.json);
  return e;
}

// ---- django.contrib.auth ---------------------------------------------------------

// get_user(): _auth_user_id, valid only while _auth_user_hash still matches the
// password (a password change elsewhere ends the session).
std::string user_in_session(const SessionData& data, const Users& users, bool* stale) {
  const std::string* id = data.text("_auth_user_id");
  if (!id) return "";
  const User* u = users.with_id(*id);
  if (!u) return "";
  const std::string* hash = data.text("_auth_user_hash");
  if (hash && *hash == u->auth_hash) return u->username;
  if (stale) *stale = true;
  return "";
}

void record_login(SessionData& data, const User& user) {
  data.set_text("_auth_user_id", std::to_string(user.id));
  data.set_text("_auth_user_backend", std::string(kBackend));
  data.set_text("_auth_user_hash", user.auth_hash);
}

// login(): a session of another user (or with a stale hash) is flushed, an
// anonymous one gets cycle_key(), the same user keeps the key.
SessionOwner owner_at_login(const SessionData& data, const User& user) {
  const std::string* id = data.text("_auth_user_id");
  if (!id) return SessionOwner::Nobody;
  const std::string* hash = data.text("_auth_user_hash");
  if (*id != std::to_string(user.id) || !hash || *hash != user.auth_hash) return SessionOwner::OtherUser;
  return SessionOwner::ThisUser;
}

// ---- CsrfViewMiddleware (django/middleware/csrf.py, 3.2) ---------------------------

std::string new_masked_secret(IdGenerator& ids) {
  // Drawn one after the other: the order of a call's arguments is the compiler's choice
  // (GCC took the mask first, clang, which builds the page, the secret), and the page must
  // give the same tokens as the program. The mask is drawn first, as the goldens have it.
  const std::string mask = ids.token(kCsrfChars, 32);
  const std::string secret = ids.token(kCsrfChars, 32);
  return csrf_mask(secret, mask);
}

// _get_token(): a malformed cookie is replaced by a new token; a bare 32-character
// secret (older Django) is masked.
void csrf_read_cookie(CsrfState& s, std::string_view cookie_value, IdGenerator& ids) {
  const std::string raw = unquote_cookie_value(cookie_value);
  if (csrf_well_formed(raw)) s.token = raw;
  else if (raw.size() == 32 && csrf_unmask(csrf_mask(raw, std::string(32, 'a'))) == raw)
    s.token = csrf_mask(raw, ids.token(kCsrfChars, 32));
  else s.token = new_masked_secret(ids);
}

std::string csrf_form_token(CsrfState& s, IdGenerator& ids) {
  if (s.token.empty()) s.token = new_masked_secret(ids);
  s.used = true;
  // Every render gets a fresh masking of the same secret.
  return csrf_mask(csrf_unmask(s.token), ids.token(kCsrfChars, 32));
}

void csrf_rotate(CsrfState& s, IdGenerator& ids) {
  s.token = new_masked_secret(ids);
  s.used = true;
}

bool is_safe_method(std::string_view m) { return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "TRACE"; }

std::optional<std::string> csrf_reject_reason(const CsrfState& s, const http::Request& request, const http::Url& url,
                                              const http::FormFields& form) {
  if (is_safe_method(request.method)) return std::nullopt;
  if (url.secure()) {
    // Over HTTPS a POST must also come from a page of this site (Referer check).
    const std::string* referer = request.headers.find("Referer");
    if (!referer) return "Referer checking failed - no Referer.";
    const auto parsed = http::parse_url(*referer);
    if (!parsed.url) return "Referer checking failed - Referer is malformed.";
    if (!parsed.url->secure()) return "Referer checking failed - Referer is insecure while host is secure.";
    if (parsed.url->host != url.host)
      return "Referer checking failed - " + *referer + " does not match any trusted origins.";
  }
  if (s.token.empty()) return "CSRF cookie not set.";
  const std::string* sent = http::form_get(form, "csrfmiddlewaretoken");
  if (!sent || sent->empty()) sent = request.headers.find("X-CSRFToken");
  std::string token = sent ? *sent : "";
  if (token.size() == 32) token = csrf_mask(token, std::string(32, 'a'));  // a bare secret is accepted
  const std::string secret = csrf_unmask(token);
  if (secret.empty() || secret != csrf_unmask(s.token)) return "CSRF token missing or incorrect.";
  return std::nullopt;
}

// process_response: set even when it is already there, "so we renew the expiry timer".
std::optional<AppCookie> csrf_cookie(const CsrfState& s) {
  if (!s.used || s.token.empty()) return std::nullopt;
  return AppCookie{"csrftoken", s.token, kCsrfCookieAge, false, false, "Lax"};
}

constexpr CsrfMiddleware kCsrf{"csrftoken", csrf_read_cookie,   csrf_form_token,
                               csrf_rotate, csrf_reject_reason, csrf_cookie};

// ---- the response ----------------------------------------------------------------

// wsgiref writes Date and Server first; then the HttpResponse's own headers in the
// order they were set: the view, then each middleware's process_response in reverse
// MIDDLEWARE order (XFrameOptions, Csrf, Common, Session, Security).
void lay_out(http::Headers& h, Outgoing& out, ResponseParts& parts) {
  h.add("Date", parts.date);
  h.add("Server", std::string(kServer));
  h.add("Content-Type", std::move(parts.content_type));
  if (!out.location.empty()) h.add("Location", out.location);
  if (out.never_cache) {
    h.add("Expires", parts.date);
    h.add("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private");
  }
  h.add("X-Frame-Options", "DENY");
  // LocaleMiddleware (between SessionMiddleware and CommonMiddleware, as the docs
  // place it) patches Vary with Accept-Language and sets Content-Language after
  // CommonMiddleware's Content-Length; patch_vary_headers rewrites a Vary already
  // there in its place (CSRF's), and SessionMiddleware then appends Cookie to its.
  const bool localised = !out.content_language.empty();
  if (out.vary_cookie && out.vary_before_length) h.add("Vary", localised ? "Cookie, Accept-Language" : "Cookie");
  h.add("Content-Length", parts.length);
  if (localised && !(out.vary_cookie && out.vary_before_length))
    h.add("Vary", out.vary_cookie ? "Accept-Language, Cookie" : "Accept-Language");
  if (out.vary_cookie && !out.vary_before_length && !localised) h.add("Vary", "Cookie");
  if (localised) h.add("Content-Language", std::string(out.content_language));
  h.add("X-Content-Type-Options", "nosniff");
  h.add("Referrer-Policy", "same-origin");
  // Cookies come last: WSGIHandler appends response.cookies after the headers, in
  // insertion order (the view's, then csrftoken, then sessionid).
  for (const auto& line : out.app_cookies) h.add("Set-Cookie", line);
  for (const auto& line : out.session_cookies) h.add("Set-Cookie", line);
}

}  // namespace

extern constinit const FrameworkProfile kDjangoProfile{
    .profile = Profile::Django,
    .name = "django",
    // get_random_string(32, [a-z0-9]); SESSION_COOKIE_NAME
    .session_cookie = "sessionid",
    .key_alphabet = kLowerAlnum,
    .key_length = 32,
    .duplicates = DuplicateCookies::LastWins,
    .key_in_cookie = key_in_cookie,
    // An unknown or expired key is never adopted: the server makes a new one.
    .default_age = kSessionCookieAge,
    .age_slides = false,  // SESSION_SAVE_EVERY_REQUEST=False: only a save moves the expiry
    .encode = encode,
    .decode = decode,
    .encode_decoded = encode_decoded,
    .start = SessionStart::OnSave,
    .keeps_key_of_unreadable_data = true,
    .renewal = LoginRenewal::CycleKey,
    .logout = LogoutStyle::Flush,
    .user_in_session = user_in_session,
    .record_login = record_login,
    .owner_at_login = owner_at_login,
    .updates_last_login = true,
    .updates_session_auth_hash = true,
    .session_cookie_line = session_cookie_line,
    .delete_session_cookie_line = delete_session_cookie_line,
    .app_cookie_line = app_cookie_line,
    .csrf = &kCsrf,
    .server_software = kServer,
    .html_content_type = "text/html; charset=utf-8",
    .lay_out = lay_out,
    .login_error = "Please enter a correct username and password. Note that both fields may be case-sensitive.",
    .staff_login_error =
        "Please enter the correct username and password for a staff account. Note that both "
        "fields may be case-sensitive.",
    .logout_renders_page = true,  // LogoutView without LOGOUT_REDIRECT_URL renders registration/logged_out.html
    // Django 3.2's ko translation (django/contrib/auth/locale/ko, admin/locale/ko), with
    // %(username)s the field's verbose name, 사용자 이름.
    .login_error_ko = "올바른 사용자 이름와/과 비밀번호를 입력하십시오. 두 필드 모두 대문자와 소문자를 구별합니다.",
    .staff_login_error_ko = "관리자 계정의 사용자 이름와 비밀번호를 입력해주세요. 대소문자를 구분해서 입력해주세요.",
};

}  // namespace cl::server

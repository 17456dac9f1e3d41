#include "server/server.h"

#include <algorithm>
#include <map>
#include "http/accept_language.h"
#include <set>
#include "http/form.h"
#include "page/page.h"
#include "server/framework_style.h"
#include "server/narration.h"
#include "server/pages.h"
#include "server/password.h"
#include "server/profiles/profile.h"
#include "server/server_cache.h"
#include "server/session_data.h"
#include "server/session_format.h"
#include "server/session_table.h"
#include "server/signing.h"
#include "server/users.h"

namespace cl::server {

namespace {

// Views into the request's Cookie fields, which outlive the request's handling.
using CookiePairs = std::vector<std::pair<std::string_view, std::string_view>>;

// The cookie-string of RFC 6265 section 5.4 ("a=b; c=d"), read as servers read it:
// split at ';', trim, split at the first '='. Several Cookie fields are joined.
void parse_cookie_header(std::string_view header, CookiePairs& out) {
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    std::string_view part = trim_wsp(header.substr(0, semi));
    header.remove_prefix(semi == std::string_view::npos ? header.size() : semi + 1);
    if (part.empty()) continue;
    const auto eq = part.find('=');
    if (eq == std::string_view::npos) {
      out.emplace_back(std::string_view(), part);
      continue;
    }
    out.emplace_back(trim_wsp(part.substr(0, eq)), trim_wsp(part.substr(eq + 1)));
  }
}

CookiePairs parse_cookie_header(std::string_view header) {
  CookiePairs out;
  parse_cookie_header(header, out);
  return out;
}

CookiePairs request_cookies(const http::Request& request) {
  CookiePairs all;
  for (const auto& field : request.headers.fields)
    if (iequals_ascii(field.name, "Cookie")) parse_cookie_header(field.value, all);
  return all;
}

// The first or the last cookie named `name` (FrameworkProfile::duplicates says which
// the framework reads).
const std::string_view* find_cookie(const CookiePairs& cookies, std::string_view name, bool last_wins) {
  const std::string_view* found = nullptr;
  for (const auto& [n, v] : cookies)
    if (n == name) {
      found = &v;
      if (!last_wins) break;
    }
  return found;
}

// Python's urllib.parse.quote(text, safe="/"), as QueryDict.urlencode(safe="/")
// writes next= in redirect_to_login().
std::string python_quote(std::string_view text) { return http::percent_encode_keeping(text, "_.-~/"); }

// url_has_allowed_host_and_scheme(): a path on this site, or an absolute URL to this host.
bool safe_next(std::string_view next, const http::Url& here) {
  if (next.empty()) return false;
  if (next[0] == '/') return next.size() == 1 || (next[1] != '/' && next[1] != '\\');
  const auto parsed = http::parse_url(next);
  return parsed.url && parsed.url->host == here.host && parsed.url->scheme == here.scheme;
}

// A 1x1 transparent GIF, the classic tracking pixel (43 bytes).
const std::string& pixel_gif() {
  static const std::string gif = [] {
    static constexpr unsigned char bytes[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                              0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04,
                                              0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                              0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};
    return std::string(reinterpret_cast<const char*>(bytes), sizeof bytes);
  }();
  return gif;
}

// The expiry of a row kept until the process ends (a lifetime of nullopt, as
// express-session's MemoryStore without maxAge).
const TimeMs kNever = days_from_civil(9999, 12, 31) * kDay + kDay - kSecond;

}  // namespace

struct Server::Impl {
  const ServerSpec& spec;
  const FrameworkProfile& base;  // the framework as described
  FrameworkProfile fw;           // how it behaves now: `base`, unless a what-if overrides it
  ServerOverrides overrides;
  IdGenerator& ids;
  SessionTable table;
  Users users;
  std::optional<TimeMs> age;  // the session lifetime (nullopt: kept until the process ends)
  bool rows_never_expire = false;
  // What the timeline must learn of each key changed since it last asked: the row as
  // written (its text is in `rows`), its removal, or "read it back from the table"
  // (a moved expiry, a restore, a clearing).
  struct Change {
    enum class Kind { Written, Removed, Reread } kind = Kind::Reread;
    TimeMs expire = 0;
  };
  std::map<std::string, Change, std::less<>> changed;
  std::set<long long> users_changed;  // ids of users rows written since the timeline last asked
  // The speed caches (server_cache.h): decoded rows, rendered pages, repeated sentences.
  mutable DecodedRows rows;
  RenderedPages pages;
  SaidOnce said;

  Impl(const ServerSpec& s, IdGenerator& g, const std::string& db_path)
      : spec(s), base(framework(s.profile)), fw(base), ids(g), table(db_path, s.table_prefix, user_table_name(s)) {
    apply_overrides({});
    long long next_id = 1;
    for (const auto& u : s.users) {
      User user;
      user.id = next_id++;
      user.username = u.username;
      user.display_name = u.display_name.empty() ? u.username : u.display_name;
      user.staff = u.staff;
      user.display = {u.display.en.empty() ? u.username : u.display.en,
                      u.display.ko.empty() ? u.username : u.display.ko};
      // BasePasswordHasher.salt(): 22 characters of [a-zA-Z0-9] (128 bits of entropy).
      const std::string salt = ids.token(kCsrfChars, 22);
      user.password = make_password(u.password, salt, s.password_iterations);
      user.auth_hash = django_session_auth_hash(user.password, s.secret);
      table.add_user({user.id, user.username, user.password, user.staff, s.users_joined});
      users.add(std::move(user));
    }
  }

  void apply_overrides(const ServerOverrides& o) {
    overrides = o;
    fw = base;
    if (o.renew_key) {
      // Off: the key a visitor had before login stays (what fixation needs). On, for a
      // framework that keeps it: a new key with the data kept (session_regenerate_id(true),
      // Tomcat's changeSessionId()).
      if (!*o.renew_key) fw.renewal = LoginRenewal::KeepKey;
      else if (base.renewal == LoginRenewal::KeepKey) fw.renewal = LoginRenewal::ChangeKey;
    }
    if (o.csrf && !*o.csrf) fw.csrf = nullptr;
    age = o.session_age ? o.session_age : spec.session_age ? spec.session_age : fw.default_age;
    rows_never_expire = fw.keeps_sessions() && !age;
  }
  std::string session_line(const std::string& key, TimeMs now) const {
    std::string line = fw.session_cookie_line(key, spec.secret, now, age);
    return overrides.any() ? override_cookie_line(line, overrides) : line;
  }

  const User* user_named(const std::string& name) const { return users.named(name); }
  // How each language's sentences name the user `name` (a name no account has stays as typed).
  say::Who who(const std::string& name) const {
    const User* u = users.named(name);
    return u ? say::Who{u->display.en, u->display.ko} : say::Who{name};
  }
  // What a page in `lang` calls the user.
  const std::string& shown(const User& u, Lang lang) const { return u.display.in(lang); }
  bool expired(TimeMs expire, TimeMs now) const { return !rows_never_expire && expire <= now; }

  const DecodedRows::Row& decoded(const std::string& key, std::string_view stored) const {
    return rows.get(key, stored, fw.decode, spec.secret);
  }
  const std::optional<SessionData>& decode(const std::string& key, std::string_view stored) const {
    return decoded(key, stored)->session.data;
  }
  // The row as the session table shows it: who, and the data as JSON.
  SessionRow row_of(StoredSession stored) const {
    const DecodedSession& d = decoded(stored.key, stored.data)->session;
    return row_of(d, {std::move(stored.key), std::move(stored.data), stored.expire});
  }
  // The same, for a row whose decoding is at hand (the server just wrote it).
  SessionRow row_of(const DecodedSession& d, StoredSession stored) const {
    SessionRow row;
    row.user = d.data ? user_of(*d.data) : "";
    row.decoded = d.json;
    row.key = std::move(stored.key);
    row.data = std::move(stored.data);
    row.expire = stored.expire;
    return row;
  }

  // Who the session data says the visitor is.
  std::string user_of(const SessionData& data, bool* stale = nullptr) const {
    return fw.user_in_session(data, users, stale);
  }

  std::string new_key() {
    std::string key;
    do key = ids.token(fw.key_alphabet, fw.key_length);
    while (table.exists(key));
    return key;
  }

  void put_row(const std::string& key, const SessionData& data, TimeMs expire, TimeMs now) {
    EncodedSession e = encode_session_decoded(fw, data, spec.secret, now, age, expire);
    table.put(key, e.stored, expire);
    rows.remember(key, {std::move(e.stored), std::move(e.decoded)});
    changed[key] = {Change::Kind::Written, expire};
  }
  void touch_row(const std::string& key, TimeMs expire) {
    if (table.touch(key, expire)) changed[key] = {};
  }
  bool remove_row(const std::string& key) {
    rows.forget(key);
    const bool removed = table.remove(key);
    if (removed) changed[key] = {Change::Kind::Removed, 0};
    return removed;
  }

  std::string key_from_cookie(const CookiePairs& cookies, bool* bad_signature, TimeMs now) const;

  // ---- one request ----------------------------------------------------------
  struct Visit {
    Visit(const http::Request& r, const http::Url& u, TimeMs t)
        : request(r), url(u), now(t), cookies(request_cookies(r)), query(http::form_decode(u.query)) {}
    const http::Request& request;
    const http::Url& url;
    TimeMs now;
    CookiePairs cookies;
    http::FormFields query, form;
    Outgoing out;
    Handling h;
    // The session as the framework holds it during the request.
    bool cookie_sent = false;  // the session cookie came with the request
    std::string requested;     // the key it carried
    std::string key;           // the current key ("" = none yet)
    // The session data: the stored row's decoding, shared with the cache, until
    // the request changes it (edit) or drops it (clear_data).
    DecodedRows::Row loaded;
    std::optional<SessionData> changed_data;
    const SessionData& data() const {
      static const SessionData none;
      if (changed_data) return *changed_data;
      return loaded && loaded->session.data ? *loaded->session.data : none;
    }
    SessionData& edit() {
      if (!changed_data) changed_data = data();
      return *changed_data;
    }
    void clear_data() { changed_data.emplace(); }
    bool row_exists = false;
    bool started = false, accessed = false, modified = false, destroyed = false;
    bool issue_cookie = false;  // SessionStart::OnAccess: a new id to send
    bool fresh = false;         // created or renewed during this request
    CsrfState csrf;             // the framework's CSRF middleware, if it has one
    Lang lang = Lang::En;       // the pages' language, as Accept-Language chose it
  };
  // The site's languages, its default first (Django's LANGUAGES, LANGUAGE_CODE "en").
  static constexpr std::string_view kLanguages[] = {"en", "ko"};
  // A localised site (Django's LocaleMiddleware, a servlet's setLocale(), an Express or
  // PHP app reading the field) answers in the language the request prefers and says
  // which in Content-Language. A request without the field keeps the default and, so
  // that the English lessons' exchanges stay as they were, no language headers.
  void negotiate_language(Visit& v) {
    const std::string* field = v.request.headers.find("Accept-Language");
    if (!field) return;
    const auto chosen = http::lookup_language(http::parse_accept_language(*field), kLanguages);
    const std::size_t i = chosen.value_or(0);  // none acceptable: the default (RFC 9110 12.5.4 allows it)
    v.lang = i == 1 ? Lang::Ko : Lang::En;
    v.out.content_language = kLanguages[i];
  }

  Handling handle(const http::Request& request, const http::Url& url, TimeMs now);
  void note(Visit& v, std::string event, const Bilingual& text) {
    if (!event.empty()) v.h.events.push_back(std::move(event));
    say::append(v.h.explanation, text);
  }
  const std::string_view* cookie(const Visit& v, std::string_view name) const {
    return find_cookie(v.cookies, name, fw.duplicates == DuplicateCookies::LastWins);
  }
  bool sessions_on() const { return fw.keeps_sessions(); }

  void begin_session(Visit& v);
  void start_session(Visit& v);  // SessionStart::OnAccess: session_start(), express-session, getSession()
  void access(Visit& v) {
    v.accessed = true;
    start_session(v);
  }
  void login(Visit& v, const User& user);
  void logout(Visit& v);
  void finish_session(Visit& v);
  void finish_saved_session(Visit& v);    // SessionStart::OnSave
  void finish_started_session(Visit& v);  // SessionStart::OnAccess

  // The framework's CSRF middleware (Django's CsrfViewMiddleware), when it has one.
  std::string csrf_token(Visit& v) { return fw.csrf ? fw.csrf->form_token(v.csrf, ids) : ""; }
  std::optional<std::string> csrf_reject_reason(const Visit& v) const {
    return fw.csrf ? fw.csrf->reject_reason(v.csrf, v.request, v.url, v.form) : std::nullopt;
  }
  void finish_csrf(Visit& v);

  void send_page(Visit& v, const page::Page& p, int status = 200) {
    v.out.status = status;
    v.out.body = page::render_page(p);
  }
  // A page that depends only on what `inputs` name (RenderedPages). `make` builds it.
  template <class MakePage>
  void send_rendered(Visit& v, std::initializer_list<std::string_view> inputs, MakePage&& make) {
    v.out.status = 200;
    v.out.body = pages.get(inputs, [&] { return page::render_page(make()); });
  }
  void redirect(Visit& v, std::string location);
  void set_app_cookie(Visit& v, AppCookie c) {
    note(v, "", say::app_cookie(c.name, c.value));
    v.out.app_cookies.push_back(fw.app_cookie_line(c, v.now));
  }
  std::string login_url(const Visit& v, std::string_view login_path) const {
    std::string full = v.url.path;
    if (!v.url.query.empty()) full += "?" + v.url.query;
    return std::string(login_path) + "?next=" + python_quote(full);
  }

  void scripted(Visit& v, const RouteSpec& route);
  void tracker(Visit& v);
  void home(Visit& v);
  void login_view(Visit& v, bool admin);
  // Django's login_required: the session's user, or a redirect to the login page
  // with next= (and nullptr).
  const User* logged_in_or_redirect(Visit& v) {
    access(v);
    const User* user = user_named(v.h.user);
    if (!user) {
      note(v, "login-required", say::login_required(v.url.path));
      redirect(v, login_url(v, "/accounts/login/"));
    }
    return user;
  }
  void profile(Visit& v);
  void password_change(Visit& v);
  void password_change_done(Visit& v);
  void change_password(User& user, std::string_view password);
  void admin(Visit& v);
  void logout_view(Visit& v);
  void cart(Visit& v);
  void cart_add(Visit& v);
  void theme(Visit& v);
  void notice(Visit& v, bool hide);
  void popup(Visit& v);
  void transfer(Visit& v);
  void tracked(Visit& v);
};

// ---- sessions -----------------------------------------------------------------

std::string Server::Impl::key_from_cookie(const CookiePairs& cookies, bool* bad_signature, TimeMs now) const {
  if (!sessions_on()) return "";
  const std::string_view name = fw.session_cookie;
  if (fw.tries_every_session_cookie) {
    // Tomcat tries every JSESSIONID the request carries and takes the first valid one.
    std::string first;
    for (const auto& [n, value] : cookies)
      if (n == name) {
        if (first.empty()) first = value;
        const auto row = table.get(value);
        if (row && row->expire > now) return std::string(value);
      }
    return first;
  }
  const std::string_view* v = find_cookie(cookies, name, fw.duplicates == DuplicateCookies::LastWins);
  if (!v) return "";
  if (!fw.key_in_cookie) return std::string(*v);
  auto key = fw.key_in_cookie(*v, spec.secret);
  if (!key && bad_signature) *bad_signature = true;
  return key.value_or("");
}

void Server::Impl::begin_session(Visit& v) {
  if (!sessions_on()) return;
  const std::string_view name = fw.session_cookie;
  v.cookie_sent = find_cookie(v.cookies, name, true) != nullptr;
  if (!v.cookie_sent) return;
  bool bad_signature = false;
  v.requested = key_from_cookie(v.cookies, &bad_signature, v.now);
  if (bad_signature) {
    note(v, "session-invalid", say::session_invalid(name));
    return;
  }
  if (v.requested.empty()) return;
  bool is_expired = false;
  const DecodedRows::Row* found = nullptr;
  const bool exists = table.read(v.requested, [&](const StoredView& row) {
    is_expired = expired(row.expire, v.now);
    if (!is_expired) found = &decoded(v.requested, row.data);
  });
  if (!exists) {
    note(v, "session-missing", say::session_missing(v.requested));
    return;
  }
  if (is_expired) {
    note(v, "session-expired", say::session_expired(v.requested));
    return;
  }
  if (!(*found)->session.data) {
    note(v, "session-invalid", say::session_invalid(name));
    // Django's SessionStore.load() keeps the key and starts from an empty dict.
    if (fw.keeps_key_of_unreadable_data) {
      v.key = v.requested;
      v.row_exists = true;
    }
    return;
  }
  v.key = v.requested;
  v.row_exists = true;
  v.loaded = *found;
  bool stale = false;
  v.h.user = user_of(v.data(), &stale);
  if (stale) {
    // The password changed since login: get_user() flushes the session.
    if (const std::string* id = v.data().text("_auth_user_id"))
      if (const User* u = users.with_id(*id)) note(v, "session-stale", say::session_stale(v.key, who(u->username)));
    remove_row(v.key);
    note(v, "session-deleted", say::session_deleted(v.key));
    v.key.clear();
    v.clear_data();
    v.row_exists = false;
    v.modified = true;
    return;
  }
  note(v, "session-found", said.session_found(v.key, v.h.user, [&] {
    const say::Who w = who(v.h.user);
    return std::pair{w.en, w.ko};
  }));
}

void Server::Impl::start_session(Visit& v) {
  if (v.started || !sessions_on() || fw.start != SessionStart::OnAccess) return;
  v.started = true;
  if (!v.key.empty()) return;
  if (fw.adopts_unknown_key && fw.adopts_unknown_key(v.requested)) {
    // PHP's session.use_strict_mode=0 (the default): an id it does not know is used as is.
    v.key = v.requested;
    note(v, "session-adopted", say::session_adopted(v.key));
    return;
  }
  v.key = new_key();
  v.issue_cookie = true;
  v.fresh = true;
  note(v, "session-created", say::session_created(v.key, fw.session_cookie));
}

void Server::Impl::login(Visit& v, const User& user) {
  v.h.user = user.username;
  if (!sessions_on()) {
    note(v, "login-ok", say::login_ok_stateless(who(user.username)));
    return;
  }
  access(v);
  switch (fw.renewal) {
    case LoginRenewal::CycleKey: {
      // django.contrib.auth.login(): another user's session (or a stale hash) is
      // flushed; an anonymous one gets cycle_key() (new key, data kept); the same
      // user keeps the key.
      const std::string old = v.key;
      const SessionOwner owner = fw.owner_at_login(v.data(), user);
      if (owner == SessionOwner::OtherUser) v.clear_data();
      if (owner != SessionOwner::ThisUser) {
        if (v.row_exists) remove_row(old);
        v.row_exists = false;
        v.key = new_key();
        v.fresh = true;
        if (old.empty()) note(v, "session-created", say::session_created(v.key, fw.session_cookie));
        else note(v, "session-renewed", say::session_renewed(old, v.key));
      }
      fw.record_login(v.edit(), user);
      v.modified = true;
      break;
    }
    case LoginRenewal::KeepKey:
      fw.record_login(v.edit(), user);
      v.modified = true;
      note(v, "", say::session_kept_at_login(v.key));
      break;
    case LoginRenewal::RegenerateEmpty:
    case LoginRenewal::ChangeKey: {
      // req.session.regenerate() starts an empty session under a new id; Tomcat's
      // changeSessionId() on authentication keeps the attributes.
      const std::string old = v.key;
      if (v.row_exists) remove_row(old);
      v.row_exists = false;
      if (fw.renewal == LoginRenewal::RegenerateEmpty) v.clear_data();
      v.key = new_key();
      v.issue_cookie = true;
      if (!v.fresh) note(v, "session-renewed", say::session_renewed(old, v.key));
      v.fresh = true;
      fw.record_login(v.edit(), user);
      v.modified = true;
      break;
    }
  }
  if (fw.updates_last_login) {  // the user_logged_in signal's update_last_login
    table.set_last_login(user.id, v.now);
    users_changed.insert(user.id);
  }
  if (fw.csrf) fw.csrf->rotate(v.csrf, ids);  // the CSRF secret rotates at login
  note(v, "login-ok", say::login_ok(who(user.username)));
}

void Server::Impl::logout(Visit& v) {
  note(v, "logout", say::logout(who(v.h.user)));
  if (!sessions_on()) return;
  switch (fw.logout) {
    case LogoutStyle::Flush:
      access(v);
      // request.session.flush(): the row goes, the key is forgotten.
      if (v.row_exists && remove_row(v.key)) note(v, "session-deleted", say::session_deleted(v.key));
      v.key.clear();
      v.clear_data();
      v.row_exists = false;
      v.modified = true;
      return;
    case LogoutStyle::Destroy:
      // session_destroy(), req.session.destroy(), session.invalidate(): the row goes; the
      // browser keeps its cookie (none of them deletes it by default).
      start_session(v);
      if (v.row_exists && remove_row(v.key)) note(v, "session-deleted", say::session_deleted(v.key));
      v.destroyed = true;
      v.issue_cookie = false;
      return;
  }
}

void Server::Impl::finish_session(Visit& v) {
  if (!sessions_on()) return;
  if (fw.start == SessionStart::OnSave) finish_saved_session(v);
  else finish_started_session(v);
}

// Django 3.2's SessionMiddleware.process_response: a session is written only when
// it was modified and holds something; an emptied one deletes its cookie.
void Server::Impl::finish_saved_session(Visit& v) {
  const bool empty = v.key.empty() && v.data().empty();
  if (v.cookie_sent && v.accessed && empty && fw.delete_session_cookie_line) {
    v.out.session_cookies.push_back(fw.delete_session_cookie_line());
    v.out.vary_cookie = true;
    note(v, "cookie-deleted", say::cookie_deleted(fw.session_cookie));
    return;
  }
  if (v.accessed) v.out.vary_cookie = true;
  if (v.modified && !v.data().empty()) {
    if (v.key.empty()) {
      v.key = new_key();
      v.fresh = true;
      note(v, "session-created", say::session_created(v.key, fw.session_cookie));
    } else if (!v.fresh) {
      note(v, "session-saved", say::session_saved(v.key));
    }
    put_row(v.key, v.data(), v.now + *age, v.now);
    v.out.session_cookies.push_back(session_line(v.key, v.now));
  }
}

// A session started during the request is written at its end: PHP writes the
// session file on every request, Tomcat and express-session (resave, touch)
// refresh theirs, so the expiry slides.
void Server::Impl::finish_started_session(Visit& v) {
  v.out.session_started = v.started;
  if (!v.started || v.destroyed || v.key.empty()) return;
  const TimeMs expire = age ? v.now + *age : kNever;
  // A framework that writes the expiry into the stored data rewrites it; the others only move it.
  const bool data_same = v.row_exists && !v.modified && !(fw.expiry_in_data && age);
  if (data_same) {
    if (fw.age_slides) touch_row(v.key, expire);
  } else {
    put_row(v.key, v.data(), expire, v.now);
  }
  if (v.modified && !v.fresh) note(v, "session-saved", say::session_saved(v.key));
  const bool resend = fw.expiry_in_data && age && v.modified;  // the cookie's Expires moved with the data
  if (v.issue_cookie || resend) v.out.session_cookies.push_back(session_line(v.key, v.now));
}

void Server::Impl::finish_csrf(Visit& v) {
  if (!fw.csrf) return;
  const std::optional<AppCookie> c = fw.csrf->cookie(v.csrf);
  if (!c) return;
  v.out.session_cookies.push_back(fw.app_cookie_line(*c, v.now));
  v.out.vary_cookie = true;
  v.out.vary_before_length = true;  // the CSRF middleware runs before CommonMiddleware
}

// ---- responses ---------------------------------------------------------------------

void Server::Impl::redirect(Visit& v, std::string location) {
  v.out.status = 302;
  if (fw.redirect_body) fw.redirect_body(v.out, v.request, location);
  v.out.location = std::move(location);
}

void Server::Impl::scripted(Visit& v, const RouteSpec& route) {
  v.h.route = "scripted " + route.path;
  http::Response& r = v.h.response;
  r.status = route.status;
  r.reason = std::string(http::reason_phrase(route.status));
  for (const auto& f : route.headers) r.headers.add(f.name, f.value);
  r.body = route.body;
  if (!r.headers.has("Content-Length")) r.headers.add("Content-Length", std::to_string(r.body.size()));
  // Who the cookies would make this visitor, without touching the session.
  v.h.user = sessions_on() ? [&] {
    const auto key = key_from_cookie(v.cookies, nullptr, v.now);
    if (key.empty()) return std::string();
    const auto row = table.get(key);
    if (!row || expired(row->expire, v.now)) return std::string();
    const auto& d = decode(key, row->data);
    return d ? user_of(*d) : std::string();
  }() : std::string();
  note(v, "", say::scripted(route.path));
}

void Server::Impl::tracker(Visit& v) {
  v.h.route = "tracker";
  const std::string_view* uid_cookie = cookie(v, "uid");
  const bool fresh = !uid_cookie || uid_cookie->empty();
  const std::string uid = fresh ? ids.token(kLowerHex, 16) : std::string(*uid_cookie);
  std::string site = "direct";
  if (const std::string* referer = v.request.headers.find("Referer")) {
    const auto parsed = http::parse_url(*referer);
    if (parsed.url) site = parsed.url->host;
  }
  if (fresh) {
    // A third-party cookie must be SameSite=None, and browsers accept that only with Secure.
    v.out.app_cookies.push_back(fw.app_cookie_line({"uid", uid, 31536000 * kSecond, true, false, "None"}, v.now));
  }
  note(v, "tracker-saw " + uid + " on " + site, say::tracker_saw(uid, site, fresh));
  v.out.status = 200;
  v.out.content_type = "image/gif";
  v.out.body = pixel_gif();
}

void Server::Impl::home(Visit& v) {
  v.h.route = "home";
  access(v);
  const std::string_view* theme_cookie = cookie(v, "theme");
  const std::string_view theme = theme_cookie ? *theme_cookie : std::string_view();
  const std::string_view lang = v.lang == Lang::Ko ? "ko" : "en";
  send_rendered(v, {"home", lang, v.h.user, theme}, [&] {
    const User* user = user_named(v.h.user);
    return home_page({spec.name, user ? shown(*user, v.lang) : v.h.user, std::string(theme), v.lang});
  });
}

void Server::Impl::login_view(Visit& v, bool admin) {
  v.h.route = admin ? "admin-login" : "login";
  v.out.never_cache = true;  // LoginView is decorated with @never_cache
  access(v);
  const std::string default_next = admin ? "/admin/" : "/accounts/profile/";
  const http::FormFields& fields = v.request.method == "POST" ? v.form : v.query;
  const std::string* next_field = http::form_get(fields, "next");
  if (!next_field) next_field = http::form_get(v.query, "next");
  const std::string next = next_field ? *next_field : "";

  LoginForm form;
  form.lang = v.lang;
  form.action = admin ? "/admin/login/" : "/accounts/login/";
  form.next = next;
  if (admin && !v.h.user.empty()) form.notice = not_authorized_notice(v.h.user, v.lang);
  if (v.request.method == "POST") {
    const std::string* username = http::form_get(v.form, "username");
    const std::string* password = http::form_get(v.form, "password");
    const std::string name = username ? *username : "";
    const User* user = user_named(name);
    const bool ok = user && password && check_password(*password, user->password) && (!admin || user->staff);
    if (ok) {
      login(v, *user);
      if (http::form_get(v.form, "remember"))
        set_app_cookie(v, {"remembered_user", user->username, 30 * kDay, false, false, ""});
      if (!sessions_on()) {  // nothing would remember the login across a redirect
        send_page(v, welcome_page(shown(*user, v.lang), v.lang));
        return;
      }
      redirect(v, safe_next(next, v.url) ? next : default_next);
      return;
    }
    note(v, "login-failed", say::login_failed(name));
    form.username = name;
    form.error = fw.login_error_in(admin, v.lang);
  } else if (const std::string_view* remembered = cookie(v, "remembered_user")) {
    form.username = http::percent_decode(unquote_cookie_value(*remembered));
  }
  if (fw.csrf) form.csrf_token = csrf_token(v);
  send_page(v, login_page(form));
}

void Server::Impl::profile(Visit& v) {
  v.h.route = "profile";
  const User* user = logged_in_or_redirect(v);
  if (!user) return;
  send_rendered(v, {"profile", v.lang == Lang::Ko ? "ko" : "en", user->username},
                [&] { return profile_page(shown(*user, v.lang), user->display_name, user->staff, v.lang); });
}

// PasswordChangeForm.save(): a new salt and hash in the users row. Every session that
// carries the old _auth_user_hash stops matching (get_session_auth_hash() is an HMAC
// of this field), so it is flushed at its next request.
void Server::Impl::change_password(User& user, std::string_view password) {
  const std::string salt = ids.token(kCsrfChars, 22);
  user.password = make_password(password, salt, spec.password_iterations);
  user.auth_hash = django_session_auth_hash(user.password, spec.secret);
  table.set_password(user.id, user.password);
  users_changed.insert(user.id);
}

// django.contrib.auth.views.PasswordChangeView (login_required, csrf_protect): the form
// of PasswordChangeForm, its errors (the old password, the two new ones, the default
// AUTH_PASSWORD_VALIDATORS' length and numeric checks) and, when valid, the save,
// update_session_auth_hash() and a redirect to password_change_done.
void Server::Impl::password_change(Visit& v) {
  v.h.route = "password-change";
  const User* found = logged_in_or_redirect(v);
  if (!found) return;
  PasswordChangeForm form;
  form.csrf_token = csrf_token(v);
  if (v.request.method == "POST") {
    const auto field = [&](std::string_view name) {
      const std::string* f = http::form_get(v.form, std::string(name));
      return f ? *f : std::string();
    };
    const std::string old_password = field("old_password"), new1 = field("new_password1"),
                      new2 = field("new_password2");
    if (!check_password(old_password, found->password)) form.error = PasswordChangeError::OldWrong;
    else if (new1 != new2) form.error = PasswordChangeError::Mismatch;
    else if (new1.size() < 8) form.error = PasswordChangeError::TooShort;
    else if (std::all_of(new1.begin(), new1.end(), [](char c) { return c >= '0' && c <= '9'; }))
      form.error = PasswordChangeError::Numeric;
    if (form.error == PasswordChangeError::None) {
      User& user = *users.edit(found->username);
      change_password(user, new1);
      note(v, "password-changed", say::password_changed(who(user.username)));
      if (fw.updates_session_auth_hash && sessions_on()) {
        // update_session_auth_hash(): cycle_key() (a new key, the data kept, the old
        // row deleted), then the new hash, so this browser stays logged in.
        const std::string old = v.key;
        if (v.row_exists) remove_row(old);
        v.row_exists = false;
        v.key = new_key();
        v.fresh = true;
        note(v, "session-renewed", say::session_key_cycled(old, v.key));
        fw.record_login(v.edit(), user);
        v.modified = true;
      }
      redirect(v, "/accounts/password_change/done/");
      return;
    }
    note(v, "password-change-failed", say::password_change_failed(who(found->username)));
  }
  send_page(v, password_change_page(form, v.lang));
}

void Server::Impl::password_change_done(Visit& v) {
  v.h.route = "password-change-done";
  if (!logged_in_or_redirect(v)) return;
  send_rendered(v, {"password-change-done", v.lang == Lang::Ko ? "ko" : "en"},
                [&] { return password_change_done_page(v.lang); });
}

void Server::Impl::admin(Visit& v) {
  v.h.route = "admin";
  v.out.never_cache = true;
  access(v);
  const User* user = user_named(v.h.user);
  if (!user || !user->staff) {
    note(v, "staff-required", say::staff_required(who(v.h.user)));
    redirect(v, login_url(v, "/admin/login/"));
    return;
  }
  send_page(v, admin_page(shown(*user, v.lang), v.lang));
}

void Server::Impl::logout_view(Visit& v) {
  v.h.route = "logout";
  logout(v);
  if (fw.logout_renders_page) {
    // Django's LogoutView without LOGOUT_REDIRECT_URL renders registration/logged_out.html.
    v.out.never_cache = true;
    send_page(v, logged_out_page(v.lang));
    return;
  }
  redirect(v, "/");
}

void Server::Impl::cart(Visit& v) {
  v.h.route = "cart";
  access(v);
  std::vector<std::string> items;
  if (const SessionValue* c = v.data().find("cart"); c && c->kind == SessionValue::Kind::List) items = c->items;
  const std::string token = csrf_token(v);
  send_page(v, cart_page(items, token, v.lang));
}

void Server::Impl::cart_add(Visit& v) {
  v.h.route = "cart-add";
  access(v);
  const std::string* item = http::form_get(v.request.method == "POST" ? v.form : v.query, "item");
  if (item && !item->empty() && item->size() <= 64) {
    note(v, "cart-add " + *item, say::cart_added(*item));
    if (sessions_on()) {
      v.edit().append_item("cart", *item);
      v.modified = true;
    }
  }
  redirect(v, "/cart/");
}

void Server::Impl::theme(Visit& v) {
  v.h.route = "theme";
  access(v);
  const std::string* name = http::form_get(v.query, "name");
  std::string value = name ? *name : "";
  const bool plain = !value.empty() && value.size() <= 20 && std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!plain) value = "light";
  set_app_cookie(v, {"theme", value, 31536000 * kSecond, false, false, ""});
  redirect(v, "/");
}

void Server::Impl::notice(Visit& v, bool hide) {
  v.h.route = hide ? "notice-hide" : "notice";
  access(v);
  if (hide) {
    set_app_cookie(v, {"hide_notice", "1", 86400 * kSecond, false, false, ""});
    redirect(v, "/notice/");
    return;
  }
  send_page(v, notice_page(cookie(v, "hide_notice") != nullptr, v.lang));
}

void Server::Impl::popup(Visit& v) {
  v.h.route = "popup";
  access(v);
  const bool first = cookie(v, "popup_seen") == nullptr;
  if (first) set_app_cookie(v, {"popup_seen", "1", 31536000 * kSecond, false, false, ""});
  send_page(v, popup_page(first, v.lang));
}

void Server::Impl::transfer(Visit& v) {
  v.h.route = "transfer";
  const User* user = logged_in_or_redirect(v);
  if (!user) return;
  if (v.request.method != "POST") {
    send_page(v, transfer_form_page(shown(*user, v.lang), csrf_token(v), v.lang));
    return;
  }
  const std::string* to = http::form_get(v.form, "to");
  const std::string* amount = http::form_get(v.form, "amount");
  const std::string t = to ? *to : "", a = amount ? *amount : "";
  note(v, "transfer " + user->username + " " + t + " " + a, say::transfer(who(user->username), who(t), a));
  const say::Who to_user = who(t);
  send_page(v, transfer_done_page(shown(*user, v.lang), std::string(v.lang == Lang::Ko ? to_user.ko : to_user.en), a,
                                  v.lang));
}

void Server::Impl::tracked(Visit& v) {
  v.h.route = "tracked";
  access(v);
  const std::string* from_query = http::form_get(v.query, "tracker");
  send_page(v, tracked_page(from_query && !from_query->empty() ? *from_query : spec.tracker_url, v.lang));
}

Handling Server::Impl::handle(const http::Request& request, const http::Url& url, TimeMs now) {
  Visit v(request, url, now);
  const std::string& path = url.path;

  // Scripted routes answer exactly what the scenario wrote.
  for (const auto& route : spec.routes)
    if (route.path == path &&
        (route.method == "*" || route.method.empty() || iequals_ascii(route.method, request.method))) {
      scripted(v, route);
      return std::move(v.h);
    }
  // The tracking pixel lives outside the session machinery (mounted before it).
  if (path == "/pixel.gif") {
    tracker(v);
    v.h.response = build_response(fw, std::move(v.out), now);
    return std::move(v.h);
  }

  negotiate_language(v);
  if (request.method == "POST") v.form = http::form_decode(request.body);
  // The CSRF middleware reads its cookie before the session middleware runs.
  if (fw.csrf)
    if (const std::string_view* c = cookie(v, fw.csrf->cookie_name)) fw.csrf->read_cookie(v.csrf, *c, ids);
  begin_session(v);
  if (!sessions_on()) note(v, "", say::stateless_forgets());
  else if (!v.cookie_sent) note(v, "", say::anonymous());

  using Route = void (Impl::*)(Visit&);
  Route view = nullptr;
  bool login_page_route = false, admin_login = false, notice_hide = false, notice_route = false;
  if (path == "/") view = &Impl::home;
  else if (path == "/accounts/login/") login_page_route = true;
  else if (path == "/admin/login/") login_page_route = admin_login = true;
  else if (path == "/accounts/profile/") view = &Impl::profile;
  else if (path == "/admin/") view = &Impl::admin;
  else if (path == "/accounts/logout/") view = &Impl::logout_view;
  else if (path == "/cart/") view = &Impl::cart;
  else if (path == "/cart/add/") view = &Impl::cart_add;
  else if (path == "/theme/") view = &Impl::theme;
  else if (path == "/notice/") notice_route = true;
  else if (path == "/notice/hide/") notice_route = notice_hide = true;
  else if (path == "/popup/") view = &Impl::popup;
  else if (path == "/transfer/") view = &Impl::transfer;
  else if (path == "/tracked/") view = &Impl::tracked;
  else if (path == "/accounts/password_change/") view = &Impl::password_change;
  else if (path == "/accounts/password_change/done/") view = &Impl::password_change_done;

  const bool found = view || login_page_route || notice_route;
  if (!found) {
    v.h.route = "not-found";
    // express-session runs before the router, so even a 404 gets a session.
    if (fw.starts_before_router) start_session(v);
    note(v, "not-found", say::not_found(path));
    send_page(v, not_found_page(path, v.lang), 404);
  } else if (auto reason = csrf_reject_reason(v)) {
    // The CSRF middleware's process_view rejects before the view runs.
    v.h.route = "csrf-failed";
    note(v, "csrf-failed", say::csrf_failed(*reason));
    send_page(v, csrf_failure_page(*reason, v.lang), 403);
  } else if (login_page_route) {
    login_view(v, admin_login);
  } else if (notice_route) {
    notice(v, notice_hide);
  } else {
    (this->*view)(v);
  }
  // The CSRF middleware's process_response runs before the session middleware's.
  finish_csrf(v);
  finish_session(v);
  v.h.response = build_response(fw, std::move(v.out), now);
  return std::move(v.h);
}

// ---- Server ------------------------------------------------------------------------

std::string user_table_name(std::string_view user_model) {
  const std::size_t dot = user_model.find('.');
  if (dot == std::string_view::npos) return to_lower_ascii(user_model);
  return std::string(user_model.substr(0, dot)) + "_" + to_lower_ascii(user_model.substr(dot + 1));
}

std::string user_table_name(const ServerSpec& spec) {
  return user_table_name(spec.user_model.empty() ? kDefaultUserModel : std::string_view(spec.user_model));
}

namespace {
IdGenerator& fallback_ids() {
  static thread_local IdGenerator ids(1);
  return ids;
}
}  // namespace

Server::Server(ServerSpec spec, IdGenerator* ids, const std::string& db_path)
    : spec_(std::move(spec)), ids_(ids ? ids : &fallback_ids()) {
  impl_ = std::make_unique<Impl>(spec_, *ids_, db_path);
  db_ = impl_->table.db();
}

Server::~Server() = default;

void Server::set_overrides(const ServerOverrides& overrides) { impl_->apply_overrides(overrides); }
const ServerOverrides& Server::overrides() const { return impl_->overrides; }
bool Server::has_csrf_check() const { return impl_->base.csrf != nullptr; }

bool Server::serves(std::string_view host) const {
  const std::string lower = to_lower_ascii(host);
  return std::find(spec_.hosts.begin(), spec_.hosts.end(), lower) != spec_.hosts.end();
}

Handling Server::handle(const http::Request& request, const http::Url& url, TimeMs now) {
  return impl_->handle(request, url, now);
}

std::string Server::session_cookie_name() const { return std::string(impl_->fw.session_cookie); }

std::vector<SessionRow> Server::sessions() const {
  std::vector<SessionRow> rows;
  for (auto& stored : impl_->table.all()) rows.push_back(impl_->row_of(std::move(stored)));
  return rows;
}

std::optional<SessionRow> Server::find_session(std::string_view key, TimeMs now) const {
  auto stored = impl_->table.get(key);
  if (!stored) return std::nullopt;
  if (impl_->expired(stored->expire, now)) return std::nullopt;
  return impl_->row_of(std::move(*stored));
}

std::string Server::user_for_cookie_header(std::string_view cookie_header, TimeMs now) const {
  if (!impl_->sessions_on()) return "";
  const std::string key = impl_->key_from_cookie(parse_cookie_header(cookie_header), nullptr, now);
  if (key.empty()) return "";
  const auto stored = impl_->table.get(key);
  if (!stored || impl_->expired(stored->expire, now)) return "";
  const auto& data = impl_->decode(stored->key, stored->data);
  return data ? impl_->user_of(*data) : "";
}

bool Server::delete_session(std::string_view key) { return impl_->remove_row(std::string(key)); }

std::size_t Server::delete_sessions_of(std::string_view username) {
  std::size_t n = 0;
  for (const auto& row : sessions())
    if (row.user == username && impl_->remove_row(row.key)) ++n;
  return n;
}

void Server::delete_all_sessions() {
  for (const auto& row : impl_->table.all()) impl_->changed[row.key] = {};
  impl_->table.clear();
  impl_->rows.clear();
}

void Server::restore_sessions(const std::vector<SessionRow>& rows) {
  std::map<std::string, StoredSession> before;
  for (auto& row : impl_->table.all()) before.emplace(row.key, std::move(row));
  impl_->table.clear();
  for (const auto& row : rows) {
    impl_->table.put(row.key, row.data, row.expire);
    auto it = before.find(row.key);
    if (it == before.end() || it->second.data != row.data || it->second.expire != row.expire)
      impl_->changed[row.key] = {};
    if (it != before.end()) before.erase(it);
  }
  for (const auto& [key, row] : before) impl_->changed[key] = {};
}

std::string Server::users_table() const { return impl_->table.users_table(); }

std::vector<UserRow> Server::users() const {
  std::vector<UserRow> rows = impl_->table.user_rows();
  for (UserRow& r : rows)
    if (const User* u = impl_->users.with_id(std::to_string(r.id))) r.session_auth_hash = u->auth_hash;
  return rows;
}

std::vector<UserRow> Server::take_user_changes() {
  std::vector<UserRow> out;
  if (impl_->users_changed.empty()) return out;  // every step asks: most steps change no user
  for (long long id : impl_->users_changed)
    if (auto row = impl_->table.user_row(id)) {
      if (const User* u = impl_->users.with_id(std::to_string(id))) row->session_auth_hash = u->auth_hash;
      out.push_back(std::move(*row));
    }
  impl_->users_changed.clear();
  return out;
}

void Server::restore_users(const std::vector<UserRow>& rows) {
  for (const UserRow& r : rows) {
    User* u = impl_->users.edit(r.username);
    if (!u) continue;
    u->password = r.password;
    u->auth_hash = django_session_auth_hash(u->password, spec_.secret);
    impl_->table.set_password(r.id, r.password);
    impl_->table.set_last_login(r.id, r.last_login);
  }
  impl_->users_changed.clear();
}

std::vector<std::pair<std::string, std::optional<SessionRow>>> Server::take_session_changes() {
  using Kind = Impl::Change::Kind;
  std::vector<std::pair<std::string, std::optional<SessionRow>>> out;
  out.reserve(impl_->changed.size());
  for (auto& [key, change] : impl_->changed) {
    std::optional<SessionRow> row;
    const DecodedRow* cached = impl_->rows.find(key);
    if (change.kind == Kind::Written && cached) {
      row = impl_->row_of(cached->session, {key, cached->stored, change.expire});
    } else if (change.kind != Kind::Removed) {
      // Looked up as at the beginning of time, so an expired row is still seen.
      if (auto stored = impl_->table.get(key)) row = impl_->row_of(std::move(*stored));
    }
    out.emplace_back(key, std::move(row));
  }
  impl_->changed.clear();
  return out;
}

}  // namespace cl::server

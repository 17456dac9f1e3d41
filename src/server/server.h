// A simulated web server: users, authentication, sessions in SQLite, and the
// cookie habits of a real framework (its "profile"). It answers http::Request
// values; the same object serves the simulation and, later, real HTTP.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>
#include "base/ids.h"
#include "base/text.h"
#include "base/time.h"
#include "http/message.h"
#include "http/url.h"

struct sqlite3;

namespace cl::server {

// The web frameworks a server can behave as, each described in src/server/profiles/
// (one file each, listed in profiles/registry.cpp). Stateless stays the last value:
// a new framework goes before it, so kProfileCount counts it.
enum class Profile { Django, Php, Express, Servlet, Stateless };
inline constexpr std::size_t kProfileCount = static_cast<std::size_t>(Profile::Stateless) + 1;
std::string_view profile_name(Profile p);                     // "django", "php", "express", "servlet", "stateless"
std::optional<Profile> profile_named(std::string_view name);  // as scenario files write it
std::span<const Profile> all_profiles();                      // in the order of the enum

struct UserSpec {
  std::string username, password;
  std::string display_name;  // defaults to username
  bool staff = false;
  // What the learner and the site's pages call the user, per language (default: the
  // username): the Korean narration's 앨리스 for alice. Logins still type `username`.
  Bilingual display;
};

// A route the scenario writes: answers exactly this status, headers and body.
struct RouteSpec {
  std::string method = "*";  // or "GET", "POST", ...
  std::string path;          // exact match on the path (query ignored)
  int status = 200;
  std::vector<http::Field> headers;  // e.g. {"Set-Cookie", "a=b; Path=/"}
  std::string body;
};

struct ServerSpec {
  std::string name;                // identifies the server in the scenario
  std::vector<std::string> hosts;  // lower-case host names it answers for
  Profile profile = Profile::Django;
  std::vector<UserSpec> users;
  std::vector<RouteSpec> routes;
  std::optional<TimeMs> session_age;        // overrides the profile's (Django: 1209600 s)
  std::string secret = "cookielab-secret";  // signs Django session data and Express ids
  int password_iterations = 260000;         // PBKDF2-SHA256 rounds (Django 3.2's default)
  std::string table_prefix;                 // "" -> django_session, auth_user; several servers may share one db file
  // The tracking pixel /tracked/ embeds (a `?tracker=URL` query parameter overrides it).
  // https, because the tracker's uid cookie is SameSite=None and therefore Secure.
  std::string tracker_url = "https://tracker.example/pixel.gif";
  // Django's AUTH_USER_MODEL: "" is the built-in "auth.User" (table auth_user); a
  // project that replaced it at its start, e.g. "accounts.User", keeps its users in
  // <app>_<model> (accounts_user), which has the same columns (AbstractUser's).
  std::string user_model;
  TimeMs users_joined = 0;  // date_joined of the scenario's users (the World gives the scenario's start)
  bool show_users = false;  // the transcripts print the users table beside the session table
};

// Django's AUTH_USER_MODEL default.
inline constexpr std::string_view kDefaultUserModel = "auth.User";
// The table a user model lives in: "auth.User" -> "auth_user", "accounts.User" ->
// "accounts_user" (Django's db_table: app label, '_', the model name in lower case).
std::string user_table_name(std::string_view user_model);
std::string user_table_name(const ServerSpec& spec);  // of its user_model, without the prefix

// One row of the users table (auth_user, or a custom model's table), as SQLite holds
// it, with the columns Django 3.2 creates, by their real names.
struct UserRow {
  long long id = 0;
  std::string password;              // pbkdf2_sha256$260000$<salt>$<hash>
  std::optional<TimeMs> last_login;  // NULL until the first login
  bool is_superuser = false;
  std::string username, first_name, last_name, email;
  bool is_staff = false, is_active = true;
  TimeMs date_joined = 0;
  // Not a column: get_session_auth_hash() of this row, what a session of this user
  // must carry as _auth_user_hash to stay logged in.
  std::string session_auth_hash;
  bool operator==(const UserRow&) const = default;
};

// What a what-if changes about a running server (whatif/, a step of action
// "change"): each field left empty keeps the framework's own behaviour.
struct ServerOverrides {
  // The session cookie's Set-Cookie line: HttpOnly and Secure added or dropped,
  // SameSite set ("Strict", "Lax", "None") or dropped (""), Max-Age set (Expires
  // dropped, RFC 6265 5.3 step 3 lets Max-Age win anyway) or both dropped (inner nullopt:
  // a session cookie).
  std::optional<bool> cookie_http_only, cookie_secure;
  std::optional<std::string> cookie_same_site;
  std::optional<std::optional<TimeMs>> cookie_max_age;
  std::optional<bool> renew_key;      // a new session key at login (off: the key is kept)
  std::optional<TimeMs> session_age;  // how long a session row lives from now on
  std::optional<bool> csrf;           // the framework's CSRF check (off: none)
  bool any() const {
    return cookie_http_only || cookie_secure || cookie_same_site || cookie_max_age || renew_key || session_age || csrf;
  }
  // `later` on top of this: its set fields win.
  void merge(const ServerOverrides& later);
  bool operator==(const ServerOverrides&) const = default;
};
// The session cookie line with the overrides' attributes (the rest as written).
std::string override_cookie_line(std::string_view line, const ServerOverrides& o);

// One row of the session table, as the learner sees it.
struct SessionRow {
  std::string key;
  std::string data;  // as stored (Django: signed payload)
  TimeMs expire = 0;
  std::string user;     // whose it is, "" when anonymous (decoded for display)
  std::string decoded;  // the data as readable JSON, for the panel
  bool operator==(const SessionRow&) const = default;
};

// What the server did while answering, for narration and expectations.
struct Handling {
  http::Response response;
  std::string route;                // e.g. "login", "profile", "scripted /set"
  std::string user;                 // who the request was recognised as ("" = nobody); after a
                                    // successful login, the user who logged in
  std::vector<std::string> events;  // machine-readable, e.g. "session-created", "session-found",
                                    // "session-missing", "session-expired", "login-failed",
                                    // "login-ok", "logout", "csrf-failed", "session-renewed";
                                    // also "session-invalid" (bad signature), "session-adopted"
                                    // (PHP takes an unknown id), "session-saved", "session-deleted",
                                    // "cookie-deleted", "login-required", "staff-required",
                                    // "cart-add <item>", "transfer <from> <to> <amount>",
                                    // "tracker-saw <uid> on <referer host or 'direct'>", "not-found"
  Bilingual explanation;            // one or two sentences for the learner
};

class Server {
 public:
  // db_path "" keeps the database in memory; a file path keeps it on disk.
  Server(ServerSpec spec, IdGenerator* ids, const std::string& db_path = "");
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  const ServerSpec& spec() const { return spec_; }
  bool serves(std::string_view host) const;

  // `url` is the full URL the request was sent to (scheme tells http/https).
  Handling handle(const http::Request& request, const http::Url& url, TimeMs now);

  // The session table, ordered by key. Expired rows are listed (they are only
  // "not found" when looked up), so the panel can show them as expired.
  std::vector<SessionRow> sessions() const;
  std::optional<SessionRow> find_session(std::string_view key, TimeMs now) const;
  // Who a request carrying these cookies (a "Cookie" header value) would be.
  std::string user_for_cookie_header(std::string_view cookie_header, TimeMs now) const;
  std::string session_cookie_name() const;

  bool delete_session(std::string_view key);
  std::size_t delete_sessions_of(std::string_view username);
  void delete_all_sessions();
  // Step back: make the table exactly these rows.
  void restore_sessions(const std::vector<SessionRow>& rows);
  // Rows inserted, updated or deleted since the last call, by key, as the table now
  // holds them (nullopt: deleted; expired rows are included). For the timeline.
  std::vector<std::pair<std::string, std::optional<SessionRow>>> take_session_changes();

  sqlite3* db() const { return db_; }

  // ---- the users table ----
  std::string users_table() const;     // its name in the database: "auth_user", "accounts_user", with the prefix
  std::vector<UserRow> users() const;  // read from SQLite, ordered by id
  // Rows changed since the last call (a login's last_login, a password change), as
  // the table now holds them. For the timeline.
  std::vector<UserRow> take_user_changes();
  // Step back: the passwords and last logins these rows have (matched by id).
  void restore_users(const std::vector<UserRow>& rows);
  // From now on behave as the overrides say (they replace the earlier ones; {} is
  // the framework as described). Whether the framework has a CSRF check to turn on:
  // has_csrf_check().
  void set_overrides(const ServerOverrides& overrides);
  const ServerOverrides& overrides() const;
  bool has_csrf_check() const;

 private:
  ServerSpec spec_;
  IdGenerator* ids_;
  sqlite3* db_ = nullptr;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cl::server

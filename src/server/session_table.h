// The server's SQLite tables, shaped as Django creates them (migrations of
// django.contrib.sessions and django.contrib.auth): <prefix>django_session and
// <prefix>auth_user. Every statement is prepared once and reused, since a
// lookup sits on the hot path of every simulated request.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>
#include "base/time.h"
#include "server/server.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cl::server {

struct StoredSession {
  std::string key, data;
  TimeMs expire = 0;
};

// A row seen in place, in SQLite's own buffers: valid only while it is being read.
struct StoredView {
  std::string_view key, data;
  TimeMs expire = 0;
};

struct StoredUser {
  long long id = 0;
  std::string username, password;
  bool staff = false;
  TimeMs date_joined = 0;
};

// Django on SQLite stores datetimes as text, "YYYY-MM-DD HH:MM:SS.ffffff" in UTC
// (USE_TZ=True); the fixed width makes text order equal time order.
std::string sql_datetime(TimeMs t);
std::optional<TimeMs> parse_sql_datetime(std::string_view text);

class SessionTable {
 public:
  // "" opens a private in-memory database. Throws std::runtime_error when SQLite fails.
  // `users` names the users table (after the prefix): Django's "auth_user", or a
  // custom user model's ("accounts_user"), whose fresh migration orders the columns
  // as AbstractUser declares them.
  SessionTable(const std::string& db_path, const std::string& prefix, const std::string& users = "auth_user");
  ~SessionTable();
  SessionTable(const SessionTable&) = delete;
  SessionTable& operator=(const SessionTable&) = delete;

  sqlite3* db() const { return db_; }

  std::optional<StoredSession> get(std::string_view key) const;  // expired rows too
  // Calls fn(row) with the row for `key`, if there is one, without copying it: the
  // lookup every request makes. Returns whether there was a row.
  template <class F>
  bool read(std::string_view key, F&& fn) const {
    return read_row(
        key, [](void* f, const StoredView& row) { (*static_cast<std::remove_reference_t<F>*>(f))(row); }, &fn);
  }
  bool exists(std::string_view key) const;
  void put(std::string_view key, std::string_view data, TimeMs expire);  // insert or replace
  bool touch(std::string_view key, TimeMs expire);                       // moves only the expiry
  bool remove(std::string_view key);
  void clear();
  std::vector<StoredSession> all() const;  // ordered by key
  std::size_t count() const;

  // Users are written once (and last_login at each login), read from memory by the server.
  void add_user(const StoredUser& user);
  void set_last_login(long long id, std::optional<TimeMs> when);  // nullopt: NULL, never logged in
  void set_password(long long id, std::string_view password);     // PasswordChangeForm.save()
  // Every column of the users table, ordered by id (the session auth hash left empty).
  std::vector<UserRow> user_rows() const;
  std::optional<UserRow> user_row(long long id) const;
  const std::string& users_table() const { return users_; }

 private:
  bool read_row(std::string_view key, void (*call)(void*, const StoredView&), void* fn) const;
  sqlite3* db_ = nullptr;
  std::string users_;  // the users table's name, prefix included
  struct Statements;
  Statements* st_ = nullptr;
  void exec(const std::string& sql);
};

}  // namespace cl::server

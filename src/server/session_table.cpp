#include "server/session_table.h"

#include <cstdio>
#include <sqlite3.h>
#include <stdexcept>
#include "base/text.h"

namespace cl::server {

std::string sql_datetime(TimeMs t) {
  const CivilTime c = civil_from_time(t);
  const TimeMs ms = ((t % kSecond) + kSecond) % kSecond;
  if (c.year >= 0 && c.year <= 9999) {
    // By hand: written at every session save, and snprintf costs ten times as much.
    std::string out = "YYYY-MM-DD hh:mm:ss.ffffff";
    char* p = out.data();
    put_digits(p, static_cast<unsigned long long>(c.year), 4);
    put_digits(p + 5, c.month, 2);
    put_digits(p + 8, c.day, 2);
    put_digits(p + 11, c.hour, 2);
    put_digits(p + 14, c.minute, 2);
    put_digits(p + 17, c.second, 2);
    put_digits(p + 20, static_cast<unsigned long long>(ms * 1000), 6);
    return out;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02u:%02u:%02u.%06lld", static_cast<long long>(c.year), c.month,
                c.day, c.hour, c.minute, c.second, static_cast<long long>(ms * 1000));
  return buf;
}

std::optional<TimeMs> parse_sql_datetime(std::string_view s) {
  // "YYYY-MM-DD HH:MM:SS" with an optional ".f" to ".ffffff" (Python's str(datetime)
  // leaves the fraction out when it is zero).
  auto digits = [&](std::size_t at, std::size_t n, unsigned& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return true;
  };
  unsigned y, mo, d, h, mi, se;
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':' || s[16] != ':')
    return std::nullopt;
  if (!digits(0, 4, y) || !digits(5, 2, mo) || !digits(8, 2, d) || !digits(11, 2, h) || !digits(14, 2, mi) ||
      !digits(17, 2, se))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
  TimeMs frac_ms = 0;
  if (s.size() > 19) {
    if (s[19] != '.' || s.size() == 20 || s.size() > 26) return std::nullopt;
    unsigned frac;
    const std::size_t n = s.size() - 20;
    if (!digits(20, n, frac)) return std::nullopt;
    for (std::size_t i = n; i < 6; ++i) frac *= 10;
    frac_ms = frac / 1000;
  }
  const TimeMs days = days_from_civil(y, mo, d);
  return days * kDay + h * kHour + mi * kMinute + se * kSecond + frac_ms;
}

namespace {

// A prepared statement that resets itself after each use.
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK)
      throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db)) + " in: " + sql);
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  sqlite3_stmt* get() const { return s_; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

struct Use {  // binds in order, resets at scope end
  sqlite3_stmt* s;
  int next = 1;
  explicit Use(const Stmt& st) : s(st.get()) {}
  ~Use() {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
  }
  Use& text(std::string_view v) {
    sqlite3_bind_text(s, next++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Binds without a copy (SQLITE_STATIC): for text that outlives the Use, which
  // is the caller's to see to. The session key and data, on every request.
  Use& view(std::string_view v) {
    sqlite3_bind_text(s, next++, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Use& null() {
    sqlite3_bind_null(s, next++);
    return *this;
  }
  Use& integer(long long v) {
    sqlite3_bind_int64(s, next++, v);
    return *this;
  }
  int step() { return sqlite3_step(s); }
  std::string_view column_view(int i) const {
    const auto* p = sqlite3_column_text(s, i);
    return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(s, i)))
             : std::string_view();
  }
  std::string column_text(int i) const {
    const auto* p = sqlite3_column_text(s, i);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(s, i)))
             : std::string();
  }
};

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

StoredSession read_session(const Use& u) {
  StoredSession row;
  row.key = u.column_text(0);
  row.data = u.column_text(1);
  row.expire = parse_sql_datetime(u.column_text(2)).value_or(0);
  return row;
}

// A row of kUserColumns.
UserRow read_user(const Use& u) {
  UserRow r;
  r.id = sqlite3_column_int64(u.s, 0);
  r.password = u.column_text(1);
  if (sqlite3_column_type(u.s, 2) != SQLITE_NULL) r.last_login = parse_sql_datetime(u.column_view(2));
  r.is_superuser = sqlite3_column_int(u.s, 3) != 0;
  r.username = u.column_text(4);
  r.first_name = u.column_text(5);
  r.last_name = u.column_text(6);
  r.email = u.column_text(7);
  r.is_staff = sqlite3_column_int(u.s, 8) != 0;
  r.is_active = sqlite3_column_int(u.s, 9) != 0;
  r.date_joined = parse_sql_datetime(u.column_view(10)).value_or(0);
  return r;
}

}  // namespace

struct SessionTable::Statements {
  Stmt get, exists, insert, update, touch, remove, clear, all, count, add_user, last_login, password, users, user;
  Statements(sqlite3* db, const std::string& s, const std::string& u)
      : get(db, "SELECT session_key, session_data, expire_date FROM " + s + " WHERE session_key = ?"),
        exists(db, "SELECT 1 FROM " + s + " WHERE session_key = ?"),
        insert(db, "INSERT INTO " + s + " (session_key, session_data, expire_date) VALUES (?, ?, ?)"),
        update(db, "UPDATE " + s + " SET session_data = ?, expire_date = ? WHERE session_key = ?"),
        touch(db, "UPDATE " + s + " SET expire_date = ? WHERE session_key = ?"),
        remove(db, "DELETE FROM " + s + " WHERE session_key = ?"),
        clear(db, "DELETE FROM " + s),
        all(db, "SELECT session_key, session_data, expire_date FROM " + s + " ORDER BY session_key"),
        count(db, "SELECT COUNT(*) FROM " + s),
        add_user(db, "INSERT INTO " + u +
                         " (id, password, last_login, is_superuser, username, last_name, email, is_staff,"
                         " is_active, date_joined, first_name) VALUES (?, ?, NULL, 0, ?, '', '', ?, 1, ?, '')"),
        last_login(db, "UPDATE " + u + " SET last_login = ? WHERE id = ?"),
        password(db, "UPDATE " + u + " SET password = ? WHERE id = ?"),
        users(db, std::string(kUserColumns) + u + " ORDER BY id"),
        user(db, std::string(kUserColumns) + u + " WHERE id = ?") {}
  static constexpr std::string_view kUserColumns =
      "SELECT id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff,"
      " is_active, date_joined FROM ";
};

SessionTable::SessionTable(const std::string& db_path, const std::string& prefix, const std::string& users)
    : users_(prefix + users) {
  // Memory statistics take a global mutex on every SQLite allocation; nothing here
  // reads them. Only possible before SQLite starts, hence once, first.
  static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)configured;
  const std::string path = db_path.empty() ? ":memory:" : db_path;
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error("cannot open session database " + path + ": " + why);
  }
  try {
    sqlite3_busy_timeout(db_, 2000);
    if (!db_path.empty()) {
      // Several servers (connections) share one file in one process, one after
      // another; WAL lets a reader see committed rows while another connection
      // writes, and durability against power loss is not the point here.
      exec("PRAGMA journal_mode=WAL");
      exec("PRAGMA synchronous=OFF");
    }
    const std::string s = quoted(prefix + "django_session"), u = quoted(users_);
    // The DDL Django 3.2's migrations produce on SQLite (sqlmigrate sessions 0001, auth 0001..0012).
    exec("CREATE TABLE IF NOT EXISTS " + s +
         " (\"session_key\" varchar(40) NOT NULL PRIMARY KEY, \"session_data\" text NOT NULL,"
         " \"expire_date\" datetime NOT NULL)");
    exec("CREATE INDEX IF NOT EXISTS " + quoted(prefix + "django_session_expire_date_a5c62663") + " ON " + s +
         " (\"expire_date\")");
    // auth 0012 altered first_name, and SQLite alters a column by rebuilding the table
    // with it last; a custom AbstractUser model is created in one migration, in the
    // order the class declares its fields.
    const bool built_in = users == "auth_user";
    exec("CREATE TABLE IF NOT EXISTS " + u +
         " (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL,"
         " \"last_login\" datetime NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(150) NOT NULL UNIQUE," +
         std::string(built_in ? "" : " \"first_name\" varchar(150) NOT NULL,") +
         " \"last_name\" varchar(150) NOT NULL, \"email\" varchar(254) NOT NULL, \"is_staff\" bool NOT NULL,"
         " \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL" +
         std::string(built_in ? ", \"first_name\" varchar(150) NOT NULL)" : ")"));
    // A run starts from empty tables, so a file left by an earlier run cannot change it.
    exec("DELETE FROM " + s);
    exec("DELETE FROM " + u);
    st_ = new Statements(db_, s, u);
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

SessionTable::~SessionTable() {
  delete st_;
  sqlite3_close(db_);
}

void SessionTable::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string why = err ? err : "unknown error";
    sqlite3_free(err);
    throw std::runtime_error("SQLite: " + why + " in: " + sql);
  }
}

std::optional<StoredSession> SessionTable::get(std::string_view key) const {
  Use u(st_->get);
  u.view(key);
  if (u.step() != SQLITE_ROW) return std::nullopt;
  return read_session(u);
}

bool SessionTable::read_row(std::string_view key, void (*call)(void*, const StoredView&), void* fn) const {
  Use u(st_->get);
  u.view(key);
  if (u.step() != SQLITE_ROW) return false;
  // The views stay valid until the statement is reset, when `u` goes, after fn().
  StoredView row;
  row.key = u.column_view(0);
  row.data = u.column_view(1);
  row.expire = parse_sql_datetime(u.column_view(2)).value_or(0);
  call(fn, row);
  return true;
}

bool SessionTable::exists(std::string_view key) const {
  Use u(st_->exists);
  u.view(key);
  return u.step() == SQLITE_ROW;
}

void SessionTable::put(std::string_view key, std::string_view data, TimeMs expire) {
  // As Django's SessionStore.save() does: an UPDATE of the row there is (force_update),
  // an INSERT when there is none. An UPDATE leaves the key's index alone, where
  // INSERT OR REPLACE would delete the row and insert it again.
  const std::string when = sql_datetime(expire);
  {
    Use u(st_->update);
    u.view(data).view(when).view(key);
    if (u.step() != SQLITE_DONE) throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db_)));
    if (sqlite3_changes(db_) > 0) return;
  }
  Use u(st_->insert);
  u.view(key).view(data).view(when);
  if (u.step() != SQLITE_DONE) throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db_)));
}

bool SessionTable::touch(std::string_view key, TimeMs expire) {
  Use u(st_->touch);
  const std::string when = sql_datetime(expire);
  u.text(when).text(key);
  u.step();
  return sqlite3_changes(db_) > 0;
}

bool SessionTable::remove(std::string_view key) {
  Use u(st_->remove);
  u.text(key);
  u.step();
  return sqlite3_changes(db_) > 0;
}

void SessionTable::clear() {
  Use u(st_->clear);
  u.step();
}

std::vector<StoredSession> SessionTable::all() const {
  std::vector<StoredSession> rows;
  Use u(st_->all);
  while (u.step() == SQLITE_ROW) rows.push_back(read_session(u));
  return rows;
}

std::size_t SessionTable::count() const {
  Use u(st_->count);
  return u.step() == SQLITE_ROW ? static_cast<std::size_t>(sqlite3_column_int64(u.s, 0)) : 0;
}

void SessionTable::add_user(const StoredUser& user) {
  Use u(st_->add_user);
  u.integer(user.id)
      .text(user.password)
      .text(user.username)
      .integer(user.staff ? 1 : 0)
      .text(sql_datetime(user.date_joined));
  if (u.step() != SQLITE_DONE) throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db_)));
}

void SessionTable::set_last_login(long long id, std::optional<TimeMs> when) {
  Use u(st_->last_login);
  if (when) u.text(sql_datetime(*when));
  else u.null();
  u.integer(id);
  u.step();
}

void SessionTable::set_password(long long id, std::string_view password) {
  Use u(st_->password);
  u.text(password).integer(id);
  u.step();
}

std::vector<UserRow> SessionTable::user_rows() const {
  std::vector<UserRow> rows;
  Use u(st_->users);
  while (u.step() == SQLITE_ROW) rows.push_back(read_user(u));
  return rows;
}

std::optional<UserRow> SessionTable::user_row(long long id) const {
  Use u(st_->user);
  u.integer(id);
  if (u.step() != SQLITE_ROW) return std::nullopt;
  return read_user(u);
}

}  // namespace cl::server

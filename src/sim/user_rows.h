// A server's users table as of one step (auth_user, or a custom user model's table),
// ordered by id, and the link a session row makes into it: Django's session data
// names its user by `_auth_user_id` and stays valid while its `_auth_user_hash`
// equals the row's get_session_auth_hash(). Rows are shared and never change, as in
// sim::SessionTable: a step that changes a user (a login's last_login, a password
// change) puts a new row, and the others stay shared between steps.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "server/server.h"

namespace cl::sim {

class UserTable {
 public:
  using Row = std::shared_ptr<const server::UserRow>;

  void put(Row row);  // inserts, or replaces the row with the same id; null rows are ignored
  const Row* find(long long id) const;
  // A copy whose rows are kept alive by `owner`: one reference count (see SessionTable::held_by).
  UserTable held_by(const std::shared_ptr<const void>& owner) const;

  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  std::vector<Row>::const_iterator begin() const { return rows_.begin(); }
  std::vector<Row>::const_iterator end() const { return rows_.end(); }

 private:
  std::vector<Row> rows_;  // by id
};

// The rows a server holds now, as its database has them.
UserTable user_table_of(const server::Server& server);

// What a session row says of its user: the id it names and the hash it carries,
// read from its decoded data ({"_auth_user_id":"1", ..., "_auth_user_hash":"..."}).
struct SessionUserLink {
  long long user_id = 0;
  std::string hash;
};
std::optional<SessionUserLink> session_user_link(const server::SessionRow& row);

}  // namespace cl::sim

// A server's users table as of one step (auth_user, or a custom user model's table),
// ordered by id, and the link a session row makes into it: Django's session data
// names its user by `_auth_user_id` and stays valid while its `_auth_user_hash`
// equals the row's get_session_auth_hash(). Rows are shared and never change, as in
// sim::SessionTable: a step that changes a user (a login's last_login, a password
// change) puts a new row, and the others stay shared between steps. Copying a table
// costs one reference count (its row list is shared), so a jump to a step pays
// nothing per user.
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

  UserTable() = default;
  explicit UserTable(std::vector<Row> rows);  // any order; null rows are dropped

  // Inserts, or replaces the row with the same id; null rows are ignored. The rows are
  // shared by every copy of the table (a snapshot, a keyframe), so a put copies them
  // first: users change at a login, rarely, while a jump copies every table.
  void put(Row row);
  // The same for several rows, copying the list once: a jump replays up to a keyframe's
  // worth of steps, and a login in many of them would copy it at each.
  void put_all(const std::vector<Row>& rows);
  const Row* find(long long id) const;

  std::size_t size() const { return rows().size(); }
  bool empty() const { return rows().empty(); }
  std::vector<Row>::const_iterator begin() const { return rows().begin(); }
  std::vector<Row>::const_iterator end() const { return rows().end(); }

 private:
  const std::vector<Row>& rows() const;
  std::shared_ptr<const std::vector<Row>> rows_;  // by id; null: none
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

#include "sim/user_rows.h"

#include <algorithm>
#include <charconv>
#include "server/session_data.h"

namespace cl::sim {

void UserTable::put(Row row) {
  if (!row) return;
  const auto at =
      std::lower_bound(rows_.begin(), rows_.end(), row->id, [](const Row& r, long long id) { return r->id < id; });
  if (at != rows_.end() && (*at)->id == row->id) *at = std::move(row);
  else rows_.insert(at, std::move(row));
}

const UserTable::Row* UserTable::find(long long id) const {
  const auto at =
      std::lower_bound(rows_.begin(), rows_.end(), id, [](const Row& r, long long wanted) { return r->id < wanted; });
  return at != rows_.end() && (*at)->id == id ? &*at : nullptr;
}

UserTable UserTable::held_by(const std::shared_ptr<const void>& owner) const {
  UserTable copy;
  copy.rows_.reserve(rows_.size());
  for (const Row& r : rows_) copy.rows_.emplace_back(owner, r.get());
  return copy;
}

UserTable user_table_of(const server::Server& server) {
  UserTable table;
  for (server::UserRow& row : server.users()) table.put(std::make_shared<const server::UserRow>(std::move(row)));
  return table;
}

std::optional<SessionUserLink> session_user_link(const server::SessionRow& row) {
  if (row.decoded.empty()) return std::nullopt;
  const auto data = server::parse_json_object(row.decoded);
  if (!data) return std::nullopt;
  const std::string* id = data->text("_auth_user_id");
  if (!id) return std::nullopt;
  SessionUserLink link;
  const auto [end, error] = std::from_chars(id->data(), id->data() + id->size(), link.user_id);
  if (error != std::errc() || end != id->data() + id->size()) return std::nullopt;
  if (const std::string* hash = data->text("_auth_user_hash")) link.hash = *hash;
  return link;
}

}  // namespace cl::sim

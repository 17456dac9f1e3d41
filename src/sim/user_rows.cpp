#include "sim/user_rows.h"

#include <algorithm>
#include <charconv>
#include "server/session_data.h"

namespace cl::sim {

namespace {
bool by_id(const UserTable::Row& a, const UserTable::Row& b) { return a->id < b->id; }
}  // namespace

UserTable::UserTable(std::vector<Row> rows) {
  rows.erase(std::remove(rows.begin(), rows.end(), nullptr), rows.end());
  std::sort(rows.begin(), rows.end(), by_id);
  rows_ = std::make_shared<const std::vector<Row>>(std::move(rows));
}

const std::vector<UserTable::Row>& UserTable::rows() const {
  static const std::vector<Row> none;
  return rows_ ? *rows_ : none;
}

void UserTable::put(Row row) { put_all({std::move(row)}); }

void UserTable::put_all(const std::vector<Row>& rows_in) {
  if (rows_in.empty()) return;
  auto copy = std::make_shared<std::vector<Row>>(rows());
  for (const Row& row : rows_in) {
    if (!row) continue;
    const auto at = std::lower_bound(copy->begin(), copy->end(), row, by_id);
    if (at != copy->end() && (*at)->id == row->id) *at = row;
    else copy->insert(at, row);
  }
  rows_ = std::move(copy);
}

const UserTable::Row* UserTable::find(long long id) const {
  const std::vector<Row>& r = rows();
  const auto at =
      std::lower_bound(r.begin(), r.end(), id, [](const Row& row, long long wanted) { return row->id < wanted; });
  return at != r.end() && (*at)->id == id ? &*at : nullptr;
}

UserTable user_table_of(const server::Server& server) {
  std::vector<UserTable::Row> rows;
  for (server::UserRow& row : server.users()) rows.push_back(std::make_shared<const server::UserRow>(std::move(row)));
  return UserTable(std::move(rows));
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

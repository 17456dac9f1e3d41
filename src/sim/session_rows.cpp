#include "sim/session_rows.h"

#include <algorithm>

namespace cl::sim {

SessionTable::SessionTable(std::initializer_list<Row> rows) {
  for (const Row& r : rows) put(r);
}

namespace {

template <class Entries>
auto lower_bound(Entries& entries, std::string_view key) {
  return std::lower_bound(entries.begin(), entries.end(), key, [](const auto& e, std::string_view k) { return e.first < k; });
}

}  // namespace

void SessionTable::put(Row row) {
  if (!row) return;
  const std::string_view key = row->key;
  auto it = lower_bound(entries_, key);
  if (it != entries_.end() && it->first == key) *it = Entry{key, std::move(row)};
  else entries_.insert(it, Entry{key, std::move(row)});
}

bool SessionTable::erase(std::string_view key) {
  auto it = lower_bound(entries_, key);
  if (it == entries_.end() || it->first != key) return false;
  entries_.erase(it);
  return true;
}

const SessionTable::Row* SessionTable::find(std::string_view key) const {
  auto it = lower_bound(entries_, key);
  return it != entries_.end() && it->first == key ? &it->second : nullptr;
}

SessionTable session_table_of(const server::Server& server) {
  SessionTable table;
  for (server::SessionRow& row : server.sessions()) table.put(std::make_shared<const server::SessionRow>(std::move(row)));
  return table;
}

}  // namespace cl::sim

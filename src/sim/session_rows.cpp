#include "sim/session_rows.h"

#include <algorithm>

namespace cl::sim {

namespace {

// Big-endian, zero-padded: prefixes order as the keys' first eight bytes do.
std::uint64_t prefix_of(std::string_view key) {
  std::uint64_t p = 0;
  for (std::size_t i = 0; i < 8; ++i) p = p << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  return p;
}

}  // namespace

SessionTable::SessionTable(std::initializer_list<Row> rows) {
  for (const Row& r : rows) put(r);
}

std::size_t SessionTable::lower_bound(std::string_view key) const {
  const std::uint64_t p = prefix_of(key);
  std::size_t i = static_cast<std::size_t>(std::lower_bound(prefixes_.begin(), prefixes_.end(), p) - prefixes_.begin());
  while (i < entries_.size() && prefixes_[i] == p && entries_[i].first < key) ++i;
  return i;
}

void SessionTable::put(Row row) {
  if (!row) return;
  const std::string_view key = row->key;
  const std::size_t i = lower_bound(key);
  if (i < entries_.size() && entries_[i].first == key) {
    entries_[i] = Entry{key, std::move(row)};
    return;
  }
  const auto at = static_cast<std::ptrdiff_t>(i);
  entries_.insert(entries_.begin() + at, Entry{key, std::move(row)});
  prefixes_.insert(prefixes_.begin() + at, prefix_of(key));
}

bool SessionTable::erase(std::string_view key) {
  const std::size_t i = lower_bound(key);
  if (i == entries_.size() || entries_[i].first != key) return false;
  const auto at = static_cast<std::ptrdiff_t>(i);
  entries_.erase(entries_.begin() + at);
  prefixes_.erase(prefixes_.begin() + at);
  return true;
}

const SessionTable::Row* SessionTable::find(std::string_view key) const {
  const std::size_t i = lower_bound(key);
  return i < entries_.size() && entries_[i].first == key ? &entries_[i].second : nullptr;
}

SessionTable SessionTable::held_by(const std::shared_ptr<const void>& owner) const {
  SessionTable copy;
  copy.prefixes_ = prefixes_;
  copy.entries_.reserve(entries_.size());
  for (const auto& [key, row] : entries_) copy.entries_.emplace_back(key, Row(owner, row.get()));
  return copy;
}

SessionTable session_table_of(const server::Server& server) {
  SessionTable table;
  for (server::SessionRow& row : server.sessions())
    table.put(std::make_shared<const server::SessionRow>(std::move(row)));
  return table;
}

}  // namespace cl::sim

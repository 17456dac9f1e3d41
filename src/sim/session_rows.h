// A server's session rows as of one step, in key order: what the session table
// panel and the transcript show. Flat, not a std::map: a jump to a step copies the
// rows of every server, and a vector is one allocation where a map makes one per
// row (and one per key) -- most of a jump's cost before.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>
#include "server/server.h"

namespace cl::sim {

class SessionTable {
 public:
  using Row = std::shared_ptr<const server::SessionRow>;
  // The key views the row's own key: rows are shared and never change, so it
  // stays valid as long as the entry holds the row.
  using Entry = std::pair<std::string_view, Row>;

  SessionTable() = default;
  SessionTable(std::initializer_list<Row> rows);

  void put(Row row);  // inserts, or replaces the row with the same key; null rows are ignored
  bool erase(std::string_view key);
  const Row* find(std::string_view key) const;  // nullptr when there is none
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // A copy whose rows are all kept alive by `owner` (which must keep this table's
  // rows alive): copying then counts one reference, not one per row. A jump copies
  // a keyframe's rows; one count per row wrote to rows all over a long timeline's
  // memory, and a jump after a cold cache took milliseconds.
  SessionTable held_by(const std::shared_ptr<const void>& owner) const;

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  std::size_t capacity_bytes() const { return entries_.capacity() * (sizeof(Entry) + sizeof(std::uint64_t)); }

 private:
  std::size_t lower_bound(std::string_view key) const;
  std::vector<Entry> entries_;
  // The first eight bytes of each entry's key, big-endian: the search compares
  // these and reads a row's key only on a tie, so it stays inside these vectors.
  std::vector<std::uint64_t> prefixes_;
};

// The rows a server holds now, as its database has them.
SessionTable session_table_of(const server::Server& server);

}  // namespace cl::sim

// What a session holds, as a value: ordered keys with a string, a list of strings
// (a cart), or a JSON fragment kept verbatim. Each framework writes it in its own
// format; the functions here read and write those formats.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cl::server {

struct SessionValue {
  enum class Kind { Text, List, Raw };  // Raw: JSON text kept as it came (numbers, objects)
  Kind kind = Kind::Text;
  std::string text;
  std::vector<std::string> items;
  bool operator==(const SessionValue&) const = default;
};

struct SessionData {
  std::vector<std::pair<std::string, SessionValue>> entries;  // insertion order, like a Python dict

  bool empty() const { return entries.empty(); }
  const SessionValue* find(std::string_view key) const;
  const std::string* text(std::string_view key) const;  // the value when it is Text
  void set_text(std::string_view key, std::string value);
  void append_item(std::string_view key, std::string item);  // makes a List when absent
  bool erase(std::string_view key);
  bool operator==(const SessionData&) const = default;
};

// Compact JSON object, as Python's json.dumps(separators=(",", ":")) and
// JavaScript's JSON.stringify write it. `ascii_only` escapes non-ASCII as \uXXXX
// (Python's default ensure_ascii=True); JavaScript leaves UTF-8 as it is.
std::string to_json(const SessionData& data, bool ascii_only);
// Reads one JSON object; lists of strings become List, other non-strings Raw.
std::optional<SessionData> parse_json_object(std::string_view text);

// PHP's default session serializer ("php"): name|serialized-value, one after another,
// e.g. user|s:5:"alice";cart|a:1:{i:0;s:5:"apple";}
std::string to_php_session(const SessionData& data);
std::optional<SessionData> parse_php_session(std::string_view text);

}  // namespace cl::server

#include "server/session_data.h"

#include <charconv>
#include <cstdio>

namespace cl::server {

const SessionValue* SessionData::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k == key) return &v;
  return nullptr;
}

const std::string* SessionData::text(std::string_view key) const {
  const SessionValue* v = find(key);
  return v && v->kind == SessionValue::Kind::Text ? &v->text : nullptr;
}

void SessionData::set_text(std::string_view key, std::string value) {
  for (auto& [k, v] : entries)
    if (k == key) {
      v = SessionValue{SessionValue::Kind::Text, std::move(value), {}};
      return;
    }
  entries.emplace_back(std::string(key), SessionValue{SessionValue::Kind::Text, std::move(value), {}});
}

void SessionData::append_item(std::string_view key, std::string item) {
  for (auto& [k, v] : entries)
    if (k == key) {
      if (v.kind != SessionValue::Kind::List) v = SessionValue{SessionValue::Kind::List, {}, {}};
      v.items.push_back(std::move(item));
      return;
    }
  entries.emplace_back(std::string(key), SessionValue{SessionValue::Kind::List, {}, {std::move(item)}});
}

bool SessionData::erase(std::string_view key) {
  for (auto it = entries.begin(); it != entries.end(); ++it)
    if (it->first == key) {
      entries.erase(it);
      return true;
    }
  return false;
}

// ---- JSON (RFC 8259) ---------------------------------------------------------

namespace {

void append_u16(std::string& out, unsigned unit) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", unit);
  out += buf;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point or -1 when malformed.
long decode_utf8(std::string_view s, std::size_t& i) {
  const unsigned char c = s[i];
  int extra = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 ? 1 : -1;
  if (c >= 0xf8) extra = -1;
  if (extra < 0 || i + extra >= s.size()) return -1;
  long cp = c & (0x3f >> extra);
  for (int k = 1; k <= extra; ++k) {
    const unsigned char d = s[i + k];
    if ((d & 0xc0) != 0x80) return -1;
    cp = cp << 6 | (d & 0x3f);
  }
  i += extra;
  return cp;
}

void json_string(std::string& out, std::string_view s, bool ascii_only) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      default: break;
    }
    if (c < 0x20) {
      append_u16(out, c);
    } else if (c < 0x80 || !ascii_only) {
      out += static_cast<char>(c);
    } else {
      std::size_t j = i;
      const long cp = decode_utf8(s, j);
      if (cp < 0) {
        append_u16(out, c);        // not UTF-8: the byte as a code point, so the JSON stays valid
      } else if (cp >= 0x10000) {  // a surrogate pair, as Python writes astral characters
        append_u16(out, 0xd800 + ((cp - 0x10000) >> 10));
        append_u16(out, 0xdc00 + ((cp - 0x10000) & 0x3ff));
        i = j;
      } else {
        append_u16(out, static_cast<unsigned>(cp));
        i = j;
      }
    }
  }
  out += '"';
}

struct JsonReader {
  std::string_view s;
  std::size_t i = 0;

  void space() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  bool eat(char c) {
    space();
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  static void put_utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | cp >> 6);
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | cp >> 12);
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | cp >> 18);
      out += static_cast<char>(0x80 | (cp >> 12 & 0x3f));
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  bool hex4(unsigned long& v) {
    if (i + 4 > s.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s[i++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return false;
    }
    return true;
  }
  std::optional<std::string> string() {
    if (!eat('"')) return std::nullopt;
    std::string out;
    while (i < s.size()) {
      const char c = s[i++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i >= s.size()) return std::nullopt;
      const char e = s[i++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned long cp;
          if (!hex4(cp)) return std::nullopt;
          if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            i += 2;
            unsigned long low;
            if (!hex4(low) || low < 0xdc00 || low >= 0xe000) return std::nullopt;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          put_utf8(out, cp);
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }
  // Skips any value and returns its text (for Raw).
  std::optional<std::string_view> skip_value() {
    space();
    const std::size_t start = i;
    if (i >= s.size()) return std::nullopt;
    const char c = s[i];
    if (c == '"') {
      if (!string()) return std::nullopt;
    } else if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++i;
      if (eat(close)) return s.substr(start, i - start);
      do {
        if (c == '{') {
          if (!string() || !eat(':')) return std::nullopt;
        }
        if (!skip_value()) return std::nullopt;
      } while (eat(','));
      if (!eat(close)) return std::nullopt;
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ') ++i;
      const std::string_view word = s.substr(start, i - start);
      if (word.empty()) return std::nullopt;
      const bool literal = word == "null" || word == "true" || word == "false";
      if (!literal && !(word[0] == '-' || (word[0] >= '0' && word[0] <= '9'))) return std::nullopt;
    }
    return s.substr(start, i - start);
  }
};

}  // namespace

std::string to_json(const SessionData& data, bool ascii_only) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : data.entries) {
    if (!first) out += ',';
    first = false;
    json_string(out, key, ascii_only);
    out += ':';
    switch (value.kind) {
      case SessionValue::Kind::Text: json_string(out, value.text, ascii_only); break;
      case SessionValue::Kind::Raw: out += value.text; break;
      case SessionValue::Kind::List: {
        out += '[';
        for (std::size_t k = 0; k < value.items.size(); ++k) {
          if (k) out += ',';
          json_string(out, value.items[k], ascii_only);
        }
        out += ']';
        break;
      }
    }
  }
  out += '}';
  return out;
}

std::optional<SessionData> parse_json_object(std::string_view text) {
  JsonReader r{text};
  SessionData data;
  if (!r.eat('{')) return std::nullopt;
  if (!r.eat('}')) {
    do {
      auto key = r.string();
      if (!key || !r.eat(':')) return std::nullopt;
      r.space();
      SessionValue value;
      const std::size_t at = r.i;
      if (at < text.size() && text[at] == '"') {
        auto s = r.string();
        if (!s) return std::nullopt;
        value.text = std::move(*s);
      } else {
        // A list of strings becomes List; anything else is kept verbatim.
        bool strings_only = false;
        if (at < text.size() && text[at] == '[') {
          JsonReader probe{text, at + 1};
          std::vector<std::string> items;
          strings_only = true;
          if (!probe.eat(']')) {
            do {
              auto item = probe.string();
              if (!item) {
                strings_only = false;
                break;
              }
              items.push_back(std::move(*item));
            } while (probe.eat(','));
            if (strings_only && !probe.eat(']')) strings_only = false;
          }
          if (strings_only) {
            value.kind = SessionValue::Kind::List;
            value.items = std::move(items);
            r.i = probe.i;
          }
        }
        if (!strings_only) {
          auto raw = r.skip_value();
          if (!raw) return std::nullopt;
          value.kind = SessionValue::Kind::Raw;
          value.text = std::string(*raw);
        }
      }
      data.entries.emplace_back(std::move(*key), std::move(value));
    } while (r.eat(','));
    if (!r.eat('}')) return std::nullopt;
  }
  r.space();
  if (r.i != text.size()) return std::nullopt;
  return data;
}

// ---- PHP session serializer (ext/session "php" handler, ext/standard var.c) ----

namespace {

void php_string(std::string& out, std::string_view s) {
  // The length counts bytes, not characters.
  out += "s:" + std::to_string(s.size()) + ":\"";
  out += s;
  out += "\";";
}

struct PhpReader {
  std::string_view s;
  std::size_t i = 0;

  bool literal(std::string_view lit) {
    if (s.substr(i, lit.size()) != lit) return false;
    i += lit.size();
    return true;
  }
  std::optional<long long> integer(char end) {
    const std::size_t stop = s.find(end, i);
    if (stop == std::string_view::npos) return std::nullopt;
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data() + i, s.data() + stop, v);
    if (ec != std::errc() || p != s.data() + stop) return std::nullopt;
    i = stop + 1;
    return v;
  }
  std::optional<std::string> string_value() {  // after "s:"
    auto n = integer(':');
    if (!n || *n < 0 || !literal("\"")) return std::nullopt;
    if (i + static_cast<std::size_t>(*n) + 2 > s.size()) return std::nullopt;
    std::string out(s.substr(i, static_cast<std::size_t>(*n)));
    i += static_cast<std::size_t>(*n);
    if (!literal("\";")) return std::nullopt;
    return out;
  }
  // Skips one serialized value of any type; returns false when malformed.
  bool skip() {
    if (i + 1 >= s.size()) return false;
    const char t = s[i];
    if (t == 'N') return literal("N;");
    i += 2;  // "x:"
    switch (t) {
      case 's': return string_value().has_value();
      case 'i':
      case 'b':
      case 'd': {
        const std::size_t end = s.find(';', i);
        if (end == std::string_view::npos) return false;
        i = end + 1;
        return true;
      }
      case 'a': {
        auto n = integer(':');
        if (!n || !literal("{")) return false;
        for (long long k = 0; k < *n * 2; ++k)
          if (!skip()) return false;
        return literal("}");
      }
      default: return false;
    }
  }
};

}  // namespace

std::string to_php_session(const SessionData& data) {
  std::string out;
  for (const auto& [key, value] : data.entries) {
    out += key;
    out += '|';
    switch (value.kind) {
      case SessionValue::Kind::Text: php_string(out, value.text); break;
      case SessionValue::Kind::Raw: out += value.text; break;
      case SessionValue::Kind::List:
        out += "a:" + std::to_string(value.items.size()) + ":{";
        for (std::size_t k = 0; k < value.items.size(); ++k) {
          out += "i:" + std::to_string(k) + ";";
          php_string(out, value.items[k]);
        }
        out += '}';
        break;
    }
  }
  return out;
}

std::optional<SessionData> parse_php_session(std::string_view text) {
  PhpReader r{text};
  SessionData data;
  while (r.i < text.size()) {
    const std::size_t bar = text.find('|', r.i);
    if (bar == std::string_view::npos) return std::nullopt;
    std::string key(text.substr(r.i, bar - r.i));
    r.i = bar + 1;
    SessionValue value;
    const std::size_t start = r.i;
    if (r.literal("s:")) {
      auto s = r.string_value();
      if (!s) return std::nullopt;
      value.text = std::move(*s);
    } else if (r.literal("a:")) {
      // An array of i => string is a List; other arrays stay Raw.
      auto n = r.integer(':');
      if (!n || !r.literal("{")) return std::nullopt;
      bool list = true;
      std::vector<std::string> items;
      for (long long k = 0; k < *n && list; ++k) {
        const std::size_t save = r.i;
        auto index = r.literal("i:") ? r.integer(';') : std::nullopt;
        if (!index || *index != k || !r.literal("s:")) {
          list = false;
          r.i = save;
          break;
        }
        auto item = r.string_value();
        if (!item) return std::nullopt;
        items.push_back(std::move(*item));
      }
      if (list && r.literal("}")) {
        value.kind = SessionValue::Kind::List;
        value.items = std::move(items);
      } else {
        r.i = start;
        if (!r.skip()) return std::nullopt;
        value.kind = SessionValue::Kind::Raw;
        value.text = std::string(text.substr(start, r.i - start));
      }
    } else {
      if (!r.skip()) return std::nullopt;
      value.kind = SessionValue::Kind::Raw;
      value.text = std::string(text.substr(start, r.i - start));
    }
    data.entries.emplace_back(std::move(key), std::move(value));
  }
  return data;
}

}  // namespace cl::server

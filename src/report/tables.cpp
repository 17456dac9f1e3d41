#include "report/tables.h"

#include <algorithm>
#include "cookie/cookie.h"
#include "scenario/names.h"

namespace cl::report {

namespace {

std::string short_key(std::string_view key) {
  return key.size() > 12 ? std::string(key.substr(0, 12)) + "…" : std::string(key);
}

std::string clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return s.substr(0, cut) + "…";
}

}  // namespace

std::size_t display_width(const std::string& s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // Three-byte sequences from U+1100 up are mostly CJK and Hangul: two columns wide.
    w += (len == 3 && c >= 0xE1) ? 2 : 1;
    i += len;
  }
  return w;
}

Table jar_table(const sim::BrowserState& browser, TimeMs now, Lang lang) {
  Table t{lang == Lang::Ko ? Row{"이름", "값", "도메인", "경로", "만료", "속성", "생성", "마지막 사용"}
                           : Row{"name", "value", "domain", "path", "expires", "flags", "created", "last used"},
          {}};
  const bool ko = lang == Lang::Ko;
  for (const cookie::Cookie& c : browser.jar.all()) {
    std::string f;
    if (c.host_only) f += ko ? "호스트 전용 " : "host-only ";
    if (c.secure) f += "Secure ";
    if (c.http_only) f += "HttpOnly ";
    if (c.same_site != cookie::SameSite::Unspecified)
      f += "SameSite=" + std::string(cookie::same_site_name(c.same_site));
    while (!f.empty() && f.back() == ' ') f.pop_back();
    std::string expires = c.persistent ? format_iso8601(c.expiry) : ko ? "세션" : "session";
    if (c.expired(now)) expires += ko ? " (만료됨)" : " (expired)";
    t.rows.push_back({c.name, clip(c.value, 40), c.domain, c.path, expires, f, format_iso8601(c.creation),
                      format_iso8601(c.last_access)});
  }
  return t;
}

Table session_table(const sim::SessionTable& sessions, TimeMs now, Lang lang, const scenario::Scenario* sc,
                    int server) {
  // The column names are Django's own (they are what `sqlite3` shows); the user is ours.
  Table t{{"session_key", "expire_date", lang == Lang::Ko ? "사용자" : "user", "session_data"}, {}};
  for (const auto& [key, row] : sessions) {
    std::string expire = format_iso8601(row->expire);
    if (row->expire <= now) expire += lang == Lang::Ko ? " (만료됨)" : " (expired)";
    const std::string& user = sc ? scenario::user_shown(*sc, server, row->user, lang) : row->user;
    t.rows.push_back(
        {short_key(key), expire, user.empty() ? "-" : user, clip(row->decoded.empty() ? row->data : row->decoded, 60)});
  }
  return t;
}

Table users_table(const sim::UserTable& users, const sim::SessionTable& sessions, Lang lang) {
  const bool ko = lang == Lang::Ko;
  Table t{{"id", "username", "password", "last_login", "is_staff", "is_active",
           ko ? "세션 인증 해시" : "session auth hash", ko ? "이 행을 가리키는 세션" : "sessions pointing here"},
          {}};
  for (const auto& row : users) {
    std::string linked;
    for (const auto& [key, session] : sessions) {
      const auto link = sim::session_user_link(*session);
      if (!link || link->user_id != row->id) continue;
      if (!linked.empty()) linked += ", ";
      linked += short_key(key);
      if (link->hash != row->session_auth_hash) linked += ko ? " (이전 해시)" : " (old hash)";
    }
    t.rows.push_back({std::to_string(row->id), row->username, clip(row->password, 36),
                      row->last_login ? format_iso8601(*row->last_login) : "NULL", row->is_staff ? "1" : "0",
                      row->is_active ? "1" : "0", clip(row->session_auth_hash, 12), linked.empty() ? "-" : linked});
  }
  return t;
}

std::string format_columns(const Table& t, const std::string& indent) {
  std::vector<std::size_t> width(t.header.size(), 0);
  auto measure = [&](const Row& r) {
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], display_width(r[i]));
  };
  measure(t.header);
  for (const Row& r : t.rows) measure(r);
  std::string out;
  auto line = [&](const Row& r) {
    std::string l = indent;
    for (std::size_t i = 0; i < r.size(); ++i) {
      l += r[i];
      if (i + 1 < r.size()) l += std::string(width[i] - display_width(r[i]) + 2, ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  line(t.header);
  for (const Row& r : t.rows) line(r);
  return out;
}

std::string format_markdown(const Table& t) {
  auto cell = [](std::string s) {
    std::string o;
    for (char c : s) o += c == '|' ? std::string("\\|") : std::string(1, c);
    return o;
  };
  std::string out = "|";
  for (const std::string& h : t.header) out += " " + cell(h) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < t.header.size(); ++i) out += "---|";
  out += "\n";
  for (const Row& r : t.rows) {
    out += "|";
    for (const std::string& c : r) out += " " + cell(c) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace cl::report

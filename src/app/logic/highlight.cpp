#include "app/logic/highlight.h"
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cl::app {
namespace {

bool same_but_last_access(cookie::Cookie a, const cookie::Cookie& b) {
  a.last_access = b.last_access;
  return a == b;
}

// Name, domain and path make a cookie's identity (RFC 6265 5.3 step 11).
std::string identity(const cookie::Cookie& c) {
  std::string k;
  k.reserve(c.name.size() + c.domain.size() + c.path.size() + 2);
  k.append(c.name).push_back('\0');
  k.append(c.domain).push_back('\0');
  k.append(c.path);
  return k;
}

// Hashed, so a jar of a thousand cookies is compared in linear time.
using ByIdentity = std::unordered_map<std::string, const cookie::Cookie*>;
ByIdentity index_of(const std::vector<cookie::Cookie>& list) {
  ByIdentity m;
  m.reserve(list.size());
  for (const auto& c : list) m.emplace(identity(c), &c);
  return m;
}

}  // namespace

std::vector<CookieRow> cookie_rows(const std::vector<cookie::Cookie>& before, const std::vector<cookie::Cookie>& after,
                                   const std::vector<cookie::Cookie>& sent, TimeMs now) {
  const ByIdentity old_index = index_of(before), sent_index = index_of(sent);
  std::unordered_set<std::string> kept;
  std::vector<CookieRow> rows;
  rows.reserve(after.size());
  for (const auto& c : after) {
    std::string id = identity(c);
    CookieRow row{c, sent_index.count(id) > 0, Change::Same, c.expired(now), std::nullopt};
    auto old = old_index.find(id);
    if (old == old_index.end()) row.change = Change::New;
    else if (!same_but_last_access(*old->second, c)) row.change = Change::Changed;
    rows.push_back(std::move(row));
    kept.insert(std::move(id));
  }
  for (const auto& c : before)
    if (!kept.count(identity(c))) rows.push_back({c, false, Change::Removed, c.expired(now), std::nullopt});
  return rows;
}

std::vector<CookieBadge> cookie_badges(const cookie::Cookie& c) {
  std::vector<CookieBadge> out;
  if (c.secure) out.push_back({"S", "Secure"});
  if (c.http_only) out.push_back({"H", "HttpOnly"});
  if (c.same_site != cookie::SameSite::Unspecified)
    out.push_back({std::string(cookie::same_site_name(c.same_site)), "SameSite"});
  return out;
}

std::vector<SessionRowView> session_rows(const sim::SessionTable& before, const sim::SessionTable& after, TimeMs now) {
  std::vector<SessionRowView> rows;
  rows.reserve(after.size());
  // The marks of a lookup (found, found_why) are added by the caller that knows the step.
  auto view = [now](const server::SessionRow& row, Change change) {
    SessionRowView v;
    v.row = row;
    v.change = change;
    v.expired = row.expire <= now;
    return v;
  };
  for (const auto& [key, row] : after) {
    SessionRowView v = view(*row, Change::Same);
    const sim::SessionTable::Row* old = before.find(key);
    if (!old) v.change = Change::New;
    else if (!(**old == *row)) v.change = Change::Changed;
    rows.push_back(std::move(v));
  }
  for (const auto& [key, row] : before)
    if (!after.contains(key)) rows.push_back(view(*row, Change::Removed));
  return rows;
}

}  // namespace cl::app

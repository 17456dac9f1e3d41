// The jar's small parts: names of its enums, and the operations that hand work
// straight to the store (expiry, the browser closing, by-hand edits, listing).
// Receiving a cookie is jar_set.cpp (RFC 6265 5.3), sending is jar_send.cpp (5.4).
#include <algorithm>
#include "cookie/jar.h"

namespace cl::cookie {

std::string_view policy_name(Policy p) { return p == Policy::Chromium ? "chromium" : "rfc6265"; }

std::string_view set_outcome_name(SetOutcome o) {
  switch (o) {
    case SetOutcome::Stored: return "stored";
    case SetOutcome::Replaced: return "replaced";
    case SetOutcome::Deleted: return "deleted";
    case SetOutcome::Ignored: break;
  }
  return "ignored";
}

CookieJar::CookieJar(Policy policy, JarLimits limits) : policy_(policy), store_(limits) {}

std::vector<Cookie> CookieJar::remove_expired(TimeMs now) { return store_.remove_expired(now); }

// 5.3: "when the user agent exits", cookies without an expiry go.
std::vector<Cookie> CookieJar::drop_session_cookies() { return store_.remove_session_cookies(); }

void CookieJar::clear() { store_.clear(); }

void CookieJar::put(Cookie cookie) { store_.put(std::move(cookie)); }

bool CookieJar::erase(std::string_view name, std::string_view domain, std::string_view path) {
  return store_.erase(name, domain, path);
}

std::vector<Cookie> CookieJar::all() const {
  std::vector<Cookie> out;
  out.reserve(store_.size());
  store_.for_each_domain([&](std::string_view, const CookieStore::DomainCookies& cookies) {
    for (const Cookie& c : cookies) out.push_back(store_.with_access(c));
  });
  std::sort(out.begin(), out.end(), [](const Cookie& a, const Cookie& b) {
    if (a.domain != b.domain) return a.domain < b.domain;
    if (a.path != b.path) return a.path < b.path;
    return a.name < b.name;
  });
  return out;
}

std::size_t CookieJar::size() const { return store_.size(); }

}  // namespace cl::cookie

// The cookie store's bookkeeping: RFC 6265 5.3's storage with its limits
// (eviction), removal of expired and session cookies, and by-hand edits. Every
// insertion and removal goes through insert() and remove_slot(), so the indexes
// (send order, name hashes, Secure counts) never disagree with the cookies.
#include <algorithm>
#include <functional>
#include <limits>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

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

// Domains are hashed by the standard library's word-at-a-time hash (faster than
// FNV on 15-byte host names).
std::size_t CookieJar::Hash::operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }

CookieJar::CookieJar(Policy policy, JarLimits limits)
    : policy_(policy), limits_(limits), store_(std::make_shared<Store>()) {
  store_->earliest_expiry = kNever;
}

CookieJar::Store& CookieJar::own() {
  if (store_.use_count() > 1) {
    auto copy = std::make_shared<Store>(*store_);
    // The newer last-access times go to the same slots of the copy.
    for (const auto& [cookie, time] : touched_) {
      auto from = store_->buckets.find(std::string_view(cookie->domain));
      copy->buckets.find(std::string_view(cookie->domain))->second.cookies[cookie - from->second.cookies.data()]
          .last_access = time;
    }
    store_ = std::move(copy);
  } else {
    for (const auto& [cookie, time] : touched_) const_cast<Cookie*>(cookie)->last_access = time;
  }
  touched_.clear();
  return *store_;
}

TimeMs CookieJar::last_access_of(const Cookie& c) const {
  for (const auto& [cookie, time] : touched_)
    if (cookie == &c) return time;
  return c.last_access;
}

Cookie CookieJar::with_access(const Cookie& c) const {
  Cookie copy = c;
  copy.last_access = last_access_of(c);
  return copy;
}

void CookieJar::note_secure(Bucket& b, std::string_view domain, int delta) {
  store_->secure_count += delta;
  b.secure += delta;
  // Count this Secure cookie under every proper parent of its domain.
  for (std::size_t dot = domain.find('.'); dot != std::string_view::npos; dot = domain.find('.', dot + 1)) {
    std::string_view parent = domain.substr(dot + 1);
    auto it = store_->secure_below.find(parent);
    if (it == store_->secure_below.end()) it = store_->secure_below.emplace(std::string(parent), 0).first;
    it->second += delta;
    if (it->second == 0) store_->secure_below.erase(it);
  }
}

void CookieJar::insert(Bucket& b, Cookie c) {
  if (c.persistent) store_->earliest_expiry = std::min(store_->earliest_expiry, c.expiry);
  if (c.secure) note_secure(b, c.domain, +1);
  const auto slot = static_cast<std::uint32_t>(b.cookies.size());
  if (b.cookies.size() == b.cookies.capacity()) {
    // Grow by doubling, but never past what the per-domain limit lets a bucket
    // hold (one over it, just before eviction): no room is paid for twice.
    const std::size_t room = std::max(limits_.per_domain, limits_.per_domain + 1);  // no wrap-around
    const std::size_t cap = std::min(std::max<std::size_t>(8, 2 * b.cookies.capacity()), room);
    const std::size_t want = std::max(cap, b.cookies.size() + 1);
    b.cookies.reserve(want), b.order.reserve(want), b.name_hash.reserve(want);
  }
  b.name_hash.push_back(hash_name(c.name));
  b.cookies.push_back(std::move(c));
  const Cookie& added = b.cookies.back();
  // New cookies are usually the latest created: most go to the very end (the
  // shortest path, "/", comes last); the others take a binary search, and only
  // 4-byte slot numbers move.
  if (b.order.empty() || send_before(b.cookies[b.order.back()], added)) {
    b.order.push_back(slot);
    ++store_->count;
    return;
  }
  auto pos = std::upper_bound(b.order.begin(), b.order.end(), slot, [&](std::uint32_t, std::uint32_t s) {
    return send_before(added, b.cookies[s]);
  });
  b.order.insert(pos, slot);
  ++store_->count;
}

Cookie CookieJar::remove_slot(BucketMap::iterator it, std::uint32_t slot) {
  Bucket& b = it->second;
  Cookie gone = std::move(b.cookies[slot]);
  if (gone.secure) note_secure(b, gone.domain, -1);
  const auto last = static_cast<std::uint32_t>(b.cookies.size() - 1);
  // Swap-remove the slot; the order list drops `slot` and renames `last` to it.
  if (slot != last) {
    b.cookies[slot] = std::move(b.cookies[last]);
    b.name_hash[slot] = b.name_hash[last];
  }
  b.cookies.pop_back();
  b.name_hash.pop_back();
  std::size_t out = 0;
  for (std::uint32_t s : b.order) {
    if (s == slot) continue;
    b.order[out++] = s == last ? slot : s;
  }
  b.order.resize(out);
  --store_->count;
  if (b.cookies.empty()) store_->buckets.erase(it);
  return gone;
}

// 6265bis 5.7: an insecure origin may not set a cookie that would shadow a Secure
// one: same name, domains that domain-match either way, and the new path inside
void CookieJar::evict(const Cookie& newest, TimeMs now, std::vector<Cookie>& evicted) {
  auto pick_victim = [&](const Bucket& b, int& best_rank, const Cookie*& best, std::uint32_t& best_slot) {
    for (std::uint32_t s = 0; s < b.cookies.size(); ++s) {
      const Cookie& c = b.cookies[s];
      const int rank = c.expired(now) ? 0 : (c.secure ? 2 : 1);
      if (!best || rank < best_rank ||
          (rank == best_rank && (c.last_access < best->last_access ||
                                 (c.last_access == best->last_access && c.creation_index < best->creation_index)))) {
        best_rank = rank, best = &c, best_slot = s;
      }
    }
  };
  // Per domain: the bucket of the cookie just stored.
  while (true) {
    auto it = store_->buckets.find(std::string_view(newest.domain));
    if (it == store_->buckets.end() || it->second.cookies.size() <= limits_.per_domain) break;
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    pick_victim(it->second, rank, best, slot);
    evicted.push_back(remove_slot(it, slot));
  }
  // The whole jar.
  while (store_->count > limits_.total) {
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    BucketMap::iterator where = store_->buckets.end();
    for (auto it = store_->buckets.begin(); it != store_->buckets.end(); ++it) {
      const Cookie* before = best;
      pick_victim(it->second, rank, best, slot);
      if (best != before) where = it;
    }
    if (where == store_->buckets.end()) break;
    evicted.push_back(remove_slot(where, slot));
  }
}

std::vector<Cookie> CookieJar::remove_expired(TimeMs now) {
  std::vector<Cookie> gone;
  if (store_->count == 0 || now < store_->earliest_expiry) return gone;
  if (store_.use_count() > 1) {
    // Shared with earlier states: copy the store only when something does expire.
    bool any = false;
    for (const auto& [domain, b] : store_->buckets)
      for (const Cookie& c : b.cookies) any = any || c.expired(now);
    if (!any) return gone;
  }
  own();
  TimeMs earliest = kNever;
  for (auto it = store_->buckets.begin(); it != store_->buckets.end();) {
    Bucket& b = it->second;
    bool bucket_gone = false;
    for (std::uint32_t s = static_cast<std::uint32_t>(b.cookies.size()); s-- > 0;) {
      if (b.cookies[s].expired(now)) {
        bucket_gone = b.cookies.size() == 1;
        auto next = std::next(it);
        gone.push_back(remove_slot(it, s));
        if (bucket_gone) { it = next; break; }
      } else if (b.cookies[s].persistent) {
        earliest = std::min(earliest, b.cookies[s].expiry);
      }
    }
    if (!bucket_gone) ++it;
  }
  store_->earliest_expiry = earliest;
  return gone;
}

std::vector<Cookie> CookieJar::drop_session_cookies() {
  // 5.3: "when the user agent exits", cookies without an expiry go.
  std::vector<Cookie> gone;
  bool any = false;
  for (const auto& [domain, b] : store_->buckets)
    for (const Cookie& c : b.cookies) any = any || !c.persistent;
  if (!any) return gone;
  own();
  for (auto it = store_->buckets.begin(); it != store_->buckets.end();) {
    Bucket& b = it->second;
    bool bucket_gone = false;
    for (std::uint32_t s = static_cast<std::uint32_t>(b.cookies.size()); s-- > 0;) {
      if (!b.cookies[s].persistent) {
        bucket_gone = b.cookies.size() == 1;
        auto next = std::next(it);
        gone.push_back(remove_slot(it, s));
        if (bucket_gone) { it = next; break; }
      }
    }
    if (!bucket_gone) ++it;
  }
  return gone;
}

void CookieJar::clear() {
  // A fresh store: earlier states that share the old one keep it.
  auto fresh = std::make_shared<Store>();
  fresh->earliest_expiry = kNever;
  fresh->next_index = store_->next_index;
  store_ = std::move(fresh);
  touched_.clear();
}

void CookieJar::put(Cookie cookie) {
  own();
  erase(cookie.name, cookie.domain, cookie.path);
  store_->next_index = std::max(store_->next_index, cookie.creation_index + 1);
  auto it = store_->buckets.find(std::string_view(cookie.domain));
  if (it == store_->buckets.end()) it = store_->buckets.emplace(cookie.domain, Bucket{}).first;
  insert(it->second, std::move(cookie));
}

bool CookieJar::erase(std::string_view name, std::string_view domain, std::string_view path) {
  auto it = store_->buckets.find(domain);
  if (it == store_->buckets.end()) return false;
  for (std::uint32_t s = 0; s < it->second.cookies.size(); ++s) {
    const Cookie& c = it->second.cookies[s];
    if (c.name == name && c.path == path) {
      own();  // may copy the store: look the bucket up again in ours
      remove_slot(store_->buckets.find(domain), s);
      return true;
    }
  }
  return false;
}

std::vector<Cookie> CookieJar::all() const {
  std::vector<Cookie> out;
  out.reserve(store_->count);
  for (const auto& [domain, b] : store_->buckets)
    for (const Cookie& c : b.cookies) out.push_back(with_access(c));
  std::sort(out.begin(), out.end(), [](const Cookie& a, const Cookie& b) {
    if (a.domain != b.domain) return a.domain < b.domain;
    if (a.path != b.path) return a.path < b.path;
    return a.name < b.name;
  });
  return out;
}

std::size_t CookieJar::size() const { return store_->count; }

bool CookieJar::operator==(const CookieJar& o) const {
  if (policy_ != o.policy_ || limits_.per_domain != o.limits_.per_domain || limits_.total != o.limits_.total ||
      store_->next_index != o.store_->next_index || store_->count != o.store_->count || store_->buckets.size() != o.store_->buckets.size())
    return false;
  for (const auto& [domain, b] : store_->buckets) {
    auto it = o.store_->buckets.find(std::string_view(domain));
    if (it == o.store_->buckets.end() || it->second.cookies.size() != b.cookies.size()) return false;
    // Both are in the same total send order, whatever their slots.
    for (std::size_t i = 0; i < b.order.size(); ++i)
      if (!(with_access(b.cookies[b.order[i]]) == o.with_access(it->second.cookies[it->second.order[i]]))) return false;
  }
  return true;
}

}  // namespace cl::cookie

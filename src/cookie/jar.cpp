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

CookieJar::CookieJar(Policy policy, JarLimits limits) : policy_(policy), limits_(limits), earliest_expiry_(kNever) {}

void CookieJar::note_secure(Bucket& b, std::string_view domain, int delta) {
  secure_count_ += delta;
  b.secure += delta;
  // Count this Secure cookie under every proper parent of its domain.
  for (std::size_t dot = domain.find('.'); dot != std::string_view::npos; dot = domain.find('.', dot + 1)) {
    std::string_view parent = domain.substr(dot + 1);
    auto it = secure_below_.find(parent);
    if (it == secure_below_.end()) it = secure_below_.emplace(std::string(parent), 0).first;
    it->second += delta;
    if (it->second == 0) secure_below_.erase(it);
  }
}

void CookieJar::insert(Bucket& b, Cookie c) {
  if (c.persistent) earliest_expiry_ = std::min(earliest_expiry_, c.expiry);
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
    ++count_;
    return;
  }
  auto pos = std::upper_bound(b.order.begin(), b.order.end(), slot, [&](std::uint32_t, std::uint32_t s) {
    return send_before(added, b.cookies[s]);
  });
  b.order.insert(pos, slot);
  ++count_;
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
  --count_;
  if (b.cookies.empty()) buckets_.erase(it);
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
    auto it = buckets_.find(std::string_view(newest.domain));
    if (it == buckets_.end() || it->second.cookies.size() <= limits_.per_domain) break;
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    pick_victim(it->second, rank, best, slot);
    evicted.push_back(remove_slot(it, slot));
  }
  // The whole jar.
  while (count_ > limits_.total) {
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    BucketMap::iterator where = buckets_.end();
    for (auto it = buckets_.begin(); it != buckets_.end(); ++it) {
      const Cookie* before = best;
      pick_victim(it->second, rank, best, slot);
      if (best != before) where = it;
    }
    if (where == buckets_.end()) break;
    evicted.push_back(remove_slot(where, slot));
  }
}

std::vector<Cookie> CookieJar::remove_expired(TimeMs now) {
  std::vector<Cookie> gone;
  TimeMs earliest = kNever;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
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
  earliest_expiry_ = earliest;
  return gone;
}

std::vector<Cookie> CookieJar::drop_session_cookies() {
  // 5.3: "when the user agent exits", cookies without an expiry go.
  std::vector<Cookie> gone;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
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
  buckets_.clear();
  secure_below_.clear();
  secure_count_ = 0;
  count_ = 0;
  earliest_expiry_ = kNever;
}

void CookieJar::put(Cookie cookie) {
  erase(cookie.name, cookie.domain, cookie.path);
  next_index_ = std::max(next_index_, cookie.creation_index + 1);
  auto it = buckets_.find(std::string_view(cookie.domain));
  if (it == buckets_.end()) it = buckets_.emplace(cookie.domain, Bucket{}).first;
  insert(it->second, std::move(cookie));
}

bool CookieJar::erase(std::string_view name, std::string_view domain, std::string_view path) {
  auto it = buckets_.find(domain);
  if (it == buckets_.end()) return false;
  const Bucket& b = it->second;
  for (std::uint32_t s = 0; s < b.cookies.size(); ++s) {
    if (b.cookies[s].name == name && b.cookies[s].path == path) {
      remove_slot(it, s);
      return true;
    }
  }
  return false;
}

std::vector<Cookie> CookieJar::all() const {
  std::vector<Cookie> out;
  out.reserve(count_);
  for (const auto& [domain, b] : buckets_) out.insert(out.end(), b.cookies.begin(), b.cookies.end());
  std::sort(out.begin(), out.end(), [](const Cookie& a, const Cookie& b) {
    if (a.domain != b.domain) return a.domain < b.domain;
    if (a.path != b.path) return a.path < b.path;
    return a.name < b.name;
  });
  return out;
}

std::size_t CookieJar::size() const { return count_; }

bool CookieJar::operator==(const CookieJar& o) const {
  if (policy_ != o.policy_ || limits_.per_domain != o.limits_.per_domain || limits_.total != o.limits_.total ||
      next_index_ != o.next_index_ || count_ != o.count_ || buckets_.size() != o.buckets_.size())
    return false;
  for (const auto& [domain, b] : buckets_) {
    auto it = o.buckets_.find(std::string_view(domain));
    if (it == o.buckets_.end() || it->second.cookies.size() != b.cookies.size()) return false;
    // Both are in the same total send order, whatever their slots.
    for (std::size_t i = 0; i < b.order.size(); ++i)
      if (!(b.cookies[b.order[i]] == it->second.cookies[it->second.order[i]])) return false;
  }
  return true;
}

}  // namespace cl::cookie

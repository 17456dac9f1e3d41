// The cookie store's bookkeeping. Every insertion and removal goes through add()
// and remove_slot(), so the indexes (send order, name hashes, Secure counts, the
// earliest expiry) never disagree with the cookies.
#include "cookie/cookie_store.h"
#include <algorithm>
#include <functional>
#include <limits>
#include "cookie/domain.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

// Domains are hashed by the standard library's word-at-a-time hash (faster than
// FNV on 15-byte host names).
std::size_t CookieStore::Hash::operator()(std::string_view s) const noexcept {
  return std::hash<std::string_view>{}(s);
}

CookieStore::CookieStore(JarLimits limits) : limits_(limits), data_(std::make_shared<Data>()) {
  data_->earliest_expiry = kNever;
}

void CookieStore::make_own() {
  if (data_.use_count() > 1) {
    auto copy = std::make_shared<Data>(*data_);
    // The newer last-access times go to the same slots of the copy.
    for (const auto& [cookie, time] : touched_) {
      auto from = data_->buckets.find(std::string_view(cookie->domain));
      copy->buckets.find(std::string_view(cookie->domain))
          ->second.cookies[cookie - from->second.cookies.data()]
          .last_access = time;
    }
    data_ = std::move(copy);
  } else {
    for (const auto& [cookie, time] : touched_) const_cast<Cookie*>(cookie)->last_access = time;
  }
  touched_.clear();
}

TimeMs CookieStore::last_access_of(const Cookie& c) const {
  for (const auto& [cookie, time] : touched_)
    if (cookie == &c) return time;
  return c.last_access;
}

Cookie CookieStore::with_access(const Cookie& c) const {
  Cookie copy = c;
  copy.last_access = last_access_of(c);
  return copy;
}

std::size_t CookieStore::count_in(std::string_view domain) const {
  auto it = data_->buckets.find(domain);
  return it == data_->buckets.end() ? 0 : it->second.cookies.size();
}

const Cookie* CookieStore::find(std::string_view name, std::string_view domain, std::string_view path) const {
  auto it = data_->buckets.find(domain);
  if (it == data_->buckets.end()) return nullptr;
  for (const Cookie& c : it->second.cookies)
    if (c.name == name && c.path == path) return &c;
  return nullptr;
}

CookieStore::Entry CookieStore::find_for_change(std::string_view name, std::string_view domain, std::string_view path) {
  Data& d = own();
  Entry e;
  e.it_ = d.buckets.find(domain);
  e.in_bucket_ = e.it_ != d.buckets.end();
  if (!e.in_bucket_) return e;
  const Bucket& b = e.it_->second;
  const std::uint64_t h = hash_name(name);
  for (std::uint32_t s = 0; s < b.cookies.size(); ++s) {
    if (b.name_hash[s] == h && b.cookies[s].name == name && b.cookies[s].path == path) {
      e.cookie_ = &b.cookies[s];
      e.slot_ = s;
      break;
    }
  }
  return e;
}

void CookieStore::note_secure(Bucket& b, std::string_view domain, int delta) {
  data_->secure_count += delta;
  b.secure += delta;
  // Count this Secure cookie under every proper parent of its domain.
  for (std::size_t dot = domain.find('.'); dot != std::string_view::npos; dot = domain.find('.', dot + 1)) {
    std::string_view parent = domain.substr(dot + 1);
    auto it = data_->secure_below.find(parent);
    if (it == data_->secure_below.end()) it = data_->secure_below.emplace(std::string(parent), 0).first;
    it->second += delta;
    if (it->second == 0) data_->secure_below.erase(it);
  }
}

std::uint32_t CookieStore::add(Bucket& b, Cookie&& c) {
  if (c.persistent) data_->earliest_expiry = std::min(data_->earliest_expiry, c.expiry);
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
  ++data_->count;
  // New cookies are usually the latest created: most go to the very end (the
  // shortest path, "/", comes last); the others take a binary search, and only
  // 4-byte slot numbers move.
  if (b.order.empty() || send_before(b.cookies[b.order.back()], added)) {
    b.order.push_back(slot);
  } else {
    auto pos = std::upper_bound(b.order.begin(), b.order.end(), slot,
                                [&](std::uint32_t, std::uint32_t s) { return send_before(added, b.cookies[s]); });
    b.order.insert(pos, slot);
  }
  return static_cast<std::uint32_t>(b.cookies.size());
}

Cookie CookieStore::remove_slot(BucketMap::iterator it, std::uint32_t slot) {
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
  --data_->count;
  if (b.cookies.empty()) data_->buckets.erase(it);
  return gone;
}

std::size_t CookieStore::insert(const Entry& at, Cookie c) {
  Data& d = own();
  BucketMap::iterator it = at.in_bucket_ ? at.it_ : d.buckets.emplace(c.domain, Bucket{}).first;
  return add(it->second, std::move(c));
}

std::size_t CookieStore::replace(const Entry& at, Cookie c) {
  own();
  Bucket& b = at.it_->second;
  Cookie& old = b.cookies[at.slot_];
  if (c.creation_index == old.creation_index) {
    if (old.secure != c.secure) {
      if (old.secure) note_secure(b, old.domain, -1);
      if (c.secure) note_secure(b, c.domain, +1);
    }
    if (c.persistent) data_->earliest_expiry = std::min(data_->earliest_expiry, c.expiry);
    old = std::move(c);  // same name, path and creation: its place in `order` holds
    return b.cookies.size();
  }
  // A new creation time moves it in the send order: take it out, put it back.
  // (remove_slot and add keep the Secure counts and the earliest expiry.)
  const std::string domain = c.domain;
  remove_slot(at.it_, at.slot_);
  auto it = data_->buckets.find(std::string_view(domain));
  if (it == data_->buckets.end()) it = data_->buckets.emplace(domain, Bucket{}).first;
  return add(it->second, std::move(c));
}

Cookie CookieStore::erase(const Entry& at) {
  own();
  return remove_slot(at.it_, at.slot_);
}

bool CookieStore::erase(std::string_view name, std::string_view domain, std::string_view path) {
  auto it = data_->buckets.find(domain);
  if (it == data_->buckets.end()) return false;
  for (std::uint32_t s = 0; s < it->second.cookies.size(); ++s) {
    const Cookie& c = it->second.cookies[s];
    if (c.name == name && c.path == path) {
      own();  // may copy the storage: look the bucket up again in ours
      remove_slot(data_->buckets.find(domain), s);
      return true;
    }
  }
  return false;
}

void CookieStore::put(Cookie c) {
  own();
  erase(c.name, c.domain, c.path);
  data_->next_index = std::max(data_->next_index, c.creation_index + 1);
  auto it = data_->buckets.find(std::string_view(c.domain));
  if (it == data_->buckets.end()) it = data_->buckets.emplace(c.domain, Bucket{}).first;
  add(it->second, std::move(c));
}

void CookieStore::remove_excess(std::string_view domain, TimeMs now, std::vector<Cookie>& evicted) {
  own();
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
  // Per domain: the cookies sharing `domain`.
  while (true) {
    auto it = data_->buckets.find(domain);
    if (it == data_->buckets.end() || it->second.cookies.size() <= limits_.per_domain) break;
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    pick_victim(it->second, rank, best, slot);
    evicted.push_back(remove_slot(it, slot));
  }
  // The whole store.
  while (data_->count > limits_.total) {
    int rank = 0;
    const Cookie* best = nullptr;
    std::uint32_t slot = 0;
    BucketMap::iterator where = data_->buckets.end();
    for (auto it = data_->buckets.begin(); it != data_->buckets.end(); ++it) {
      const Cookie* before = best;
      pick_victim(it->second, rank, best, slot);
      if (best != before) where = it;
    }
    if (where == data_->buckets.end()) break;
    evicted.push_back(remove_slot(where, slot));
  }
}

std::vector<Cookie> CookieStore::remove_expired_now(TimeMs now) {
  std::vector<Cookie> gone;
  if (data_.use_count() > 1) {
    // Shared with earlier states: copy the storage only when something does expire.
    bool any = false;
    for (const auto& [domain, b] : data_->buckets)
      for (const Cookie& c : b.cookies) any = any || c.expired(now);
    if (!any) return gone;
  }
  own();
  TimeMs earliest = kNever;
  for (auto it = data_->buckets.begin(); it != data_->buckets.end();) {
    Bucket& b = it->second;
    bool bucket_gone = false;
    for (std::uint32_t s = static_cast<std::uint32_t>(b.cookies.size()); s-- > 0;) {
      if (b.cookies[s].expired(now)) {
        bucket_gone = b.cookies.size() == 1;
        auto next = std::next(it);
        gone.push_back(remove_slot(it, s));
        if (bucket_gone) {
          it = next;
          break;
        }
      } else if (b.cookies[s].persistent) {
        earliest = std::min(earliest, b.cookies[s].expiry);
      }
    }
    if (!bucket_gone) ++it;
  }
  data_->earliest_expiry = earliest;
  return gone;
}

std::vector<Cookie> CookieStore::remove_session_cookies() {
  std::vector<Cookie> gone;
  bool any = false;
  for (const auto& [domain, b] : data_->buckets)
    for (const Cookie& c : b.cookies) any = any || !c.persistent;
  if (!any) return gone;
  own();
  for (auto it = data_->buckets.begin(); it != data_->buckets.end();) {
    Bucket& b = it->second;
    bool bucket_gone = false;
    for (std::uint32_t s = static_cast<std::uint32_t>(b.cookies.size()); s-- > 0;) {
      if (!b.cookies[s].persistent) {
        bucket_gone = b.cookies.size() == 1;
        auto next = std::next(it);
        gone.push_back(remove_slot(it, s));
        if (bucket_gone) {
          it = next;
          break;
        }
      }
    }
    if (!bucket_gone) ++it;
  }
  return gone;
}

void CookieStore::clear() {
  // Fresh storage: earlier states that share the old one keep it.
  auto fresh = std::make_shared<Data>();
  fresh->earliest_expiry = kNever;
  fresh->next_index = data_->next_index;
  data_ = std::move(fresh);
  touched_.clear();
}

void CookieStore::note_accessed_shared(const Cookie* c, TimeMs now) {
  auto t = std::find_if(touched_.begin(), touched_.end(), [&](const auto& e) { return e.first == c; });
  if (t == touched_.end()) touched_.emplace_back(c, now);
  else t->second = now;
}

bool CookieStore::has_secure_covering(std::string_view name, std::string_view domain, std::string_view path,
                                      const Entry& at) const {
  if (data_->secure_count == 0) return false;
  const std::uint64_t h = hash_name(name);
  auto check_bucket = [&](const Bucket& b) {
    if (b.secure == 0) return false;
    for (std::size_t i = 0; i < b.cookies.size(); ++i) {
      const Cookie& o = b.cookies[i];
      if (b.name_hash[i] == h && o.secure && o.name == name && path_match(path, o.path)) return true;
    }
    return false;
  };
  // The domain itself (its bucket, when it has one, is at's) and its parents:
  // `domain` domain-matches those.
  if (at.in_bucket_ && check_bucket(at.it_->second)) return true;
  std::string_view d = domain;
  const bool ip = !is_host_name(d);  // 5.1.3: an address has no parent domains
  for (std::size_t dot = d.find('.'); !ip && dot != std::string_view::npos; dot = d.find('.')) {
    d.remove_prefix(dot + 1);
    if (auto it = data_->buckets.find(d); it != data_->buckets.end() && check_bucket(it->second)) return true;
  }
  // Its sub-domains (they domain-match `domain`): only when some exist.
  if (ip || !data_->secure_below.contains(domain)) return false;
  for (const auto& [other, b] : data_->buckets)
    if (other.size() > domain.size() && domain_match(other, domain) && check_bucket(b)) return true;
  return false;
}

bool CookieStore::operator==(const CookieStore& o) const {
  if (limits_.per_domain != o.limits_.per_domain || limits_.total != o.limits_.total ||
      data_->next_index != o.data_->next_index || data_->count != o.data_->count ||
      data_->buckets.size() != o.data_->buckets.size())
    return false;
  for (const auto& [domain, b] : data_->buckets) {
    auto it = o.data_->buckets.find(std::string_view(domain));
    if (it == o.data_->buckets.end() || it->second.cookies.size() != b.cookies.size()) return false;
    // Both are in the same total send order, whatever their slots.
    for (std::size_t i = 0; i < b.order.size(); ++i)
      if (!(with_access(b.cookies[b.order[i]]) == o.with_access(it->second.cookies[it->second.order[i]]))) return false;
  }
  return true;
}

}  // namespace cl::cookie

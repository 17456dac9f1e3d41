// Where the jar keeps its cookies: RFC 6265 5.3's "cookie store", without any of
// the rules that decide what goes in or comes out (those are jar_set.cpp and
// jar_send.cpp). It answers the few questions the algorithms ask: the cookie of
// one identity (name, domain, path), the cookies a host may domain-match, how
// many share a domain, which to evict when there are too many.
//
// Cookies are kept per domain field: a request to www.a.example looks at most at
// the domains "www.a.example", "a.example" and "example" (the only ones it can
// domain-match, 5.1.3) and never at the rest of the store. Copies share one store
// until one of them changes it (copy on write): the timeline keeps a jar after
// every step, and most steps change nothing in it but the last-access times of the
// cookies sent, which a copy whose storage is shared keeps beside it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>
#include "base/time.h"
#include "cookie/cookie.h"
#include "cookie/domain.h"

namespace cl::cookie {

// per_domain counts cookies with the same domain field (RFC 6265 5.3: "sharing a
// domain field"). Over a limit, expired cookies go first, then the least recently
// used non-Secure ones, then Secure ones (6265bis 5.7).
struct JarLimits {
  std::size_t per_domain = 180;  // RFC 6265 6.1 asks for at least 50; Chromium keeps 180
  std::size_t total = 3000;      // RFC 6265 6.1 asks for at least 3000
};

class CookieStore {
  struct Bucket {
    std::vector<Cookie> cookies;           // slots, in no particular order
    std::vector<std::uint32_t> order;      // slots in 5.4 step 2 send order
    std::vector<std::uint64_t> name_hash;  // parallel to cookies: quick identity scans
    std::uint32_t secure = 0;              // how many of them are Secure
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept;
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
  };
  using BucketMap = std::unordered_map<std::string, Bucket, Hash, Eq>;

 public:
  explicit CookieStore(JarLimits limits = {});

  // The cookies stored under one domain field, in RFC 6265 5.4 step 2 order
  // (longer paths first, then earlier creation), as `const Cookie&`.
  class DomainCookies {
   public:
    class iterator {
     public:
      const Cookie& operator*() const { return cookies_[*slot_]; }
      iterator& operator++() {
        ++slot_;
        return *this;
      }
      bool operator!=(const iterator& o) const { return slot_ != o.slot_; }

     private:
      friend class DomainCookies;
      iterator(const Cookie* cookies, const std::uint32_t* slot) : cookies_(cookies), slot_(slot) {}
      const Cookie* cookies_;
      const std::uint32_t* slot_;
    };
    iterator begin() const;
    iterator end() const;
    std::size_t size() const;

   private:
    friend class CookieStore;
    explicit DomainCookies(const Bucket& b) : b_(&b) {}
    const Bucket* b_;
  };

  // Where a cookie of one identity is, or would go: its domain's cookies (none
  // yet, perhaps) and the stored cookie of that name and path (perhaps none).
  // Valid until the store next changes.
  class Entry {
   public:
    explicit operator bool() const { return cookie_ != nullptr; }
    const Cookie& operator*() const { return *cookie_; }
    const Cookie* operator->() const { return cookie_; }

   private:
    friend class CookieStore;
    BucketMap::iterator it_;  // meaningful when in_bucket_
    bool in_bucket_ = false;
    const Cookie* cookie_ = nullptr;
    std::uint32_t slot_ = 0;
  };

  // --- reading ---
  std::size_t size() const { return data_->count; }
  std::size_t count_in(std::string_view domain) const;  // cookies sharing this domain field
  const Cookie* find(std::string_view name, std::string_view domain, std::string_view path) const;
  // f(domain, DomainCookies) for every domain field `host` domain-matches (5.1.3):
  // the host itself, then each parent ("a.example", "example"); an IP address
  // has no parents. Domains holding no cookies are skipped.
  template <class F>
  void for_each_domain_matching(std::string_view host, F&& f) const;
  // f(domain, DomainCookies) for every domain in the store, in no particular order.
  template <class F>
  void for_each_domain(F&& f) const;
  // 6265bis 5.7 ("OverwriteSecure"): is there a Secure cookie named `name` whose
  // domain domain-matches `domain` or is domain-matched by it (parents and
  // sub-domains), and whose path `path` path-matches? `at` is the Entry of that
  // name and domain (its bucket is looked at without a second lookup).
  bool has_secure_covering(std::string_view name, std::string_view domain, std::string_view path,
                           const Entry& at) const;
  // A stored cookie with this copy's last-access time (which may be newer than
  // the shared storage's).
  Cookie with_access(const Cookie& c) const;
  // False when no cookie can have expired by `now`: "remove expired cookies"
  // then costs nothing.
  bool may_have_expired(TimeMs now) const { return data_->count && now >= data_->earliest_expiry; }
  const JarLimits& limits() const { return limits_; }
  void set_limits(JarLimits l) { limits_ = l; }

  // --- changing (each makes the storage this copy's own first) ---
  // RFC 6265 5.3 step 11's lookup, for a change that follows: the Entry stays
  // valid for insert(), replace() or erase() as long as nothing else changes.
  Entry find_for_change(std::string_view name, std::string_view domain, std::string_view path);
  // The insertion counter a new cookie takes (Cookie::creation_index).
  std::uint64_t next_creation_index() { return own().next_index++; }
  // Insert c where `at` (an Entry holding no cookie, of c's identity) says; returns
  // how many cookies now share c's domain field.
  std::size_t insert(const Entry& at, Cookie c);
  // Replace the cookie `at` holds by c (same identity). With the same
  // creation_index, c keeps the old one's place in the send order.
  std::size_t replace(const Entry& at, Cookie c);
  Cookie erase(const Entry& at);  // returns the removed record
  bool erase(std::string_view name, std::string_view domain, std::string_view path);
  // By hand: put c as it is (its creation_index too), replacing its identity.
  void put(Cookie c);
  // RFC 6265 5.3, the paragraphs after step 12: while `domain` or the whole store
  // holds more than the limits allow, evict expired cookies first, then (6265bis
  // 5.7) non-Secure before Secure ones, least recently accessed first (then the
  // earliest created). Appends what went to `evicted`.
  void remove_excess(std::string_view domain, TimeMs now, std::vector<Cookie>& evicted);
  // 5.3: "evict all expired cookies"; returns what went.
  std::vector<Cookie> remove_expired(TimeMs now) {
    if (!may_have_expired(now)) return {};
    return remove_expired_now(now);
  }
  std::vector<Cookie> remove_session_cookies();  // the browser closed
  void clear();                                  // keeps the insertion counter, so later cookies still sort after
  // RFC 6265 5.4 step 3: these cookies (pointers into this store) were accessed
  // now. f(cookie) is called for each in turn, once its time is noted (the stored
  // record may still show the old time: a shared one is not written).
  template <class F>
  void mark_accessed(const std::vector<const Cookie*>& cookies, TimeMs now, F&& f);
  void mark_accessed(const std::vector<const Cookie*>& cookies, TimeMs now) {
    mark_accessed(cookies, now, [](const Cookie&) {});
  }

  // Same limits, counter and cookies (in the same send order, with this copy's
  // last-access times).
  bool operator==(const CookieStore& o) const;

 private:
  struct Data {
    BucketMap buckets;
    std::size_t count = 0;
    // No persistent cookie expires before this time (a lower bound).
    TimeMs earliest_expiry;
    // 6265bis 5.7 "OverwriteSecure" needs Secure cookies in sub-domains of a
    // domain: count them per parent domain so the usual answer, none, is one lookup.
    std::unordered_map<std::string, std::uint32_t, Hash, Eq> secure_below;
    std::size_t secure_count = 0;
    std::uint64_t next_index = 0;
  };

  // The storage, made this copy's alone, with touched_ folded in (the usual case,
  // nothing to do, costs two tests).
  Data& own() {
    if (data_.use_count() > 1 || !touched_.empty()) make_own();
    return *data_;
  }
  void make_own();
  void note_accessed_shared(const Cookie* c, TimeMs now);
  TimeMs last_access_of(const Cookie& c) const;                    // c lives in the storage
  std::uint32_t add(Bucket& b, Cookie&& c);                        // returns the bucket's new size
  Cookie remove_slot(BucketMap::iterator it, std::uint32_t slot);  // may erase the bucket
  void note_secure(Bucket& b, std::string_view domain, int delta);
  std::vector<Cookie> remove_expired_now(TimeMs now);

  JarLimits limits_;
  std::shared_ptr<Data> data_;
  // Last-access times newer than the shared storage's: (cookie in it, time).
  std::vector<std::pair<const Cookie*, TimeMs>> touched_;
};

inline CookieStore::DomainCookies::iterator CookieStore::DomainCookies::begin() const {
  return iterator(b_->cookies.data(), b_->order.data());
}
inline CookieStore::DomainCookies::iterator CookieStore::DomainCookies::end() const {
  return iterator(b_->cookies.data(), b_->order.data() + b_->order.size());
}
inline std::size_t CookieStore::DomainCookies::size() const { return b_->order.size(); }

template <class F>
void CookieStore::for_each_domain_matching(std::string_view host, F&& f) const {
  std::string_view d = host;
  // 5.1.3: only a host name has parent domains (not "1.2.3.4", nor "www.1.2.3.4").
  const bool ip = !is_host_name(host);
  while (true) {
    if (auto it = data_->buckets.find(d); it != data_->buckets.end())
      f(std::string_view(it->first), DomainCookies(it->second));
    const std::size_t dot = d.find('.');
    if (ip || dot == std::string_view::npos) break;
    d.remove_prefix(dot + 1);
  }
}

template <class F>
void CookieStore::mark_accessed(const std::vector<const Cookie*>& cookies, TimeMs now, F&& f) {
  // Storage no other copy shares any more takes the newer access times back.
  if (!touched_.empty() && data_.use_count() == 1) make_own();
  const bool shared = data_.use_count() > 1;
  for (const Cookie* c : cookies) {
    // Storage of our own is written in place (the pointers come from it, and the
    // caller holds this store non-const); a shared one is left as earlier states
    // see it, and the time kept beside it.
    if (!shared) const_cast<Cookie*>(c)->last_access = now;
    else note_accessed_shared(c, now);
    f(*c);
  }
}

template <class F>
void CookieStore::for_each_domain(F&& f) const {
  for (const auto& [domain, b] : data_->buckets) f(std::string_view(domain), DomainCookies(b));
}

}  // namespace cl::cookie

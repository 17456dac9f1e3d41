// The cookie store: RFC 6265 5.3 (receiving a cookie) and 5.4 (sending cookies),
// with the RFC 6265bis rules (SameSite, prefixes, Secure origins) and, under
// Policy::Chromium, what Chromium does beyond the text.
#include <algorithm>
#include <limits>
#include "base/time.h"
#include "cookie/ascii.h"
#include "cookie/domain.h"
#include "cookie/jar.h"

namespace cl::cookie {
namespace {

// 5.2.2: Max-Age <= 0 means "the earliest representable time"; CookieLab takes the
// earliest year a cookie-date may name (5.1.1 step 5), and 9999 as the latest.
const TimeMs kEarliest = days_from_civil(1601, 1, 1) * kDay;
const TimeMs kLatest = days_from_civil(9999, 12, 31) * kDay + kDay - kSecond;
constexpr TimeMs kNever = std::numeric_limits<TimeMs>::max();
// Chromium (and 6265bis 5.6.1's "cookie-age-limit") keep a cookie 400 days at most.
constexpr TimeMs kMaxAge400Days = 400 * kDay;
// Chromium's "Lax+POST" mitigation: a cookie without SameSite is still sent on a
// cross-site top-level POST during its first two minutes (single sign-on flows).
constexpr TimeMs kLaxAllowUnsafeAge = 2 * kMinute;

std::uint64_t hash_name(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: names are short
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// 5.4 step 2: longer paths first; among equal lengths, earlier creation first;
// creation_index makes the order total.
bool send_before(const Cookie& a, const Cookie& b) {
  if (a.path.size() != b.path.size()) return a.path.size() > b.path.size();
  if (a.creation != b.creation) return a.creation < b.creation;
  return a.creation_index < b.creation_index;
}

// The origins a policy trusts as "secure" (6265bis 5.7: "as defined by the user
// agent"). Chromium counts localhost and loopback addresses as potentially
// trustworthy, so developers can test Secure cookies without TLS.
bool secure_origin(const http::Url& url, Policy policy) {
  if (url.secure()) return true;
  if (policy != Policy::Chromium) return false;
  const std::string_view h = url.host;
  return h == "localhost" || h.ends_with(".localhost") || h.starts_with("127.") || h == "[::1]";
}

// 6265bis 5.8.3: "safe" methods for the Lax exception.
bool safe_method(std::string_view m) { return ascii::iequals(m, "GET") || ascii::iequals(m, "HEAD"); }

bool has_prefix(std::string_view name, std::string_view prefix, Policy policy) {
  // 6265bis 4.1.3 (as CookieLab's Rfc6265 policy reads it) matches prefixes
  // case-sensitively; Chromium matches "__secure-" too, so a server cannot dodge
  // the rule by changing the case.
  return policy == Policy::Chromium ? ascii::istarts_with(name, prefix) : name.starts_with(prefix);
}

bool is_http_scheme(std::string_view s) { return s == "http" || s == "https"; }

SetDecision& refuse(SetDecision& d, Reason r) {
  d.outcome = SetOutcome::Ignored;
  d.reason = r;
  return d;
}

}  // namespace

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

bool is_same_site(const RequestContext& ctx) { return is_same_site(ctx, Policy::Rfc6265); }

bool is_same_site(const RequestContext& ctx, Policy policy) {
  if (!ctx.site_for_cookies) return true;
  const http::Url& top = *ctx.site_for_cookies;
  if (policy == Policy::Chromium && top.scheme != ctx.url.scheme) return false;  // schemeful
  if (top.host == ctx.url.host) return true;
  return registrable_domain(top.host) == registrable_domain(ctx.url.host);
}

std::size_t CookieJar::Hash::operator()(std::string_view s) const noexcept { return hash_name(s); }

CookieJar::CookieJar(Policy policy, JarLimits limits) : policy_(policy), limits_(limits), earliest_expiry_(kNever) {}

// ---------------------------------------------------------------------------
// Storage helpers: every insertion and removal goes through these, so the
// indexes (send order, name hashes, counts) never disagree with the cookies.

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
// the old one. (Otherwise http://example.com could plant "sid" over the https one.)
bool CookieJar::shadows_secure_cookie(const Cookie& c, const Bucket* own) const {
  if (secure_count_ == 0) return false;
  const std::uint64_t h = hash_name(c.name);
  auto check_bucket = [&](const Bucket& b) {
    if (b.secure == 0) return false;
    for (std::size_t i = 0; i < b.cookies.size(); ++i) {
      const Cookie& o = b.cookies[i];
      if (b.name_hash[i] == h && o.secure && o.name == c.name && path_match(c.path, o.path)) return true;
    }
    return false;
  };
  // The new domain (its bucket, when it has one, is `own`) and its parents:
  // c.domain domain-matches those.
  if (own && check_bucket(*own)) return true;
  std::string_view d = c.domain;
  const bool ip = is_ip_address(d);
  for (std::size_t dot = d.find('.'); !ip && dot != std::string_view::npos; dot = d.find('.')) {
    d.remove_prefix(dot + 1);
    if (auto it = buckets_.find(d); it != buckets_.end() && check_bucket(it->second)) return true;
  }
  // Its sub-domains (they domain-match c.domain): only when some exist.
  if (ip || !secure_below_.contains(std::string_view(c.domain))) return false;
  for (const auto& [domain, b] : buckets_)
    if (domain.size() > c.domain.size() && domain_match(domain, c.domain) && check_bucket(b)) return true;
  return false;
}

// RFC 6265 5.3, last paragraph, with 6265bis 5.7's preference for keeping Secure
// cookies: when a domain or the whole jar holds too many cookies, remove expired
// ones first, then the least recently used non-Secure ones, then Secure ones.
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

// ---------------------------------------------------------------------------
// RFC 6265 5.3 / RFC 6265bis 5.7: receiving a cookie.

SetDecision CookieJar::set_cookie(const RequestContext& ctx, std::string_view header_value, TimeMs now) {
  SetDecision d;
  const bool chromium = policy_ == Policy::Chromium;
  d.parsed = parse_set_cookie(header_value, ParseOptions{.allow_nameless = chromium});
  const ParsedSetCookie& p = d.parsed;
  if (p.refused != Reason::None) return refuse(d, p.refused);
  // Step 1: the user agent may ignore cookies for schemes it does not serve.
  if (!is_http_scheme(ctx.url.scheme)) return refuse(d, Reason::SchemeNotSupported);
  const bool same_site = is_same_site(ctx, policy_);
  // 6265bis 5.7 step 1: "the user agent may ignore the cookie entirely", e.g.
  // when the user blocks third-party cookies and the response is cross-site.
  if (!same_site && ctx.block_third_party) return refuse(d, Reason::ThirdPartyBlocked);

  // Step 2: a new cookie, created and last used now.
  Cookie c;
  c.name = p.name;
  c.value = p.value;
  c.creation = c.last_access = now;
  // Step 3: Max-Age wins over Expires, whatever their order in the line.
  if (p.max_age) {
    c.persistent = true;
    const std::int64_t s = *p.max_age;
    c.expiry = s <= 0 ? kEarliest : (s >= (kLatest - now) / kSecond ? kLatest : now + s * kSecond);
  } else if (p.expires) {
    c.persistent = true;
    c.expiry = std::clamp(*p.expires, kEarliest, kLatest);
  }
  if (chromium && c.persistent && c.expiry > now + kMaxAge400Days) c.expiry = now + kMaxAge400Days;

  // Steps 4-6: Domain. Without it the cookie is host-only: sent back only to
  // the exact host that set it.
  const std::string& host = ctx.url.host;
  std::string_view domain_attr = p.domain ? std::string_view(*p.domain) : std::string_view{};
  if (!domain_attr.empty() && is_public_suffix(domain_attr)) {
    // Step 5: a site may not set a cookie for a whole public suffix ("co.kr"),
    // but a host that *is* a public suffix may set a host-only cookie for itself.
    if (domain_attr != host) return refuse(d, Reason::PublicSuffixDomain);
    domain_attr = {};
  }
  if (!domain_attr.empty()) {
    if (!domain_match(host, domain_attr)) return refuse(d, Reason::DomainMismatch);  // step 6
    c.host_only = false;
    c.domain = std::string(domain_attr);
  } else {
    c.host_only = true;
    c.domain = host;
  }
  // Step 7: Path, or the directory of the request path (5.1.4).
  c.path = p.path ? *p.path : default_path(ctx.url.path);
  // Step 8 and 6265bis: a Secure cookie only from a secure origin.
  const bool secure_from = secure_origin(ctx.url, policy_);
  c.secure = p.secure;
  if (c.secure && !secure_from) return refuse(d, Reason::SecureFromInsecure);
  // Steps 9-10: HttpOnly cookies cannot be made by script.
  c.http_only = p.http_only;
  if (c.http_only && ctx.from_script) return refuse(d, Reason::HttpOnlyFromScript);
  // 6265bis: no shadowing of Secure cookies from an insecure origin.
  if (count_ && now >= earliest_expiry_) remove_expired(now);  // expired cookies count for nothing
  auto it = buckets_.find(std::string_view(c.domain));
  const Bucket* own = it == buckets_.end() ? nullptr : &it->second;
  if (!c.secure && !secure_from && shadows_secure_cookie(c, own)) return refuse(d, Reason::OverwriteSecure);
  // 6265bis 5.7: SameSite. A cross-site subresource response (or script in a
  // cross-site frame) may not set a Lax or Strict cookie; a top-level navigation
  // may. Under Chromium a cookie without SameSite counts as Lax.
  c.same_site = p.same_site;
  if (!same_site && (ctx.from_script || !ctx.top_level_navigation)) {
    if (c.same_site == SameSite::Strict) return refuse(d, Reason::SameSiteStrictCrossSite);
    if (c.same_site == SameSite::Lax) return refuse(d, Reason::SameSiteLaxCrossSite);
    if (c.same_site == SameSite::Unspecified && chromium) return refuse(d, Reason::SameSiteUnspecifiedCrossSite);
  }
  // Chromium: SameSite=None is the explicit "send me cross-site" and needs Secure.
  if (chromium && c.same_site == SameSite::None && !c.secure) return refuse(d, Reason::SameSiteNoneInsecure);
  // 6265bis 4.1.3: "__Secure-" promises Secure; "__Host-" promises Secure,
  // host-only and Path=/ (so no other host or path can have set it).
  if (has_prefix(c.name, "__Secure-", policy_) && !c.secure) return refuse(d, Reason::InvalidPrefix);
  if (has_prefix(c.name, "__Host-", policy_) && !(c.secure && c.host_only && p.path && *p.path == "/"))
    return refuse(d, Reason::InvalidPrefix);
  // 6265bis 5.7: a nameless cookie whose value looks prefixed would be sent as
  // "__Host-x" and pass for a prefixed cookie, so it is refused.
  if (c.name.empty() && (ascii::istarts_with(c.value, "__Secure-") || ascii::istarts_with(c.value, "__Host-")))
    return refuse(d, Reason::InvalidPrefix);

  // Step 11: an old cookie with the same name, domain and path.
  std::uint32_t old_slot = std::numeric_limits<std::uint32_t>::max();
  if (it != buckets_.end()) {
    const Bucket& b = it->second;
    const std::uint64_t h = hash_name(c.name);
    for (std::uint32_t s = 0; s < b.cookies.size(); ++s) {
      if (b.name_hash[s] == h && b.cookies[s].name == c.name && b.cookies[s].path == c.path) {
        old_slot = s;
        break;
      }
    }
  }
  const bool has_old = old_slot != std::numeric_limits<std::uint32_t>::max();
  if (has_old) {
    Cookie& old = it->second.cookies[old_slot];
    // 11.2: script may not replace an HttpOnly cookie.
    if (ctx.from_script && old.http_only) return refuse(d, Reason::OverwriteHttpOnly);
    // 11.3: the replacement keeps the old creation time (and so its place in
    // the Cookie header).
    c.creation = old.creation;
    c.creation_index = old.creation_index;
  } else {
    c.creation_index = next_index_++;
  }

  // A cookie that is already expired is how servers delete cookies: the old one
  // goes (5.3 step 11.3 then "remove expired cookies"); the new one is never kept.
  // With nothing to delete the line is reported as ignored, reason "expired".
  if (c.expired(now)) {
    if (!has_old) return refuse(d, Reason::Expired);
    d.cookie = remove_slot(it, old_slot);
    d.outcome = SetOutcome::Deleted;
    return d;
  }
  d.cookie = c;
  if (has_old) {
    Bucket& b = it->second;
    Cookie& old = b.cookies[old_slot];
    if (old.secure != c.secure) {
      if (old.secure) note_secure(b, old.domain, -1);
      if (c.secure) note_secure(b, c.domain, +1);
    }
    if (c.persistent) earliest_expiry_ = std::min(earliest_expiry_, c.expiry);
    old = std::move(c);  // same name, path and creation: its place in `order` holds
    d.outcome = SetOutcome::Replaced;
  } else {
    if (it == buckets_.end()) {
      it = buckets_.emplace(d.cookie->domain, Bucket{}).first;
      Bucket& b = it->second;  // most sites keep a handful of cookies
      b.cookies.reserve(8), b.order.reserve(8), b.name_hash.reserve(8);
    }
    insert(it->second, std::move(c));
    d.outcome = SetOutcome::Stored;
  }
  if (count_ > limits_.total || it->second.cookies.size() > limits_.per_domain) evict(*d.cookie, now, d.evicted);
  return d;
}

// ---------------------------------------------------------------------------
// RFC 6265 5.4 / RFC 6265bis 5.8.3: the Cookie header.

void CookieJar::collect(const RequestContext& ctx, TimeMs now, bool explain, bool script,
                        std::vector<const Cookie*>& out, SendResult& result) const {
  const bool chromium = policy_ == Policy::Chromium;
  const std::string& host = ctx.url.host;
  const bool secure_request = secure_origin(ctx.url, policy_);
  const bool same_site = is_same_site(ctx, policy_);
  // 6265bis 5.8.3: the Lax exception is a top-level navigation with a safe method.
  const bool lax_ok = ctx.top_level_navigation && !script && safe_method(ctx.method);
  const bool lax_post_ok = chromium && ctx.top_level_navigation && !script && !lax_ok;
  const bool third_party_blocked = !same_site && ctx.block_third_party;
  auto exclude = [&](const Cookie& c, Reason r) {
    if (explain) result.excluded.push_back({c, r});
  };

  std::size_t buckets_used = 0;
  auto scan = [&](const std::string& domain, const Bucket& b) {
    const bool exact = domain == host;
    const std::size_t first = out.size();
    for (std::uint32_t s : b.order) {
      const Cookie& c = b.cookies[s];
      if (c.expired(now)) { exclude(c, Reason::Expired); continue; }
      // 5.4 step 1: host-only cookies need the very host; others a domain-match
      // (which the bucket walk guarantees).
      if (c.host_only && !exact) { exclude(c, Reason::HostOnlyOtherHost); continue; }
      if (!path_match(ctx.url.path, c.path)) { exclude(c, Reason::NotOnPath); continue; }
      if (c.secure && !secure_request) { exclude(c, Reason::SecureOnly); continue; }
      if (c.http_only && script) { exclude(c, Reason::HttpOnlyForScript); continue; }
      if (!same_site) {
        if (c.same_site == SameSite::Strict) { exclude(c, Reason::SameSiteStrict); continue; }
        if (c.same_site == SameSite::Lax && !lax_ok) { exclude(c, Reason::SameSiteLax); continue; }
        if (c.same_site == SameSite::Unspecified && chromium && !lax_ok &&
            !(lax_post_ok && now - c.creation <= kLaxAllowUnsafeAge)) {
          exclude(c, Reason::SameSiteUnspecifiedTreatedAsLax);
          continue;
        }
      }
      if (third_party_blocked) { exclude(c, Reason::ThirdPartyBlockedSend); continue; }
      out.push_back(&c);
    }
    if (out.size() != first) ++buckets_used;
  };

  // The host and each parent domain (an IP address has none, 5.1.3).
  std::string_view d = host;
  const bool ip = is_ip_address(host);
  while (true) {
    if (auto it = buckets_.find(d); it != buckets_.end()) scan(it->first, it->second);
    const std::size_t dot = d.find('.');
    if (ip || dot == std::string_view::npos) break;
    d.remove_prefix(dot + 1);
  }
  // Each bucket is already in send order; cookies from several domains interleave.
  if (buckets_used > 1)
    std::sort(out.begin(), out.end(), [](const Cookie* a, const Cookie* b) { return send_before(*a, *b); });
  if (explain) {
    for (const auto& [domain, b] : buckets_) {
      if (domain_match(host, domain)) continue;  // scanned above
      for (std::uint32_t s : b.order) exclude(b.cookies[s], b.cookies[s].expired(now) ? Reason::Expired : Reason::OtherDomain);
    }
  }
  // 5.4 step 4: "name=value" pairs joined by "; " (6265bis: a nameless cookie is
  // sent as its value alone), built into one reserved string.
  std::size_t len = 0;
  for (const Cookie* c : out) len += c->name.size() + c->value.size() + 3;
  result.header.reserve(len);
  result.sent.reserve(out.size());
  for (const Cookie* c : out) {
    if (!result.header.empty()) result.header += "; ";
    if (!c->name.empty()) {
      result.header += c->name;
      result.header += '=';
    }
    result.header += c->value;
  }
}

SendResult CookieJar::cookies_for(const RequestContext& ctx, TimeMs now, bool explain) {
  SendResult result;
  // 5.3 / 5.4: expired cookies are removed before the jar is used.
  if (count_ && now >= earliest_expiry_) {
    std::vector<Cookie> gone = remove_expired(now);
    if (explain)
      for (Cookie& c : gone) result.excluded.push_back({std::move(c), Reason::Expired});
  }
  thread_local std::vector<const Cookie*> picked;
  picked.clear();
  collect(ctx, now, explain, ctx.from_script, picked, result);
  for (const Cookie* c : picked) {
    // 5.4 step 3: the sent cookies were accessed now. The pointers come from this
    // non-const jar's own storage, so writing through them is well-defined.
    const_cast<Cookie*>(c)->last_access = now;
    result.sent.push_back(*c);
  }
  return result;
}

SendResult CookieJar::peek(const RequestContext& ctx, TimeMs now, bool explain) const {
  SendResult result;
  thread_local std::vector<const Cookie*> picked;
  picked.clear();
  collect(ctx, now, explain, /*script=*/true, picked, result);
  for (const Cookie* c : picked) result.sent.push_back(*c);
  return result;
}

// ---------------------------------------------------------------------------
// The rest of the store.

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

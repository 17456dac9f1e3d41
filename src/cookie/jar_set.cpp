// RFC 6265 5.3 and RFC 6265bis 5.7: receiving a cookie. The steps run in the
// order of the 6265bis text, and the first rule that refuses the cookie names the
// reason, so the learner sees the same answer a browser's DevTools would show.
#include <algorithm>
#include <limits>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

namespace {

// 6265bis 4.1.3: what a name prefix promises. "__Secure-": the Secure attribute,
// from a secure origin. "__Host-": that, host-only and Path=/ (no other host or
// path can have set it). Chromium also knows "__Http-" (newer drafts): Secure and
// HttpOnly from a secure origin, so no script can have written it.
bool prefix_ok(const Cookie& c, const ParsedSetCookie& p, bool secure_from, Policy policy) {
  const bool secure = c.secure && secure_from;
  if (has_prefix(c.name, "__Secure-", policy) && !secure) return false;
  if (has_prefix(c.name, "__Host-", policy) && !(secure && c.host_only && p.path && *p.path == "/")) return false;
  if (policy == Policy::Chromium && has_prefix(c.name, "__Http-", policy) && !(secure && c.http_only)) return false;
  return true;
}

SetDecision& refuse(SetDecision& d, Reason r) {
  d.outcome = SetOutcome::Ignored;
  d.reason = r;
  return d;
}

}  // namespace

bool CookieJar::shadows_secure_cookie(const Cookie& c, const Bucket* own) const {
  if (store_->secure_count == 0) return false;
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
    if (auto it = store_->buckets.find(d); it != store_->buckets.end() && check_bucket(it->second)) return true;
  }
  // Its sub-domains (they domain-match c.domain): only when some exist.
  if (ip || !store_->secure_below.contains(std::string_view(c.domain))) return false;
  for (const auto& [domain, b] : store_->buckets)
    if (domain.size() > c.domain.size() && domain_match(domain, c.domain) && check_bucket(b)) return true;
  return false;
}

// RFC 6265 5.3, last paragraph, with 6265bis 5.7's preference for keeping Secure
// cookies: when a domain or the whole jar holds too many cookies, remove expired
// ones first, then the least recently used non-Secure ones, then Secure ones.
SetDecision CookieJar::set_cookie(const RequestContext& ctx, std::string_view header_value, TimeMs now) {
  SetDecision d;
  const bool chromium = policy_ == Policy::Chromium;
  d.parsed = parse_set_cookie(header_value, ParseOptions{.allow_nameless = chromium, .chromium_pair = chromium});
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
  // "Domain=." leaves nothing once its dot is dropped: RFC 6265 5.2.3 then ignores
  // the attribute (a host-only cookie); Chromium refuses the cookie.
  if (chromium && p.domain && p.domain->empty()) return refuse(d, Reason::EmptyDomain);
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
  c.http_only = p.http_only;
  // Chromium checks the name's prefix before the origin: a "__Secure-" cookie
  // from http is an InvalidPrefix there. ("__Http-", from newer 6265bis drafts,
  // promises Secure and HttpOnly from a secure origin.)
  if (chromium && !prefix_ok(c, p, secure_from, policy_)) return refuse(d, Reason::InvalidPrefix);
  if (c.secure && !secure_from) return refuse(d, Reason::SecureFromInsecure);
  // Steps 9-10: HttpOnly cookies cannot be made by script.
  if (c.http_only && ctx.from_script) return refuse(d, Reason::HttpOnlyFromScript);
  // 6265bis: no shadowing of Secure cookies from an insecure origin.
  if (store_->count && now >= store_->earliest_expiry) remove_expired(now);  // expired cookies count for nothing
  own();  // from here on this jar's store changes: earlier states keep theirs
  auto it = store_->buckets.find(std::string_view(c.domain));
  const Bucket* own = it == store_->buckets.end() ? nullptr : &it->second;
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
  if (!prefix_ok(c, p, secure_from, policy_)) return refuse(d, Reason::InvalidPrefix);
  // 6265bis 5.7: a nameless cookie whose value looks prefixed would be sent as
  // "__Host-x" and pass for a prefixed cookie, so it is refused.
  if (c.name.empty() && (ascii::istarts_with(c.value, "__Secure-") || ascii::istarts_with(c.value, "__Host-")))
    return refuse(d, Reason::InvalidPrefix);

  // Step 11: an old cookie with the same name, domain and path.
  std::uint32_t old_slot = std::numeric_limits<std::uint32_t>::max();
  if (it != store_->buckets.end()) {
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
    // the Cookie header). Chromium keeps it only when the value is the same: a new
    // value is a new cookie, sent after the older ones.
    if (!chromium || old.value == c.value) {
      c.creation = old.creation;
      c.creation_index = old.creation_index;
    } else {
      c.creation_index = store_->next_index++;
    }
  } else {
    c.creation_index = store_->next_index++;
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
    if (c.creation_index == old.creation_index) {
      if (old.secure != c.secure) {
        if (old.secure) note_secure(b, old.domain, -1);
        if (c.secure) note_secure(b, c.domain, +1);
      }
      if (c.persistent) store_->earliest_expiry = std::min(store_->earliest_expiry, c.expiry);
      old = std::move(c);  // same name, path and creation: its place in `order` holds
    } else {
      // (remove_slot and insert keep the Secure counts and the earliest expiry.)
      // A new creation time moves it in the send order: take it out, put it back.
      const std::string domain = c.domain;
      remove_slot(it, old_slot);
      it = store_->buckets.find(std::string_view(domain));
      if (it == store_->buckets.end()) it = store_->buckets.emplace(domain, Bucket{}).first;
      insert(it->second, std::move(c));
    }
    d.outcome = SetOutcome::Replaced;
  } else {
    if (it == store_->buckets.end()) it = store_->buckets.emplace(d.cookie->domain, Bucket{}).first;
    insert(it->second, std::move(c));
    d.outcome = SetOutcome::Stored;
  }
  if (store_->count > limits_.total || it->second.cookies.size() > limits_.per_domain) evict(*d.cookie, now, d.evicted);
  return d;
}


}  // namespace cl::cookie

// RFC 6265 5.3, "Storage Model": receiving a cookie. set_cookie() follows the
// RFC's numbered steps; the checks RFC 6265bis 5.7 adds (Secure only from a
// secure origin, no shadowing of Secure cookies, SameSite, name prefixes) sit
// where 6265bis puts them, between steps 10 and 11, and the first rule that
// refuses the cookie names the reason, so the learner sees the answer a browser's
// DevTools would show. Where the `chromium` policy goes further than the
// `rfc6265` one, the comment says "Chromium".
#include <algorithm>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

namespace {

SetDecision& refuse(SetDecision& d, Reason r) {
  d.outcome = SetOutcome::Ignored;
  d.reason = r;
  return d;
}

// Step 3: Max-Age wins over Expires, whatever their order in the line; both are
// clamped to the dates a cookie-date can name. Chromium (6265bis 5.6.1's
// "cookie-age-limit") keeps no cookie longer than 400 days.
void set_expiry(Cookie& c, const ParsedSetCookie& p, TimeMs now, bool chromium) {
  if (p.max_age) {
    c.persistent = true;
    const std::int64_t s = *p.max_age;
    c.expiry = s <= 0 ? kEarliest : (s >= (kLatest - now) / kSecond ? kLatest : now + s * kSecond);
  } else if (p.expires) {
    c.persistent = true;
    c.expiry = std::clamp(*p.expires, kEarliest, kLatest);
  }
  if (chromium && c.persistent && c.expiry > now + kMaxAge400Days) c.expiry = now + kMaxAge400Days;
}

// Steps 4-6: the Domain attribute. Without one the cookie is host-only: sent back
// only to the exact host that set it. Returns why the cookie is refused, or None.
Reason set_domain(Cookie& c, const ParsedSetCookie& p, const std::string& host, bool chromium) {
  // Step 4. "Domain=." leaves nothing once its dot is dropped: RFC 6265 5.2.3 then
  // ignores the attribute (a host-only cookie); Chromium refuses the cookie.
  if (chromium && p.domain && p.domain->empty()) return Reason::EmptyDomain;
  std::string_view domain_attr = p.domain ? std::string_view(*p.domain) : std::string_view{};
  // 5.1.2 and 5.1.3 compare canonicalized host names: the request host is already
  // in A-label form (the URL parser converted it), so a Domain attribute written in
  // Unicode ("bücher.example") is converted too, as browsers do; one that IDNA2008
  // refuses names no host at all, and the cookie is refused.
  std::string converted;
  if (!domain_attr.empty() && !ascii::is_ascii(domain_attr)) {
    auto a = to_canonical_host(domain_attr);
    if (!a) return Reason::InvalidIdnDomain;
    converted = std::move(*a);
    domain_attr = converted;
  }
  // Chromium (cookie_util.cc GetCookieDomainWithString): on a host that is no host
  // name (an IP address), Domain equal to the host makes a HOST-ONLY cookie, and any
  // other Domain is refused. RFC 6265 keeps the letter of step 6: Domain=1.2.3.4 on
  // 1.2.3.4 domain-matches (identical strings, 5.1.3), so the cookie is stored with
  // host-only false; harmless, since only that address domain-matches it (no host
  // name ends in ".1.2.3.4": such a host ends in a number, see is_host_name).
  if (chromium && !domain_attr.empty() && !is_host_name(host)) {
    if (domain_attr != host) return Reason::DomainMismatch;
    domain_attr = {};
  }
  // Step 5: a site may not set a cookie for a whole public suffix ("co.kr"), but a
  // host that *is* a public suffix may set a host-only cookie for itself.
  if (!domain_attr.empty() && is_public_suffix(domain_attr)) {
    if (domain_attr != host) return Reason::PublicSuffixDomain;
    domain_attr = {};
  }
  // Step 6: the request host must domain-match the attribute.
  if (!domain_attr.empty()) {
    if (!domain_match(host, domain_attr)) return Reason::DomainMismatch;
    c.host_only = false;
    c.domain = std::string(domain_attr);
  } else {
    c.host_only = true;
    c.domain = host;
  }
  return Reason::None;
}

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

// 6265bis 5.7: SameSite. A cross-site subresource response (or script in a
// cross-site frame) may not set a Lax or Strict cookie; a top-level navigation
// may. Chromium counts a cookie without SameSite as Lax.
Reason same_site_refusal(const Cookie& c, const RequestContext& ctx, bool same_site, bool chromium) {
  if (same_site || !(ctx.from_script || !ctx.top_level_navigation)) return Reason::None;
  if (c.same_site == SameSite::Strict) return Reason::SameSiteStrictCrossSite;
  if (c.same_site == SameSite::Lax) return Reason::SameSiteLaxCrossSite;
  if (c.same_site == SameSite::Unspecified && chromium) return Reason::SameSiteUnspecifiedCrossSite;
  return Reason::None;
}

}  // namespace

SetDecision CookieJar::set_cookie(const RequestContext& ctx, std::string_view header_value, TimeMs now) {
  SetDecision d;
  const bool chromium = policy_ == Policy::Chromium;
  // Before 5.3, 5.2 parses the line (Chromium: nameless pairs allowed, its own
  // reading of the name-value pair); a line it refuses ends here.
  d.parsed = parse_set_cookie(header_value, ParseOptions{.allow_nameless = chromium, .chromium_pair = chromium});
  const ParsedSetCookie& p = d.parsed;
  if (p.refused != Reason::None) return refuse(d, p.refused);

  // Step 1: the user agent may ignore a cookie entirely: for a scheme it does not
  // serve, and (6265bis 5.7 step 1) a cross-site response while the user blocks
  // third-party cookies.
  if (!is_http_scheme(ctx.url.scheme)) return refuse(d, Reason::SchemeNotSupported);
  const bool same_site = is_same_site(ctx, policy_);
  if (!same_site && ctx.block_third_party) return refuse(d, Reason::ThirdPartyBlocked);

  // Step 2: a new cookie, created and last used now.
  Cookie c;
  c.name = p.name;
  c.value = p.value;
  c.creation = c.last_access = now;

  // Step 3: its expiry (Chromium: at most 400 days away).
  set_expiry(c, p, now, chromium);

  // Steps 4-6: its domain, or host-only.
  if (Reason r = set_domain(c, p, ctx.url.host, chromium); r != Reason::None) return refuse(d, r);

  // Step 7: Path, or the directory of the request path (5.1.4).
  c.path = p.path ? *p.path : default_path(ctx.url.path);

  // Step 8: Secure, which 6265bis 5.7 accepts only from a secure origin (Chromium
  // counts localhost as one). Chromium checks the name's prefix before the origin:
  // a "__Secure-" cookie from http is an InvalidPrefix there.
  const bool secure_from = secure_origin(ctx.url, policy_);
  c.secure = p.secure;
  // Step 9: HttpOnly.
  c.http_only = p.http_only;
  if (chromium && !prefix_ok(c, p, secure_from, policy_)) return refuse(d, Reason::InvalidPrefix);
  if (c.secure && !secure_from) return refuse(d, Reason::SecureFromInsecure);

  // Step 10: a non-HTTP API (script) cannot make an HttpOnly cookie.
  if (c.http_only && ctx.from_script) return refuse(d, Reason::HttpOnlyFromScript);

  // Expired cookies count for nothing in what follows (5.3: "evict all expired
  // cookies"). Then the store's place for this identity, looked up once for the
  // checks below and for step 11; from here on this jar's storage changes
  // (earlier states keep theirs).
  store_.remove_expired(now);
  const CookieStore::Entry old = store_.find_for_change(c.name, c.domain, c.path);

  // 6265bis 5.7: an insecure origin may not set a cookie that would shadow a
  // Secure one: same name, domains that domain-match either way, and the new path
  // inside the old one.
  if (!c.secure && !secure_from && store_.has_secure_covering(c.name, c.domain, c.path, old))
    return refuse(d, Reason::OverwriteSecure);
  // 6265bis 5.7: SameSite may refuse a cookie set cross-site.
  c.same_site = p.same_site;
  if (Reason r = same_site_refusal(c, ctx, same_site, chromium); r != Reason::None) return refuse(d, r);
  // Chromium: SameSite=None is the explicit "send me cross-site" and needs Secure.
  if (chromium && c.same_site == SameSite::None && !c.secure) return refuse(d, Reason::SameSiteNoneInsecure);
  // 6265bis 4.1.3: "__Secure-" promises Secure; "__Host-" promises Secure,
  // host-only and Path=/ (so no other host or path can have set it).
  if (!prefix_ok(c, p, secure_from, policy_)) return refuse(d, Reason::InvalidPrefix);
  // 6265bis 5.7: a nameless cookie (which only Chromium's parsing lets through)
  // whose value looks prefixed would be sent as "__Host-x" and pass for a
  // prefixed cookie, so it is refused.
  if (c.name.empty() && (ascii::istarts_with(c.value, "__Secure-") || ascii::istarts_with(c.value, "__Host-")))
    return refuse(d, Reason::InvalidPrefix);

  // Step 11: an old cookie with the same name, domain and path (11.1, `old`).
  if (old) {
    // 11.2: script may not replace an HttpOnly cookie.
    if (ctx.from_script && old->http_only) return refuse(d, Reason::OverwriteHttpOnly);
    // 11.3: the new cookie takes the old one's creation time (and so its place in
    // the Cookie header). Chromium keeps it only when the value is the same: a new
    // value is a new cookie, sent after the older ones.
    if (!chromium || old->value == c.value) {
      c.creation = old->creation;
      c.creation_index = old->creation_index;
    } else {
      c.creation_index = store_.next_creation_index();
    }
  } else {
    c.creation_index = store_.next_creation_index();
  }
  // A cookie that is already expired is how servers delete cookies: the old one
  // goes (11.4) and the new one, expired, is never kept. With nothing to delete
  // the line is reported as ignored, reason "expired".
  if (c.expired(now)) {
    if (!old) return refuse(d, Reason::Expired);
    d.cookie = store_.erase(old);
    d.outcome = SetOutcome::Deleted;
    return d;
  }

  // Steps 11.4 and 12: the new cookie takes the old one's place, or a new one.
  d.cookie = c;
  const std::size_t in_domain = old ? store_.replace(old, std::move(c)) : store_.insert(old, std::move(c));
  d.outcome = old ? SetOutcome::Replaced : SetOutcome::Stored;

  // After step 12: too many cookies under this domain, or in all, evict some
  // (expired first, then the least recently used; see CookieStore::remove_excess).
  if (store_.size() > limits().total || in_domain > limits().per_domain)
    store_.remove_excess(d.cookie->domain, now, d.evicted);
  return d;
}

}  // namespace cl::cookie

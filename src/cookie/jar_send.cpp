// RFC 6265 5.4, "The Cookie Header": which cookies a request carries, in what
// order, and (when asked) why each of the others stays behind. cookies_for()
// follows the RFC's four steps; step 1's conditions gain RFC 6265bis 5.8.3's
// SameSite rules and the browser's third-party setting. Where the `chromium`
// policy goes further than the `rfc6265` one, the comment says "Chromium".
#include <algorithm>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

namespace {

// What step 1 asks of the request, worked out once for all cookies.
struct Request {
  std::string_view host, path;
  bool secure = false;       // "a secure protocol" (Chromium: localhost counts)
  bool script = false;       // a "non-HTTP" API
  bool same_site = true;     // 6265bis 5.2 (Chromium: schemeful)
  bool lax_ok = false;       // 6265bis 5.8.3: a top-level navigation with a safe method
  bool lax_post_ok = false;  // Chromium's "Lax+POST": a top-level unsafe navigation
  bool third_party_blocked = false;
  bool chromium = false;
};

// Step 1 for one cookie stored under a domain `host` domain-matches (`exact`:
// the host itself): None when the cookie goes into the cookie-list, else the first
// condition it fails.
Reason why_not_sent(const Cookie& c, bool exact, const Request& r, TimeMs now) {
  // (5.3: expired cookies are not there to be sent.)
  if (c.expired(now)) return Reason::Expired;
  // Host-only cookies need the very host; others a domain-match (which the walk
  // over domains guarantees).
  if (c.host_only && !exact) return Reason::HostOnlyOtherHost;
  if (!path_match(r.path, c.path)) return Reason::NotOnPath;
  if (c.secure && !r.secure) return Reason::SecureOnly;
  if (c.http_only && r.script) return Reason::HttpOnlyForScript;
  // 6265bis 5.8.3: SameSite on a cross-site request.
  if (!r.same_site) {
    if (c.same_site == SameSite::Strict) return Reason::SameSiteStrict;
    if (c.same_site == SameSite::Lax && !r.lax_ok) return Reason::SameSiteLax;
    // Chromium: no SameSite counts as Lax, except on a top-level POST in the
    // cookie's first two minutes.
    if (c.same_site == SameSite::Unspecified && r.chromium && !r.lax_ok &&
        !(r.lax_post_ok && now - c.creation <= kLaxAllowUnsafeAge))
      return Reason::SameSiteUnspecifiedTreatedAsLax;
  }
  if (r.third_party_blocked) return Reason::ThirdPartyBlockedSend;
  return Reason::None;
}

// Step 4: "name=value" pairs joined by "; " (6265bis: a nameless cookie is sent as
// its value alone), built into one reserved string.
std::string cookie_string(const std::vector<const Cookie*>& list) {
  std::string header;
  std::size_t len = 0;
  for (const Cookie* c : list) len += c->name.size() + c->value.size() + 3;
  header.reserve(len);
  for (const Cookie* c : list) {
    if (!header.empty()) header += "; ";
    if (!c->name.empty()) {
      header += c->name;
      header += '=';
    }
    header += c->value;
  }
  return header;
}

}  // namespace

void CookieJar::cookie_list(const RequestContext& ctx, TimeMs now, bool explain, bool script,
                            std::vector<const Cookie*>& out, std::vector<Exclusion>& excluded) const {
  Request r;
  r.chromium = policy_ == Policy::Chromium;
  r.host = ctx.url.host;
  r.path = ctx.url.path;
  r.secure = secure_origin(ctx.url, policy_);
  r.script = script;
  r.same_site = is_same_site(ctx, policy_);
  r.lax_ok = ctx.top_level_navigation && !script && safe_method(ctx.method);
  r.lax_post_ok = r.chromium && ctx.top_level_navigation && !script && !r.lax_ok;
  r.third_party_blocked = !r.same_site && ctx.block_third_party;

  // Step 1: the cookies of the domains the host domain-matches (the host, then
  // each parent), each passing every condition.
  std::size_t domains_used = 0;
  store_.for_each_domain_matching(r.host, [&](std::string_view domain, const CookieStore::DomainCookies& cookies) {
    const bool exact = domain == r.host;
    const std::size_t first = out.size();
    for (const Cookie& c : cookies) {
      const Reason why = why_not_sent(c, exact, r, now);
      if (why == Reason::None) out.push_back(&c);
      else if (explain) excluded.push_back({store_.with_access(c), why});
    }
    if (out.size() != first) ++domains_used;
  });
  // Step 2: longer paths first, then earlier creation (send_before). Each domain's
  // cookies are already in that order; only cookies of several domains interleave.
  if (domains_used > 1)
    std::sort(out.begin(), out.end(), [](const Cookie* a, const Cookie* b) { return send_before(*a, *b); });
  // Explaining: every cookie of a domain the host does not domain-match.
  if (explain) {
    store_.for_each_domain([&](std::string_view domain, const CookieStore::DomainCookies& cookies) {
      if (domain_match(r.host, domain)) return;  // looked at above
      for (const Cookie& c : cookies)
        excluded.push_back({store_.with_access(c), c.expired(now) ? Reason::Expired : Reason::OtherDomain});
    });
  }
}

SendResult CookieJar::cookies_for(const RequestContext& ctx, TimeMs now, bool explain) {
  SendResult result;
  // 5.3: expired cookies are removed before the store is used.
  if (store_.may_have_expired(now)) {
    std::vector<Cookie> gone = store_.remove_expired(now);
    if (explain)
      for (Cookie& c : gone) result.excluded.push_back({std::move(c), Reason::Expired});
  }
  // Steps 1 and 2: the cookie-list, in order.
  thread_local std::vector<const Cookie*> list;
  list.clear();
  cookie_list(ctx, now, explain, ctx.from_script, list, result.excluded);
  // Step 4: the header. (Built before step 3's bookkeeping, while the cookies'
  // names and values are still in the cache.)
  result.header = cookie_string(list);
  // Step 3: each cookie in it was accessed now (and is reported so in `sent`).
  result.sent.reserve(list.size());
  store_.mark_accessed(list, now, [&](const Cookie& c) {
    result.sent.push_back(c);
    result.sent.back().last_access = now;
  });
  return result;
}

SendResult CookieJar::peek(const RequestContext& ctx, TimeMs now, bool explain) const {
  SendResult result;
  thread_local std::vector<const Cookie*> list;
  list.clear();
  cookie_list(ctx, now, explain, /*script=*/true, list, result.excluded);
  result.header = cookie_string(list);
  result.sent.reserve(list.size());
  for (const Cookie* c : list) result.sent.push_back(store_.with_access(*c));
  return result;
}

}  // namespace cl::cookie

// RFC 6265 5.4 and RFC 6265bis 5.8.3: which cookies a request carries, in what
// order, and (when asked) why each of the others stays behind.
#include <algorithm>
#include <limits>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "cookie/jar_rules.h"

namespace cl::cookie {

using namespace rules;

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
    if (explain) result.excluded.push_back({with_access(c), r});
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
    if (auto it = store_->buckets.find(d); it != store_->buckets.end()) scan(it->first, it->second);
    const std::size_t dot = d.find('.');
    if (ip || dot == std::string_view::npos) break;
    d.remove_prefix(dot + 1);
  }
  // Each bucket is already in send order; cookies from several domains interleave.
  if (buckets_used > 1)
    std::sort(out.begin(), out.end(), [](const Cookie* a, const Cookie* b) { return send_before(*a, *b); });
  if (explain) {
    for (const auto& [domain, b] : store_->buckets) {
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
  if (store_->count && now >= store_->earliest_expiry) {
    std::vector<Cookie> gone = remove_expired(now);
    if (explain)
      for (Cookie& c : gone) result.excluded.push_back({std::move(c), Reason::Expired});
  }
  // A store no other jar shares any more takes the newer access times back.
  if (!touched_.empty() && store_.use_count() == 1) own();
  thread_local std::vector<const Cookie*> picked;
  picked.clear();
  collect(ctx, now, explain, ctx.from_script, picked, result);
  const bool shared = store_.use_count() > 1;
  for (const Cookie* c : picked) {
    // 5.4 step 3: the sent cookies were accessed now. A store of our own is
    // written in place (the pointers come from this non-const jar's storage); a
    // shared one is left as earlier states see it, and the time kept beside it.
    if (!shared) {
      const_cast<Cookie*>(c)->last_access = now;
    } else {
      auto t = std::find_if(touched_.begin(), touched_.end(), [&](const auto& e) { return e.first == c; });
      if (t == touched_.end()) touched_.emplace_back(c, now);
      else t->second = now;
    }
    result.sent.push_back(*c);
    result.sent.back().last_access = now;
  }
  return result;
}

SendResult CookieJar::peek(const RequestContext& ctx, TimeMs now, bool explain) const {
  SendResult result;
  thread_local std::vector<const Cookie*> picked;
  picked.clear();
  collect(ctx, now, explain, /*script=*/true, picked, result);
  for (const Cookie* c : picked) result.sent.push_back(with_access(*c));
  return result;
}

}  // namespace cl::cookie

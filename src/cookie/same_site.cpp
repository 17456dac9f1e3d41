// RFC 6265bis 5.2: "same-site" and "cross-site" requests.
#include "cookie/domain.h"
#include "cookie/jar.h"

namespace cl::cookie {

bool is_same_site(const RequestContext& ctx) { return is_same_site(ctx, Policy::Rfc6265); }

bool is_same_site(const RequestContext& ctx, Policy policy) {
  if (!ctx.site_for_cookies) return true;
  const http::Url& top = *ctx.site_for_cookies;
  if (policy == Policy::Chromium && top.scheme != ctx.url.scheme) return false;  // schemeful
  if (top.host == ctx.url.host) return true;
  return registrable_domain(top.host) == registrable_domain(ctx.url.host);
}

}  // namespace cl::cookie

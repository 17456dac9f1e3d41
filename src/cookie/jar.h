// The browser's cookie store: RFC 6265 5.3 (storage model) and 5.4 (the Cookie
// header), with RFC 6265bis SameSite and prefixes, under one of two policies.
// Every decision comes back with its reason, so the learner can see why.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/time.h"
#include "cookie/cookie.h"
#include "cookie/cookie_store.h"
#include "cookie/reason.h"
#include "cookie/set_cookie_parser.h"
#include "http/url.h"

namespace cl::cookie {

enum class Policy {
  Rfc6265,   // the 2011 text, plus SameSite enforcement as 6265bis describes it
  Chromium,  // as Chromium does today: Lax by default (with the 2-minute POST allowance),
             // None needs Secure, Secure needs a secure origin (localhost excepted),
             // prefixes, expiry capped at 400 days, third-party cookies blockable
};
std::string_view policy_name(Policy p);  // "rfc6265", "chromium"

// (JarLimits, the store's limits, is declared in cookie/cookie_store.h.)

// Who asks, and in what context: the same cookie may be sent on a top-level link
// from the same site and withheld from a cross-site form post.
struct RequestContext {
  http::Url url;                              // the request URL
  std::optional<http::Url> site_for_cookies;  // top-level page's URL; empty = same-site as url
  bool top_level_navigation = true;           // false for subresources (img, iframe, fetch)
  std::string method = "GET";
  bool from_script = false;        // document.cookie (a "non-HTTP API")
  bool block_third_party = false;  // the browser's setting
};

// 6265bis 5.2: same-site when the request URL and the top-level site share a
// registrable domain. The one-argument form ignores the scheme (RFC 6265bis as
// the Rfc6265 policy reads it); under Policy::Chromium it is "schemeful":
// http://a.example and https://a.example are different sites.
bool is_same_site(const RequestContext& ctx);
bool is_same_site(const RequestContext& ctx, Policy policy);

// Stored: a new cookie. Replaced: same name, domain and path as a stored one,
// which it replaces (keeping its creation time, 5.3 step 11.3). Deleted: the line
// carried an expiry in the past and removed the stored cookie of that identity
// (`cookie` is the removed record). Ignored: nothing changed, `reason` says why;
// an already-expired line with nothing to delete is Ignored with Reason::Expired
// (Chromium stores and at once expires it, which looks the same from outside).
enum class SetOutcome { Stored, Replaced, Deleted, Ignored };
std::string_view set_outcome_name(SetOutcome o);  // "stored", "replaced", "deleted", "ignored"

struct SetDecision {
  SetOutcome outcome = SetOutcome::Ignored;
  Reason reason = Reason::None;  // why ignored (None otherwise)
  ParsedSetCookie parsed;
  std::optional<Cookie> cookie;  // the record stored (or deleted)
  std::vector<Cookie> evicted;   // pushed out by the limits (RFC 6265 5.3 last paragraph)
};

struct Exclusion {
  Cookie cookie;
  Reason reason;
};

struct SendResult {
  std::string header;               // "a=b; c=d" ("" when nothing is sent); no "Cookie: "
  std::vector<Cookie> sent;         // in header order
  std::vector<Exclusion> excluded;  // only filled when asked to explain
};

class CookieJar {
 public:
  explicit CookieJar(Policy policy = Policy::Rfc6265, JarLimits limits = {});

  // RFC 6265 5.3: receive one Set-Cookie header value from a response to ctx.url.
  SetDecision set_cookie(const RequestContext& ctx, std::string_view header_value, TimeMs now);
  // RFC 6265 5.4: the cookies for a request, in order. Updates last-access times
  // (so it is not const). With explain, every cookie not sent gets its reason.
  SendResult cookies_for(const RequestContext& ctx, TimeMs now, bool explain = false);
  // What document.cookie would read: like cookies_for with from_script forced on
  // (HttpOnly hidden, no Lax exception), expired cookies skipped, nothing updated.
  SendResult peek(const RequestContext& ctx, TimeMs now, bool explain = false) const;

  std::vector<Cookie> remove_expired(TimeMs now);  // returns what went
  std::vector<Cookie> drop_session_cookies();      // the browser closed
  void clear();
  // By hand (DevTools): put a record as it is, replacing one of the same identity.
  void put(Cookie cookie);
  bool erase(std::string_view name, std::string_view domain, std::string_view path);

  // All cookies, in a stable order (domain, path, name): what a jar panel lists.
  std::vector<Cookie> all() const;
  std::size_t size() const;
  Policy policy() const { return policy_; }
  void set_policy(Policy p) { policy_ = p; }
  const JarLimits& limits() const { return store_.limits(); }
  void set_limits(JarLimits l) { store_.set_limits(l); }
  bool operator==(const CookieJar& o) const { return policy_ == o.policy_ && store_ == o.store_; }

 private:
  // RFC 6265 5.4 steps 1 and 2: the cookies a request may carry, in header order,
  // into `out`; with explain, each cookie left out with its reason.
  void cookie_list(const RequestContext& ctx, TimeMs now, bool explain, bool script, std::vector<const Cookie*>& out,
                   std::vector<Exclusion>& excluded) const;

  Policy policy_;
  // Everything stored, and the limits (cookie_store.h). Copies of a jar share it
  // until one of them changes it.
  CookieStore store_;
};

}  // namespace cl::cookie

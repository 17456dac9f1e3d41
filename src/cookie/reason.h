// Why a cookie was stored, refused, sent or left out. A fixed list, each tied to the
// RFC section that decides it and to the name Chromium's DevTools prints, so a learner
// can match CookieLab's explanation with what a real browser says.
#pragma once
#include <string>
#include <string_view>
#include "base/text.h"

namespace cl::cookie {

enum class Reason {
  None,  // stored, or sent
  // --- Set-Cookie refused (nothing stored) ---
  NoCookieContent,               // empty line
  NoEquals,                      // RFC 6265 5.2 step 1: no '=' in the name-value pair
  EmptyName,                     // RFC 6265 5.2 step 5 (6265bis: empty name and empty value)
  DisallowedCharacter,           // 6265bis 5.6: control character in name or value
  NameValueTooLarge,             // 6265bis 5.6: name + value over 4096 bytes
  DomainMismatch,                // RFC 6265 5.3 step 6: request host does not domain-match Domain
  PublicSuffixDomain,            // RFC 6265 5.3 step 5: Domain is a public suffix
  SecureFromInsecure,            // 6265bis 5.7: Secure cookie set from a non-secure origin
  OverwriteSecure,               // 6265bis 5.7: insecure origin may not shadow a Secure cookie
  HttpOnlyFromScript,            // RFC 6265 5.3 step 10: HttpOnly set through a non-HTTP API
  OverwriteHttpOnly,             // RFC 6265 5.3 step 11.2: script may not replace an HttpOnly cookie
  InvalidPrefix,                 // 6265bis 4.1.3: __Secure-/__Host- rules broken
  EmptyDomain,                   // chromium: "Domain=." names no domain at all (InvalidDomain)
  SameSiteNoneInsecure,          // 6265bis 5.7 (chromium policy): SameSite=None without Secure
  SameSiteStrictCrossSite,       // 6265bis 5.7: Strict cookie set from a cross-site request
  SameSiteLaxCrossSite,          // 6265bis 5.7: Lax cookie set from a cross-site request
  SameSiteUnspecifiedCrossSite,  // chromium: unspecified treated as Lax, set cross-site
  ThirdPartyBlocked,             // browser setting: third-party cookies blocked (UserPreferences)
  SchemeNotSupported,            // RFC 6265 5.3 step 1 allows ignoring non-HTTP(S) schemes
  // --- stored cookie left out of a request (the cookie stays in the jar) ---
  OtherDomain,                      // RFC 6265 5.4 step 1: host does not domain-match the cookie's domain
  HostOnlyOtherHost,                // RFC 6265 5.4 step 1: host-only cookie, request to another (sub)domain
  NotOnPath,                        // RFC 6265 5.4 step 1 / 5.1.4: path does not path-match
  SecureOnly,                       // RFC 6265 5.4 step 1: Secure cookie on a non-secure request
  HttpOnlyForScript,                // RFC 6265 5.4 step 1: HttpOnly cookie asked for by script
  SameSiteStrict,                   // 6265bis 5.8.3: Strict cookie on a cross-site request
  SameSiteLax,                      // 6265bis 5.8.3: Lax cookie, cross-site and not a top-level safe navigation
  SameSiteUnspecifiedTreatedAsLax,  // chromium: no SameSite, treated as Lax
  Expired,                          // RFC 6265 5.3: expired cookies are removed before any use
  ThirdPartyBlockedSend,            // browser setting: third-party cookies blocked
  // --- Set-Cookie refused (added after the lists above; kept at the end) ---
  InvalidIdnDomain,  // RFC 6265 5.1.2 / RFC 5891: Domain is no valid IDNA2008 name
  Count
};

struct ReasonInfo {
  std::string_view id;        // stable identifier used in transcripts, e.g. "no-equals"
  std::string_view rfc;       // e.g. "RFC 6265 5.2 step 1"
  std::string_view chromium;  // DevTools name, e.g. "DomainMismatch" ("" when none)
  std::string_view en;        // one sentence for the learner
  std::string_view ko;
};

const ReasonInfo& reason_info(Reason reason);

// A rule's reference as the reader says it: "RFC 6265 5.4 step 1" in English, and in Korean
// "RFC 6265 5.4절 1단계" (a section is 절, a numbered step of its algorithm 단계).
std::string rfc_reference(std::string_view rfc, Lang lang);

}  // namespace cl::cookie

// The explanation table: one row per Reason, in enum order. The static_assert
// below makes adding a Reason without its row a compile error.
#include <array>
#include "cookie/reason.h"

namespace cl::cookie {
namespace {

constexpr std::array<ReasonInfo, static_cast<std::size_t>(Reason::Count)> kReasons = {{
    {"none", "", "", "Stored or sent.", "저장되었거나 전송되었습니다."},
    // --- Set-Cookie refused ---
    {"no-cookie-content", "RFC 6265bis 5.6", "NoCookieContent", "The Set-Cookie header was empty.",
     "Set-Cookie 헤더가 비어 있습니다."},
    {"no-equals", "RFC 6265 5.2 step 2", "SyntaxError", "The name-value pair has no '=', so the line is ignored.",
     "이름=값 부분에 '='가 없어서 이 줄은 무시됩니다."},
    {"empty-name", "RFC 6265 5.2 step 5", "SyntaxError", "The cookie name is empty, so the line is ignored.",
     "쿠키 이름이 비어 있어서 이 줄은 무시됩니다."},
    {"disallowed-character", "RFC 6265bis 5.6", "DisallowedCharacter",
     "The line contains a control character, so it is ignored entirely.",
     "줄에 제어 문자가 들어 있어서 통째로 무시됩니다."},
    {"name-value-too-large", "RFC 6265bis 5.6", "NameValuePairExceedsMaxSize",
     "The name and value together are longer than 4096 bytes.", "이름과 값을 합친 길이가 4096바이트를 넘습니다."},
    {"domain-mismatch", "RFC 6265 5.3 step 6", "InvalidDomain",
     "The Domain attribute does not cover the host that sent the cookie.",
     "Domain 속성이 쿠키를 보낸 호스트를 포함하지 않습니다."},
    {"public-suffix-domain", "RFC 6265 5.3 step 5", "InvalidDomain",
     "The Domain attribute is a public suffix (like com or co.kr), which no site owns.",
     "Domain 속성이 com이나 co.kr 같은 공개 접미사라서 어느 한 사이트의 것이 아닙니다."},
    {"secure-from-insecure", "RFC 6265bis 5.7", "SecureOnly",
     "A Secure cookie may only be set by a secure (https) origin.",
     "Secure 쿠키는 보안(https) 출처에서만 설정할 수 있습니다."},
    {"overwrite-secure", "RFC 6265bis 5.7", "OverwriteSecure",
     "An insecure origin may not overwrite or shadow an existing Secure cookie of the same name.",
     "보안이 아닌 출처는 같은 이름의 Secure 쿠키를 덮어쓰거나 가릴 수 없습니다."},
    {"httponly-from-script", "RFC 6265 5.3 step 10", "", "Script (document.cookie) may not create an HttpOnly cookie.",
     "스크립트(document.cookie)로는 HttpOnly 쿠키를 만들 수 없습니다."},
    {"overwrite-httponly", "RFC 6265 5.3 step 11.2", "", "Script may not replace an existing HttpOnly cookie.",
     "스크립트로는 이미 있는 HttpOnly 쿠키를 바꿀 수 없습니다."},
    {"invalid-prefix", "RFC 6265bis 4.1.3", "InvalidPrefix",
     "The name's __Secure- or __Host- prefix promises attributes the cookie does not have.",
     "이름의 __Secure- 또는 __Host- 접두사가 요구하는 속성을 쿠키가 갖추지 않았습니다."},
    {"empty-domain", "RFC 6265bis 5.6.3", "InvalidDomain",
     "The Domain attribute is only a dot: it names no domain, so the cookie is refused.",
     "Domain 속성이 점 하나뿐이라 아무 도메인도 가리키지 않으므로 쿠키를 받지 않습니다."},
    {"samesite-none-insecure", "RFC 6265bis 5.7", "SameSiteNoneInsecure",
     "SameSite=None is only accepted together with Secure.", "SameSite=None은 Secure와 함께일 때만 받아들여집니다."},
    {"samesite-strict-cross-site", "RFC 6265bis 5.7", "SameSiteStrict",
     "A SameSite=Strict cookie may not be set by a cross-site subresource request.",
     "SameSite=Strict 쿠키는 다른 사이트에서 온 하위 리소스 요청으로 설정할 수 없습니다."},
    {"samesite-lax-cross-site", "RFC 6265bis 5.7", "SameSiteLax",
     "A SameSite=Lax cookie may not be set by a cross-site subresource request.",
     "SameSite=Lax 쿠키는 다른 사이트에서 온 하위 리소스 요청으로 설정할 수 없습니다."},
    {"samesite-unspecified-cross-site", "RFC 6265bis 5.7", "SameSiteUnspecifiedTreatedAsLax",
     "Without SameSite the cookie counts as Lax, so a cross-site subresource may not set it.",
     "SameSite가 없으면 Lax로 취급되므로 다른 사이트의 하위 리소스는 이 쿠키를 설정할 수 없습니다."},
    {"third-party-blocked", "RFC 6265 7.1", "UserPreferences",
     "The browser is set to block third-party cookies, and this response is cross-site.",
     "브라우저가 서드파티 쿠키를 차단하도록 설정되어 있고 이 응답은 다른 사이트에서 왔습니다."},
    {"scheme-not-supported", "RFC 6265 5.3 step 1", "SchemeNotSupported",
     "Cookies are only kept for http and https URLs.", "쿠키는 http와 https 주소에 대해서만 저장됩니다."},
    // --- stored cookie left out of a request ---
    {"other-domain", "RFC 6265 5.4 step 1", "DomainMismatch", "The request goes to a host outside the cookie's domain.",
     "요청이 쿠키의 도메인 밖에 있는 호스트로 갑니다."},
    {"host-only-other-host", "RFC 6265 5.4 step 1", "DomainMismatch",
     "The cookie is host-only (set without Domain), and this is another host.",
     "Domain 없이 설정된 호스트 전용 쿠키라서 다른 호스트에는 보내지 않습니다."},
    {"not-on-path", "RFC 6265 5.1.4", "NotOnPath", "The request path is not inside the cookie's Path.",
     "요청 경로가 쿠키의 Path 안에 있지 않습니다."},
    {"secure-only", "RFC 6265 5.4 step 1", "SecureOnly", "A Secure cookie is only sent over https.",
     "Secure 쿠키는 https로만 전송됩니다."},
    {"httponly-for-script", "RFC 6265 5.4 step 1", "", "An HttpOnly cookie is hidden from script (document.cookie).",
     "HttpOnly 쿠키는 스크립트(document.cookie)에서 보이지 않습니다."},
    {"samesite-strict", "RFC 6265bis 5.8.3", "SameSiteStrict",
     "A SameSite=Strict cookie is never sent on a cross-site request.",
     "SameSite=Strict 쿠키는 다른 사이트에서 시작된 요청에는 절대 전송되지 않습니다."},
    {"samesite-lax", "RFC 6265bis 5.8.3", "SameSiteLax",
     "A SameSite=Lax cookie is sent cross-site only on a top-level GET or HEAD navigation.",
     "SameSite=Lax 쿠키는 다른 사이트의 요청 중 최상위 GET/HEAD 이동에만 전송됩니다."},
    {"samesite-unspecified-treated-as-lax", "RFC 6265bis 5.8.3", "SameSiteUnspecifiedTreatedAsLax",
     "The cookie has no SameSite, so it is treated as Lax and withheld from this cross-site request.",
     "SameSite가 없어 Lax로 취급되므로 이 다른 사이트 요청에는 전송되지 않습니다."},
    {"expired", "RFC 6265 5.3", "", "The cookie's expiry time has already passed, so the browser does not keep it.",
     "쿠키의 만료 시각이 이미 지나서 브라우저가 보관하지 않습니다."},
    {"third-party-blocked-send", "RFC 6265 7.1", "UserPreferences",
     "The browser blocks third-party cookies, and this request is cross-site.",
     "브라우저가 서드파티 쿠키를 차단하며 이 요청은 다른 사이트에서 시작되었습니다."},
    // --- Set-Cookie refused (added later) ---
    {"invalid-idn-domain", "RFC 6265 5.1.2", "InvalidDomain",
     "The Domain attribute is not a valid internationalised domain name (IDNA2008 refuses a label).",
     "Domain 속성이 올바른 국제화 도메인 이름이 아닙니다(IDNA2008 규칙에 맞지 않는 레이블이 있습니다)."},
}};
static_assert(kReasons.size() == static_cast<std::size_t>(Reason::Count), "one row per Reason");

}  // namespace

const ReasonInfo& reason_info(Reason reason) {
  auto i = static_cast<std::size_t>(reason);
  return kReasons[i < kReasons.size() ? i : 0];
}

std::string rfc_reference(std::string_view rfc, Lang lang) {
  if (lang == Lang::En || !rfc.starts_with("RFC ")) return std::string(rfc);
  // "RFC <document> <section>[ step <n>]"
  const std::size_t doc_end = rfc.find(' ', 4);
  if (doc_end == std::string_view::npos) return std::string(rfc);
  const std::size_t step = rfc.find(" step ", doc_end);
  const std::string_view section =
      rfc.substr(doc_end + 1, step == std::string_view::npos ? std::string_view::npos : step - doc_end - 1);
  std::string out = std::string(rfc.substr(0, doc_end)) + " " + std::string(section) + "절";
  if (step != std::string_view::npos) out += " " + std::string(rfc.substr(step + 6)) + "단계";
  return out;
}

}  // namespace cl::cookie

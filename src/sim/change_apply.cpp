#include "sim/change_apply.h"

#include <vector>
#include "base/time.h"
#include "cookie/cookie.h"
#include "sim/explain.h"

namespace cl::sim {

namespace {

using scenario::Change;
using scenario::Lifetime;

std::string on_off(bool on) { return on ? "on" : "off"; }
std::string on_off_ko(bool on) { return on ? "켬" : "끔"; }

std::string same_site_words(cookie::SameSite s) {
  return s == cookie::SameSite::Unspecified ? "no SameSite" : "SameSite=" + std::string(cookie::same_site_name(s));
}
std::string same_site_words_ko(cookie::SameSite s) {
  return s == cookie::SameSite::Unspecified ? "SameSite 없음" : "SameSite=" + std::string(cookie::same_site_name(s));
}

void add(Bilingual& list, const Bilingual& item) {
  if (!list.en.empty()) {
    list.en += ", ";
    list.ko += ", ";
  }
  list.en += item.en;
  list.ko += item.ko;
}

Bilingual lifetime_words(const Lifetime& l, bool cookie) {
  switch (l.kind) {
    case Lifetime::Kind::Session:
      return cookie ? Bilingual{"a session cookie", "세션 쿠키로"}
                    : Bilingual{"no Max-Age (a session cookie)", "Max-Age 없음(세션 쿠키)"};
    case Lifetime::Kind::At: return {"expires " + format_iso8601(l.time), format_time_ko(l.time) + "에 만료"};
    case Lifetime::Kind::After: {
      const Bilingual d = describe_duration(l.time);
      return cookie ? Bilingual{"expires in " + d.en, d.ko + " 뒤 만료"}
                    : Bilingual{"Max-Age " + d.en, "Max-Age " + d.ko};
    }
  }
  return {};
}

}  // namespace

Bilingual describe_change(const Change& c, const std::string& default_browser) {
  const std::string browser = c.browser.empty() ? default_browser : c.browser;
  Bilingual what;
  switch (c.kind) {
    case Change::Kind::Cookie: {
      if (c.value) add(what, {"value \"" + *c.value + "\"", "값 \"" + *c.value + "\""});
      if (c.domain)
        add(what, c.domain->empty() ? Bilingual{"host-only", "host-only(Domain 없음)"}
                                    : Bilingual{"Domain=" + *c.domain, "Domain=" + *c.domain});
      if (c.path) add(what, {"Path=" + *c.path, "Path=" + *c.path});
      if (c.expires) add(what, lifetime_words(*c.expires, true));
      if (c.secure) add(what, {"Secure " + on_off(*c.secure), "Secure " + on_off_ko(*c.secure)});
      if (c.http_only) add(what, {"HttpOnly " + on_off(*c.http_only), "HttpOnly " + on_off_ko(*c.http_only)});
      if (c.same_site) add(what, {same_site_words(*c.same_site), same_site_words_ko(*c.same_site)});
      return {c.name + " in " + browser + "'s jar: " + what.en,
              browser + "의 쿠키 저장소에 있는 " + c.name + ": " + what.ko};
    }
    case Change::Kind::DeleteCookie:
      return {c.name + " is deleted from " + browser + "'s jar",
              browser + "의 쿠키 저장소에서 " + ko::with(c.name, ko::Josa::IGa) + " 삭제됨"};
    case Change::Kind::Server: {
      if (c.cookie_http_only)
        add(what, {"HttpOnly " + on_off(*c.cookie_http_only), "HttpOnly " + on_off_ko(*c.cookie_http_only)});
      if (c.cookie_secure) add(what, {"Secure " + on_off(*c.cookie_secure), "Secure " + on_off_ko(*c.cookie_secure)});
      if (c.cookie_same_site)
        add(what, {same_site_words(*c.cookie_same_site), same_site_words_ko(*c.cookie_same_site)});
      if (c.cookie_max_age) add(what, lifetime_words(*c.cookie_max_age, false));
      Bilingual behaviour;
      if (c.renew_key)
        add(behaviour, {"a new session key at login " + on_off(*c.renew_key),
                        "로그인 때 세션 키 새로 발급 " + on_off_ko(*c.renew_key)});
      if (c.session_age) {
        const Bilingual d = describe_duration(*c.session_age);
        add(behaviour, {"sessions live " + d.en, "세션 수명 " + d.ko});
      }
      if (c.csrf) add(behaviour, {"CSRF check " + on_off(*c.csrf), "CSRF 검사 " + on_off_ko(*c.csrf)});
      Bilingual out{"server " + c.server + ": ", c.server + " 서버: "};
      if (!what.en.empty()) {
        out.en += "its session cookie " + what.en;
        out.ko += "세션 쿠키 " + what.ko;
      }
      if (!behaviour.en.empty()) {
        if (!what.en.empty()) {
          out.en += "; ";
          out.ko += "; ";
        }
        out.en += behaviour.en;
        out.ko += behaviour.ko;
      }
      return out;
    }
    case Change::Kind::Browser:
      if (c.policy)
        add(what, {"policy " + std::string(cookie::policy_name(*c.policy)),
                   "정책 " + std::string(cookie::policy_name(*c.policy))});
      if (c.block_third_party)
        add(what, *c.block_third_party ? Bilingual{"third-party cookies blocked", "서드파티 쿠키 차단"}
                                       : Bilingual{"third-party cookies allowed", "서드파티 쿠키 허용"});
      return {"browser " + browser + ": " + what.en, browser + " 브라우저: " + what.ko};
    case Change::Kind::CloseReopen:
      return {browser + " closes the browser and opens it again",
              ko::with(browser, ko::Josa::IGa) + " 브라우저를 닫았다가 다시 엶"};
    case Change::Kind::Wait: {
      const Bilingual d = describe_duration(c.duration);
      return {d.en + " pass", ko::with(d.ko, ko::Josa::IGa) + " 지남"};
    }
    case Change::Kind::Count: break;
  }
  return {};
}

bool jar_has(const agent::BrowserState& browser, const Change& change) {
  for (const cookie::Cookie& c : browser.jar.all())
    if (c.name == change.name) return true;
  return false;
}

int apply_cookie_change(agent::BrowserState& browser, const Change& change, TimeMs now) {
  std::vector<cookie::Cookie> matching;
  for (const cookie::Cookie& c : browser.jar.all())
    if (c.name == change.name) matching.push_back(c);
  for (const cookie::Cookie& old : matching) {
    if (change.kind == Change::Kind::DeleteCookie) {
      browser.jar.erase(old.name, old.domain, old.path);
      continue;
    }
    cookie::Cookie c = old;
    if (change.value) c.value = *change.value;
    if (change.domain) {
      // RFC 6265 5.2.3: the attribute's leading dot is ignored; none makes the cookie
      // host-only, for the host it came from (its domain already).
      std::string d = *change.domain;
      if (!d.empty() && d.front() == '.') d.erase(0, 1);
      c.host_only = d.empty();
      if (!d.empty()) c.domain = d;
    }
    if (change.path) c.path = *change.path;
    if (change.expires) {
      c.persistent = change.expires->kind != Lifetime::Kind::Session;
      if (change.expires->kind == Lifetime::Kind::At) c.expiry = change.expires->time;
      if (change.expires->kind == Lifetime::Kind::After) c.expiry = now + change.expires->time;
    }
    if (change.secure) c.secure = *change.secure;
    if (change.http_only) c.http_only = *change.http_only;
    if (change.same_site) c.same_site = *change.same_site;
    if (!c.same_identity(old)) browser.jar.erase(old.name, old.domain, old.path);
    browser.jar.put(std::move(c));
  }
  return static_cast<int>(matching.size());
}

void apply_browser_change(agent::BrowserState& browser, const Change& change) {
  if (change.policy) browser.jar.set_policy(*change.policy);
  if (change.block_third_party) browser.block_third_party = change.block_third_party;
}

server::ServerOverrides server_overrides(const Change& c) {
  server::ServerOverrides o;
  o.cookie_http_only = c.cookie_http_only;
  o.cookie_secure = c.cookie_secure;
  if (c.cookie_same_site) o.cookie_same_site = std::string(cookie::same_site_name(*c.cookie_same_site));
  if (c.cookie_max_age) {
    if (c.cookie_max_age->kind == Lifetime::Kind::Session) o.cookie_max_age = std::optional<TimeMs>{};
    else o.cookie_max_age = std::optional<TimeMs>{c.cookie_max_age->time};
  }
  o.renew_key = c.renew_key;
  o.session_age = c.session_age;
  o.csrf = c.csrf;
  return o;
}

}  // namespace cl::sim

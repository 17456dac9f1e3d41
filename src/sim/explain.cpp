#include "sim/explain.h"

#include <cctype>

namespace cl::sim {

namespace {

std::string cookie_scope(const cookie::Cookie& c) {
  return std::string(c.host_only ? "host-only " : "domain ") + c.domain + ", path " + c.path;
}

std::string cookie_scope_ko(const cookie::Cookie& c) {
  return (c.host_only ? "호스트 전용 " : "도메인 ") + c.domain + ", 경로 " + c.path;
}

std::string flags(const cookie::Cookie& c) {
  std::string f;
  if (c.secure) f += ", Secure";
  if (c.http_only) f += ", HttpOnly";
  if (c.same_site != cookie::SameSite::Unspecified)
    f += ", SameSite=" + std::string(cookie::same_site_name(c.same_site));
  return f;
}

void append(Bilingual& to, const Bilingual& line) {
  if (line.empty()) return;
  if (!to.en.empty()) to.en += "\n";
  if (!to.ko.empty()) to.ko += "\n";
  to.en += line.en;
  to.ko += line.ko;
}

}  // namespace

std::string describe_lifetime(const cookie::Cookie& c) {
  return c.persistent ? "expires " + format_iso8601(c.expiry) : "session cookie";
}

Bilingual describe_decision(const cookie::SetDecision& d) {
  const std::string name = d.parsed.name.empty() && d.cookie ? d.cookie->name : d.parsed.name;
  const std::string label = name.empty() ? "(no name)" : name;
  switch (d.outcome) {
    case cookie::SetOutcome::Stored:
    case cookie::SetOutcome::Replaced: {
      const cookie::Cookie& c = *d.cookie;
      const bool replaced = d.outcome == cookie::SetOutcome::Replaced;
      const std::string life_ko = c.persistent ? format_time_ko(c.expiry) + "까지 유지" : "세션 쿠키";
      return {label + ": " + (replaced ? "replaced" : "stored") + " (" + cookie_scope(c) + ", " + describe_lifetime(c) +
                  flags(c) + ")",
              label + ": " + (replaced ? "기존 쿠키를 교체했습니다" : "쿠키 저장소에 저장했습니다") + " (" +
                  cookie_scope_ko(c) + ", " + life_ko + flags(c) + ")"};
    }
    case cookie::SetOutcome::Deleted:
      return {label + ": deleted (its expiry is already in the past, so the browser removes it)",
              label + ": 삭제했습니다 (만료 시각이 이미 지났으므로 브라우저가 지웁니다)"};
    case cookie::SetOutcome::Ignored: {
      const cookie::ReasonInfo& r = cookie::reason_info(d.reason);
      return {label + ": ignored: " + std::string(r.en) + " (" + std::string(r.rfc) + ")",
              label + ": 무시했습니다: " + std::string(r.ko) + " (" + cookie::rfc_reference(r.rfc, Lang::Ko) + ")"};
    }
  }
  return {};
}

Bilingual describe_exclusion(const cookie::Exclusion& e) {
  const cookie::ReasonInfo& r = cookie::reason_info(e.reason);
  return {e.cookie.name + ": not sent: " + std::string(r.en) + " (" + std::string(r.rfc) + ")",
          e.cookie.name + ": 보내지 않음: " + std::string(r.ko) + " (" + cookie::rfc_reference(r.rfc, Lang::Ko) + ")"};
}

Bilingual explain_exchange(const Exchange& ex, const scenario::Scenario& sc, const Bilingual& server_said) {
  Bilingual out;
  const std::string target = ex.method + " " + ex.url->to_string();
  if (ex.redirect_follow)
    append(out, {"The browser follows the redirect by itself: " + target,
                 "브라우저가 리다이렉트를 스스로 따라갑니다: " + target});
  const std::string cookie_header = ex.cookie_header();
  if (ex.cookies.sent().empty() && cookie_header.empty()) {
    append(out, {"The request carries no Cookie header.", "요청에 Cookie 헤더가 없습니다."});
  } else {
    std::string names;
    for (const cookie::Cookie& c : ex.cookies.sent()) names += (names.empty() ? "" : ", ") + c.name;
    if (names.empty()) names = cookie_header;
    append(out, {"The browser sends its cookies for this address: " + names,
                 "브라우저가 이 주소에 맞는 쿠키를 함께 보냅니다: " + names});
  }
  for (const cookie::Exclusion& e : ex.cookies.excluded) append(out, describe_exclusion(e));
  if (ex.server < 0 && ex.status == 0) {
    append(out, {"No server in this lesson answers for " + ex.url->host + ".",
                 "이 레슨에는 " + ex.url->host + "에 응답하는 서버가 없습니다."});
    return out;
  }
  if (ex.server >= 0) {
    const std::string& name = sc.servers[static_cast<std::size_t>(ex.server)].name;
    const std::string status = std::to_string(ex.status);
    append(out, {"Server " + name + " answers " + status + ".",
                 name + " 서버가 " + ko::with(status, ko::Josa::EuroRo) + " 응답합니다."});
  } else {
    append(out, {"The request is malformed; the server answers 400 Bad Request.",
                 "요청 형식이 잘못되어 서버가 400 Bad Request로 응답합니다."});
  }
  append(out, server_said);
  for (const SetCookieReport& r : ex.set_cookies) append(out, describe_decision(r.decision));
  return out;
}

Bilingual explain(const scenario::Scenario& sc, const Step& step) {
  if (!step.exchange) return step.explanation;
  Bilingual out =
      explain_exchange(*step.exchange, sc, step.exchange->server_said ? *step.exchange->server_said : Bilingual{});
  // A recorded exchange where the real browser sent another Cookie header than the
  // engine would: each difference and why, after what the engine decided.
  for (const Message& d : step.differences) append(out, d.both());
  return out;
}

Bilingual explain_close(const std::vector<cookie::Cookie>& dropped) {
  std::string names;
  for (const cookie::Cookie& c : dropped) names += (names.empty() ? "" : ", ") + c.name;
  if (names.empty())
    return {"The browser is closed. It held no session cookies, so its jar is unchanged.",
            "브라우저를 닫았습니다. 세션 쿠키가 없었으므로 쿠키 저장소는 그대로입니다."};
  return {"The browser is closed. Session cookies (no Expires, no Max-Age) die with it: " + names,
          "브라우저를 닫았습니다. 세션 쿠키(Expires도 Max-Age도 없는 쿠키)는 함께 사라집니다: " + names};
}

Bilingual explain_reopen(std::size_t kept) {
  return {"The browser starts again on a blank page. Persistent cookies still in the jar: " + std::to_string(kept),
          "브라우저를 다시 열었습니다. 쿠키 저장소에 남아 있는 영구 쿠키: " + std::to_string(kept) + "개"};
}

Bilingual explain_clear(std::size_t removed) {
  return {"All cookies are cleared from this browser (" + std::to_string(removed) + " removed).",
          "이 브라우저의 쿠키를 모두 지웠습니다 (" + std::to_string(removed) + "개 삭제)."};
}

Bilingual explain_manual_set(const std::string& line, const cookie::SetDecision& d, bool from_script) {
  Bilingual out =
      from_script ? Bilingual{"A script on the page runs document.cookie = \"" + line + "\".",
                              "페이지의 스크립트가 document.cookie = \"" + line + "\" 문장을 실행합니다."}
                  : Bilingual{"A cookie is written into the jar by hand (as in the browser's developer tools): " + line,
                              "개발자 도구에서처럼 쿠키를 직접 써 넣습니다: " + line};
  append(out, describe_decision(d));
  return out;
}

Bilingual explain_delete_cookie(const std::string& name, int removed) {
  if (removed == 0)
    return {"There is no cookie named " + name + " to delete.", name + " 쿠키가 없어 지울 것이 없습니다."};
  return {"The cookie " + name + " is deleted by hand.", name + " 쿠키를 직접 지웠습니다."};
}

Bilingual explain_copy_cookie(const std::string& name, const Bilingual& from_browser, int copied) {
  if (copied == 0)
    return {"The browser " + from_browser.en + " has no cookie named " + name + " to copy.",
            from_browser.ko + " 브라우저에는 복사할 " + name + " 쿠키가 없습니다."};
  return {"The cookie " + name + " is copied from " + from_browser.en +
              "'s jar into this one. The server will only see the cookie, not who holds it.",
          name + " 쿠키를 " + from_browser.ko +
              "의 쿠키 저장소에서 이 브라우저로 복사했습니다. 서버는 쿠키만 볼 뿐, 누가 보냈는지는 모릅니다."};
}

Bilingual explain_delete_sessions(const Bilingual& user, std::size_t removed) {
  const std::string n = std::to_string(removed);
  if (user.empty())
    return {"The server deletes every session (" + n + " rows). Cookies in browsers now point at nothing.",
            "서버가 모든 세션을 지웠습니다 (" + n + "행). 브라우저에 남은 쿠키는 이제 아무것도 가리키지 않습니다."};
  return {"The server deletes " + user.en + "'s sessions (" + n + " rows).",
          "서버가 " + user.ko + "의 세션을 지웠습니다 (" + n + "행)."};
}

Bilingual describe_duration(TimeMs span) {
  // format_duration's units ("1d 2h", "20m", "30s") spelled out for Korean readers.
  const std::string en = format_duration(span);
  std::string ko;
  for (std::size_t i = 0; i < en.size();) {
    std::size_t j = i;
    while (j < en.size() && std::isdigit(static_cast<unsigned char>(en[j]))) ++j;
    std::size_t k = j;
    while (k < en.size() && std::isalpha(static_cast<unsigned char>(en[k]))) ++k;
    const std::string unit = en.substr(j, k - j);
    ko += en.substr(i, j - i);
    ko += unit == "w"    ? "주"
          : unit == "d"  ? "일"
          : unit == "h"  ? "시간"
          : unit == "m"  ? "분"
          : unit == "s"  ? "초"
          : unit == "ms" ? "밀리초"
                         : unit;
    i = k;
    while (i < en.size() && !std::isdigit(static_cast<unsigned char>(en[i]))) ko += en[i++];
  }
  return {en, ko};
}

Bilingual explain_wait(TimeMs span, const std::vector<std::pair<Bilingual, cookie::Cookie>>& expired) {
  const Bilingual d = describe_duration(span);
  Bilingual out{"Time passes: " + d.en + ".", ko::with(d.ko, ko::Josa::IGa) + " 흐릅니다."};
  for (const auto& [browser, c] : expired)
    append(out, {c.name + " expired in " + browser.en + "'s jar and is removed.",
                 browser.ko + "의 쿠키 저장소에서 " + c.name + " 쿠키가 만료되어 삭제되었습니다."});
  return out;
}

Bilingual explain_no_form(const std::string& which) {
  // `which` is the form's action ("" = the first form). Nothing is attached to it:
  // "인" after a word needs no guess, unlike 이/가 (see ko::with).
  if (which.empty())
    return {"The page shown has no such form, so nothing is sent.",
            "지금 페이지에 폼이 없어 아무것도 보내지 않습니다."};
  return {"The page shown has no such form (" + which + "), so nothing is sent.",
          "지금 페이지에 action이 \"" + which + "\"인 폼이 없어 아무것도 보내지 않습니다."};
}

Bilingual explain_no_link(const std::string& which) {
  return {"The page shown has no link \"" + which + "\", so nothing is sent.",
          "지금 페이지에 \"" + which + "\" 링크가 없어 아무것도 보내지 않습니다."};
}

}  // namespace cl::sim

namespace cl::sim {

Bilingual action_label(scenario::Action action) {
  using A = scenario::Action;
  switch (action) {
    case A::Visit: return {"visit", "방문"};
    case A::Submit: return {"submit a form", "폼 제출"};
    case A::Follow: return {"follow a link", "링크 클릭"};
    case A::Post: return {"form post", "폼 전송(POST)"};
    case A::Wait: return {"wait", "기다리기"};
    case A::Close: return {"close the browser", "브라우저 닫기"};
    case A::Reopen: return {"reopen the browser", "브라우저 다시 열기"};
    case A::ClearCookies: return {"clear cookies", "쿠키 지우기"};
    case A::SetCookie: return {"cookie written by hand", "쿠키 직접 쓰기"};
    case A::ScriptCookie: return {"cookie written by a script", "스크립트로 쿠키 쓰기"};
    case A::DeleteCookie: return {"delete a cookie", "쿠키 지우기(하나)"};
    case A::CopyCookie: return {"copy a cookie", "쿠키 복사"};
    case A::DeleteSession: return {"delete sessions", "세션 삭제"};
    case A::Raw: return {"raw request", "직접 쓴 요청"};
    case A::Change: return {"what if", "만약에"};
    case A::Count: break;
  }
  return {"", ""};
}

}  // namespace cl::sim

#include "server/narration.h"

#include <initializer_list>

namespace cl::server::say {

namespace {
std::string s(std::string_view v) { return std::string(v); }
}  // namespace

std::string short_key(std::string_view key) {
  if (key.size() <= 6) return s(key);
  return s(key.substr(0, 4)) + "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
}

void append(Bilingual& into, const Bilingual& more) {
  auto add = [](std::string& to, const std::string& text) {
    if (text.empty()) return;
    if (!to.empty()) to += ' ';
    to += text;
  };
  add(into.en, more.en);
  add(into.ko, more.ko);
}

namespace {
// Joins the parts in one allocation: the sentence said on nearly every request.
std::string join(std::initializer_list<std::string_view> parts) {
  std::size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out += p;
  return out;
}
}  // namespace

Bilingual session_found(std::string_view key, Who user) {
  const std::string k = short_key(key);
  const std::string k_eul = "(" + k + ")를";  // after "세션 ID": read 아이디, so 를
  if (user.empty())
    return {join({"The server found session ", k, " in its session table; it belongs to no logged-in user."}),
            join({"세션 테이블에서 세션 ID", k_eul, " 찾았습니다. 로그인한 사용자의 세션은 아닙니다."})};
  return {join({"The server found session ", k, " in its session table. This request is ", user.en, "'s."}),
          join({"세션 테이블에서 세션 ID", k_eul, " 찾았습니다. 이 요청은 ", user.ko, "의 것입니다."})};
}

Bilingual session_missing(std::string_view key) {
  const std::string k = short_key(key);
  return {"The browser sent session ID " + k + ", but the session table has no such row, so the visitor counts as new.",
          "브라우저가 세션 ID(" + k + ")를 보냈지만 세션 테이블에 그런 행이 없어서, 처음 온 방문자로 취급합니다."};
}

Bilingual session_expired(std::string_view key) {
  const std::string k = short_key(key);
  return {"Session " + k + " is still in the table, but its expiry time has passed, so the server ignores it.",
          "세션(" + k + ")은 테이블에 남아 있지만 만료 시각이 지났기 때문에 서버는 이 세션을 무시합니다."};
}

Bilingual session_invalid(std::string_view cookie) {
  return {"The " + s(cookie) + " cookie failed the signature check, so the server does not trust it.",
          s(cookie) + " 쿠키의 서명이 맞지 않아서 서버는 이 쿠키를 믿지 않습니다."};
}

Bilingual session_adopted(std::string_view key) {
  const std::string k = short_key(key);
  return {"PHP does not know session ID " + k +
              " but takes it anyway (session.use_strict_mode is off): whoever chose "
              "the ID can share this session.",
          "PHP는 세션 ID(" + k +
              ")를 모르지만 그대로 받아들입니다(session.use_strict_mode가 꺼져 있음). 이 ID를 정한 "
              "사람이라면 누구든 이 세션을 함께 쓸 수 있습니다."};
}

Bilingual session_created(std::string_view key, std::string_view cookie_name) {
  const std::string k = short_key(key);
  return {"The server created a new session " + k + " and sends its key in the " + s(cookie_name) + " cookie.",
          "서버가 새 세션(" + k + ")을 만들고 그 키를 " + s(cookie_name) + " 쿠키에 담아 보냅니다."};
}

Bilingual session_saved(std::string_view key) {
  const std::string k = short_key(key);
  return {"The server saved the changed session " + k + " and moved its expiry forward.",
          "서버가 바뀐 세션(" + k + ")을 저장하고 만료 시각을 뒤로 미뤘습니다."};
}

Bilingual session_renewed(std::string_view old_key, std::string_view new_key) {
  return {"At login the server gave the session a new key (" + short_key(old_key) + " became " + short_key(new_key) +
              "), so a key someone learned before the login is worthless (the defence against session fixation).",
          "로그인할 때 서버가 세션 키를 새로 바꿨습니다(" + short_key(old_key) + " → " + short_key(new_key) +
              "). 로그인 전에 누군가 알아낸 키는 이제 쓸모가 없습니다(세션 고정 공격 방어)."};
}

Bilingual session_kept_at_login(std::string_view key) {
  const std::string k = short_key(key);
  return {"The session key stays " + k + " after login: anyone who knew it before now shares the logged-in session.",
          "로그인한 뒤에도 세션 키가 " + k +
              " 그대로입니다. 로그인 전에 이 키를 알던 사람은 이제 로그인된 세션을 "
              "함께 쓰게 됩니다."};
}

Bilingual session_deleted(std::string_view key) {
  const std::string k = short_key(key);
  return {"The server deleted session " + k + " from its table.", "서버가 세션(" + k + ")을 테이블에서 지웠습니다."};
}

Bilingual cookie_deleted(std::string_view cookie_name) {
  return {"It also tells the browser to delete the " + s(cookie_name) + " cookie (an expiry in 1970 and Max-Age=0).",
          "브라우저에게도 " + s(cookie_name) + " 쿠키를 지우라고 알립니다(1970년 만료일과 Max-Age=0)."};
}

Bilingual login_ok(Who user) {
  return {"The password is correct: the session now records that this browser is " + s(user.en) + ".",
          "비밀번호가 맞습니다. 이제 세션에 이 브라우저의 사용자가 " + s(user.ko) + " 님으로 기록됩니다."};
}

Bilingual login_ok_stateless(Who user) {
  return {
      "The password is correct, and the server greets " + s(user.en) + ", but it keeps nothing and sends no cookie.",
      "비밀번호가 맞아서 서버가 " + s(user.ko) + "에게 인사하지만, 아무것도 저장하지 않고 쿠키도 보내지 않습니다."};
}

Bilingual login_failed(std::string_view user) {
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
  std::string quoted = "\"";
  quoted += user;
  quoted += '"';
  return {"The user name or password for " + quoted + " is wrong: no session is started.",
          quoted + "의 아이디나 비밀번호가 틀렸습니다. 세션을 시작하지 않습니다."};
}

Bilingual logout(Who user) {
  if (user.empty())
    return {"Logging out: there was no logged-in user.", "로그아웃합니다. 로그인한 사용자는 없었습니다."};
  return {s(user.en) + " logs out.", s(user.ko) + " 님이 로그아웃합니다."};
}

Bilingual csrf_failed(std::string_view reason) {
  // Django's reasons end with a full stop; here they sit inside parentheses.
  if (!reason.empty() && reason.back() == '.') reason.remove_suffix(1);
  return {
      "The POST has no valid CSRF token (" + s(reason) + "), so the server refuses it with 403 and changes nothing.",
      "이 POST 요청에는 올바른 CSRF 토큰이 없어서(" + s(reason) +
          ") 서버가 403으로 거절하고 아무것도 바꾸지 "
          "않습니다."};
}

Bilingual login_required(std::string_view path) {
  return {"The page " + s(path) +
              " needs a logged-in user, and this request carries none, so the server redirects "
              "to the login page.",
          s(path) +
              " 페이지는 로그인이 필요한데 이 요청으로는 누구인지 알 수 없어서, 서버가 로그인 페이지로 "
              "보냅니다."};
}

Bilingual staff_required(Who user) {
  if (user.empty())
    return {"The administration needs a staff account; the visitor is not logged in.",
            "관리자 페이지는 스태프 계정이 필요한데, 방문자는 로그인하지 않았습니다."};
  return {s(user.en) + " is logged in but is not staff, so the administration sends them to its own login page.",
          s(user.ko) + " 님은 로그인했지만 스태프가 아니어서, 관리자 페이지가 자체 로그인 페이지로 보냅니다."};
}

Bilingual cart_added(std::string_view item) {
  return {"The server puts \"" + s(item) + "\" into the cart, which lives in the session on the server.",
          "서버가 장바구니에 \"" + s(item) + "\" 상품을 넣습니다. 장바구니는 서버의 세션 안에 있습니다."};
}

Bilingual transfer(Who from, Who to, std::string_view amount) {
  return {"The server transfers " + s(amount) + " from " + s(from.en) + " to " + s(to.en) + ".",
          "서버가 " + s(from.ko) + "의 돈 " + ko::with(amount, ko::Josa::EulReul) + " " + s(to.ko) + "에게 보냅니다."};
}

Bilingual tracker_saw(std::string_view uid, std::string_view site, bool new_uid) {
  const std::string where = site == "direct" ? std::string("a direct visit") : "a page of " + s(site);
  const std::string where_ko = site == "direct" ? std::string("직접 방문") : s(site) + "의 페이지";
  if (new_uid)
    return {"The tracker sees a browser without its uid cookie on " + where + ", gives it uid " + s(uid) +
                " and writes down where it was.",
            "추적기가 uid 쿠키가 없는 브라우저를 " + where_ko + "에서 보고, uid(" + s(uid) + ")를" +
                " 붙인 뒤 어디서 봤는지 기록합니다."};
  return {"The tracker recognises uid " + s(uid) + " again, this time on " + where +
              ", and adds it to that "
              "browser's history.",
          "추적기가 uid(" + s(uid) + ")를 다시 알아봅니다. 이번에는 " + where_ko +
              "입니다. 이 브라우저의 방문 기록에 "
              "추가합니다."};
}

Bilingual app_cookie(std::string_view name, std::string_view value) {
  return {"The page sets the cookie " + s(name) + "=" + s(value) + ".",
          "페이지가 쿠키(" + s(name) + "=" + s(value) + ")를 설정합니다."};
}

Bilingual stateless_forgets() {
  return {"This server keeps no sessions: it knows only what this one request carries.",
          "이 서버는 세션을 보관하지 않습니다. 지금 이 요청에 담긴 내용만 압니다."};
}

Bilingual scripted(std::string_view path) {
  return {"The server answers " + s(path) + " with a response written in the scenario.",
          "서버가 " + s(path) + "에 시나리오에 적힌 응답을 그대로 보냅니다."};
}

Bilingual not_found(std::string_view path) {
  return {"The server has no page at " + s(path) + ".", "서버에 " + s(path) + " 페이지가 없습니다."};
}

Bilingual anonymous() {
  return {"The request carries no session cookie, so the server does not know who this is.",
          "요청에 세션 쿠키가 없어서 서버는 누구인지 모릅니다."};
}

Bilingual password_changed(Who user) {
  return {"The old password is right and the two new ones agree: the server writes the new password hash into " +
              s(user.en) + "'s row of the users table.",
          "기존 비밀번호가 맞고 새 비밀번호 두 개가 같습니다. 서버가 사용자 테이블의 " + s(user.ko) +
              " 행에 새 비밀번호 해시를 씁니다."};
}

Bilingual password_change_failed(Who user) {
  return {"The form has an error: " + s(user.en) + "'s password stays as it was.",
          "폼에 오류가 있어서 " + s(user.ko) + "의 비밀번호는 그대로입니다."};
}

Bilingual session_key_cycled(std::string_view old_key, std::string_view new_key) {
  return {"update_session_auth_hash() gives this session a new key (" + short_key(old_key) + " became " +
              short_key(new_key) +
              ") and stores the new password's _auth_user_hash in it, so this browser stays logged in.",
          "update_session_auth_hash()가 이 세션에 새 키를 주고(" + short_key(old_key) + " → " + short_key(new_key) +
              ") 새 비밀번호로 만든 _auth_user_hash를 저장합니다. 그래서 이 브라우저는 로그인이 유지됩니다."};
}

Bilingual session_stale(std::string_view key, Who user) {
  const std::string k = short_key(key);
  return {"Session " + k + " names user " + s(user.en) +
              " by _auth_user_id, but its _auth_user_hash no longer matches the password in the users row (the "
              "password was changed), so Django logs this session out: it is flushed.",
          "세션(" + k + ")은 _auth_user_id로 " + ko::with(user.ko, ko::Josa::EulReul) +
              " 가리키지만, _auth_user_hash가 사용자 행의 비밀번호와 더는 맞지 않습니다(비밀번호가 바뀌었습니다). "
              "그래서 Django가 이 세션을 로그아웃시킵니다(flush)."};
}

}  // namespace cl::server::say

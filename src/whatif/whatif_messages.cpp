// The what-if bench's words, in English and Korean (a Korean wording as a Korean
// teacher says it; particles after arguments chosen by ko::with).
#include "whatif/whatif_messages.h"
#include <cassert>
#include <iterator>

namespace cl::whatif {

namespace {

// In the order of enum WhatIfMsg.
constexpr MessageEntry kEntries[] = {
    /* BadStep */
    {"step {at}: the lesson has steps 1 to {count}", "{at}단계: 이 수업의 단계는 1부터 {count}까지입니다", "at count"},
    /* NoChange */ {"nothing to change: give at least one change", "바꿀 것이 없습니다. 변경을 하나 이상 주세요", ""},
    /* NoBrowser */
    {"no browser is called {name}; the lesson's browsers: {list}",
     "{name}라는 브라우저가 없습니다. 이 수업의 브라우저: {list}", "name list"},
    /* NoServer */
    {"no server is called {name}, nor runs as {name}; the lesson's servers: {list}",
     "{name}라는 서버도, {name:으로} 동작하는 서버도 없습니다. 이 수업의 서버: {list}", "name list"},
    /* NoCookie */
    {"before step {at}, {browser}'s jar holds no cookie {name}; it holds: {list}",
     "{at}단계 전에 {browser}의 쿠키 저장소에는 {name} 쿠키가 없습니다. 있는 쿠키: {list}", "at browser name list"},
    /* NoCsrf */
    {"server {server} has no CSRF check to turn on (only django has one)",
     "{server} 서버에는 켤 CSRF 검사가 없습니다(django에만 있습니다)", "server"},
    /* NotRun */
    {"the lesson has not run to step {at}: run it first", "수업이 {at}단계까지 실행되지 않았습니다. 먼저 실행하세요",
     "at"},

    /* NoStepDiffers */
    {"no step differs: this change makes no difference to the lesson",
     "달라지는 단계가 없습니다. 이 변경은 수업의 결과를 바꾸지 않습니다", ""},
    /* PartsAt */ {"step {step}: {what}", "{step}단계: {what}", "step what"},
    /* CookieLeftOut */
    {"{name} is not sent: {reason}", "{name:은} 보내지 않습니다: {reason}", "name reason"},
    /* CookieSentNow */
    {"{name} is sent now; the original left it out: {reason}", "이제 {name:이} 전송됩니다. 원래는 빠졌습니다: {reason}",
     "name reason"},
    /* CookieHeader */
    {"the request's Cookie header is {branch} instead of {original}",
     "요청의 Cookie 헤더가 {original} 대신 {branch}입니다", "branch original"},
    /* SetCookie */
    {"Set-Cookie {name}: {branch}; in the original: {original}", "Set-Cookie {name}: {branch}. 원래는: {original}",
     "name branch original"},
    /* Status */
    {"the server answers {branch} instead of {original}. {said}",
     "서버가 {original} 대신 {branch:으로} 응답합니다. {said}", "branch original said"},
    /* User */
    {"the server recognises {branch} instead of {original}", "서버가 {original} 대신 {branch:으로} 알아봅니다",
     "branch original"},
    /* Page */
    {"the browser shows {branch} instead of {original}", "브라우저가 {original} 대신 {branch:을} 보여 줍니다",
     "branch original"},
    /* Jar */
    {"the cookie jar holds {branch} instead of {original}", "쿠키 저장소에 {original} 대신 {branch:이} 있습니다",
     "branch original"},
    /* Sessions */
    {"the session table holds {branch} instead of {original}", "세션 테이블에 {original} 대신 {branch:이} 있습니다",
     "branch original"},
    /* Nobody */ {"nobody", "아무도 아닌 사람", ""},
    /* NoneText */ {"(none)", "(없음)", ""},

    /* CheckChanged */
    {"step {step}: {check}: {original} in the original, {branch} on this branch",
     "{step}단계: {check}: 원래는 {original}, 이 갈래에서는 {branch}", "step check original branch"},
    /* Passes */ {"passes", "통과", ""},
    /* Fails */ {"fails", "실패", ""},
    /* QuestionChanged */
    {"step {step}: the question's answer rests on what now goes differently; think it over again",
     "{step}단계: 질문의 답이 기대던 결과가 달라졌습니다. 답을 다시 생각해 보세요", "step"},

    /* AtStep */ {"at step {step}: {what}", "{step}단계에서: {what}", "step what"},

    /* ExpectedParting */
    {"the runs should part at step {expected}, but {seen}", "두 실행은 {expected}단계에서 갈라져야 하는데, {seen}",
     "expected seen"},
    /* ExpectedNoDifference */
    {"no step should differ, but {seen}", "달라지는 단계가 없어야 하는데, {seen}", "seen"},
    /* ExpectedCheck */
    {"step {step}: expected {check}, saw {seen}", "{step}단계: {check:을} 기대했지만 실제로는 {seen}",
     "step check seen"},
    /* Instead */ {"{branch}; in the original: {original}", "{branch}. 원래는: {original}", "branch original"},
    /* CookieValue */
    {"{name} is sent with the value {branch} instead of {original}",
     "{name} 쿠키가 {original} 대신 {branch} 값으로 전송됩니다", "name branch original"},
    /* CookieExpired */
    {"{name} is not sent: it expired at {when}, and the browser removed it from the jar (RFC 6265 5.3)",
     "{name:은} 보내지 않습니다. {when}에 만료되어 브라우저가 쿠키 저장소에서 지웠습니다(RFC 6265 5.3절)", "name when"},
    /* CookieGone */
    {"{name} is not sent: the jar no longer holds it", "{name:은} 보내지 않습니다. 쿠키 저장소에 더 이상 없습니다",
     "name"},
    /* PageClosed */ {"(closed)", "(닫힘)", ""},
    /* PageBlank */ {"(blank)", "(빈 페이지)", ""},
    /* Anonymous */ {"anonymous", "익명", ""},
    /* SessionRowText */ {"{key} ({user}, expires {when})", "{key} ({user}, {when} 만료)", "key user when"},
    /* CookieExpires */ {"expires {when}", "{when} 만료", "when"},
    /* CookieSession */ {"session", "세션 쿠키", ""},
    /* Stored */ {"{name} stored", "{name} 저장됨", "name"},
    /* Replaced */ {"{name} replaced", "{name} 교체됨", "name"},
    /* Deleted */ {"{name} deleted", "{name} 삭제됨", "name"},
    /* Ignored */ {"{name} ignored ({reason})", "{name} 무시됨 ({reason})", "name reason"},
};
static_assert(std::size(kEntries) == static_cast<std::size_t>(WhatIfMsg::Count), "one entry per kind, in enum order");

}  // namespace

Message message(WhatIfMsg kind, std::vector<Message> args) {
  const MessageEntry& entry = kEntries[static_cast<std::size_t>(kind)];
  assert(args.size() == arg_count(entry) && "a kind is given the arguments it declares");
  return Message(entry, std::move(args));
}

const Catalogue& whatif_catalogue() {
  static const Catalogue catalogue{"whatif", kEntries, std::size(kEntries)};
  return catalogue;
}

}  // namespace cl::whatif

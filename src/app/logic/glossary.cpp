#include "app/logic/glossary.h"
#include <vector>

namespace cl::app {

std::span<const GlossaryEntry> glossary() {
  static const std::vector<GlossaryEntry> entries = {
    {"stateless", "무상태",
     {"HTTP is stateless: each request stands alone, and the server does not remember the previous "
      "one by itself (RFC 9110 3.3). Cookies and sessions add memory on top.",
      "HTTP는 무상태(stateless)입니다: 요청 하나하나가 독립적이고, 서버는 이전 요청을 스스로 기억하지 "
      "않습니다 (RFC 9110 3.3). 쿠키와 세션이 그 위에 기억을 더합니다."}},
    {"cookie", "쿠키",
     {"A small name=value pair the server asks the browser to keep and send back on later "
      "requests to the same site (RFC 6265).",
      "서버가 브라우저에게 보관했다가 같은 사이트로 보내는 다음 요청에 돌려보내 달라고 하는 작은 "
      "이름=값 쌍입니다 (RFC 6265)."}},
    {"session", "세션",
     {"What the server remembers about one visitor, stored on the server (here in an SQLite "
      "table) under a random key; the browser only holds the key, in a cookie.",
      "서버가 방문자 한 명에 대해 기억하는 내용으로, 무작위 키 아래 서버에 저장됩니다 (여기서는 "
      "SQLite 테이블). 브라우저는 그 키만 쿠키로 가지고 있습니다."}},
    {"Set-Cookie", "",
     {"The response header with which a server gives the browser a cookie, with attributes "
      "that say where and how long it applies (RFC 6265 4.1).",
      "서버가 브라우저에게 쿠키를 주는 응답 헤더로, 어디에 얼마나 오래 쓰이는지 정하는 속성이 "
      "붙습니다 (RFC 6265 4.1)."}},
    {"Max-Age", "",
     {"Seconds until the cookie expires. It wins over Expires; 0 deletes the cookie (RFC 6265 5.2.2).",
      "쿠키가 만료될 때까지의 초. Expires보다 우선하고, 0이면 쿠키를 지웁니다 (RFC 6265 5.2.2)."}},
    {"Expires", "",
     {"A date after which the cookie is deleted. Without Expires or Max-Age the cookie is a "
      "session cookie and goes when the browser closes (RFC 6265 5.2.1).",
      "이 날짜가 지나면 쿠키가 지워집니다. Expires나 Max-Age가 없으면 브라우저를 닫을 때 사라지는 "
      "세션 쿠키입니다 (RFC 6265 5.2.1)."}},
    {"HttpOnly", "",
     {"The cookie is hidden from page scripts (document.cookie), so an injected script cannot "
      "read a session key (RFC 6265 5.2.6).",
      "페이지 스크립트(document.cookie)에서 쿠키를 숨겨, 주입된 스크립트가 세션 키를 읽을 수 "
      "없습니다 (RFC 6265 5.2.6)."}},
    {"Secure", "",
     {"The cookie is only sent over HTTPS, so nobody on the network path can read it "
      "(RFC 6265 5.2.5).",
      "쿠키를 HTTPS로만 보내므로 네트워크 중간에서 읽을 수 없습니다 (RFC 6265 5.2.5)."}},
    {"SameSite", "",
     {"Whether the cookie goes with requests that another site starts: Strict never, Lax only "
      "when the user follows a link, None always. It stops most CSRF (RFC 6265bis 8.8).",
      "다른 사이트가 시작한 요청에 쿠키를 보낼지 정합니다: Strict는 보내지 않고, Lax는 사용자가 "
      "링크를 따라갈 때만, None은 항상 보냅니다. 대부분의 CSRF를 막습니다 (RFC 6265bis 8.8)."}},
  };
  return entries;
}

std::span<const Bilingual> screen_help() {
  static const std::vector<Bilingual> help = {
    {"Browser (left): the page the server answered. Type in the login form and click links: "
     "each action becomes a new step.",
     "브라우저(왼쪽): 서버가 보낸 페이지입니다. 로그인 양식에 입력하고 링크를 누르면 새 단계가 "
     "됩니다."},
    {"Sequence (middle): each row is one step; an arrow to the right is the request, back to the "
     "left the response. A cookie mark means a Cookie or Set-Cookie header travelled. Click a "
     "row to jump to it.",
     "시퀀스 다이어그램(가운데): 한 줄이 한 단계입니다. 오른쪽 화살표는 요청, 왼쪽은 응답입니다. 쿠키 표시는 "
     "Cookie나 Set-Cookie 헤더가 오갔다는 뜻입니다. 줄을 누르면 그 단계로 갑니다."},
    {"Message inspector: the exact bytes exchanged. Cookie lines are coloured; hover an "
     "attribute to learn what it does.",
     "메시지 검사기: 실제로 오간 바이트입니다. 쿠키 줄은 색으로 표시되고, 속성 위에 마우스를 "
     "올리면 설명이 나옵니다."},
    {"Cookie jar: what this browser stores. Highlighted rows were sent in this step; new and "
     "changed cookies are marked; a ○ was left out of this step's request: hover it to see why.",
     "쿠키 저장소: 이 브라우저가 저장한 쿠키입니다. 강조된 줄은 이 단계에서 보낸 쿠키이고, 새 "
     "쿠키와 바뀐 쿠키는 표시됩니다. ○ 표시는 이 단계의 요청에서 빠진 쿠키로, 마우스를 올리면 "
     "이유가 나옵니다."},
    {"Cookie playground (View menu, F2): type Set-Cookie lines and a URL, and see what the jar "
     "decides and why, and which cookies a second URL would get.",
     "쿠키 실습장(보기 메뉴, F2): Set-Cookie 줄과 URL을 입력하면 쿠키 저장소가 무엇을 왜 결정하는지, "
     "다음 URL에는 어떤 쿠키가 가는지 보여 줍니다."},
    {"Server: the routes hit and the session table as stored in SQLite. Rows that changed in "
     "this step are highlighted; expired rows are greyed.",
     "서버: 요청된 경로와 SQLite에 저장된 세션 테이블입니다. 이 단계에서 바뀐 줄은 강조되고, "
     "만료된 줄은 회색입니다."},
    {"Controls (bottom): Right or Space for the next step, Left to go back, Home and End. "
     "Ctrl +/- changes the size, F11 is full screen.",
     "조작(아래): 오른쪽 화살표나 스페이스는 다음 단계, 왼쪽은 이전, Home과 End. Ctrl +/-로 "
     "크기를 바꾸고 F11은 전체 화면입니다."},
  };
  return help;
}

}  // namespace cl::app

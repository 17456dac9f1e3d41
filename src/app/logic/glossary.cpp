#include "app/logic/glossary.h"
#include <algorithm>
#include <string>
#include <vector>

namespace cl::app {

std::span<const GlossaryEntry> glossary() {
  // In the order a learner meets them: HTTP, cookies and their attributes, sessions,
  // then the attacks that the attributes and the sessions' rules defend against.
  static const std::vector<GlossaryEntry> entries = {
      {"stateless",
       "무상태",
       {"HTTP is stateless: each request stands alone, and the server does not remember the previous "
        "one by itself (RFC 9110 3.3). Cookies and sessions add memory on top.",
        "HTTP는 무상태(stateless)입니다: 요청 하나하나가 독립적이고, 서버는 이전 요청을 스스로 기억하지 "
        "않습니다 (RFC 9110 3.3). 쿠키와 세션이 그 위에 기억을 더합니다."}},
      {"connectionless",
       "비연결성",
       {"HTTP is often called connectionless (비연결성 in Korean textbooks): a client connects, sends a request, gets "
        "the response, "
        "and the connection may close; the next request may come over another one. HTTP/1.1 keeps "
        "connections open by default (RFC 9112 9.3), but a server still cannot take one connection for one "
        "visitor: HTTP is stateless, and that is why cookies exist.",
        "HTTP의 비연결성: 클라이언트가 연결해서 요청을 보내고 응답을 받으면 연결이 끊길 수 있고, 다음 요청은 "
        "다른 연결로 올 수도 있다는 성질입니다. HTTP/1.1부터는 기본으로 연결을 유지하지만(RFC 9112 9.3), "
        "서버는 여전히 연결 하나를 방문자 한 명으로 여길 수 없습니다. 그래서 HTTP는 무상태이고, 쿠키가 "
        "필요합니다."}},
      {"cookie",
       "쿠키",
       {"A small name=value pair the server asks the browser to keep and send back on later "
        "requests to the same site (RFC 6265).",
        "서버가 브라우저에게 보관했다가 같은 사이트로 보내는 다음 요청에 돌려보내 달라고 하는 작은 "
        "이름=값 쌍입니다 (RFC 6265)."}},
      {"Set-Cookie",
       "",
       {"The response header with which a server gives the browser a cookie, with attributes "
        "that say where and how long it applies (RFC 6265 4.1).",
        "서버가 브라우저에게 쿠키를 주는 응답 헤더로, 어디에 얼마나 오래 쓰이는지 정하는 속성이 "
        "붙습니다 (RFC 6265 4.1)."}},
      {"Cookie header",
       "Cookie 헤더",
       {"The request header in which the browser sends back the cookies that match the URL: only "
        "name=value pairs joined by \"; \", without their attributes (RFC 6265 5.4).",
        "브라우저가 URL에 맞는 쿠키를 돌려보내는 요청 헤더입니다. 속성 없이 이름=값 쌍만 \"; \"로 이어 "
        "보냅니다 (RFC 6265 5.4)."}},
      {"cookie jar",
       "쿠키 저장소",
       {"The browser's store of cookies: each is kept with its name, value, domain, path, expiry and flags, "
        "and replaced when a new one has the same name, domain and path (RFC 6265 5.3, the \"cookie store\").",
        "브라우저가 쿠키를 보관하는 곳입니다. 쿠키마다 이름, 값, 도메인, 경로, 만료 시각과 플래그를 함께 "
        "저장하고, 이름·도메인·경로가 같은 쿠키가 새로 오면 바꿉니다 (RFC 6265 5.3의 \"cookie store\")."},
       "cookie store|jar"},
      {"Domain",
       "",
       {"The attribute that widens a cookie to a domain and all its subdomains: Domain=example.com is sent "
        "to www.example.com too. Without it the cookie is host-only. The host that sets it must lie inside "
        "that domain (RFC 6265 5.2.3, 5.3 step 6).",
        "쿠키를 한 도메인과 그 모든 하위 도메인으로 넓히는 속성입니다. Domain=example.com이면 "
        "www.example.com에도 보냅니다. 없으면 호스트 전용 쿠키가 됩니다. 쿠키를 설정하는 호스트는 그 도메인 "
        "안에 있어야 합니다 (RFC 6265 5.2.3, 5.3 6단계)."},
       "",
       true},
      {"host-only cookie",
       "호스트 전용 쿠키",
       {"A cookie set without Domain: it goes back only to the exact host that set it, not to its "
        "subdomains (RFC 6265 5.3 step 6).",
        "Domain 없이 설정된 쿠키입니다. 그 쿠키를 설정한 호스트에만 돌아가고, 하위 도메인에는 가지 않습니다 "
        "(RFC 6265 5.3 6단계)."},
       "host-only|호스트 전용"},
      {"public suffix",
       "공개 접미사",
       {"A suffix under which anyone can register names, like com or co.kr (the Public Suffix List, "
        "publicsuffix.org). A browser refuses Domain=co.kr: otherwise one site could set cookies for every "
        "other .co.kr site (RFC 6265 5.3 step 5).",
        "누구나 그 아래에 이름을 등록할 수 있는 접미사로, com이나 co.kr 같은 것입니다 (공개 접미사 목록, "
        "publicsuffix.org). 브라우저는 Domain=co.kr을 거부합니다. 받아들이면 한 사이트가 다른 모든 .co.kr "
        "사이트의 쿠키를 설정할 수 있기 때문입니다 (RFC 6265 5.3 5단계)."}},
      {"Path",
       "",
       {"The attribute that limits a cookie to a URL path and what lies under it: Path=/docs is sent to "
        "/docs and /docs/a, not to /doc or /. Without it the default is the request's folder (RFC 6265 "
        "5.2.4, 5.1.4). It is not a security boundary.",
        "쿠키를 URL 경로와 그 아래로 한정하는 속성입니다. Path=/docs이면 /docs와 /docs/a에는 보내지만 /doc나 "
        "/에는 보내지 않습니다. 없으면 요청 경로의 디렉터리가 기본값입니다 (RFC 6265 5.2.4, 5.1.4). 보안 "
        "경계는 아닙니다."},
       "",
       true},
      {"Max-Age",
       "",
       {"Seconds until the cookie expires. It wins over Expires; 0 deletes the cookie (RFC 6265 5.2.2).",
        "쿠키가 만료될 때까지의 초. Expires보다 우선하고, 0이면 쿠키를 지웁니다 (RFC 6265 5.2.2)."}},
      {"Expires",
       "",
       {"A date after which the cookie is deleted. Without Expires or Max-Age the cookie is a "
        "session cookie and goes when the browser closes (RFC 6265 5.2.1).",
        "이 날짜가 지나면 쿠키가 지워집니다. Expires나 Max-Age가 없으면 브라우저를 닫을 때 사라지는 "
        "세션 쿠키입니다 (RFC 6265 5.2.1)."},
       "",
       true},
      {"session cookie",
       "세션 쿠키",
       {"A cookie without Expires or Max-Age: it lives only until the browser closes (RFC 6265 5.3 step 3). "
        "Not the same as a session: a session ID may well be kept in a persistent cookie.",
        "Expires나 Max-Age가 없는 쿠키로, 브라우저를 닫을 때까지만 남습니다 (RFC 6265 5.3 3단계). 세션과는 "
        "다릅니다: 세션 ID를 만료 시각이 있는 쿠키에 담는 경우도 많습니다."}},
      {"HttpOnly",
       "",
       {"The cookie is hidden from page scripts (document.cookie), so an injected script cannot "
        "read a session key (RFC 6265 5.2.6).",
        "페이지 스크립트(document.cookie)에서 쿠키를 숨겨, 주입된 스크립트가 세션 키를 읽을 수 "
        "없습니다 (RFC 6265 5.2.6)."},
       "",
       true},
      {"Secure",
       "",
       {"The cookie is only sent over HTTPS, so nobody on the network path can read it "
        "(RFC 6265 5.2.5).",
        "쿠키를 HTTPS로만 보내므로 네트워크 중간에서 읽을 수 없습니다 (RFC 6265 5.2.5)."},
       "",
       true},
      {"SameSite",
       "",
       {"Whether the cookie goes with requests that another site starts: Strict never, Lax only "
        "when the user follows a link, None always. It stops most CSRF (RFC 6265bis 8.8).",
        "다른 사이트가 시작한 요청에 쿠키를 보낼지 정합니다: Strict는 보내지 않고, Lax는 사용자가 "
        "링크를 따라갈 때만, None은 항상 보냅니다. 대부분의 CSRF를 막습니다 (RFC 6265bis 8.8)."},
       "",
       true},
      {"session",
       "세션",
       {"What the server remembers about one visitor, stored on the server (here in an SQLite "
        "table) under a random key; the browser only holds the key, in a cookie.",
        "서버가 방문자 한 명에 대해 기억하는 내용으로, 무작위 키 아래 서버에 저장됩니다 (여기서는 "
        "SQLite 테이블). 브라우저는 그 키만 쿠키로 가지고 있습니다."}},
      {"session ID",
       "세션 ID",
       {"The random key that names one session on the server; the browser holds it in a cookie (in Django "
        "the sessionid cookie, SESSION_COOKIE_NAME). Whoever sends it is that visitor to the server, so it "
        "must be unguessable and kept secret.",
        "서버에 있는 세션 하나를 가리키는 무작위 키입니다. 브라우저는 이것을 쿠키로 가지고 있습니다 (Django에서는 "
        "sessionid 쿠키, SESSION_COOKIE_NAME). 이 값을 보내는 사람이 서버에게는 곧 그 방문자이므로, 추측할 "
        "수 없어야 하고 남에게 알려지면 안 됩니다."},
       "session key|sessionid|세션 키"},
      {"authentication",
       "인증",
       {"Checking who the visitor is, usually by a username and password. The result is kept in the "
        "session, so later requests do not ask again. In Django authenticate() checks the password, and "
        "login() stores the user's id in the session (_auth_user_id) and gives the session a new key "
        "(django.contrib.auth).",
        "방문자가 누구인지 확인하는 일로, 보통 사용자 이름과 비밀번호로 합니다. 결과는 세션에 저장되므로 다음 "
        "요청부터는 다시 묻지 않습니다. Django에서는 authenticate()가 비밀번호를 확인하고, login()이 세션에 "
        "사용자 id(_auth_user_id)를 저장하며 세션 키를 새로 바꿉니다 (django.contrib.auth)."},
       "log in|logs in|logged in|login|로그인"},
      {"CSRF",
       "사이트 간 요청 위조",
       {"Cross-site request forgery: another site makes the victim's browser send a request (a form post) to "
        "your site, the browser adds your site's cookies, and the request acts as the victim. SameSite "
        "cookies and a secret token in every form stop it (Django: CsrfViewMiddleware, the csrftoken cookie "
        "and {% csrf_token %}).",
        "다른 사이트가 피해자의 브라우저로 우리 사이트에 요청(양식 제출 등)을 보내게 하면, 브라우저가 우리 "
        "사이트의 쿠키를 붙이므로 그 요청이 피해자의 이름으로 처리되는 공격입니다. SameSite 쿠키와 양식마다 "
        "넣는 비밀 토큰으로 막습니다 (Django: CsrfViewMiddleware, csrftoken 쿠키, {% csrf_token %})."},
       "cross-site request forgery",
       true},
      {"session fixation",
       "세션 고정",
       {"An attack in which the attacker obtains a session ID first and makes the victim use it (through a "
        "link, or a cookie set from a sibling subdomain); once the victim logs in, the attacker's ID is logged "
        "in too. A new session ID at login stops it (Django's login() calls cycle_key()).",
        "공격자가 먼저 받은 세션 ID를 피해자가 쓰게 만드는 공격입니다 (링크나, 형제 하위 도메인에서 설정한 "
        "쿠키로). 피해자가 로그인하면 공격자의 ID도 로그인된 상태가 됩니다. 로그인할 때 세션 ID를 새로 "
        "만들어 막습니다 (Django의 login()은 cycle_key()를 부릅니다)."}},
      {"session hijacking",
       "세션 하이재킹",
       {"Stealing someone's session ID (read on an unencrypted network, or by an injected script) and "
        "sending it as one's own: the server cannot tell the difference. Secure and HttpOnly make the ID "
        "harder to steal (Django: SESSION_COOKIE_SECURE, SESSION_COOKIE_HTTPONLY); logging out deletes the "
        "session on the server, so a stolen ID stops working.",
        "다른 사람의 세션 ID를 훔쳐(암호화되지 않은 네트워크에서 엿보거나, 주입된 스크립트로 읽어서) 자기 것처럼 "
        "보내는 공격입니다. 서버는 차이를 알 수 없습니다. Secure와 HttpOnly가 ID를 훔치기 어렵게 하고 (Django: "
        "SESSION_COOKIE_SECURE, SESSION_COOKIE_HTTPONLY), 로그아웃하면 서버의 세션이 지워져 훔친 ID도 더는 "
        "쓸 수 없습니다."},
       "session hijack|하이재킹"},
      {"XSS",
       "사이트 간 스크립팅",
       {"Cross-site scripting: an attacker's script runs inside your site's pages (through text the site "
        "shows without escaping it) and can read document.cookie. HttpOnly keeps the session cookie out of "
        "its reach (Django escapes template output, and SESSION_COOKIE_HTTPONLY is on by default).",
        "공격자의 스크립트가 (사이트가 이스케이프하지 않고 보여 준 글을 통해) 우리 사이트의 페이지 안에서 "
        "실행되어 document.cookie를 읽는 공격입니다. HttpOnly는 세션 쿠키를 스크립트가 닿지 않는 곳에 둡니다 "
        "(Django는 템플릿 출력을 이스케이프하고, SESSION_COOKIE_HTTPONLY가 기본으로 켜져 있습니다)."},
       "cross-site scripting",
       true},
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

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
bool ascii_only(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Where `needle` occurs in `text` from `from` on: ASCII case ignored unless exact.
std::size_t find(std::string_view text, std::string_view needle, std::size_t from, bool exact) {
  if (needle.empty() || text.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && (exact ? text[i + k] == needle[k] : lower(text[i + k]) == lower(needle[k]))) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

struct Needle {
  std::string_view word;
  std::size_t entry;
  bool exact;
};

// Every word an entry is known by, in either language.
std::vector<Needle> needles() {
  std::vector<Needle> out;
  const auto g = glossary();
  for (std::size_t i = 0; i < g.size(); ++i) {
    out.push_back({g[i].term, i, g[i].exact_case});
    if (*g[i].term_ko) out.push_back({g[i].term_ko, i, false});
    std::string_view also = g[i].also;
    while (!also.empty()) {
      const std::size_t bar = also.find('|');
      out.push_back({also.substr(0, bar), i, false});
      also = bar == std::string_view::npos ? std::string_view{} : also.substr(bar + 1);
    }
  }
  return out;
}

}  // namespace

std::vector<std::size_t> glossary_terms_in(std::string_view text) {
  struct Hit {
    std::size_t at, length, entry;
  };
  static const std::vector<Needle> all = needles();
  std::vector<Hit> hits;
  for (const Needle& n : all) {
    // A Korean word is found inside longer runs (particles attach to it); an English
    // one only as a whole word, or with a plural 's'.
    const bool english = ascii_only(n.word);
    for (std::size_t at = find(text, n.word, 0, n.exact); at != std::string_view::npos;
         at = find(text, n.word, at + 1, n.exact)) {
      std::size_t end = at + n.word.size();
      if (english) {
        if (at > 0 && word_char(text[at - 1])) continue;
        if (end < text.size() && text[end] == 's' && (end + 1 == text.size() || !word_char(text[end + 1]))) ++end;
        if (end < text.size() && word_char(text[end])) continue;
      }
      hits.push_back({at, end - at, n.entry});
    }
  }
  // Leftmost first, the longest of those starting together; a hit inside one taken drops out.
  std::sort(hits.begin(), hits.end(),
            [](const Hit& a, const Hit& b) { return a.at != b.at ? a.at < b.at : a.length > b.length; });
  std::vector<std::size_t> out;
  std::size_t covered = 0;
  for (const Hit& h : hits) {
    if (h.at < covered) continue;
    covered = h.at + h.length;
    if (std::find(out.begin(), out.end(), h.entry) == out.end()) out.push_back(h.entry);
  }
  return out;
}

std::vector<std::size_t> search_glossary(std::string_view query) {
  while (!query.empty() && (query.front() == ' ' || query.front() == '\t')) query.remove_prefix(1);
  while (!query.empty() && (query.back() == ' ' || query.back() == '\t')) query.remove_suffix(1);
  const auto g = glossary();
  std::vector<std::size_t> by_term, by_text;
  for (std::size_t i = 0; i < g.size(); ++i) {
    const GlossaryEntry& e = g[i];
    auto has = [&](std::string_view s) { return find(s, query, 0, false) != std::string_view::npos; };
    if (query.empty() || has(e.term) || has(e.term_ko) || has(e.also)) by_term.push_back(i);
    else if (has(e.definition.en) || has(e.definition.ko)) by_text.push_back(i);
  }
  by_term.insert(by_term.end(), by_text.begin(), by_text.end());
  return by_term;
}

std::string glossary_heading(const GlossaryEntry& e, Lang lang) {
  if (lang == Lang::Ko && *e.term_ko) return std::string(e.term_ko) + " (" + e.term + ")";
  return e.term;
}

}  // namespace cl::app

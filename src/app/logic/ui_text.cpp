#include "app/logic/ui_text.h"
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace cl::app {
namespace {

struct Entry {
  std::string_view en, ko;
};

// In the order of enum Ui.
constexpr Entry kTable[] = {
    {"Browser", "브라우저"},
    {"Server", "서버"},
    {"Cookie jar", "쿠키 저장소"},
    {"Sequence", "시퀀스 다이어그램"},
    {"Message inspector", "메시지 검사기"},
    {"Narration", "설명"},
    {"Controls", "조작"},
    {"Address", "주소"},
    {"Go", "이동"},
    {"Close browser", "브라우저 닫기"},
    {"Reopen browser", "브라우저 다시 열기"},
    {"Clear cookies", "쿠키 지우기"},
    {"The browser is closed.", "브라우저가 닫혀 있습니다."},
    {"(blank page)", "(빈 페이지)"},
    {"(the response has no page to show)", "(응답에 보여 줄 페이지가 없습니다)"},
    {"Submit", "제출"},
    {"Links", "링크"},
    {"Username", "사용자 이름"},
    {"Password", "비밀번호"},
    {"Routes hit", "요청된 경로"},
    {"Session table (SQLite)", "세션 테이블 (SQLite)"},
    {"Session key", "세션 키"},
    {"Data", "데이터"},
    {"Expires", "만료"},
    {"Whose", "사용자"},
    {"(anonymous)", "(익명)"},
    {"expired", "만료됨"},
    {"never", "만료 없음"},
    {"changed", "변경됨"},
    {"new", "새 행"},
    {"deleted", "삭제됨"},
    {"The session table is empty.", "세션 테이블이 비어 있습니다."},
    {"(live)", "(실시간)"},
    {"Read from the SQLite database now. Earlier steps show the table as the timeline recorded it.",
     "지금 SQLite 데이터베이스에서 읽은 내용입니다. 이전 단계는 타임라인에 기록된 테이블을 보여 줍니다."},
    {"Name", "이름"},
    {"Value", "값"},
    {"Domain", "도메인"},
    {"Host-only", "호스트 전용"},
    {"Path", "경로"},
    {"Expiry", "만료"},
    {"session", "세션"},
    {"Secure", "Secure"},
    {"HttpOnly", "HttpOnly"},
    {"SameSite", "SameSite"},
    {"Created", "생성"},
    {"Last used", "마지막 사용"},
    {"Secure / HttpOnly / SameSite", "Secure / HttpOnly / SameSite"},
    {"sent", "전송됨"},
    {"new", "새 쿠키"},
    {"changed", "변경됨"},
    {"The jar is empty.", "쿠키 저장소가 비어 있습니다."},
    {"Edit", "편집"},
    {"Delete", "삭제"},
    {"Save", "저장"},
    {"Cancel", "취소"},
    {"Add cookie", "쿠키 추가"},
    {"all columns", "모든 열"},
    {"Request", "요청"},
    {"Response", "응답"},
    {"Nothing was sent in this step.", "이 단계에서는 아무것도 보내지 않았습니다."},
    {"Cookies sent", "보낸 쿠키"},
    {"Cookies not sent", "보내지 않은 쿠키"},
    {"Set-Cookie results", "Set-Cookie 처리 결과"},
    {"What happens", "무슨 일이 일어나나"},
    {"Why", "왜 그런가"},
    {"Checks", "확인"},
    {"passed", "통과"},
    {"failed", "실패"},
    {"First", "처음"},
    {"Back", "이전"},
    {"Next", "다음"},
    {"Last", "마지막"},
    {"Play", "재생"},
    {"Pause", "일시정지"},
    {"Speed", "속도"},
    {"Step %d of %d", "%d / %d 단계"},
    {"Before the first step", "첫 단계 이전"},
    {"File", "파일"},
    {"Open...", "열기..."},
    {"Recent", "최근 파일"},
    {"Reload", "다시 읽기"},
    {"Quit", "끝내기"},
    {"View", "보기"},
    {"Language", "언어"},
    {"Help", "도움말"},
    {"How to read this screen", "이 화면 읽는 법"},
    {"Glossary", "용어집"},
    {"Lessons", "레슨"},
    {"High contrast", "고대비"},
    {"UI scale", "화면 배율"},
    {"Full screen", "전체 화면"},
    {"Open a scenario", "시나리오 열기"},
    {"The file has errors", "파일에 오류가 있습니다"},
    {"Dismiss", "닫기"},
    {"Folder", "폴더"},
    {"Reloaded", "다시 읽었습니다"},
    {"No Korean font found (install fonts-nanum): Korean text shows as '?'.",
     "No Korean font found (install fonts-nanum)."},
    {"Drop a .toml scenario on the window to open it.", "시나리오(.toml) 파일을 창에 끌어다 놓으면 열립니다."},
    {"Question", "질문"},
    {"Answer", "답하기"},
    {"Correct!", "정답!"},
    {"Not quite.", "아쉽네요."},
    {"Score", "점수"},
    {"Show what happened", "결과 보기"},
    {"Level", "수준"},
    {"Steps", "단계"},
    {"Title", "제목"},
    {"Summary", "요약"},
    {"Cookie playground", "쿠키 실습장"},
    {"Policy", "정책"},
    {"Start from", "시작 상태"},
    {"this step's jar", "이 단계의 쿠키 저장소"},
    {"an empty jar", "빈 쿠키 저장소"},
    {"Response from URL", "응답을 보낸 URL"},
    {"Set-Cookie lines (one per line)", "Set-Cookie 줄 (한 줄에 하나)"},
    {"Second request URL", "다음 요청 URL"},
    {"Made from page (empty: same site)", "요청을 만든 페이지 (비우면 같은 사이트)"},
    {"top-level navigation", "최상위 이동"},
    {"POST", "POST"},
    {"Example", "예시"},
    {"Line", "줄"},
    {"Attributes", "속성"},
    {"used", "사용됨"},
    {"ignored", "무시됨"},
    {"Decision", "결정"},
    {"The jar after these lines", "이 줄들을 처리한 뒤의 쿠키 저장소"},
    {"Cookie header for", "Cookie 헤더:"},
    {"not sent", "보내지 않음"},
    {"Not sent in this step", "이 단계에서 보내지 않은 이유"},
    {"evicted", "밀려남"},
    {"Type Set-Cookie values above, one per line.", "위에 Set-Cookie 값을 한 줄에 하나씩 입력하세요."},
    {"stored", "저장됨"},
    {"replaced", "교체됨"},
    {"built-in lesson", "기본 레슨"},
    {"seen", "실제"},
    {"This file could not be opened; the lesson shown is unchanged. Each line says where (file:line:column) and what "
     "is wrong:",
     "이 파일을 열 수 없어서 보던 레슨을 그대로 보여 줍니다. 각 줄에 문제가 있는 위치(파일:줄:열)와 내용이 적혀 "
     "있습니다:"},
    {"Waiting for the response: answer the question first. Below is the page before.",
     "응답을 기다리는 중입니다. 먼저 질문에 답해 보세요. 아래는 이전 페이지입니다."},
    {"A redirect: the response has no page, only a Location to go to next.",
     "리다이렉트입니다. 응답에는 페이지가 없고, 다음에 갈 주소(Location)만 있습니다."},
    {"serving", "실시간 응답 중"},
    {"requests", "요청"},
    {"hidden", "숨은 필드"},
    {"(this page)", "(이 페이지)"},
    {"state", "상태"},
    {"(nameless)", "(이름 없음)"},
    {"(none)", "(없음)"},
    {"%.2f /s", "초당 %.2f단계"},
    {"Your own path", "내가 간 길"},
    {"You are trying things on your own, from step %d. The lesson is kept as it was.",
     "%d단계부터 레슨을 벗어나 직접 해 보는 중입니다. 레슨은 그대로 남아 있습니다."},
    {"Back to the lesson", "레슨으로 돌아가기"},
    {"Undo", "실행 취소"},
    {"Takes back your last action.", "마지막으로 한 동작을 취소합니다."},
    {"(missing)", "(찾을 수 없음)"},
    {"Ctrl +/-, Ctrl 0 resets", "Ctrl +/-로 크기 조절, Ctrl 0으로 100%"},
    {"Answer the question first", "먼저 질문에 답해 주세요"},
    {"found", "찾음"},
    {"refused", "거부됨"},
    {"Reset saved settings...", "저장된 설정 초기화..."},
    {"Forget the saved language, UI scale, theme, recent lessons and scores? The next launch starts as the first one "
     "did.",
     "저장된 언어, 화면 배율, 테마, 최근 레슨과 점수를 모두 지울까요? 다음 실행은 처음 실행할 때처럼 시작합니다."},
    {"Reset", "초기화"},
    {"Last time", "지난번"},
    {"Terms in this step:", "이 단계의 용어:"},
    {"Search terms and definitions", "용어와 설명 검색"},
    {"No term matches.", "일치하는 용어가 없습니다."},
    {"Under %s:", "%s 정책에서는:"},
    {"refused the cookie", "이 속성 때문에 거부됨"},
    {"Export...", "내보내기..."},
    {"Export the lesson", "레슨 내보내기"},
    {"HAR: opens in a browser's network panel", "HAR: 브라우저 개발자 도구의 네트워크 패널에서 열림"},
    {"Markdown: the lesson notes", "Markdown: 수업 노트"},
    {"Mermaid: the sequence diagram, for slides", "Mermaid: 발표 자료용 시퀀스 다이어그램"},
    {"PNG: the sequence view as on screen", "PNG: 화면에 보이는 시퀀스 패널 그대로"},
    {"Save as", "저장할 파일"},
    {"Export", "내보내기"},
    {"The timeline shown is exported: the lesson's, or your own path while you are on it.",
     "지금 보이는 타임라인을 내보냅니다. 레슨의 타임라인, 또는 내가 간 길에 있으면 그 길입니다."},
    {"The picture is taken once this window has closed.", "이 창이 닫힌 뒤에 화면을 찍습니다."},
    {"Exported:", "내보냈습니다:"},
    {"Could not write", "파일을 쓰지 못했습니다:"},
    {"Users table", "사용자 테이블"},
    {"id", "id"},
    {"username", "username"},
    {"last_login", "last_login"},
    {"is_staff", "is_staff"},
    {"session", "세션"},
    {"\u2190", "\u2190"},
    {"\u2190 old hash", "\u2190 이전 해시"},
    {"NULL", "NULL"},
    {"What if...", "만약에..."},
    {"Fork the lesson at this step, change something, and watch the rest replay beside the original.",
     "이 단계에서 레슨을 갈라 무언가를 바꾸고, 나머지 단계가 원래 레슨과 나란히 다시 실행되는 것을 봅니다."},
    {"What if: change one thing, replay the rest", "만약에: 하나를 바꾸고 나머지를 다시 실행"},
    {"Change", "바꾸기"},
    {"Compare", "비교"},
    {"Experiments", "실험"},
    {"Make the change just before lesson step", "바꾸는 시점: 레슨의 이 단계 바로 전"},
    {"What to change", "바꿀 것"},
    {"A cookie in the jar", "저장소의 쿠키"},
    {"Delete a cookie", "쿠키 삭제"},
    {"How a server behaves", "서버의 동작"},
    {"The browser's settings", "브라우저 설정"},
    {"Close and reopen the browser", "브라우저를 닫았다 다시 열기"},
    {"Let time pass", "시간 흐르게 하기"},
    {"Cookie", "쿠키"},
    {"This browser has no cookie yet at that step.", "그 단계에서는 이 브라우저에 아직 쿠키가 없습니다."},
    {"as it is", "그대로"},
    {"on", "켬"},
    {"off", "끔"},
    {"change", "바꾸기"},
    {"empty: host-only", "비우면 호스트 전용"},
    {"session (no expiry)", "세션 쿠키 (만료 없음)"},
    {"after a span", "일정 시간 뒤"},
    {"no attribute", "속성 없음"},
    {"Its session cookie", "세션 쿠키의 속성"},
    {"New session key at login", "로그인할 때 세션 키 새로 발급"},
    {"Session lifetime", "세션 수명"},
    {"CSRF check", "CSRF 검사"},
    {"Third-party cookies", "서드 파티 쿠키"},
    {"blocked", "차단"},
    {"allowed", "허용"},
    {"Wait", "기다릴 시간"},
    {"e.g. 30m, 2h, 3d, 2w", "예: 30m, 2h, 3d, 2w"},
    {"Add this change", "이 변경 추가"},
    {"Changes to make:", "적용할 변경:"},
    {"Remove", "빼기"},
    {"Run the rest of the lesson", "나머지 단계 다시 실행"},
    {"Original", "원래 레슨"},
    {"Branch %d", "갈래 %d"},
    {"Back to the original", "원래 레슨으로"},
    {"Close", "닫기"},
    {"Where the runs part", "두 실행이 갈라지는 곳"},
    {"Checks and questions whose outcome changed", "결과가 바뀐 검사와 질문"},
    {"No check or question changes its outcome.", "결과가 바뀐 검사나 질문이 없습니다."},
    {"Step by step: the original and this branch", "단계별 비교: 원래 레슨과 이 갈래"},
    {"Step", "단계"},
    {"This branch", "이 갈래"},
    {"Lesson step %d, as shown (row %d of the sequence)", "지금 보는 레슨 %d단계 (시퀀스의 %d번째 줄)"},
    {"The same in both runs.", "두 실행에서 같습니다."},
    {"Before the fork: the branch shares this step with the original.",
     "갈라지기 전입니다. 이 갈래도 원래 레슨의 이 단계를 그대로 씁니다."},
    {"Cookie jar after this step", "이 단계 뒤의 쿠키 저장소"},
    {"Session table after this step", "이 단계 뒤의 세션 테이블"},
    {"only on the branch", "이 갈래에만"},
    {"only in the original", "원래 레슨에만"},
    {"different", "다름"},
    {"Save this branch as a scenario file", "이 갈래를 시나리오 파일로 저장"},
    {"Saved to %s", "%s에 저장했습니다"},
    {"Not saved: %s", "저장하지 못했습니다: %s"},
    {"This lesson offers no experiments.", "이 레슨에는 실험이 없습니다."},
    {"The rest of the lesson goes differently", "나머지 단계가 달라진다"},
    {"Nothing changes: every step stays the same", "아무것도 바뀌지 않는다: 모든 단계가 그대로다"},
    {"Run it", "실행해 보기"},
    {"Predict first, then run it.", "먼저 예측한 다음 실행해 보세요."},
    {"Your prediction was right.", "예측이 맞았습니다."},
    {"Your prediction was not right.", "예측이 틀렸습니다."},
    {"Show its branch", "갈래 보기"},
    {"forks before step %d", "%d단계 전에 갈라짐"},
    {"You are on your own path: a branch is made from the lesson's own run, and your path stays as it is.",
     "지금은 내가 간 길 위에 있습니다. 갈래는 레슨 원래의 실행에서 만들어지고, 내가 간 길은 그대로 남습니다."},
    {"No branch yet: make a change and run the rest of the lesson.",
     "아직 갈래가 없습니다. 무언가를 바꾸고 나머지 단계를 다시 실행해 보세요."},
    {"What if... (fork at this step)", "만약에... (이 단계에서 가르기)"},
    {"Preparing the lesson's steps: %d/%d ready. Django's password hashes (PBKDF2, 260,000 rounds) take a "
     "moment in a web page; a step further on opens once it is ready.",
     "레슨 단계를 준비하는 중: %d/%d 준비됨. 웹 페이지에서는 Django의 비밀번호 해시(PBKDF2, 260,000번 반복)에 "
     "시간이 조금 걸립니다. 다음 단계는 준비되는 대로 열립니다."},
    {"the runs part here", "여기서 갈라짐"},
};
static_assert(std::size(kTable) == static_cast<std::size_t>(Ui::Count),
              "every Ui label needs an English and a Korean text");

// In the order of scenario::Action.
constexpr Entry kActions[] = {
    {"visit", "방문"},
    {"submit form", "폼 제출"},
    {"follow link", "링크 따라가기"},
    {"post form", "폼 전송"},
    {"wait", "대기"},
    {"close browser", "브라우저 닫기"},
    {"reopen browser", "브라우저 다시 열기"},
    {"clear cookies", "쿠키 지우기"},
    {"set cookie by hand", "쿠키 직접 설정"},
    {"document.cookie", "스크립트로 쿠키 설정"},
    {"delete cookie", "쿠키 삭제"},
    {"copy cookie", "쿠키 복사"},
    {"delete sessions", "세션 삭제"},
    {"raw request", "직접 만든 요청"},
    {"what if", "만약에"},
};
static_assert(std::size(kActions) == static_cast<std::size_t>(scenario::Action::Count),
              "every action needs an English and a Korean label");

}  // namespace

std::string_view action_label(scenario::Action action, Lang lang) {
  const auto i = static_cast<std::size_t>(action);
  if (i >= std::size(kActions)) return "?";
  return lang == Lang::Ko ? kActions[i].ko : kActions[i].en;
}

std::string cant_reach_title(std::string_view host, Lang lang) {
  return lang == Lang::Ko ? std::string(host) + "에 연결할 수 없음" : "Can't reach " + std::string(host);
}

std::string cant_reach_text(std::string_view host, Lang lang) {
  return lang == Lang::Ko ? "이 레슨에는 " + std::string(host) + "에 응답하는 서버가 없습니다."
                          : "No server in this lesson answers for " + std::string(host) + ".";
}

std::string checks_heading(std::size_t first, std::size_t last, Lang lang) {
  std::string out(tr(Ui::Checks, lang));
  if (first == last) return out;
  const std::string range = std::to_string(first) + (lang == Lang::Ko ? "~" : "-") + std::to_string(last);
  return out + (lang == Lang::Ko ? " (단계 전체: " : " (whole step: ") + range + ")";
}

std::string score_line(int correct, int answered, int questions, Lang lang) {
  std::string out =
      std::string(tr(Ui::Score, lang)) + ": " + std::to_string(correct) + " / " + std::to_string(questions);
  const int skipped = questions - answered;
  if (skipped > 0)
    out += lang == Lang::Ko ? " (답하지 않은 질문 " + std::to_string(skipped) + "개)"
                            : " (" + std::to_string(skipped) + " not answered)";
  return out;
}

Ui outcome_label(cookie::SetOutcome outcome) {
  switch (outcome) {
    case cookie::SetOutcome::Stored: return Ui::StoredOutcome;
    case cookie::SetOutcome::Replaced: return Ui::ReplacedOutcome;
    case cookie::SetOutcome::Deleted: return Ui::Deleted;
    case cookie::SetOutcome::Ignored: return Ui::Ignored;
  }
  return Ui::Ignored;
}

std::string duration_label(TimeMs span, Lang lang) {
  if (lang != Lang::Ko) return format_duration(span);
  if (span == 0) return "0초";
  std::string out;
  std::uint64_t rest = span < 0 ? 0 - static_cast<std::uint64_t>(span) : static_cast<std::uint64_t>(span);
  if (span < 0) out += '-';
  struct Unit {
    const char* name;
    std::uint64_t ms;
  };
  static constexpr Unit kUnits[] = {{"일", kDay}, {"시간", kHour}, {"분", kMinute}, {"초", kSecond}, {"ms", 1}};
  for (const Unit& u : kUnits) {
    const std::uint64_t n = rest / u.ms;
    rest %= u.ms;
    if (n == 0) continue;
    if (!out.empty() && out != "-") out += ' ';
    out += std::to_string(n);
    out += u.name;
  }
  return out;
}

std::string time_left(TimeMs at, TimeMs now, Lang lang) {
  const std::string left = duration_label(at - now, lang);
  const std::size_t second_space = left.find(' ', left.find(' ') + 1);
  return (at >= now ? "+" : "") + left.substr(0, second_space);
}

std::string session_time_left(TimeMs expire, TimeMs now, Lang lang) {
  // Millions of days left say nothing a learner can use.
  if (expire - now > 1000 * 365 * kDay) return std::string(tr(Ui::NoExpiry, lang));
  return time_left(expire, now, lang);
}

std::string action_note(scenario::Action action, TimeMs span, Lang lang) {
  const std::string label(action_label(action, lang));
  if (action != scenario::Action::Wait) return label;
  // Korean puts the verb last: "20분 대기".
  return lang == Lang::Ko ? duration_label(span, lang) + " " + label : label + " " + duration_label(span, lang);
}

std::string_view tr(Ui id, Lang lang) {
  const Entry& e = kTable[static_cast<std::size_t>(id)];
  return lang == Lang::Ko ? e.ko : e.en;
}

std::string serve_status(std::string_view url, std::size_t requests, Lang lang) {
  const std::string n = std::to_string(requests);
  if (lang == Lang::Ko)
    return std::string(url) + " " + std::string(tr(Ui::Serving, lang)) + " — " +
           std::string(tr(Ui::ServeRequests, lang)) + " " + n + "개";
  return std::string(tr(Ui::Serving, lang)) + " " + std::string(url) + " — " + n + " " +
         std::string(tr(Ui::ServeRequests, lang));
}

}  // namespace cl::app

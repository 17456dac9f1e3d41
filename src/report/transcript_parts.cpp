#include "report/transcript_parts.h"

#include "sim/explain.h"

namespace cl::report {

namespace {

constexpr Labels kEn{"Question",    "Answer", "What happened", "(empty)",
                     "(no rows)",   "Checks", "Lesson",        "ok    ",
                     "FAILED",      "seen",   "Answers",       "The answer is at the end, under Answers.",
                     "Your answer", "Why"};
constexpr Labels kKo{"질문",        "정답",      "무슨 일이 있었나",
                     "(비어 있음)", "(행 없음)", "확인",
                     "레슨",        "통과",      "실패",
                     "실제",        "정답",      "정답은 맨 끝 '정답'에 있습니다.",
                     "내 답",       "이유"};

// Set by the browser, not by the learner: the request of an <img> asks for an image.
bool loads_image(const sim::Exchange& ex) {
  for (const http::Field& f : ex.request_fields())
    if (iequals_ascii(f.name, "Accept")) return f.value.starts_with("image/");
  return false;
}

}  // namespace

const Labels& labels(Lang lang) { return lang == Lang::Ko ? kKo : kEn; }

std::string step_heading(Lang lang, std::size_t number, std::size_t total) {
  if (lang == Lang::Ko) return std::to_string(number) + "단계 (전체 " + std::to_string(total) + "단계)";
  return "Step " + std::to_string(number) + " of " + std::to_string(total);
}

std::string jar_heading(Lang lang, const std::string& browser) {
  return lang == Lang::Ko ? browser + "의 쿠키 저장소" : "Cookie jar of " + browser;
}

std::string sessions_heading(Lang lang, const std::string& server) {
  return lang == Lang::Ko ? server + " 서버의 세션 테이블" : "Session table of " + server;
}

std::string users_heading(Lang lang, const std::string& server, const std::string& table) {
  return lang == Lang::Ko ? server + " 서버의 사용자 테이블 " + table : "Users table " + table + " of " + server;
}

bool users_table_shown(const sim::World& world, const sim::Step& s, std::size_t server) {
  return world.scenario().servers[server].show_users && session_table_shown(world, s, server);
}

std::string step_title(const sim::World& world, const sim::Step& s, Lang lang) {
  Bilingual label = sim::action_label(s.action);
  if (s.exchange && s.exchange->redirect_follow) label = {"follow the redirect", "리다이렉트 따라가기"};
  else if (s.exchange && loads_image(*s.exchange)) label = {"load an image of the page", "페이지의 이미지 불러오기"};
  std::string t = label.in(lang);
  if (s.browser >= 0) t = world.scenario().browsers[static_cast<std::size_t>(s.browser)].shown(lang) + " · " + t;
  if (s.exchange) t += ": " + s.exchange->method + " " + s.exchange->url->to_string();
  return t;
}

void write_message(std::ostream& out, std::string_view text, const char* marker) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out << marker << line << "\n";
    start = end + 1;
  }
}

std::string content_type(const sim::Exchange& ex) {
  std::string type;
  for (const http::Field& f : ex.response_fields())
    if (iequals_ascii(f.name, "Content-Type")) type = to_lower_ascii(f.value);
  return type;
}

bool body_shown(const sim::Exchange& ex) { return http::body_is_text(*ex.response_body, content_type(ex)); }

namespace {
std::string media_type(const sim::Exchange& ex) {
  const std::string type = content_type(ex);
  return type.empty() ? std::string("binary") : type.substr(0, type.find(';'));
}
}  // namespace

std::string body_summary(const sim::Exchange& ex, Lang lang) {
  const std::string n = std::to_string(ex.response_body->size());
  return lang == Lang::Ko ? "응답 본문: " + media_type(ex) + " " + n + "바이트"
                          : "The body: " + n + " bytes of " + media_type(ex);
}

std::string body_not_shown(const sim::Exchange& ex, Lang lang) {
  const std::string kind = media_type(ex);
  const std::string n = std::to_string(ex.response_body->size());
  // The English form is what the text transcript has always printed.
  return lang == Lang::Ko ? "[" + kind + " " + n + "바이트, 표시하지 않음]"
                          : "[" + n + " bytes of " + kind + ", not shown]";
}

bool session_table_shown(const sim::World& world, const sim::Step& s, std::size_t server) {
  const int shown = s.exchange ? s.exchange->server : -1;
  if (shown >= 0 && static_cast<std::size_t>(shown) != server) return false;
  return world.scenario().servers[server].profile != server::Profile::Stateless;
}

}  // namespace cl::report

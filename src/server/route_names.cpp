#include "server/route_names.h"

#include <array>
#include <utility>

namespace cl::server {

namespace {
// Every route server.cpp names, and the live server's own (serve/live_server.cpp: "index").
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kKorean{{
    {"home", "홈"},
    {"login", "로그인"},
    {"admin-login", "관리자 로그인"},
    {"profile", "프로필"},
    {"admin", "관리자"},
    {"logout", "로그아웃"},
    {"cart", "장바구니"},
    {"cart-add", "장바구니 담기"},
    {"theme", "테마"},
    {"notice", "공지"},
    {"notice-hide", "공지 숨기기"},
    {"popup", "팝업"},
    {"transfer", "송금"},
    {"tracked", "추적 기사"},
    {"tracker", "추적 픽셀"},
    {"not-found", "없는 페이지"},
    {"csrf-failed", "CSRF 거절"},
    {"index", "첫 화면"},
}};
}  // namespace

std::string route_label(std::string_view route, Lang lang) {
  if (lang != Lang::Ko) return std::string(route);
  for (const auto& [id, ko] : kKorean)
    if (id == route) return std::string(ko);
  // A route the scenario wrote keeps its path: "scripted /set" -> "시나리오 응답 /set".
  constexpr std::string_view scripted = "scripted ";
  if (route.starts_with(scripted)) return "시나리오 응답 " + std::string(route.substr(scripted.size()));
  return std::string(route);  // a status ("400", "404" from the live server) reads the same
}

}  // namespace cl::server

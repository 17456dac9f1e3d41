#include "server/pages.h"

namespace cl::server {

using page::Block;
using page::BlockKind;
using page::Form;
using page::Input;
using page::Link;
using page::Page;

namespace {
// The text in the page's language: the English, or the Korean a Korean site writes.
std::string t(Lang lang, std::string_view en, std::string_view ko) { return std::string(lang == Lang::Ko ? ko : en); }
void heading(Page& p, std::string text) { p.blocks.push_back({BlockKind::Heading, std::move(text)}); }
void para(Page& p, std::string text) { p.blocks.push_back({BlockKind::Paragraph, std::move(text)}); }
void home_link(Page& p, Lang lang) { p.links.push_back({t(lang, "Home", "홈"), "/"}); }
Input hidden(std::string name, std::string value) { return Input{std::move(name), "hidden", std::move(value), ""}; }
}  // namespace

page::Page home_page(const Visitor& v) {
  const Lang l = v.lang;
  Page p;
  p.title = v.site.empty() ? t(l, "Home", "홈") : v.site;
  heading(p, l == Lang::Ko ? p.title + "에 오신 것을 환영합니다" : "Welcome to " + p.title);
  if (l == Lang::Ko) para(p, v.user.empty() ? "로그인하지 않았습니다." : "안녕하세요, " + v.user + " 님");
  else para(p, v.user.empty() ? "You are not logged in." : "Hello, " + v.user);
  if (l == Lang::Ko)
    para(p, v.theme.empty() ? "테마: light (기본값)." : "테마: " + v.theme + " (테마 쿠키로 고른 값).");
  else
    para(p, v.theme.empty() ? "Theme: light (the default)." : "Theme: " + v.theme + " (chosen by your theme cookie).");
  if (v.user.empty()) p.links.push_back({t(l, "Log in", "로그인"), "/accounts/login/"});
  else p.links.push_back({t(l, "Log out", "로그아웃"), "/accounts/logout/"});
  p.links.push_back({t(l, "My profile", "내 프로필"), "/accounts/profile/"});
  p.links.push_back({t(l, "Cart", "장바구니"), "/cart/"});
  p.links.push_back({t(l, "Add an apple", "사과 담기"), "/cart/add/?item=apple"});
  p.links.push_back({t(l, "Dark theme", "어두운 테마"), "/theme/?name=dark"});
  p.links.push_back({t(l, "Light theme", "밝은 테마"), "/theme/?name=light"});
  p.links.push_back({t(l, "Notice", "공지"), "/notice/"});
  p.links.push_back({t(l, "Popup", "팝업"), "/popup/"});
  p.links.push_back({t(l, "Transfer money", "송금하기"), "/transfer/"});
  p.links.push_back({t(l, "Administration", "관리자 페이지"), "/admin/"});
  return p;
}

page::Page login_page(const LoginForm& f) {
  const Lang l = f.lang;
  Page p;
  // Django's ko: "Log in" 로그인, the username field's verbose name 사용자 이름, 비밀번호.
  p.title = t(l, "Log in", "로그인");
  heading(p, t(l, "Log in", "로그인"));
  if (!f.notice.empty()) p.blocks.push_back({BlockKind::Notice, f.notice});
  if (!f.error.empty()) p.blocks.push_back({BlockKind::Error, f.error});
  Form form;
  form.action = f.action;
  form.method = "POST";
  if (!f.csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", f.csrf_token));
  form.inputs.push_back(Input{"username", "text", f.username, t(l, "Username", "사용자 이름")});
  form.inputs.push_back(Input{"password", "password", "", t(l, "Password", "비밀번호")});
  form.inputs.push_back(Input{"remember", "checkbox", "on", t(l, "Remember my username", "사용자 이름 기억하기")});
  form.inputs.push_back(hidden("next", f.next));
  form.submit_label = t(l, "Log in", "로그인");
  p.forms.push_back(std::move(form));
  home_link(p, l);
  return p;
}

std::string not_authorized_notice(const std::string& user, Lang lang) {
  // django/contrib/admin/templates/admin/login.html; the Korean in natural words.
  if (lang == Lang::Ko)
    return ko::with(user, ko::Josa::EuroRo) +
           " 인증되어 있지만, 이 페이지에 접근할 권한이 없습니다. 다른 계정으로 로그인하시겠습니까?";
  return "You are authenticated as " + user +
         ", but are not authorized to access this page. Would you like to login to a different account?";
}

page::Page welcome_page(const std::string& user, Lang l) {
  Page p;
  p.title = t(l, "Welcome", "환영합니다");
  heading(p, l == Lang::Ko ? "환영합니다, " + user + " 님" : "Welcome, " + user);
  para(p, t(l, "Your password is correct.", "비밀번호가 맞습니다."));
  home_link(p, l);
  p.links.push_back({t(l, "My profile", "내 프로필"), "/accounts/profile/"});
  return p;
}

page::Page profile_page(const std::string& user, const std::string& display_name, bool staff, Lang l) {
  Page p;
  p.title = t(l, "Profile", "프로필");
  heading(p, l == Lang::Ko ? user + "의 프로필" : "Profile of " + user);
  para(p, t(l, "Name: ", "이름: ") + display_name);
  para(p, staff ? t(l, "Staff: yes", "스태프: 예") : t(l, "Staff: no", "스태프: 아니요"));
  home_link(p, l);
  p.links.push_back({t(l, "Log out", "로그아웃"), "/accounts/logout/"});
  return p;
}

page::Page admin_page(const std::string& user, Lang l) {
  Page p;
  p.title = t(l, "Site administration", "사이트 관리");
  heading(p, t(l, "Site administration", "사이트 관리"));
  para(p, l == Lang::Ko ? "환영합니다, " + user + " 님. 스태프 회원입니다."
                        : "Welcome, " + user + ". You are a staff member.");
  home_link(p, l);
  return p;
}

page::Page logged_out_page(Lang l) {
  // registration/logged_out.html of django.contrib.admin
  Page p;
  p.title = t(l, "Logged out", "로그아웃");
  heading(p, t(l, "Logged out", "로그아웃"));
  para(p, t(l, "Thanks for spending some quality time with the Web site today.", "사이트를 이용해 주셔서 고맙습니다."));
  p.links.push_back({t(l, "Log in again", "다시 로그인하기"), "/accounts/login/"});
  home_link(p, l);
  return p;
}

page::Page cart_page(const std::vector<std::string>& items, const std::string& csrf_token, Lang l) {
  Page p;
  p.title = t(l, "Cart", "장바구니");
  heading(p, t(l, "Your cart", "내 장바구니"));
  if (items.empty()) {
    para(p, t(l, "Your cart is empty.", "장바구니가 비어 있습니다."));
  } else {
    std::string list;
    for (const auto& item : items) list += (list.empty() ? "" : ", ") + item;
    if (l == Lang::Ko) para(p, "상품 " + std::to_string(items.size()) + "개: " + list);
    else para(p, std::to_string(items.size()) + (items.size() == 1 ? " item: " : " items: ") + list);
  }
  Form form;
  form.action = "/cart/add/";
  form.method = "POST";
  if (!csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", csrf_token));
  form.inputs.push_back(Input{"item", "text", "", t(l, "Item", "상품")});
  form.submit_label = t(l, "Add to cart", "장바구니에 담기");
  p.forms.push_back(std::move(form));
  p.links.push_back({t(l, "Add an apple", "사과 담기"), "/cart/add/?item=apple"});
  p.links.push_back({t(l, "Add a banana", "바나나 담기"), "/cart/add/?item=banana"});
  home_link(p, l);
  return p;
}

page::Page notice_page(bool hidden_today, Lang l) {
  Page p;
  p.title = t(l, "Notice", "공지");
  heading(p, t(l, "Shop news", "쇼핑몰 소식"));
  if (!hidden_today) {
    p.blocks.push_back({BlockKind::Notice, t(l, "Notice: the shop is closed for maintenance on Sunday.",
                                             "공지: 일요일에는 점검 때문에 쇼핑몰을 닫습니다.")});
    p.links.push_back({t(l, "Don't show this again today", "오늘 하루 보지 않기"), "/notice/hide/"});
  }
  para(p, t(l, "New arrivals every Monday.", "매주 월요일에 신상품이 들어옵니다."));
  home_link(p, l);
  return p;
}

page::Page popup_page(bool show_popup, Lang l) {
  Page p;
  p.title = t(l, "Popup", "팝업");
  heading(p, t(l, "Today's offers", "오늘의 할인"));
  if (show_popup)
    p.blocks.push_back({BlockKind::Notice,
                        t(l, "Welcome! This popup is shown only once.", "환영합니다! 이 팝업은 한 번만 보입니다.")});
  para(p, t(l, "Apples are on sale.", "사과를 할인 판매합니다."));
  home_link(p, l);
  return p;
}

page::Page transfer_form_page(const std::string& user, const std::string& csrf_token, Lang l) {
  Page p;
  p.title = t(l, "Transfer", "송금");
  heading(p, t(l, "Send money", "돈 보내기"));
  para(p, l == Lang::Ko ? user + " 님으로 로그인했습니다." : "Logged in as " + user + ".");
  Form form;
  form.action = "/transfer/";
  form.method = "POST";
  if (!csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", csrf_token));
  form.inputs.push_back(Input{"to", "text", "", t(l, "To", "받는 사람")});
  form.inputs.push_back(Input{"amount", "text", "", t(l, "Amount", "금액")});
  form.submit_label = t(l, "Send", "보내기");
  p.forms.push_back(std::move(form));
  home_link(p, l);
  return p;
}

page::Page transfer_done_page(const std::string& from, const std::string& to, const std::string& amount, Lang l) {
  Page p;
  p.title = t(l, "Transfer done", "송금 완료");
  heading(p, t(l, "Transfer done", "송금 완료"));
  para(p, l == Lang::Ko ? from + " 님이 " + to + " 님에게 " + ko::with(amount, ko::Josa::EulReul) + " 보냈습니다."
                        : "Sent " + amount + " from " + from + " to " + to + ".");
  home_link(p, l);
  return p;
}

page::Page tracked_page(const std::string& tracker_url, Lang l) {
  Page p;
  p.title = t(l, "An article", "기사");
  heading(p, t(l, "Ten tips for a tidy kitchen", "깔끔한 부엌을 위한 열 가지 팁"));
  para(p, t(l, "This page embeds an invisible image from another site: a tracking pixel.",
            "이 페이지에는 다른 사이트의 보이지 않는 이미지, 곧 추적 픽셀이 들어 있습니다."));
  p.images.push_back(tracker_url);
  home_link(p, l);
  return p;
}

page::Page not_found_page(const std::string& path, Lang l) {
  Page p;
  p.title = t(l, "Not Found", "찾을 수 없음");
  heading(p, t(l, "Not Found", "찾을 수 없음"));
  para(p, l == Lang::Ko ? "요청한 리소스 " + ko::with(path, ko::Josa::EulReul) + " 이 서버에서 찾을 수 없습니다."
                        : "The requested resource " + path + " was not found on this server.");
  home_link(p, l);
  return p;
}

page::Page csrf_failure_page(const std::string& reason, Lang l) {
  // django/views/csrf.py CSRF_FAILURE_TEMPLATE (the reason line is shown with DEBUG=True,
  // as under runserver in development). Its title and message are translated
  // (ko: 금지, "CSRF 검증에 실패했습니다. 요청을 중단하였습니다."); the reason is one of
  // CsrfViewMiddleware's constants, which Django never translates.
  Page p;
  p.title = "403 Forbidden";
  heading(p, t(l, "Forbidden (403)", "금지 (403)"));
  para(p, t(l, "CSRF verification failed. Request aborted.", "CSRF 검증에 실패했습니다. 요청을 중단하였습니다."));
  p.blocks.push_back({BlockKind::Error, reason});
  return p;
}

namespace {
// The texts of Django 3.2's templates and PasswordChangeForm, English and Korean.
struct PasswordChangeText {
  Bilingual title, intro, old_label, new_label, again_label, submit, error[5], done_title, done_text;
};
const PasswordChangeText& password_change_text() {
  static const PasswordChangeText t{
      {"Password change", "비밀번호 변경"},
      {"Please enter your old password, for security\u2019s sake, and then enter your new password twice so we "
       "can verify you typed it in correctly.",
       "보안을 위해 기존 비밀번호를 입력한 다음, 새 비밀번호를 올바르게 입력했는지 확인할 수 있도록 두 번 "
       "입력해 주세요."},
      {"Old password", "기존 비밀번호"},
      {"New password", "새 비밀번호"},
      {"New password confirmation", "새 비밀번호 확인"},
      {"Change my password", "비밀번호 변경"},
      {{"", ""},
       {"Your old password was entered incorrectly. Please enter it again.",
        "기존 비밀번호가 올바르지 않습니다. 다시 입력해 주세요."},
       {"The two password fields didn\u2019t match.", "두 비밀번호가 일치하지 않습니다."},
       {"This password is too short. It must contain at least 8 characters.",
        "비밀번호가 너무 짧습니다. 8글자 이상이어야 합니다."},
       {"This password is entirely numeric.", "비밀번호가 숫자로만 되어 있습니다."}},
      {"Password change successful", "비밀번호 변경 완료"},
      {"Your password was changed.", "비밀번호가 변경되었습니다."},
  };
  return t;
}
}  // namespace

page::Page password_change_page(const PasswordChangeForm& f, Lang lang) {
  const PasswordChangeText& t = password_change_text();
  Page p;
  p.title = t.title.in(lang);
  heading(p, t.title.in(lang));
  if (f.error != PasswordChangeError::None)
    p.blocks.push_back({BlockKind::Error, t.error[static_cast<int>(f.error)].in(lang)});
  para(p, t.intro.in(lang));
  Form form;
  form.action = "/accounts/password_change/";
  form.method = "POST";
  if (!f.csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", f.csrf_token));
  form.inputs.push_back(Input{"old_password", "password", "", t.old_label.in(lang)});
  form.inputs.push_back(Input{"new_password1", "password", "", t.new_label.in(lang)});
  form.inputs.push_back(Input{"new_password2", "password", "", t.again_label.in(lang)});
  form.submit_label = t.submit.in(lang);
  p.forms.push_back(std::move(form));
  home_link(p, lang);
  return p;
}

page::Page password_change_done_page(Lang lang) {
  const PasswordChangeText& t = password_change_text();
  Page p;
  p.title = t.done_title.in(lang);
  heading(p, t.done_title.in(lang));
  para(p, t.done_text.in(lang));
  home_link(p, lang);
  return p;
}

}  // namespace cl::server

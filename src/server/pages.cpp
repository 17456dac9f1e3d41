#include "server/pages.h"

namespace cl::server {

using page::Block;
using page::BlockKind;
using page::Form;
using page::Input;
using page::Link;
using page::Page;

namespace {
void heading(Page& p, std::string text) { p.blocks.push_back({BlockKind::Heading, std::move(text)}); }
void para(Page& p, std::string text) { p.blocks.push_back({BlockKind::Paragraph, std::move(text)}); }
void home_link(Page& p) { p.links.push_back({"Home", "/"}); }
Input hidden(std::string name, std::string value) { return Input{std::move(name), "hidden", std::move(value), ""}; }
}  // namespace

page::Page home_page(const Visitor& v) {
  Page p;
  p.title = v.site.empty() ? "Home" : v.site;
  heading(p, "Welcome to " + p.title);
  para(p, v.user.empty() ? "You are not logged in." : "Hello, " + v.user);
  para(p, v.theme.empty() ? "Theme: light (the default)." : "Theme: " + v.theme + " (chosen by your theme cookie).");
  if (v.user.empty()) p.links.push_back({"Log in", "/accounts/login/"});
  else p.links.push_back({"Log out", "/accounts/logout/"});
  p.links.push_back({"My profile", "/accounts/profile/"});
  p.links.push_back({"Cart", "/cart/"});
  p.links.push_back({"Add an apple", "/cart/add/?item=apple"});
  p.links.push_back({"Dark theme", "/theme/?name=dark"});
  p.links.push_back({"Light theme", "/theme/?name=light"});
  p.links.push_back({"Notice", "/notice/"});
  p.links.push_back({"Popup", "/popup/"});
  p.links.push_back({"Transfer money", "/transfer/"});
  p.links.push_back({"Administration", "/admin/"});
  return p;
}

page::Page login_page(const LoginForm& f) {
  Page p;
  p.title = "Log in";
  heading(p, "Log in");
  if (!f.notice.empty()) p.blocks.push_back({BlockKind::Notice, f.notice});
  if (!f.error.empty()) p.blocks.push_back({BlockKind::Error, f.error});
  Form form;
  form.action = f.action;
  form.method = "POST";
  if (!f.csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", f.csrf_token));
  form.inputs.push_back(Input{"username", "text", f.username, "Username"});
  form.inputs.push_back(Input{"password", "password", "", "Password"});
  form.inputs.push_back(Input{"remember", "checkbox", "on", "Remember my username"});
  form.inputs.push_back(hidden("next", f.next));
  form.submit_label = "Log in";
  p.forms.push_back(std::move(form));
  home_link(p);
  return p;
}

page::Page welcome_page(const std::string& user) {
  Page p;
  p.title = "Welcome";
  heading(p, "Welcome, " + user);
  para(p, "Your password is correct.");
  home_link(p);
  p.links.push_back({"My profile", "/accounts/profile/"});
  return p;
}

page::Page profile_page(const std::string& user, const std::string& display_name, bool staff) {
  Page p;
  p.title = "Profile";
  heading(p, "Profile of " + user);
  para(p, "Name: " + display_name);
  para(p, staff ? "Staff: yes" : "Staff: no");
  home_link(p);
  p.links.push_back({"Log out", "/accounts/logout/"});
  return p;
}

page::Page admin_page(const std::string& user) {
  Page p;
  p.title = "Site administration";
  heading(p, "Site administration");
  para(p, "Welcome, " + user + ". You are a staff member.");
  home_link(p);
  return p;
}

page::Page logged_out_page() {
  // registration/logged_out.html of django.contrib.admin
  Page p;
  p.title = "Logged out";
  heading(p, "Logged out");
  para(p, "Thanks for spending some quality time with the Web site today.");
  p.links.push_back({"Log in again", "/accounts/login/"});
  home_link(p);
  return p;
}

page::Page cart_page(const std::vector<std::string>& items, const std::string& csrf_token) {
  Page p;
  p.title = "Cart";
  heading(p, "Your cart");
  if (items.empty()) {
    para(p, "Your cart is empty.");
  } else {
    std::string list;
    for (const auto& item : items) list += (list.empty() ? "" : ", ") + item;
    para(p, std::to_string(items.size()) + (items.size() == 1 ? " item: " : " items: ") + list);
  }
  Form form;
  form.action = "/cart/add/";
  form.method = "POST";
  if (!csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", csrf_token));
  form.inputs.push_back(Input{"item", "text", "", "Item"});
  form.submit_label = "Add to cart";
  p.forms.push_back(std::move(form));
  p.links.push_back({"Add an apple", "/cart/add/?item=apple"});
  p.links.push_back({"Add a banana", "/cart/add/?item=banana"});
  home_link(p);
  return p;
}

page::Page notice_page(bool hidden_today) {
  Page p;
  p.title = "Notice";
  heading(p, "Shop news");
  if (!hidden_today) {
    p.blocks.push_back({BlockKind::Notice, "Notice: the shop is closed for maintenance on Sunday."});
    p.links.push_back({"Don't show this again today", "/notice/hide/"});
  }
  para(p, "New arrivals every Monday.");
  home_link(p);
  return p;
}

page::Page popup_page(bool show_popup) {
  Page p;
  p.title = "Popup";
  heading(p, "Today's offers");
  if (show_popup) p.blocks.push_back({BlockKind::Notice, "Welcome! This popup is shown only once."});
  para(p, "Apples are on sale.");
  home_link(p);
  return p;
}

page::Page transfer_form_page(const std::string& user, const std::string& csrf_token) {
  Page p;
  p.title = "Transfer";
  heading(p, "Send money");
  para(p, "Logged in as " + user + ".");
  Form form;
  form.action = "/transfer/";
  form.method = "POST";
  if (!csrf_token.empty()) form.inputs.push_back(hidden("csrfmiddlewaretoken", csrf_token));
  form.inputs.push_back(Input{"to", "text", "", "To"});
  form.inputs.push_back(Input{"amount", "text", "", "Amount"});
  form.submit_label = "Send";
  p.forms.push_back(std::move(form));
  home_link(p);
  return p;
}

page::Page transfer_done_page(const std::string& from, const std::string& to, const std::string& amount) {
  Page p;
  p.title = "Transfer done";
  heading(p, "Transfer done");
  para(p, "Sent " + amount + " from " + from + " to " + to + ".");
  home_link(p);
  return p;
}

page::Page tracked_page(const std::string& tracker_url) {
  Page p;
  p.title = "An article";
  heading(p, "Ten tips for a tidy kitchen");
  para(p, "This page embeds an invisible image from another site: a tracking pixel.");
  p.images.push_back(tracker_url);
  home_link(p);
  return p;
}

page::Page not_found_page(const std::string& path) {
  Page p;
  p.title = "Not Found";
  heading(p, "Not Found");
  para(p, "The requested resource " + path + " was not found on this server.");
  home_link(p);
  return p;
}

page::Page csrf_failure_page(const std::string& reason) {
  // django/views/csrf.py CSRF_FAILURE_TEMPLATE (the reason line is shown with DEBUG=True,
  // as under runserver in development).
  Page p;
  p.title = "403 Forbidden";
  heading(p, "Forbidden (403)");
  para(p, "CSRF verification failed. Request aborted.");
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
  home_link(p);
  return p;
}

page::Page password_change_done_page(Lang lang) {
  const PasswordChangeText& t = password_change_text();
  Page p;
  p.title = t.done_title.in(lang);
  heading(p, t.done_title.in(lang));
  para(p, t.done_text.in(lang));
  home_link(p);
  return p;
}

}  // namespace cl::server

// The built-in pages as page models (rendered with page::render_page). Only what
// the learner reads is here; cookies and sessions are decided by the server.
#pragma once
#include <string>
#include <vector>
#include "base/text.h"
#include "page/page.h"

namespace cl::server {

struct Visitor {
  std::string site;   // the server's name
  std::string user;   // "" when anonymous
  std::string theme;  // from the theme cookie ("" = default)
};

page::Page home_page(const Visitor& v);

struct LoginForm {
  std::string action = "/accounts/login/";
  std::string next;        // kept in a hidden field
  std::string csrf_token;  // "" = no CSRF field (only Django has one)
  std::string username;    // pre-filled (the remembered_user cookie, or the failed attempt)
  std::string error;       // shown above the form
  std::string notice;      // e.g. Django admin: "You are authenticated as bob, but ..."
};
page::Page login_page(const LoginForm& form);
page::Page welcome_page(const std::string& user);  // the stateless server's answer to a good login
page::Page profile_page(const std::string& user, const std::string& display_name, bool staff);
page::Page admin_page(const std::string& user);
page::Page logged_out_page();
page::Page cart_page(const std::vector<std::string>& items, const std::string& csrf_token);
page::Page notice_page(bool hidden);
page::Page popup_page(bool show_popup);
page::Page transfer_form_page(const std::string& user, const std::string& csrf_token);
page::Page transfer_done_page(const std::string& from, const std::string& to, const std::string& amount);
page::Page tracked_page(const std::string& tracker_url);
page::Page not_found_page(const std::string& path);
page::Page csrf_failure_page(const std::string& reason);

// django.contrib.auth's PasswordChangeView (registration/password_change_form.html and
// password_change_done.html), in the language the page is served in.
enum class PasswordChangeError { None, OldWrong, Mismatch, TooShort, Numeric };
struct PasswordChangeForm {
  std::string csrf_token;
  PasswordChangeError error = PasswordChangeError::None;
};
page::Page password_change_page(const PasswordChangeForm& form, Lang lang);
page::Page password_change_done_page(Lang lang);

}  // namespace cl::server

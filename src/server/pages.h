// The built-in pages as page models (rendered with page::render_page). Only what
// the learner reads is here; cookies and sessions are decided by the server. Each
// page is in the language the request chose (server.cpp reads Accept-Language):
// English, the sites' default, or Korean; Django's own texts as its ko translation
// words them. `user` is the name the page calls the user in that language (the
// scenario's display name, else the username).
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
  Lang lang = Lang::En;
};

page::Page home_page(const Visitor& v);

struct LoginForm {
  std::string action = "/accounts/login/";
  std::string next;        // kept in a hidden field
  std::string csrf_token;  // "" = no CSRF field (only Django has one)
  std::string username;    // pre-filled (the remembered_user cookie, or the failed attempt)
  std::string error;       // shown above the form
  std::string notice;      // e.g. Django admin: "You are authenticated as bob, but ..."
  Lang lang = Lang::En;
};
page::Page login_page(const LoginForm& form);
// The Django admin's notice to a logged-in user who is not staff.
std::string not_authorized_notice(const std::string& user, Lang lang);
page::Page welcome_page(const std::string& user,
                        Lang lang = Lang::En);  // the stateless server's answer to a good login
page::Page profile_page(const std::string& user, const std::string& display_name, bool staff, Lang lang = Lang::En);
page::Page admin_page(const std::string& user, Lang lang = Lang::En);
page::Page logged_out_page(Lang lang = Lang::En);
page::Page cart_page(const std::vector<std::string>& items, const std::string& csrf_token, Lang lang = Lang::En);
page::Page notice_page(bool hidden, Lang lang = Lang::En);
page::Page popup_page(bool show_popup, Lang lang = Lang::En);
page::Page transfer_form_page(const std::string& user, const std::string& csrf_token, Lang lang = Lang::En);
page::Page transfer_done_page(const std::string& from, const std::string& to, const std::string& amount,
                              Lang lang = Lang::En);
page::Page tracked_page(const std::string& tracker_url, Lang lang = Lang::En);
page::Page not_found_page(const std::string& path, Lang lang = Lang::En);
page::Page csrf_failure_page(const std::string& reason, Lang lang = Lang::En);

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

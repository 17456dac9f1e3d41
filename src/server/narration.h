// The server's side of the story in plain words, English and Korean, one sentence
// per thing that happened. The server collects them into Handling::explanation.
#pragma once
#include <string>
#include <string_view>
#include "base/text.h"

namespace cl::server::say {

std::string short_key(std::string_view key);  // "a1b2…": enough to tell keys apart

// A user as each language's sentence names them: the scenario's display name
// (앨리스 in Korean for alice), else the username. A name typed into a form is the
// same in both.
struct Who {
  std::string_view en, ko;
  Who(std::string_view name) : en(name), ko(name) {}             // NOLINT: a plain name reads the same in both
  Who(const char* name) : Who(std::string_view(name)) {}         // NOLINT
  Who(const std::string& name) : Who(std::string_view(name)) {}  // NOLINT
  Who(std::string_view e, std::string_view k) : en(e), ko(k) {}
  bool empty() const { return en.empty(); }
};

Bilingual session_found(std::string_view key, Who user);
Bilingual session_missing(std::string_view key);
Bilingual session_expired(std::string_view key);
Bilingual session_invalid(std::string_view cookie);
Bilingual session_adopted(std::string_view key);
Bilingual session_created(std::string_view key, std::string_view cookie_name);
Bilingual session_saved(std::string_view key);
Bilingual session_renewed(std::string_view old_key, std::string_view new_key);
Bilingual session_kept_at_login(std::string_view key);  // PHP: no regeneration
Bilingual session_deleted(std::string_view key);
Bilingual cookie_deleted(std::string_view cookie_name);
Bilingual login_ok(Who user);
Bilingual login_ok_stateless(Who user);
Bilingual login_failed(std::string_view user);
Bilingual logout(Who user);
Bilingual csrf_failed(std::string_view reason);
Bilingual login_required(std::string_view path);
Bilingual staff_required(Who user);
Bilingual cart_added(std::string_view item);
Bilingual transfer(Who from, Who to, std::string_view amount);
Bilingual tracker_saw(std::string_view uid, std::string_view site, bool new_uid);
Bilingual app_cookie(std::string_view name, std::string_view value);
Bilingual stateless_forgets();
Bilingual scripted(std::string_view path);
Bilingual not_found(std::string_view path);
Bilingual anonymous();
// django.contrib.auth: a password change, and what it does to the sessions.
Bilingual password_changed(Who user);
Bilingual password_change_failed(Who user);
Bilingual session_key_cycled(std::string_view old_key, std::string_view new_key);  // update_session_auth_hash
Bilingual session_stale(std::string_view key, Who user);                           // get_user(): the hash differs

// Appends `more` to `into` as a new sentence in both languages.
void append(Bilingual& into, const Bilingual& more);

}  // namespace cl::server::say

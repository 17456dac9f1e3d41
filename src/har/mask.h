// Privacy on import: a capture of a real login holds the learner's password, their
// session cookie and the site's tokens. They are replaced before anything is shown
// or written, unless the learner asks to keep them (--keep-secrets).
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include "har/har.h"

namespace cl::har {

// Stable placeholders: the same value always gets the same mask ("masked-1",
// "masked-2", ... in order of first appearance), so the jar's matching still
// teaches (the session cookie the server set is the one the browser sends back).
class Masks {
 public:
  const std::string& of(const std::string& value);
  std::size_t size() const { return by_value_.size(); }
  const std::map<std::string, std::string>& all() const { return by_value_; }

 private:
  std::map<std::string, std::string> by_value_;
};

// A form field, query parameter or header named like a secret: password, passwd,
// pwd, pass, token, csrf, xsrf, auth, secret, api-key, session (case-insensitive).
bool secret_name(std::string_view name);

// Masks, in every entry: each cookie value of Cookie and Set-Cookie; Authorization
// and Proxy-Authorization (their scheme word kept: "Bearer masked-3"); headers named
// like a secret; query parameters and urlencoded form fields named like a secret (in
// the URL, Referer, Location and redirectURL, the post body and its params); and
// every masked value of 8 or more bytes where it appears again in a text body of up
// to 256 KiB (a CSRF token in a hidden input, a session id echoed in a page).
// Returns the masks given.
Masks mask_secrets(Capture& capture);

}  // namespace cl::har

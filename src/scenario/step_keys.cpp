#include "scenario/step_keys.h"
#include <algorithm>
#include <array>

namespace cl::scenario {

const std::vector<std::string_view>& common_step_keys() {
  static const std::vector<std::string_view> keys = {"action", "browser", "say", "expect", "question"};
  return keys;
}

bool ActionKeys::takes(std::string_view key) const {
  return std::find(required.begin(), required.end(), key) != required.end() ||
         std::find(optional.begin(), optional.end(), key) != optional.end();
}

namespace {

// In enum order. `fields` is optional for submit: a form of hidden inputs only
// (a logout button) is submitted as the page filled it.
const std::array<ActionKeys, static_cast<std::size_t>(Action::Count)> kKeys = {{
    /* visit          */ {{"url"}, {"follow_redirects"}},
    /* submit         */ {{}, {"fields", "form", "follow_redirects"}},
    /* follow         */ {{"link"}, {"follow_redirects"}},
    /* post           */ {{"url", "fields"}, {"from", "follow_redirects"}},
    /* wait           */ {{"duration"}, {}},
    /* close          */ {{}, {}},
    /* reopen         */ {{}, {}},
    /* clear_cookies  */ {{}, {}},
    /* set_cookie     */ {{"url", "cookie"}, {}},
    /* script_cookie  */ {{"url", "cookie"}, {}},
    /* delete_cookie  */ {{"name"}, {"domain", "path"}},
    /* copy_cookie    */ {{"from_browser", "name"}, {}},
    /* delete_session */ {{"server"}, {"user"}},
    /* raw            */ {{"url", "request"}, {"crlf"}},
    /* change         */ {{"change"}, {}},
}};

}  // namespace

const ActionKeys& action_keys(Action a) { return kKeys[std::min(static_cast<std::size_t>(a), kKeys.size() - 1)]; }

bool any_action_takes(std::string_view key) {
  return std::any_of(kKeys.begin(), kKeys.end(), [&](const ActionKeys& k) { return k.takes(key); });
}

}  // namespace cl::scenario

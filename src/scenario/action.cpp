// The action names a scenario file uses, tied to the Action enum.
#include <array>
#include "scenario/scenario.h"

namespace cl::scenario {

namespace {

// In enum order; the static_assert below keeps the two lists the same length.
constexpr std::array<std::string_view, 15> kActionNames = {
    "visit",      "submit",        "follow",        "post",        "wait",           "close", "reopen", "clear_cookies",
    "set_cookie", "script_cookie", "delete_cookie", "copy_cookie", "delete_session", "raw",   "change",
};
static_assert(kActionNames.size() == static_cast<std::size_t>(Action::Count),
              "every Action needs its name in the file format");

}  // namespace

std::string_view action_name(Action a) {
  const auto i = static_cast<std::size_t>(a);
  return i < kActionNames.size() ? kActionNames[i] : std::string_view{};
}

std::optional<Action> action_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kActionNames.size(); ++i)
    if (kActionNames[i] == name) return static_cast<Action>(i);
  return std::nullopt;
}

bool action_sends_request(Action a) {
  // Raw requests go out as written by a bare client, which never follows a Location.
  return a == Action::Visit || a == Action::Submit || a == Action::Follow || a == Action::Post;
}

}  // namespace cl::scenario

// Which keys a [[step]] table may hold, by action: the table "Actions and their
// keys" of scenarios/FORMAT.md as data, so the loader and the docs agree.
#pragma once
#include <string_view>
#include <vector>
#include "scenario/scenario.h"

namespace cl::scenario {

// Keys every step may have, whatever its action.
const std::vector<std::string_view>& common_step_keys();

struct ActionKeys {
  std::vector<std::string_view> required;
  std::vector<std::string_view> optional;
  bool takes(std::string_view key) const;
};
const ActionKeys& action_keys(Action a);

// Every key some action takes (used when the action itself is missing or unknown,
// so one mistake does not turn every other key into a second one).
bool any_action_takes(std::string_view key);

}  // namespace cl::scenario

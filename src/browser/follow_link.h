// Following a link of the page shown.
#pragma once
#include <optional>
#include <string_view>
#include "browser/browser_state.h"
#include "browser/navigation.h"

namespace cl::agent {

// The request that follows the first link whose text or href is `link`, its href
// resolved against the page (the initiator); none when there is no such link or it
// does not resolve.
std::optional<Navigation> follow_link(const BrowserState& state, std::string_view link);

}  // namespace cl::agent

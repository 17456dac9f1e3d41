// Expectations are optional per step; a step "checks something" when any is set.
#include "scenario/scenario.h"

namespace cl::scenario {

bool Expectations::any() const {
  return status || location || !sent.empty() || !not_sent.empty() || !stored.empty() || !ignored.empty() ||
         !in_jar.empty() || !not_in_jar.empty() || sessions || logged_in || page_contains;
}

}  // namespace cl::scenario

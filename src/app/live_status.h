// The status line of `cookielab FILE --serve`: where the lesson is served and how
// many requests came, at the right end of the menu bar.
#pragma once
#include "app/app_state.h"
#include "app/logic/live_serve.h"

namespace cl::app {

void draw_live_status(const AppState& state, const LiveServe& live);

}  // namespace cl::app

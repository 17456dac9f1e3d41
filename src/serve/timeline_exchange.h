// A real client's exchange in the form the timeline shows (sim::Exchange), so the
// window's sequence view, inspector and narration can draw what `cookielab FILE
// --serve` receives exactly as they draw simulated steps. GUI-free; the window only
// has to append these (see docs/serve.md, "Not done yet").
#pragma once
#include "serve/live_server.h"
#include "sim/timeline.h"

namespace cl::serve {

// browser is -1 (a real client, not one of the scenario's browsers); the request is
// serialised from what arrived, the response split into head and body as the
// timeline stores it. The cookie decisions stay empty: a real browser keeps its jar
// to itself, only the Cookie header it sent is known.
sim::Exchange timeline_exchange(const LiveExchange& live);

}  // namespace cl::serve

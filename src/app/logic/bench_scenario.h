// The scenario `cookielab --bench-frames N` draws: a long timeline and a full jar,
// to show the window stays fast when a lesson is large.
#pragma once
#include <cstddef>
#include "scenario/scenario.h"

namespace cl::app {

// `steps` scenario steps; ten hosts each set cookies/10 cookies in their first
// response (Set-Cookie lines of a scripted route), then the browser keeps visiting.
// Most steps are raw requests and waits, which leave the browser's state alone, so
// the timeline's memory stays small (it stores only what each step changed).
scenario::Scenario bench_scenario(std::size_t steps, std::size_t cookies);

}  // namespace cl::app

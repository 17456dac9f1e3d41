// The run as HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the archive a
// browser's network panel saves and opens: `cookielab run FILE --format har`.
//
// One entry per exchange, in timeline order, with the exact headers in order, the
// cookies HAR lists (request cookies read from the Cookie field, response cookies
// from each Set-Cookie line, with the attributes the line gave, as Chromium's
// exporter writes them), the bodies (base64 when not UTF-8), and one page per
// navigation of a scenario step (its redirects and images belong to it).
// startedDateTime is the simulated clock; the simulation takes no time, so every
// timing is 0. What HAR has no field for is under "_cookielab" (HAR 1.2 allows
// custom fields whose names start with "_"): the browser and server names, the
// timeline and scenario step numbers, whether the browser followed a redirect on
// each entry; on the log, the lesson's browsers and the steps that changed a jar
// outside an exchange (log._cookielab.events), so an import gets the same jars.
// Deterministic: the same scenario gives the same bytes.
#pragma once
#include <ostream>
#include "base/text.h"
#include "sim/world.h"

namespace cl::report {

// Page titles are in `lang`; every other field is the same in both languages.
void write_har(std::ostream& out, const sim::World& world, Lang lang);

}  // namespace cl::report

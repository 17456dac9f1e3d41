// The run as a Mermaid sequence diagram (https://mermaid.js.org/syntax/sequenceDiagram.html),
// for slides and notes: `cookielab run FILE --format mermaid`, and the block the markdown
// transcript embeds. A lane per browser and per server; per exchange a request arrow
// (step number, method, path, the Cookie it carried) and a response arrow (status, each
// Set-Cookie, the Location of a redirect); a step that sends nothing is a note over its
// browser. Cookie values are shortened: the names and attributes are the lesson.
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include "base/text.h"
#include "sim/world.h"

namespace cl::report {

// The diagram's text, from "sequenceDiagram" on (no ``` fence), in `lang`.
void write_mermaid(std::ostream& out, const sim::World& world, Lang lang);

// Text made safe inside a Mermaid label: the characters its grammar reads (';' ends a
// statement, '#' starts an entity, '<' '>' '&' are HTML, "%%" a comment) become
// entity codes ("#59;"), and a line break becomes <br/>.
std::string mermaid_escape(std::string_view text);

}  // namespace cl::report

// How a mistake in a scenario file is printed: the compiler habit "file:line:column:
// message", which editors and terminals turn into a link to the spot.
#include "scenario/load.h"

namespace cl::scenario {

std::string Diagnostic::to_string(Lang lang) const {
  std::string out = file;
  // Line 0 means the whole file (it is missing, empty, or too large): no position.
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += ": ";
  out += message.in(lang);  // the wording is chosen only now, by the language
  return out;
}

}  // namespace cl::scenario

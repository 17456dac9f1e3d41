// A lesson as a student's worksheet, in Markdown: see handout.cpp.
#pragma once
#include <ostream>
#include "base/text.h"
#include "sim/world.h"

namespace cl::report {

// answers: append the answers at the end (the teacher's key); without, none are printed.
void write_handout(std::ostream& out, const sim::World& world, Lang lang, bool answers);

}  // namespace cl::report

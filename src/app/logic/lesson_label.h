// How the lesson picker names a lesson: its number, taken from the file name the
// course is ordered by ("04-sessions.toml" is lesson 4, "09a-..." is 9a), then the
// full title: "4 · Sessions: how the server remembers you".
#pragma once
#include <string>
#include <string_view>
#include "app/logic/lesson_list.h"

namespace cl::app {

// "4" for ".../04-sessions.toml", "9a" for "09a-hijacking-and-fixation.toml", "" for
// a file whose name does not start with a number.
std::string lesson_number(std::string_view path);

// "4 · Sessions: ..." (the title alone when the file has no number).
std::string lesson_label(const LessonInfo& lesson, Lang lang);

}  // namespace cl::app

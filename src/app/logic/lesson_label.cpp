#include "app/logic/lesson_label.h"

namespace cl::app {

std::string lesson_number(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits == 0) return "";
  std::size_t end = digits;
  // One letter after the number marks a part of a lesson (09a, 09b, 09c).
  if (end < name.size() && name[end] >= 'a' && name[end] <= 'z' && (end + 1 == name.size() || name[end + 1] == '-'))
    ++end;
  std::string_view number = name.substr(0, end);
  while (number.size() > 1 && number[0] == '0' && number[1] >= '0' && number[1] <= '9') number.remove_prefix(1);
  return std::string(number);
}

std::string lesson_label(const LessonInfo& lesson, Lang lang) {
  const std::string number = lesson_number(lesson.path);
  const std::string& title = lesson.title.in(lang);
  return number.empty() ? title : number + " · " + title;
}

}  // namespace cl::app

#include "app/logic/controls_view.h"
#include <cmath>

namespace cl::app {

std::string scale_label(float ui_scale) {
  return std::to_string(static_cast<int>(std::lround(ui_scale * 100.0f))) + "%";
}

std::optional<Ui> play_refusal(const Lesson& lesson) {
  if (lesson.outcome_hidden()) return Ui::AnswerFirst;
  return std::nullopt;
}

}  // namespace cl::app

// What the controls bar says beside its buttons: the scale in use, and why Play did
// not start. GUI-free, so tests check the words and the decision.
#pragma once
#include <optional>
#include <string>
#include "app/logic/lesson.h"
#include "app/logic/ui_text.h"

namespace cl::app {

// The learner's scale (Ctrl +/-) as a teacher says it: "120%". Rounded, so ten steps of
// 0.1 read as 200%, not 199%.
std::string scale_label(float ui_scale);

// Why Play cannot run from the shown step, or nothing when it can. A waiting question
// stops the play at once (Lesson::tick): the learner must be told, not left guessing.
std::optional<Ui> play_refusal(const Lesson& lesson);

}  // namespace cl::app

// Line breaking for the window's prose (narration, questions, explanations, error
// messages). Dear ImGui 1.86's own wrapping also breaks after '.', ',' and ';', which
// cuts host names and URLs in two ("shop. / example") and starts lines with
// punctuation. Here a line breaks only at a space; only a single word longer than
// the whole line is cut: after its last '/', '&', '?', '=', ';', ',' or '-' that fits
// (a URL or a header value: "application/x-www-form-" / "urlencoded"), else
// anywhere (between UTF-8 characters, never inside one).
#pragma once
#include <functional>
#include <string_view>
#include <vector>

namespace cl::app {

// How wide a piece of text is drawn (ImGui::CalcTextSize in the window; a fake in tests).
using MeasureText = std::function<float(std::string_view)>;

// The lines of `text` for a column `width` wide. A '\n' always ends a line (an empty
// line stays empty); the spaces where a line was broken are dropped, leading spaces
// of a paragraph are kept (indentation). The views point into `text`.
std::vector<std::string_view> wrap_lines(std::string_view text, float width, const MeasureText& measure);

}  // namespace cl::app

// Narration: what happens in the shown step and why, in the chosen language. A
// step with a question asks it after the step's words; the learner picks, then sees the outcome,
// whether the pick was right, and the explanation. The score shows at the end.
#include <imgui.h>
#include <string>
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/logic/glossary.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "sim/checks.h"
#include "sim/explain.h"

namespace cl::app {
namespace {

void draw_question(AppState& state, const scenario::Question& q) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const auto answer = state.lesson.answer_of(state.lesson.position());
  text_colored(pal.set_cookie_line, tr(Ui::Question, lang));
  ImGui::PushFont(fonts().large);
  text_wrapped(q.prompt.in(lang));
  ImGui::PopFont();
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    const int choice = static_cast<int>(i);
    const std::string number = std::to_string(i + 1);
    // A numbered button and the choice's text wrapped beside it: choices are
    // sentences, and a button does not wrap.
    if (!answer) {
      if (ImGui::Button((" " + number + " ##choice").c_str())) state.lesson.answer(choice);
      ImGui::SameLine();
      text_wrapped(q.choices[i].in(lang));
      continue;
    }
    const bool right = choice == q.answer, picked = choice == *answer;
    const ImVec4 color = right ? pal.ok : picked ? pal.bad : pal.muted;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text_wrapped((right ? "✓ " : picked ? "✗ " : "   ") + number + ". " + q.choices[i].in(lang));
    ImGui::PopStyleColor();
  }
  if (answer) {
    text_colored(*answer == q.answer ? pal.ok : pal.bad, tr(*answer == q.answer ? Ui::Correct : Ui::Wrong, lang));
    text_wrapped(q.explanation.in(lang));
  }
  ImGui::Separator();
}

// "Terms in this step:" and a link for each glossary term the shown words use:
// hovering shows the definition, a click opens the glossary at it.
// The words are the step's narration and, once its outcome shows, the why and the
// question with its explanation; found once per shown step and language.
void draw_terms(AppState& state, const sim::Step& step, bool with_why) {
  NarrationPanel& panel = state.narration_panel;
  const Lang lang = state.lang;
  if (panel.terms_version != state.lesson.version() || panel.terms_lang != lang || panel.terms_with_why != with_why) {
    panel.terms_version = state.lesson.version();
    panel.terms_lang = lang;
    panel.terms_with_why = with_why;
    std::string words = step.narration.in(lang);
    if (with_why) {
      words += "\n" + panel.why.in(lang);
      if (step.question) words += "\n" + step.question->prompt.in(lang) + "\n" + step.question->explanation.in(lang);
    }
    panel.terms = glossary_terms_in(words);
  }
  if (panel.terms.empty()) return;
  const Palette& pal = palette(state.high_contrast);
  ImGui::Spacing();
  text_colored(pal.muted, tr(Ui::TermsInStep, lang));
  for (std::size_t i : panel.terms) {
    const GlossaryEntry& e = glossary()[i];
    const std::string label =
        (lang == Lang::Ko && *e.term_ko ? e.term_ko : e.term) + std::string("##term") + std::to_string(i);
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    ImGui::PushStyleColor(ImGuiCol_Text, pal.accent);
    if (ImGui::SmallButton(label.c_str())) {
      state.help_panel.glossary = true;
      state.help_panel.focus = static_cast<int>(i);
      state.help_panel.search.clear();
      state.help_panel.scroll_to_focus = true;
    }
    ImGui::PopStyleColor();
    tooltip(e.definition.in(lang));
  }
}

void draw_step(AppState& state) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const Lesson& lesson = state.lesson;
  const sim::Step* step = lesson.step();
  // The lesson's title over everything, so a room knows what it is looking at.
  text_colored(pal.accent, lesson.scenario()->title.in(lang));
  // The score at the last step, right under the title: below the checks it fell off a
  // panel that a larger scale had filled.
  const QuizScore score = lesson.score();
  if (lesson.position() == lesson.count() && score.questions > 0) {
    ImGui::PushFont(fonts().large);
    text_colored(pal.set_cookie_line, score_line(score.correct, score.answered, score.questions, lang));
    ImGui::PopFont();
  }
  ImGui::Separator();
  if (!step) {
    text_wrapped(lesson.scenario()->summary.in(lang));
    text_colored(pal.muted, tr(Ui::BeforeFirstStep, lang));
    // This lesson's score the last time it was open (logic/settings.h).
    if (state.last_score && state.last_score->questions > 0) {
      const SavedScore& s = *state.last_score;
      text_colored(pal.muted,
                   std::string(tr(Ui::LastScore, lang)) + " — " + score_line(s.correct, s.answered, s.questions, lang));
    }
    return;
  }
  // The scenario's words first, also while a question waits: the question is about
  // what they describe. Only the outcome (why, checks) waits for the answer.
  if (!step->narration.empty()) {
    ImGui::PushFont(fonts().large);
    text_wrapped(step->narration.in(lang));
    ImGui::PopFont();
    if (step->question) ImGui::Spacing();
  }
  if (step->question) draw_question(state, *step->question);
  if (lesson.outcome_hidden()) {
    draw_terms(state, *step, false);
    return;
  }
  // Generated from the step's decisions: once per shown step, not every frame.
  NarrationPanel& panel = state.narration_panel;
  if (panel.version != lesson.version()) {
    panel.version = lesson.version();
    panel.why = sim::explain(*lesson.scenario(), *step);
  }
  const Bilingual& why = panel.why;
  if (!why.empty()) {
    ImGui::Spacing();
    text_colored(pal.accent, tr(Ui::Why, lang));
    text_wrapped(why.in(lang));
  }
  draw_terms(state, *step, true);
  if (!step->checks.empty()) {
    ImGui::Spacing();
    // The checks sit on the last timeline step their scenario step made.
    const auto& all = lesson.world()->timeline().steps();
    std::size_t first = step->index;
    while (step->scenario_step >= 0 && first > 0 && all[first - 1].scenario_step == step->scenario_step) --first;
    text_colored(pal.accent, checks_heading(first + 1, step->index + 1, lang));
    for (const auto& c : step->checks) {
      // The check in words of the learner's language (sim::describe_check); the values stay.
      std::string line = (c.passed ? "✓ " : "✗ ") + sim::describe_check(c).in(lang);
      if (!c.passed)
        line.append(" (").append(tr(Ui::Seen, lang)).append(": ").append(sim::describe_seen(c).in(lang)).append(")");
      ImGui::PushStyleColor(ImGuiCol_Text, c.passed ? pal.ok : pal.bad);
      text_wrapped(line);
      ImGui::PopStyleColor();
    }
  }
}

}  // namespace

void draw_narration(AppState& state, const Rect& area) {
  if (begin_panel("narration", tr(Ui::Narration, state.lang), area)) {
    if (state.lesson.loaded()) draw_step(state);
    // The layout gives the panel this height from the next frame on (within limits),
    // so the last check line is not left below the edge.
    state.narration_panel.height = content_height();
  }
  end_panel();
}

}  // namespace cl::app

// The message inspector: the raw request and response of the shown step, exactly
// as exchanged, with Cookie and Set-Cookie lines coloured and every cookie
// attribute explained in a tooltip; then what the browser decided about each.
#include <imgui.h>
#include <string>
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/logic/message_lines.h"
#include "app/logic/playground_model.h"
#include "app/logic/refusals.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "cookie/reason.h"

namespace cl::app {
namespace {

// A header line whose value is split into cookie parts, each with its tooltip.
void draw_cookie_line(std::string_view line, bool set_cookie, const ImVec4& color, Lang lang) {
  const std::size_t colon = line.find(':');
  text_colored(color, line.substr(0, colon + 1));
  const std::string_view value = header_value(line);
  const auto parts = set_cookie ? set_cookie_parts(value) : cookie_header_parts(value);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string piece = i == 0 ? parts[i].text : "; " + parts[i].text;
    // Wrap between attributes rather than running off the panel's edge.
    ImGui::SameLine(0, i == 0 ? -1.0f : 0.0f);
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(piece.c_str()).x) {
      ImGui::NewLine();
      ImGui::Indent();
      text_colored(color, parts[i].text);
      ImGui::Unindent();
    } else {
      text_colored(color, piece);
    }
    tooltip(parts[i].explanation.in(lang));
  }
}

void draw_message(std::string_view raw, const Palette& pal, Lang lang, bool hide_cookies = false,
                  const std::vector<Refusal>& refused = {}) {
  ImGui::PushFont(fonts().mono);
  // A binary body (an image) as its size and type; the lines point into `shown`.
  const std::string shown = message_for_display(raw);
  const std::vector<MessageLine> lines = hide_cookies ? hide_cookie_lines(split_message(shown)) : split_message(shown);
  for (const MessageLine& line : lines) {
    switch (line.kind) {
      case LineKind::StartLine: text_colored(pal.start_line, line.text); break;
      case LineKind::Cookie: draw_cookie_line(line.text, false, pal.cookie_line, lang); break;
      case LineKind::SetCookie:
        // A refused cookie is marked on its own line, the reason in the mark's tooltip.
        if (const Refusal* r = refusal_for_line(line.text, refused)) {
          text_colored(pal.bad, "✗");
          tooltip(refusal_detail(*r, lang));
          ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
        }
        draw_cookie_line(line.text, true, pal.set_cookie_line, lang);
        break;
      case LineKind::Header: {
        const std::size_t colon = line.text.find(':');
        text_colored(pal.header_name, line.text.substr(0, colon + 1));
        ImGui::SameLine(0, 0);
        text_wrapped(colon == std::string_view::npos ? "" : line.text.substr(colon + 1));
        break;
      }
      case LineKind::Blank: ImGui::Spacing(); break;
      case LineKind::Body: text_wrapped(line.text); break;
    }
  }
  ImGui::PopFont();
}

void draw_decisions(const sim::Exchange& x, const Palette& pal, Lang lang) {
  if (!x.cookies.sent().empty() || !x.cookies.excluded.empty()) {
    text_colored(pal.accent, tr(Ui::CookiesSent, lang));
    for (const auto& c : x.cookies.sent()) text_colored(pal.cookie_line, "  " + c.name + "=" + c.value);
    if (x.cookies.sent().empty()) text_colored(pal.muted, "  -");
    if (!x.cookies.excluded.empty()) text_colored(pal.accent, tr(Ui::CookiesNotSent, lang));
    for (const auto& e : x.cookies.excluded) {
      const cookie::ReasonInfo& info = cookie::reason_info(e.reason);
      text_colored(pal.muted, "  " + e.cookie.name + ": " + std::string(lang == Lang::Ko ? info.ko : info.en));
      tooltip(cookie::rfc_reference(info.rfc, lang) +
              (info.chromium.empty() ? "" : " / Chromium: " + std::string(info.chromium)));
    }
  }
  if (!x.set_cookies.empty()) {
    text_colored(pal.accent, tr(Ui::SetCookieResults, lang));
    for (const auto& r : x.set_cookies) {
      const bool ignored = r.decision.outcome == cookie::SetOutcome::Ignored;
      std::string what(tr(outcome_label(r.decision.outcome), lang));
      if (ignored) {
        const cookie::ReasonInfo& info = cookie::reason_info(r.decision.reason);
        what += ": " + std::string(lang == Lang::Ko ? info.ko : info.en);
      }
      const std::string name = r.decision.parsed.name.empty() ? r.line : r.decision.parsed.name;
      // The rule that decided it, after the outcome (RFC 6265 5.3 or the refusing rule).
      what += " (" + set_decision_rfc(r.decision) + ")";
      ImGui::PushStyleColor(ImGuiCol_Text, ignored ? pal.bad : pal.ok);
      text_wrapped("  " + name + " - " + what);
      ImGui::PopStyleColor();
      const std::string_view chromium = cookie::reason_info(r.decision.reason).chromium;
      if (ignored && !chromium.empty()) tooltip("Chromium: " + std::string(chromium));
    }
  }
}

}  // namespace

void draw_inspector(AppState& state, const Rect& area) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  if (!begin_panel("inspector", tr(Ui::Inspector, lang), area) || !state.lesson.loaded()) {
    end_panel();
    return;
  }
  // A branch arrow clicked in the sequence: that step of the branch, said to be the branch's.
  const sim::Step* branch_step = picked_step(state.sequence_panel.pick, state.what_if.shown(), state.lesson.position());
  const sim::Step* step = branch_step ? branch_step : state.lesson.step();
  if (branch_step) {
    const std::string name = branch_label(state.what_if, state.sequence_panel.pick.branch, lang);
    text_colored(ImGui::ColorConvertU32ToFloat4(pal.branch_arrow), "↳ " + name);
  }
  if (!step || !step->exchange) {
    text_colored(pal.muted, tr(Ui::NoExchange, lang));
    end_panel();
    return;
  }
  const sim::Exchange& x = *step->exchange;
  const bool hidden = state.lesson.outcome_hidden();
  ImGui::BeginChild("messages", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  // A refused live request may have no usable address: then only the label shows.
  text_colored(pal.accent, std::string(tr(Ui::Request, lang)) + (x.url->host.empty() ? "" : "  " + x.url->to_string()));
  // The question may ask what the request carries: its Cookie line waits too.
  draw_message(x.request_text(), pal, lang, hidden);
  ImGui::Separator();
  text_colored(pal.accent, tr(Ui::Response, lang));
  if (hidden) text_colored(pal.muted, "?");  // the question comes first
  else draw_message(x.response_text(), pal, lang, false, refused_set_cookies(x));
  ImGui::Separator();
  if (!hidden) draw_decisions(x, pal, lang);
  ImGui::EndChild();
  end_panel();
}

}  // namespace cl::app

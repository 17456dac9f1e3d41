// The cookie playground: the learner types a response URL and Set-Cookie lines,
// and a second URL; the panel shows how each line was parsed, what the jar
// decided and why (RFC 6265 5.2 and 5.3), the jar after, and the Cookie header
// the second URL would carry with every cookie left out explained (5.4). The
// work is run_playground_model (app/logic/playground_model.h); this only draws.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "scenario/names.h"
#include "app/fonts.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "cookie/playground.h"

namespace cl::app {
namespace {

const sim::BrowserState* shown_browser(const AppState& state) {
  if (!state.lesson.loaded()) return nullptr;
  const auto& browsers = state.lesson.after().browsers;
  if (state.browser < 0 || state.browser >= static_cast<int>(browsers.size())) return nullptr;
  return browsers[state.browser].get();
}

// STYLE 5: recomputed only when an input, the shown step or the browser changed.
void recompute(PlaygroundPanel& panel, const AppState& state) {
  const sim::BrowserState* browser = shown_browser(state);
  const std::uint64_t version = state.lesson.loaded() ? state.lesson.version() : 1;
  if (panel.version != 0 && panel.input == panel.computed_for && panel.version == version &&
      panel.browser == state.browser)
    return;
  // The first time, the lesson's own policy: the same rules as the jar beside it.
  if (panel.version == 0 && browser) panel.input.policy = browser->jar.policy();
  panel.computed_for = panel.input;
  panel.version = version;
  panel.browser = state.browser;
  const TimeMs now = state.lesson.loaded() ? state.lesson.after().now : cookie::kPlaygroundStart;
  if (panel.input.from_step_jar && browser) {
    panel.result = run_playground_model(panel.input, browser->jar, now);
  } else {
    panel.result = run_playground_model(panel.input, cookie::CookieJar(), now);
  }
}

// The next widget beside the last one when `width` still fits, else on a new line:
// the Korean labels are half again as wide, and a radio button cut at the panel's
// edge ("빈 쿠키 저장...") hides what it chooses.
void same_line_if_fits(float width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}
float radio_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

// "Under chromium:" / "chromium 정책에서는:"
std::string under_policy(cookie::Policy policy, Lang lang) {
  std::string s(tr(Ui::UnderPolicy, lang));
  s.replace(s.find("%s"), 2, cookie::policy_name(policy));
  return s;
}

// A label above a field that spans the column: labels beside fields take half the
// width in Korean.
bool labelled_input(const char* id, std::string_view label, std::string& value) {
  text(label);
  ImGui::SetNextItemWidth(-1.0f);
  return ImGui::InputText(id, &value);
}

void draw_inputs(AppState& state, const Palette& pal) {
  PlaygroundPanel& panel = state.playground_panel;
  PlaygroundInput& in = panel.input;
  const Lang lang = state.lang;
  text(tr(Ui::Policy, lang));
  ImGui::SameLine();
  if (ImGui::RadioButton("rfc6265", in.policy == cookie::Policy::Rfc6265)) in.policy = cookie::Policy::Rfc6265;
  ImGui::SameLine();
  if (ImGui::RadioButton("chromium", in.policy == cookie::Policy::Chromium)) in.policy = cookie::Policy::Chromium;
  text(tr(Ui::StartFrom, lang));
  const sim::BrowserState* browser = shown_browser(state);
  std::string step_jar = std::string(tr(Ui::StepJar, lang));
  if (browser && state.lesson.scenario())
    step_jar += " (" + scenario::browser_shown(*state.lesson.scenario(), state.browser, lang) + ")";
  same_line_if_fits(radio_width(step_jar.c_str()));
  if (ImGui::RadioButton(step_jar.c_str(), in.from_step_jar)) in.from_step_jar = true;
  same_line_if_fits(radio_width(tr(Ui::EmptyJarStart, lang).data()));
  if (ImGui::RadioButton(tr(Ui::EmptyJarStart, lang).data(), !in.from_step_jar)) in.from_step_jar = false;

  labelled_input("##url", tr(Ui::RequestUrl, lang), in.url);
  if (!panel.result.url_error.empty()) text_colored(pal.bad, panel.result.url_error.in(lang));
  text(tr(Ui::SetCookieLines, lang));
  ImGui::PushFont(fonts().mono);
  ImGui::InputTextMultiline("##lines", &in.set_cookies, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 7.5f),
                            ImGuiInputTextFlags_AllowTabInput);
  ImGui::PopFont();
  labelled_input("##second", tr(Ui::SecondUrl, lang), in.second_url);
  labelled_input("##site", tr(Ui::FromPage, lang), in.second_site);
  ImGui::Checkbox(tr(Ui::TopLevel, lang).data(), &in.second_top_level);
  ImGui::SameLine();
  ImGui::Checkbox(tr(Ui::PostMethod, lang).data(), &in.second_post);
  if (!panel.result.second_error.empty()) text_colored(pal.bad, panel.result.second_error.in(lang));
  if (ImGui::Button(tr(Ui::Example, lang).data())) {
    const bool from_step = in.from_step_jar;
    const cookie::Policy policy = in.policy;
    in = playground_example();
    in.from_step_jar = from_step;
    in.policy = policy;
  }
}

ImVec4 outcome_color(cookie::SetOutcome o, const Palette& pal) {
  switch (o) {
    case cookie::SetOutcome::Stored: return pal.ok;
    case cookie::SetOutcome::Replaced: return pal.accent;
    case cookie::SetOutcome::Deleted: return pal.set_cookie_line;
    case cookie::SetOutcome::Ignored: return pal.bad;
  }
  return pal.text;
}

std::string where(const cookie::Cookie& c) {
  return (c.host_only ? "" : ".") + c.domain + c.path;  // the leading dot: sent to subdomains too
}

// Attributes as a row of marks (what each does in its tooltip), wrapping at the
// edge: ✓ counted, – ignored by the parser (RFC 6265 5.2), ✗ got the cookie refused
// (5.3). Under them the reason for each one ignored or refusing.
void draw_attributes(const PlaygroundLine& line, const Palette& pal, Lang lang) {
  if (line.attributes.empty()) return;
  text_colored(pal.muted, std::string(tr(Ui::Attributes, lang)) + ":");
  for (const PlaygroundAttribute& a : line.attributes) {
    const char* mark = a.refused ? "✗ " : a.used ? "✓ " : "– ";
    const std::string piece = mark + (a.value.empty() ? a.name : a.name + "=" + a.value);
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(piece.c_str()).x) ImGui::NewLine();
    text_colored(a.refused ? pal.bad : a.used ? pal.ok : pal.muted, piece);
    tooltip(a.refused ? std::string(tr(Ui::RefusedBy, lang)) + "\n\n" + a.explanation.in(lang)
                      : a.explanation.in(lang));
  }
  for (const PlaygroundAttribute& a : line.attributes) {
    if (a.note.empty()) continue;
    // Indented as a block, so a wrapped note does not run back under the marks.
    ImGui::Indent();
    ImGui::PushStyleColor(ImGuiCol_Text, a.refused ? pal.bad : pal.muted);
    text_wrapped(a.name + ": " + a.note.in(lang));
    ImGui::PopStyleColor();
    ImGui::Unindent();
  }
}

// The other policy's decision, when it is not this one's.
void draw_other(const PlaygroundOther& o, const Palette& pal, Lang lang) {
  text_colored(pal.set_cookie_line, under_policy(o.policy, lang));
  ImGui::SameLine();
  text_colored(outcome_color(o.outcome, pal), tr(outcome_label(o.outcome), lang));
  ImGui::SameLine();
  text_wrapped(o.verdict.in(lang) + (o.rfc.empty() ? "" : " (" + cookie::rfc_reference(o.rfc, lang) + ")"));
}

void draw_line(const PlaygroundLine& line, const Palette& pal, Lang lang) {
  ImGui::PushFont(fonts().mono);
  text_colored(pal.muted, std::string(tr(Ui::Line, lang)) + " " + std::to_string(line.line_number) + ":");
  ImGui::SameLine();
  text_colored(pal.set_cookie_line, line.text);
  ImGui::PopFont();
  ImGui::Indent();
  text_colored(outcome_color(line.decision.outcome, pal), tr(outcome_label(line.decision.outcome), lang));
  tooltip(cookie::set_outcome_name(line.decision.outcome));
  ImGui::SameLine();
  text_wrapped(line.verdict.in(lang));
  std::string source = cookie::rfc_reference(line.rfc, lang);
  if (!line.chromium.empty()) source += "  ·  Chromium: " + line.chromium;
  if (!source.empty()) text_colored(pal.muted, source);
  if (line.other) draw_other(*line.other, pal, lang);
  for (const cookie::Cookie& c : line.decision.evicted)
    text_colored(pal.bad, std::string(tr(Ui::Evicted, lang)) + ": " + c.name + " (" + where(c) + ")");
  draw_attributes(line, pal, lang);
  ImGui::Unindent();
  ImGui::Spacing();
}

void draw_jar(const PlaygroundResult& r, const Palette& pal, Lang lang) {
  text_colored(pal.accent, tr(Ui::JarAfter, lang));
  if (r.jar.empty()) {
    text_colored(pal.muted, tr(Ui::EmptyJar, lang));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("jar-after", 5, flags)) return;
  for (Ui h : {Ui::Name, Ui::Value, Ui::Domain, Ui::Path, Ui::Expiry}) ImGui::TableSetupColumn(tr(h, lang).data());
  ImGui::TableHeadersRow();
  for (const cookie::Cookie& c : r.jar) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text(c.name.empty() ? std::string(tr(Ui::Nameless, lang)) : c.name);
    std::string flags_text;
    if (c.secure) flags_text += "Secure ";
    if (c.http_only) flags_text += "HttpOnly ";
    flags_text += cookie::same_site_name(c.same_site);
    tooltip(flags_text);
    ImGui::TableNextColumn();
    text(c.value.size() > 18 ? c.value.substr(0, 16) + "..." : c.value);
    ImGui::TableNextColumn();
    text(c.domain);
    if (c.host_only) {
      ImGui::SameLine();
      text_colored(pal.muted, "(" + std::string(tr(Ui::HostOnly, lang)) + ")");
    }
    ImGui::TableNextColumn();
    text(c.path);
    ImGui::TableNextColumn();
    if (c.persistent) text(short_time(c.expiry));
    else text_colored(pal.muted, tr(Ui::SessionCookie, lang));
  }
  ImGui::EndTable();
}

void draw_header(const PlaygroundResult& r, const Palette& pal, Lang lang) {
  if (!r.second) return;
  text_colored(pal.accent, std::string(tr(Ui::CookieHeaderFor, lang)) + " " + r.second->to_string());
  ImGui::PushFont(fonts().mono);
  text_colored(pal.cookie_line, r.cookie_header.empty() ? "Cookie: -" : "Cookie: " + r.cookie_header);
  ImGui::PopFont();
  if (r.other_header) {
    text_colored(pal.set_cookie_line, under_policy(r.other_policy, lang));
    ImGui::PushFont(fonts().mono);
    text_wrapped(r.other_header->empty() ? "Cookie: -" : "Cookie: " + *r.other_header);
    ImGui::PopFont();
  }
  if (r.excluded.empty()) return;
  text_colored(pal.accent, tr(Ui::CookiesNotSent, lang));
  for (const PlaygroundExclusion& e : r.excluded) {
    ImGui::Bullet();
    text_colored(pal.bad, e.cookie.name + " (" + where(e.cookie) + ")");
    ImGui::Indent();
    text_wrapped(e.why.in(lang));
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    text_wrapped(cookie::rfc_reference(e.rfc, lang) + (e.chromium.empty() ? "" : "  ·  Chromium: " + e.chromium));
    ImGui::PopStyleColor();
    ImGui::Unindent();
  }
}

}  // namespace

void draw_playground(AppState& state) {
  PlaygroundPanel& panel = state.playground_panel;
  if (!panel.open) return;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  recompute(panel, state);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.9f, vp->Size.y * 0.85f), ImGuiCond_Appearing);
  const std::string title = std::string(tr(Ui::Playground, lang)) + "###playground";
  if (!ImGui::Begin(title.c_str(), &panel.open, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  // Inputs on the left with, under the second URL, its Cookie header; on the
  // right each line's decision above the jar it leaves. Each part scrolls alone.
  const float left = ImGui::GetContentRegionAvail().x * 0.38f;
  const PlaygroundResult& r = panel.result;
  ImGui::BeginChild("inputs", ImVec2(left, 0), false);
  draw_inputs(state, pal);
  ImGui::Separator();
  draw_header(r, pal, lang);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginGroup();
  // The jar takes the height its rows need (within a fifth and a half of the
  // column); the decisions get the rest.
  const float avail = ImGui::GetContentRegionAvail().y;
  const float jar_h = std::clamp((static_cast<float>(r.jar.size()) + 3.5f) * ImGui::GetTextLineHeightWithSpacing(),
                                 avail * 0.2f, avail * 0.5f);
  ImGui::BeginChild("decisions", ImVec2(0, avail - jar_h - ImGui::GetStyle().ItemSpacing.y), true);
  text_colored(pal.accent, tr(Ui::Decision, lang));
  if (r.lines.empty() && r.url_error.empty()) text_colored(pal.muted, tr(Ui::NoLines, lang));
  for (std::size_t i = 0; i < r.lines.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    draw_line(r.lines[i], pal, lang);
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::BeginChild("jar", ImVec2(0, 0), true);
  draw_jar(r, pal, lang);
  ImGui::EndChild();
  ImGui::EndGroup();
  ImGui::End();
}

}  // namespace cl::app

// The "What if..." window: the branches kept (the original one click away), then three
// tabs: the small editor of a change (a cookie, a server, the browser, the clock), the
// comparison of the shown branch with the original (where they part and why, the
// outcomes that changed, the shown step's differences marked as the jar and session
// panels mark rows, both runs' arrows side by side, saving as a scenario file), and
// the lesson's experiments as questions. The decisions are in logic/what_if_*.h.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <algorithm>
#include <cstdio>
#include <string>
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "whatif/branch.h"

namespace cl::app {
namespace {

using Kind = scenario::Change::Kind;

constexpr int kTabChange = 0, kTabCompare = 1, kTabExperiments = 2;

std::string label(Ui id, Lang lang, const char* key) { return std::string(tr(id, lang)) + "###" + key; }

std::string formatted(Ui id, Lang lang, int n) {
  char buf[256];
  std::snprintf(buf, sizeof buf, tr(id, lang).data(), n);
  return buf;
}

std::string formatted(Ui id, Lang lang, const std::string& s) {
  char buf[1024];
  std::snprintf(buf, sizeof buf, tr(id, lang).data(), s.c_str());
  return buf;
}

// The lesson position the what-if forks from and compares at: on the learner's own
// path, the lesson's step they left it at.
std::size_t lesson_position(const Lesson& lesson) {
  return lesson.on_own_path() ? lesson.own_path_fork() : lesson.position();
}

// A caption on the left, then the widgets in one column after the widest caption (as
// measured the frame before: the Korean captions are wider), so the form reads as a list.
float g_caption_w = 0, g_caption_next = 0;
void caption(std::string_view s) {
  ImGui::AlignTextToFramePadding();
  text(s);
  g_caption_next = std::max(g_caption_next, ImGui::GetItemRectSize().x);
  const float column = std::max(ImGui::GetFontSize() * 8, g_caption_w + ImGui::GetFontSize());
  ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + column);
}

void radio(const std::string& text, int& value, int choice) {
  ImGui::RadioButton(text.c_str(), &value, choice);
  ImGui::SameLine();
}

void keep3(std::string_view name, Keep3& v, Lang lang, const char* id, Ui off = Ui::OffWord, Ui on = Ui::OnWord) {
  caption(name);
  int x = static_cast<int>(v);
  radio(label(Ui::KeepAsIs, lang, (std::string(id) + "k").c_str()), x, 0);
  radio(label(off, lang, (std::string(id) + "0").c_str()), x, 1);
  radio(label(on, lang, (std::string(id) + "1").c_str()), x, 2);
  ImGui::NewLine();
  v = static_cast<Keep3>(x);
}

void same_site(std::string_view name, SameSiteChoice& v, Lang lang, const char* id) {
  caption(name);
  const std::string names[] = {std::string(tr(Ui::KeepAsIs, lang)), std::string(tr(Ui::NoAttribute, lang)), "Lax",
                               "Strict", "None"};
  int x = static_cast<int>(v);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  if (ImGui::BeginCombo((std::string("##") + id).c_str(), names[x].c_str())) {
    for (int i = 0; i < 5; ++i)
      if (ImGui::Selectable(names[i].c_str(), i == x)) x = i;
    ImGui::EndCombo();
  }
  v = static_cast<SameSiteChoice>(x);
}

void lifetime(std::string_view name, LifeChoice& v, std::string& span, Lang lang, const char* id) {
  caption(name);
  int x = static_cast<int>(v);
  radio(label(Ui::KeepAsIs, lang, (std::string(id) + "k").c_str()), x, 0);
  radio(label(Ui::LifeSession, lang, (std::string(id) + "s").c_str()), x, 1);
  radio(label(Ui::LifeAfter, lang, (std::string(id) + "a").c_str()), x, 2);
  v = static_cast<LifeChoice>(x);
  ImGui::BeginDisabled(v != LifeChoice::After);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  ImGui::InputText((std::string("##") + id + "span").c_str(), &span);
  ImGui::EndDisabled();
  tooltip(tr(Ui::SpanHint, lang));
}

// A text setting changed only when its box is ticked.
void optional_text(std::string_view name, bool& set, std::string& value, Lang lang, const char* id,
                   std::string_view hint = {}) {
  caption(name);
  ImGui::Checkbox(label(Ui::ChangeIt, lang, id).c_str(), &set);
  ImGui::SameLine();
  ImGui::BeginDisabled(!set);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::InputTextWithHint((std::string("##") + id + "v").c_str(), std::string(hint).c_str(), &value);
  ImGui::EndDisabled();
}

void name_combo(std::string_view name, std::string& value, const std::vector<std::string>& names, const char* id) {
  caption(name);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo((std::string("##") + id).c_str(), value.c_str())) {
    for (const std::string& n : names)
      if (ImGui::Selectable(n.c_str(), n == value)) value = n;
    ImGui::EndCombo();
  }
}

void draw_form(AppState& state, const sim::World& world) {
  WhatIfPanel& p = state.what_if_panel;
  WhatIfForm& f = p.form;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const scenario::Scenario& sc = world.scenario();
  const int steps = static_cast<int>(sc.steps.size());
  g_caption_w = g_caption_next;
  g_caption_next = 0;

  ImGui::AlignTextToFramePadding();
  text(tr(Ui::ChangeBeforeStep, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  if (ImGui::InputInt("##at", &f.at)) f.at = std::clamp(f.at, 1, std::max(1, steps));
  if (!p.draft.empty() && f.at != p.draft_at) p.draft.clear();  // the changes are of one step
  if (f.at >= 1 && f.at <= steps) {
    ImGui::PushTextWrapPos(0);
    text_colored(pal.muted, sc.steps[static_cast<std::size_t>(f.at - 1)].say.in(lang));
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();

  const Ui kinds[] = {Ui::KindCookie, Ui::KindDelete, Ui::KindServer, Ui::KindBrowser, Ui::KindClose, Ui::KindWait};
  caption(tr(Ui::WhatToChange, lang));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##kind", tr(kinds[static_cast<int>(f.kind)], lang).data())) {
    for (int i = 0; i < 6; ++i)
      if (ImGui::Selectable(tr(kinds[i], lang).data(), i == static_cast<int>(f.kind))) f.kind = static_cast<Kind>(i);
    ImGui::EndCombo();
  }

  std::vector<std::string> browsers, servers;
  for (const auto& b : sc.browsers) browsers.push_back(b.name);
  for (const auto& s : sc.servers) servers.push_back(s.name);
  switch (f.kind) {
    case Kind::Cookie:
    case Kind::DeleteCookie: {
      name_combo(tr(Ui::Browser, lang), f.browser, browsers, "browser");
      const std::vector<std::string> cookies = cookie_names_before(world, f.at, f.browser);
      if (cookies.empty()) {
        text_colored(pal.bad, tr(Ui::NoCookieThere, lang));
        break;
      }
      if (std::find(cookies.begin(), cookies.end(), f.cookie) == cookies.end()) f.cookie = cookies.front();
      name_combo(tr(Ui::CookieLabel, lang), f.cookie, cookies, "cookie");
      if (f.kind == Kind::DeleteCookie) break;
      optional_text(tr(Ui::Value, lang), f.set_value, f.value, lang, "value");
      optional_text(tr(Ui::Domain, lang), f.set_domain, f.domain, lang, "domain", tr(Ui::HostOnlyHint, lang));
      optional_text(tr(Ui::Path, lang), f.set_path, f.path, lang, "path");
      lifetime(tr(Ui::Expiry, lang), f.expires, f.expires_after, lang, "expires");
      keep3("Secure", f.secure, lang, "secure");
      keep3("HttpOnly", f.http_only, lang, "httponly");
      same_site("SameSite", f.same_site, lang, "samesite");
      break;
    }
    case Kind::Server:
      name_combo(tr(Ui::Server, lang), f.server, servers, "server");
      text_colored(pal.accent, tr(Ui::ServerCookie, lang));
      keep3("HttpOnly", f.cookie_http_only, lang, "shttponly");
      keep3("Secure", f.cookie_secure, lang, "ssecure");
      same_site("SameSite", f.cookie_same_site, lang, "ssamesite");
      lifetime("Max-Age", f.max_age, f.max_age_after, lang, "maxage");
      ImGui::Spacing();
      keep3(tr(Ui::RenewKey, lang), f.renew_key, lang, "renew");
      optional_text(tr(Ui::SessionLifetime, lang), f.set_session_age, f.session_age, lang, "age",
                    tr(Ui::SpanHint, lang));
      keep3(tr(Ui::CsrfCheck, lang), f.csrf, lang, "csrf");
      break;
    case Kind::Browser: {
      name_combo(tr(Ui::Browser, lang), f.browser, browsers, "browser");
      caption(tr(Ui::Policy, lang));
      int x = static_cast<int>(f.policy);
      radio(label(Ui::KeepAsIs, lang, "pk"), x, 0);
      radio("rfc6265###p1", x, 1);
      radio("chromium###p2", x, 2);
      ImGui::NewLine();
      f.policy = static_cast<PolicyChoice>(x);
      keep3(tr(Ui::ThirdParty, lang), f.block_third_party, lang, "third", Ui::Allowed, Ui::Blocked);
      break;
    }
    case Kind::CloseReopen: name_combo(tr(Ui::Browser, lang), f.browser, browsers, "browser"); break;
    case Kind::Wait:
      caption(tr(Ui::WaitFor, lang));
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
      ImGui::InputTextWithHint("##wait", tr(Ui::SpanHint, lang).data(), &f.wait);
      break;
    case Kind::Count: break;
  }

  // The change in the words `cookielab run --what-if` takes: the window teaches the syntax too.
  ImGui::Spacing();
  ImGui::PushFont(fonts().mono);
  text_colored(pal.muted, std::to_string(f.at) + ":" + form_text(f));
  ImGui::PopFont();
  const scenario::ParsedChange parsed = form_change(f);
  if (ImGui::Button(label(Ui::AddChange, lang, "add").c_str())) {
    if (parsed.change) {
      if (p.draft.empty()) p.draft_at = f.at;
      p.draft.push_back(*parsed.change);
      p.problem = {};
    } else {
      p.problem = parsed.error.message;
    }
  }
  ImGui::SameLine();
  const bool can_run = !p.draft.empty() || parsed.change.has_value();
  ImGui::BeginDisabled(!can_run);
  if (ImGui::Button(("▶ " + label(Ui::RunBranch, lang, "run")).c_str())) {
    std::vector<scenario::Change> changes = p.draft;
    if (changes.empty()) changes.push_back(*parsed.change);
    Message error;
    if (state.what_if.run(world, whatif::WhatIf{f.at, changes}, &error)) {
      p.problem = {};
      p.draft.clear();
      p.tab = kTabCompare;
      p.select_tab = true;
      p.saved = {};
      p.save_path = suggested_save_path(sc, static_cast<std::size_t>(state.what_if.selected() + 1));
    } else {
      p.problem = error;
    }
  }
  ImGui::EndDisabled();
  if (!p.problem.empty()) {
    ImGui::PushTextWrapPos(0);
    text_colored(pal.bad, p.problem.in(lang));
    ImGui::PopTextWrapPos();
  }
  if (!p.draft.empty()) {
    text(tr(Ui::ChangesToMake, lang));
    for (std::size_t i = 0; i < p.draft.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::BulletText("%s", scenario::change_text(p.draft[i]).c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(Ui::RemoveWord, lang).data())) {
        p.draft.erase(p.draft.begin() + static_cast<std::ptrdiff_t>(i));
        ImGui::PopID();
        break;
      }
      ImGui::PopID();
    }
  }
}

Ui mark_word(Change c) {
  switch (c) {
    case Change::New: return Ui::OnlyOnBranch;
    case Change::Removed: return Ui::OnlyInOriginal;
    default: return Ui::Differs;
  }
}

void marked_row(const RowColors& c) {
  if (c.background.a > 0) row_background(imgui_color(c.background));
}

void draw_step_compare(AppState& state, const sim::World& world, const whatif::Branch& b) {
  WhatIfPanel& p = state.what_if_panel;
  const Lang lang = state.lang;
  const bool hc = state.high_contrast;
  const Palette& pal = palette(hc);
  const int step = lesson_step_at(world, lesson_position(state.lesson));
  if (p.compare_for != &b || p.compare_step != step || p.compare_browser != state.browser) {
    p.compare = compare_step(world, b, step, state.browser);
    p.compare_for = &b;
    p.compare_step = step;
    p.compare_browser = state.browser;
  }
  const StepCompare& c = p.compare;
  char shown[256];
  std::snprintf(shown, sizeof shown, tr(Ui::ShownStep, lang).data(), step,
                static_cast<int>(lesson_position(state.lesson)));
  text_colored(pal.accent, shown);
  if (c.before_fork || c.step == 0) {
    text_colored(pal.muted, tr(Ui::BeforeFork, lang));
    return;
  }
  if (c.past_end) return;
  if (c.same()) text_colored(pal.ok, tr(Ui::SameInBoth, lang));
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp;
  if (!c.same() && ImGui::BeginTable("##diff", 3, flags)) {
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn(tr(Ui::OriginalRun, lang).data());
    ImGui::TableSetupColumn(tr(Ui::ThisBranch, lang).data());
    ImGui::TableHeadersRow();
    for (const DiffRow& r : c.rows) {
      const RowColors colors = diff_row_colors(r.mark, hc);
      ImGui::TableNextRow();
      marked_row(colors);
      ImGui::TableNextColumn();
      text_colored(imgui_color(colors.state), "≠ " + whatif::aspect_label(r.aspect).in(lang));
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0);
      text_colored(imgui_color(colors.text), r.original.in(lang));
      ImGui::PopTextWrapPos();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0);
      text_colored(imgui_color(colors.text), r.branch.in(lang));
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
  }
  // The jar and the session rows of the branch against the original's, marked only where they differ.
  const bool jar_differs =
      std::any_of(c.jar.begin(), c.jar.end(), [](const CookieRow& r) { return r.change != Change::Same; });
  if (jar_differs) {
    text(tr(Ui::JarBranchVsOriginal, lang));
    if (ImGui::BeginTable("##jar", 3, flags)) {
      ImGui::TableSetupColumn(tr(Ui::Name, lang).data());
      ImGui::TableSetupColumn(tr(Ui::Value, lang).data());
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
      ImGui::TableHeadersRow();
      for (const CookieRow& r : c.jar) {
        const RowColors colors = diff_row_colors(r.change, hc);
        ImGui::TableNextRow();
        marked_row(colors);
        ImGui::TableNextColumn();
        std::string name = r.cookie.name;
        for (const CookieBadge& badge : cookie_badges(r.cookie)) name += " " + badge.text;
        text_colored(imgui_color(colors.text), name);
        ImGui::TableNextColumn();
        text_colored(imgui_color(colors.text),
                     r.cookie.value.size() > 24 ? r.cookie.value.substr(0, 24) + "…" : r.cookie.value);
        ImGui::TableNextColumn();
        if (r.change != Change::Same) text_colored(imgui_color(colors.state), tr(mark_word(r.change), lang));
      }
      ImGui::EndTable();
    }
  }
  for (std::size_t s = 0; s < c.sessions.size(); ++s) {
    const auto& rows = c.sessions[s];
    if (std::none_of(rows.begin(), rows.end(), [](const SessionRowView& v) { return v.change != Change::Same; }))
      continue;
    text(std::string(tr(Ui::SessionsBranchVsOriginal, lang)) + " (" + world.scenario().servers[s].name + ")");
    ImGui::PushID(static_cast<int>(s));
    if (ImGui::BeginTable("##sessions", 3, flags)) {
      ImGui::TableSetupColumn(tr(Ui::SessionKey, lang).data());
      ImGui::TableSetupColumn(tr(Ui::Whose, lang).data());
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
      ImGui::TableHeadersRow();
      for (const SessionRowView& v : rows) {
        const RowColors colors = diff_row_colors(v.change, hc);
        ImGui::TableNextRow();
        marked_row(colors);
        ImGui::TableNextColumn();
        text_colored(imgui_color(colors.text), v.row.key.size() > 20 ? v.row.key.substr(0, 20) + "…" : v.row.key);
        ImGui::TableNextColumn();
        text_colored(imgui_color(colors.text), v.row.user.empty() ? std::string(tr(Ui::Anonymous, lang)) : v.row.user);
        ImGui::TableNextColumn();
        if (v.change != Change::Same) text_colored(imgui_color(colors.state), tr(mark_word(v.change), lang));
      }
      ImGui::EndTable();
    }
    ImGui::PopID();
  }
}

void draw_lanes(AppState& state, const sim::World& world, const whatif::Branch& b) {
  WhatIfPanel& p = state.what_if_panel;
  const Lang lang = state.lang;
  const bool hc = state.high_contrast;
  const Palette& pal = palette(hc);
  if (p.lanes_for != &b || p.lanes_lang != lang) {
    p.lanes = side_by_side(world, b, lang);
    p.lanes_for = &b;
    p.lanes_lang = lang;
  }
  text(tr(Ui::StepsSideBySide, lang));
  const int shown = lesson_step_at(world, lesson_position(state.lesson));
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##lanes", 3, flags)) return;
  ImGui::TableSetupColumn(tr(Ui::StepWord, lang).data(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
  ImGui::TableSetupColumn(tr(Ui::OriginalRun, lang).data());
  ImGui::TableSetupColumn(tr(Ui::ThisBranch, lang).data());
  ImGui::TableHeadersRow();
  auto lines = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& l : v) s += (s.empty() ? "" : "\n") + l;
    return s.empty() ? std::string("-") : s;
  };
  for (const LaneRow& r : p.lanes) {
    const RowColors colors = diff_row_colors(r.differs ? Change::Changed : Change::Same, hc);
    ImGui::TableNextRow();
    if (r.step == shown) row_background(pal.current_bg);
    else marked_row(colors);
    ImGui::TableNextColumn();
    // A click shows that step: the main panels show the original's, this window the differences.
    const std::string id = (r.differs ? "≠ " : "  ") + std::to_string(r.step) + "##lane" + std::to_string(r.step);
    if (ImGui::Selectable(id.c_str(), r.step == shown, ImGuiSelectableFlags_SpanAllColumns))
      state.lesson.go_to(position_of_step(world, r.step));
    ImGui::TableNextColumn();
    text_colored(imgui_color(colors.text), lines(r.original));
    ImGui::TableNextColumn();
    text_colored(imgui_color(colors.text), lines(r.branch));
  }
  ImGui::EndTable();
}

void draw_compare(AppState& state, const sim::World& world) {
  WhatIfPanel& p = state.what_if_panel;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const whatif::Branch* b = state.what_if.shown();
  if (!b) {
    ImGui::PushTextWrapPos(0);
    text_colored(pal.muted, tr(Ui::NoBranchYet, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PushTextWrapPos(0);
  text_colored(pal.accent, b->description().in(lang));
  text(tr(Ui::WherePart, lang));
  ImGui::SameLine();
  text_colored(b->parting().none() ? pal.ok : pal.set_cookie_line, b->parting().text.in(lang));
  text(tr(Ui::OutcomesChanged, lang));
  if (b->outcomes().empty()) {
    ImGui::SameLine();
    text_colored(pal.muted, tr(Ui::NoOutcomeChanged, lang));
  }
  for (const whatif::OutcomeChange& o : b->outcomes()) {
    ImGui::Bullet();
    text_colored(o.branch_passed ? pal.ok : pal.bad, o.text.in(lang));
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  draw_step_compare(state, world, *b);
  ImGui::Separator();
  draw_lanes(state, world, *b);
  ImGui::Separator();
  text(tr(Ui::SaveBranchAs, lang));
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 8);
  ImGui::InputText("##save_path", &p.save_path);
  ImGui::SameLine();
  if (ImGui::Button(label(Ui::Save, lang, "save").c_str())) p.saved = state.what_if.save_shown(world, p.save_path);
  if (!p.saved.path.empty()) {
    ImGui::PushTextWrapPos(0);
    if (p.saved.ok) text_colored(pal.ok, formatted(Ui::SavedTo, lang, p.saved.path));
    else text_colored(pal.bad, formatted(Ui::NotSaved, lang, p.saved.error));
    ImGui::PopTextWrapPos();
  }
}

void draw_experiments(AppState& state, const sim::World& world) {
  WhatIfPanel& p = state.what_if_panel;
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  const auto& experiments = world.scenario().experiments;
  ImGui::PushTextWrapPos(0);
  if (experiments.empty()) text_colored(pal.muted, tr(Ui::NoExperiments, lang));
  for (std::size_t i = 0; i < experiments.size(); ++i) {
    const scenario::Experiment& e = experiments[i];
    const ExperimentState* s = state.what_if.experiment(i);
    if (!s) break;
    ImGui::PushID(static_cast<int>(i));
    if (i > 0) ImGui::Separator();
    text_colored(pal.accent, std::to_string(i + 1) + ". " + e.prompt.in(lang));
    text_colored(pal.muted, formatted(Ui::ForksBefore, lang, e.at));
    const std::optional<ExperimentOutcome> o = state.what_if.outcome(i);
    int choice = s->predicted ? static_cast<int>(*s->predicted) : -1;
    ImGui::BeginDisabled(o.has_value());
    if (ImGui::RadioButton(tr(Ui::PredictParts, lang).data(), &choice, 0)) state.what_if.predict(i, Prediction::Parts);
    if (ImGui::RadioButton(tr(Ui::PredictSame, lang).data(), &choice, 1)) state.what_if.predict(i, Prediction::Same);
    ImGui::EndDisabled();
    if (!o) {
      ImGui::BeginDisabled(!s->predicted);
      if (ImGui::Button(("▶ " + label(Ui::RunIt, lang, "run")).c_str())) {
        Message error;
        if (state.what_if.run_experiment(world, i, &error)) p.problem = {};
        else p.problem = error;
      }
      ImGui::EndDisabled();
      if (!s->predicted) {
        ImGui::SameLine();
        text_colored(pal.muted, tr(Ui::PredictFirst, lang));
      }
    } else {
      text_colored(o->right ? pal.ok : pal.bad, tr(o->right ? Ui::PredictionRight : Ui::PredictionWrong, lang));
      text(o->branch->parting().text.in(lang));
      if (!e.predict.in(lang).empty()) text_colored(pal.text, e.predict.in(lang));
      if (ImGui::Button(label(Ui::ShowBranch, lang, "show").c_str())) {
        for (std::size_t k = 0; k < state.what_if.branches().size(); ++k)
          if (state.what_if.branches()[k].get() == o->branch) state.what_if.select(static_cast<int>(k));
        p.tab = kTabCompare;
        p.select_tab = true;
      }
    }
    ImGui::PopID();
  }
  if (!p.problem.empty()) text_colored(pal.bad, p.problem.in(lang));
  ImGui::PopTextWrapPos();
}

// The branches as a row of buttons: the original first, the shown one marked.
void draw_branch_bar(AppState& state) {
  const Lang lang = state.lang;
  WhatIfBench& bench = state.what_if;
  auto tab_button = [&](const std::string& text, bool on) {
    // The shown one on the colour of a selected row (readable in both themes), and a dot.
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    const bool pressed = ImGui::Button(text.c_str());
    if (on) ImGui::PopStyleColor();
    return pressed;
  };
  if (tab_button((bench.selected() < 0 ? "● " : "") + label(Ui::OriginalRun, lang, "original"), bench.selected() < 0))
    bench.back_to_original();
  tooltip(tr(Ui::BackToOriginal, lang));
  int remove = -1;
  for (std::size_t i = 0; i < bench.branches().size(); ++i) {
    const bool on = bench.selected() == static_cast<int>(i);
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 7) ImGui::NewLine();
    ImGui::PushID(static_cast<int>(i));
    const whatif::Branch& b = *bench.branches()[i];
    const std::string name = (on ? "● " : "") + formatted(Ui::BranchN, lang, static_cast<int>(i + 1)) +
                             (b.parting().none() ? " =" : " ≠") + "###branch";
    if (tab_button(name, on)) {
      bench.select(static_cast<int>(i));
      state.what_if_panel.tab = kTabCompare;
      state.what_if_panel.select_tab = true;
    }
    tooltip(b.description().in(lang) + "\n" + b.parting().text.in(lang));
    ImGui::SameLine(0, 1);
    if (ImGui::SmallButton("×")) remove = static_cast<int>(i);
    tooltip(tr(Ui::RemoveWord, lang));
    ImGui::PopID();
  }
  if (remove >= 0) bench.remove(remove);
}

}  // namespace

void open_what_if(AppState& state) {
  const sim::World* world = state.lesson.lesson_world();
  if (!world) return;
  WhatIfPanel& p = state.what_if_panel;
  p.open = true;
  p.form = form_at(*world, lesson_position(state.lesson), state.browser);
  p.draft.clear();
  p.problem = {};
  p.tab = kTabChange;
  p.select_tab = true;
}

void draw_what_if(AppState& state) {
  const sim::World* world = state.lesson.lesson_world();
  state.what_if.follow(world);
  WhatIfPanel& p = state.what_if_panel;
  if (!p.open || !world) return;
  const Lang lang = state.lang;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // Over the right part of the window: the browser and the step controls stay in view.
  const float w = std::min(vp->Size.x * 0.62f, ImGui::GetFontSize() * 58);
  const float top = ImGui::GetFrameHeight() * 1.5f;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - w - 8, vp->Pos.y + top), ImGuiCond_Appearing);
  ImGui::SetNextWindowSize(ImVec2(w, vp->Size.y - top - ImGui::GetFrameHeight() * 3.2f), ImGuiCond_Appearing);
  if (!ImGui::Begin(label(Ui::WhatIfTitle, lang, "what_if").c_str(), &p.open, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  if (state.lesson.on_own_path()) {
    ImGui::PushTextWrapPos(0);
    text_colored(palette(state.high_contrast).muted, tr(Ui::FromLessonRun, lang));
    ImGui::PopTextWrapPos();
  }
  draw_branch_bar(state);
  if (ImGui::BeginTabBar("##what_if_tabs")) {
    const Ui names[] = {Ui::WhatIfTabChange, Ui::WhatIfTabCompare, Ui::WhatIfTabExperiments};
    const char* ids[] = {"change", "compare", "experiments"};
    for (int t = 0; t < 3; ++t) {
      const ImGuiTabItemFlags f = p.select_tab && p.tab == t ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(label(names[t], lang, ids[t]).c_str(), nullptr, f)) {
        if (!p.select_tab) p.tab = t;
        ImGui::BeginChild("##what_if_body");
        if (t == kTabChange) draw_form(state, *world);
        if (t == kTabCompare) draw_compare(state, *world);
        if (t == kTabExperiments) draw_experiments(state, *world);
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    p.select_tab = false;
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace cl::app

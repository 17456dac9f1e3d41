// The selected browser's cookie jar: every attribute of every record (RFC 6265
// 5.3's storage model), the cookies sent in this step highlighted, new and changed
// ones marked, and each one editable or deletable by hand (the forging lessons).
#include <imgui.h>
#include <imgui_stdlib.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "scenario/names.h"
#include "app/logic/actions.h"
#include "app/logic/message_lines.h"
#include "app/logic/playground_model.h"
#include "app/logic/refusals.h"
#include "app/logic/table_columns.h"
#include "app/logic/wrap.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"

namespace cl::app {
namespace {

// A flag as a small outlined tag after the cookie's name.
void badge_text(const std::string& label, const ImVec4& color) {
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  const float pad = ImGui::GetFontSize() * 0.2f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size.x + pad * 2, size.y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRect(ImVec2(at.x, at.y), ImVec2(at.x + size.x + pad * 2, at.y + size.y), ImGui::GetColorU32(color), pad);
  dl->AddText(ImVec2(at.x + pad, at.y), ImGui::GetColorU32(color), label.c_str());
}

void rebuild(CookieJarPanel& panel, const Lesson& lesson, int browser) {
  if (panel.version == lesson.version() && panel.browser == browser) return;
  panel.version = lesson.version();
  panel.browser = browser;
  panel.rows.clear();
  const auto& before = lesson.before().browsers;
  const auto& after = lesson.after().browsers;
  if (browser < 0 || browser >= static_cast<int>(after.size()) || !after[browser]) return;
  std::vector<cookie::Cookie> old;
  if (browser < static_cast<int>(before.size()) && before[browser]) old = before[browser]->jar.all();
  std::vector<cookie::Cookie> sent;
  const sim::Step* step = lesson.step();
  const bool asked = step && step->exchange && step->exchange->browser == browser && !lesson.outcome_hidden();
  if (asked) sent = step->exchange->cookies.sent();
  panel.rows = cookie_rows(old, after[browser]->jar.all(), sent, lesson.after().now);
  if (asked)
    for (CookieRow& row : panel.rows) row.not_sent = exclusion_reason(row.cookie, step->exchange->cookies.excluded);
  panel.refused.clear();
  if (asked) panel.refused = refused_set_cookies(*step->exchange);
}

// The refused Set-Cookie lines under the table, where the eye already is: one
// wrapped line each ("refused: NAME, why"), the rule in the tooltip.
float refusals_height(const CookieJarPanel& panel, Lang lang) {
  const auto measure = [](std::string_view piece) {
    return ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
  };
  float lines = 0;
  for (const Refusal& r : panel.refused)
    lines += static_cast<float>(wrap_lines(refusal_line(r, lang), ImGui::GetContentRegionAvail().x, measure).size());
  return lines * ImGui::GetTextLineHeightWithSpacing();
}

void draw_refusals(const CookieJarPanel& panel, const Palette& pal, Lang lang) {
  for (const Refusal& r : panel.refused) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
    text_wrapped("✗ " + refusal_line(r, lang));
    ImGui::PopStyleColor();
    tooltip(r.line + "\n" + refusal_detail(r, lang));
  }
}

void draw_editor(AppState& state) {
  CookieJarPanel& panel = state.jar_panel;
  const Lang lang = state.lang;
  // "###" keeps one popup identity whatever the language of its title.
  const std::string title =
      std::string(tr(Ui::Edit, lang)) + " - " + std::string(tr(Ui::CookieJar, lang)) + "###edit-cookie";
  if (panel.editing && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  cookie::Cookie& c = panel.edit;
  ImGui::InputText(tr(Ui::Name, lang).data(), &c.name);
  ImGui::InputText(tr(Ui::Value, lang).data(), &c.value);
  ImGui::InputText(tr(Ui::Domain, lang).data(), &c.domain);
  ImGui::InputText(tr(Ui::Path, lang).data(), &c.path);
  ImGui::InputText((std::string(tr(Ui::Expiry, lang)) + " (ISO 8601)").c_str(), &panel.edit_expiry);
  ImGui::Checkbox(tr(Ui::HostOnly, lang).data(), &c.host_only);
  ImGui::SameLine();
  ImGui::Checkbox("Secure", &c.secure);
  ImGui::SameLine();
  ImGui::Checkbox("HttpOnly", &c.http_only);
  int same_site = static_cast<int>(c.same_site);
  const std::string choices =
      std::string(tr(Ui::NoneOption, lang)) + '\0' + "None" + '\0' + "Lax" + '\0' + "Strict" + '\0';
  ImGui::Combo("SameSite", &same_site, choices.c_str());
  c.same_site = static_cast<cookie::SameSite>(same_site);
  auto expiry = parse_iso8601(panel.edit_expiry);
  c.persistent = expiry.has_value();
  if (expiry) c.expiry = *expiry;
  text_colored(palette(state.high_contrast).muted, "Set-Cookie: " + set_cookie_line(c));
  if (ImGui::Button(tr(Ui::Save, lang).data()) && !c.name.empty()) {
    const std::string browser = state.lesson.after().browsers[state.browser]->name;
    state.lesson.perform(edit_cookie_step(browser, c));
    panel.editing = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(Ui::Cancel, lang).data())) {
    panel.editing = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void draw_cookie_jar(AppState& state, const Rect& area) {
  const Lang lang = state.lang;
  const Palette& pal = palette(state.high_contrast);
  CookieJarPanel& panel = state.jar_panel;
  const auto& browsers = state.lesson.after().browsers;
  std::string title = std::string(tr(Ui::CookieJar, lang));
  if (state.browser >= 0 && state.browser < static_cast<int>(browsers.size()) && browsers[state.browser])
    title += " - " + scenario::browser_shown(state.lesson.world()->scenario(), state.browser, lang);
  if (!begin_panel("jar", title, area) || !state.lesson.loaded()) {
    end_panel();
    return;
  }
  rebuild(panel, state.lesson, state.browser);
  if (state.browser < 0 || state.browser >= static_cast<int>(browsers.size())) {
    end_panel();
    return;
  }
  const std::string browser_name = browsers[state.browser]->name;

  if (ImGui::SmallButton(tr(Ui::AddCookie, lang).data())) {
    panel.edit = {};
    panel.edit.name = "name";
    const auto& loc = browsers[state.browser]->location;
    panel.edit.domain = loc ? loc->host : "example.com";
    panel.edit.path = "/";
    panel.edit_expiry.clear();
    panel.editing = true;
  }
  ImGui::SameLine();
  // Legend: the marks used in the first column.
  text_colored(pal.ok, std::string("● ") + std::string(tr(Ui::Sent, lang)));
  ImGui::SameLine();
  text_colored(pal.bad, std::string("○ ") + std::string(tr(Ui::NotSent, lang)));
  ImGui::SameLine();
  text_colored(pal.accent, std::string("+ ") + std::string(tr(Ui::New, lang)));
  ImGui::SameLine();
  text_colored(pal.set_cookie_line, std::string("~ ") + std::string(tr(Ui::Modified, lang)));
  ImGui::SameLine();
  // On the next line when the panel is too narrow for it beside the legend.
  const float box_w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                      ImGui::CalcTextSize(tr(Ui::AllColumns, lang).data()).x;
  if (ImGui::GetContentRegionAvail().x < box_w) ImGui::NewLine();
  ImGui::Checkbox(tr(Ui::AllColumns, lang).data(), &panel.all_columns);

  if (panel.rows.empty()) {
    text_colored(pal.muted, tr(Ui::EmptyJar, lang));
    draw_refusals(panel, pal, lang);
    draw_editor(state);
    end_panel();
    return;
  }
  // All eleven attributes need a wide panel; a narrow one shows the flags as badges
  // beside the name (Secure, HttpOnly and SameSite matter in lessons 09b and 09c and
  // must not be cut off at the right edge) and the times in each row's tooltip.
  const bool compact = !panel.all_columns && ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 50;
  // The compact table's value and scope take what the other columns leave and are cut
  // (their tooltips have them whole), down to their minimum widths.
  // Both scroll sideways rather than cut a column to one letter (a large scale on a
  // projector): the compact one's columns have minimum widths (logic/table_columns.h).
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
  const float table_h = panel.refused.empty() ? 0.0f : -refusals_height(panel, lang);
  float name_seen = 0;
  // Edit and delete, then the marks: one frozen column, so the buttons stay in reach
  // however far the table scrolls sideways.
  const ImGuiStyle& style = ImGui::GetStyle();
  const auto width_of = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
  const float buttons = compact ? width_of("✎✕") + style.FramePadding.x * 4 + style.ItemSpacing.x
                                : width_of(tr(Ui::Edit, lang)) + width_of(tr(Ui::Delete, lang)) +
                                      style.FramePadding.x * 4 + style.ItemSpacing.x;
  if (ImGui::BeginTable(compact ? "cookies-compact" : "cookies", compact ? 5 : 12, flags, ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    const Ui full[] = {Ui::Name,   Ui::Value,    Ui::Domain,   Ui::HostOnly, Ui::Path,    Ui::Expiry,
                       Ui::Secure, Ui::HttpOnly, Ui::SameSite, Ui::Created,  Ui::LastUsed};
    if (compact) {
      const std::string scope_header = std::string(tr(Ui::Domain, lang)) + " + " + std::string(tr(Ui::Path, lang));
      // What the value, scope and expiry columns share: the panel less the buttons and
      // marks, the name (as wide as it was drawn) and every cell's padding.
      const float name = column_min(width_of(tr(Ui::Name, lang)), panel.name_seen);
      const float shared = ImGui::GetContentRegionAvail().x - buttons - style.ItemSpacing.x - width_of("●~") - name -
                           5 * (style.CellPadding.x * 2 + 1);
      const ColumnNeed needs[] = {
          {column_min(width_of(tr(Ui::Value, lang)), width_of("abcde...")), 1},
          {column_min(width_of(scope_header), width_of("shop.example/")), 1},
          {column_min(width_of(tr(Ui::Expiry, lang)), width_of(time_left(400 * kDay + 23 * kHour, 0, lang))), 0}};
      const std::vector<float> w = column_widths(needs, shared);
      ImGui::TableSetupColumn(tr(Ui::Name, lang).data());
      ImGui::TableSetupColumn(tr(Ui::Value, lang).data(), ImGuiTableColumnFlags_WidthFixed, w[0]);
      ImGui::TableSetupColumn(scope_header.c_str(), ImGuiTableColumnFlags_WidthFixed, w[1]);
      ImGui::TableSetupColumn(tr(Ui::Expiry, lang).data(), ImGuiTableColumnFlags_WidthFixed, w[2]);
    } else {
      for (Ui h : full) ImGui::TableSetupColumn(tr(h, lang).data());
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;  // a thousand cookies: only the visible rows are laid out
    clipper.Begin(static_cast<int>(panel.rows.size()));
    bool acted = false;
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd && !acted; ++r) {
        const CookieRow& row = panel.rows[static_cast<std::size_t>(r)];
        const cookie::Cookie& c = row.cookie;
        ImGui::TableNextRow();
        ImGui::PushID(r);
        ImGui::TableNextColumn();
        if (row.change != Change::Removed) {
          if (ImGui::SmallButton(compact ? "✎" : tr(Ui::Edit, lang).data())) {
            panel.edit = c;
            panel.edit_expiry = c.persistent ? format_iso8601(c.expiry) : "";
            panel.editing = true;
          }
          tooltip(tr(Ui::Edit, lang));
          ImGui::SameLine();
          const bool del = ImGui::SmallButton(compact ? "✕" : tr(Ui::Delete, lang).data());
          tooltip(tr(Ui::Delete, lang));
          if (del) {
            state.lesson.perform(delete_cookie_step(browser_name, c));
            acted =
                true;  // the rows are stale now; they are rebuilt next frame (the rest of this row draws the old one)
          }
        } else {
          ImGui::Dummy(ImVec2(buttons, ImGui::GetTextLineHeight()));  // the marks line up
        }
        ImGui::SameLine();
        if (row.change == Change::Removed) row_background(pal.removed_bg);
        else if (row.sent) row_background(pal.sent_bg);
        else if (row.change == Change::New) row_background(pal.new_bg);
        else if (row.change == Change::Changed) row_background(pal.changed_bg);
        std::string mark = row.sent ? "●" : row.not_sent ? "○" : " ";
        if (row.change == Change::New) mark += "+";
        if (row.change == Change::Changed) mark += "~";
        if (row.change == Change::Removed) mark += "x";
        if (row.not_sent) {
          text_colored(pal.bad, mark);
          tooltip(reason_detail(tr(Ui::NotSentBecause, lang), *row.not_sent, lang));
        } else {
          text(mark);
        }
        ImGui::TableNextColumn();
        const float name_x = ImGui::GetCursorScreenPos().x;
        if (row.change == Change::Removed || row.expired) text_colored(pal.muted, c.name);
        else text(c.name);
        if (compact) {
          tooltip(std::string(tr(Ui::Created, lang)) + ": " + format_iso8601(c.creation) + "\n" +
                  std::string(tr(Ui::LastUsed, lang)) + ": " + format_iso8601(c.last_access));
          for (const CookieBadge& badge : cookie_badges(c)) {
            ImGui::SameLine(0, ImGui::GetFontSize() * 0.3f);
            badge_text(badge.text, badge.attribute == "SameSite" ? pal.muted : pal.accent);
            tooltip(badge.attribute + (badge.attribute == "SameSite" ? "=" + badge.text : std::string()) + "\n" +
                    explain_attribute(badge.attribute).in(lang));
          }
          name_seen = std::max(name_seen, ImGui::GetItemRectMax().x - name_x);
        }
        ImGui::TableNextColumn();
        // Long values (session keys, tokens) are cut; the tooltip has the whole value.
        const std::size_t keep = compact ? 8 : 16;
        text(c.value.size() > keep + 2 ? c.value.substr(0, keep) + "..." : c.value);
        tooltip(c.value.size() > keep + 2 ? c.value : "");
        ImGui::TableNextColumn();
        if (compact) {
          // The old notation: a leading dot for a Domain cookie (sent to subdomains too).
          std::string scope = c.host_only ? c.domain : "." + c.domain;
          scope += c.path;
          text(scope);
          tooltip(c.host_only ? std::string(tr(Ui::HostOnly, lang)) : std::string("Domain=") + c.domain);
        } else {
          text(c.domain);
          ImGui::TableNextColumn();
          text(c.host_only ? "✓" : "");
          ImGui::TableNextColumn();
          text(c.path);
        }
        ImGui::TableNextColumn();
        const TimeMs now = state.lesson.after().now;
        if (!c.persistent) {
          text_colored(pal.muted, tr(Ui::SessionCookie, lang));
        } else if (row.expired) {
          text_colored(pal.bad, tr(Ui::Expired, lang));
          tooltip(format_iso8601(c.expiry));
        } else if (compact) {
          text(time_left(c.expiry, now, lang));
          tooltip(format_iso8601(c.expiry));
        } else {
          text(short_time(c.expiry));
        }
        if (!compact) {
          ImGui::TableNextColumn();
          text(c.secure ? "✓" : "");
          ImGui::TableNextColumn();
          text(c.http_only ? "✓" : "");
          ImGui::TableNextColumn();
          text(cookie::same_site_name(c.same_site));
          ImGui::TableNextColumn();
          text(short_time(c.creation).substr(5));  // month-day and time: the year is the lesson's
          tooltip(format_iso8601(c.creation));
          ImGui::TableNextColumn();
          text(short_time(c.last_access).substr(5));
          tooltip(format_iso8601(c.last_access));
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
    // The name column's width for the next frame's plan (the clipper draws only the
    // visible rows, as Dear ImGui's own fitting measures only those).
    if (compact) panel.name_seen = name_seen;
  }
  draw_refusals(panel, pal, lang);
  draw_editor(state);
  end_panel();
}

}  // namespace cl::app

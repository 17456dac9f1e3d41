// The simulated browser: one tab per browser of the scenario, an address bar, the
// page the server answered, its forms (typed in and submitted for real: each
// submission is a new step) and its links.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <algorithm>
#include <string>
#include "app/app_state.h"
#include "scenario/names.h"
#include "app/fonts.h"
#include "app/logic/actions.h"
#include "app/logic/browser_view.h"
#include "app/logic/layout.h"
#include "app/logic/ui_text.h"
#include "app/panels/widgets.h"
#include "app/theme.h"
#include "http/message.h"

namespace cl::app {
namespace {

// Fills the panel's buffers from the page shown, whenever the shown step changes.
void sync(BrowserPanel& panel, const sim::BrowserState& b, const BrowserView& view, std::uint64_t version,
          int browser) {
  if (panel.version == version && panel.browser == browser) return;
  panel.version = version;
  panel.browser = browser;
  panel.address = view.address;
  panel.forms.clear();
  for (const auto& form : b.page().forms) panel.forms.push_back(initial_fields(form));
}

// A field's label as the page would show it; Django's login form names its fields only.
std::string field_label(const page::Input& input, Lang lang) {
  if (!input.label.empty()) return input.label;
  if (input.name == "username") return std::string(tr(Ui::Username, lang));
  if (input.name == "password") return std::string(tr(Ui::Password, lang));
  return input.name;
}

void draw_page(AppState& state, const sim::BrowserState& b, const BrowserView& view) {
  const Palette& pal = palette(state.high_contrast);
  BrowserPanel& panel = state.browser_panel;
  const std::string& name = b.name;
  const page::Page& page = b.page();
  if (b.location && b.status == 0) {
    // Nobody answered: the browser's own error page, which it writes in its user's language.
    text_colored(pal.muted, "[" + cant_reach_title(b.location->host, state.lang) + "]");
    ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
    text_wrapped(cant_reach_text(b.location->host, state.lang));
    ImGui::PopStyleColor();
    return;
  }
  // The title is what a browser shows on its tab: small, above the page.
  if (!page.title.empty()) {
    std::string tab = "[";
    tab.append(page.title).append("]");
    text_colored(pal.muted, tab);
  }
  if (!view.redirect_status.empty()) {
    // A redirect not followed: where it points is the page's whole content.
    ImGui::PushStyleColor(ImGuiCol_Text, pal.set_cookie_line);
    text_wrapped(view.redirect_status + " → " + (view.redirect_to.empty() ? std::string("?") : view.redirect_to));
    ImGui::PopStyleColor();
    tooltip(tr(Ui::RedirectHint, state.lang));
  }
  if (page.title.empty() && page.blocks.empty() && page.forms.empty() && page.links.empty()) {
    if (view.redirect_status.empty()) text_colored(pal.muted, tr(Ui::EmptyPage, state.lang));  // an empty body
    return;
  }
  for (const auto& block : page.blocks) {
    switch (block.kind) {
      case page::BlockKind::Heading:
        ImGui::PushFont(fonts().large);
        text_colored(pal.accent, block.text);
        ImGui::PopFont();
        break;
      case page::BlockKind::Error:
        ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
        text_wrapped(block.text);
        ImGui::PopStyleColor();
        break;
      case page::BlockKind::Notice:
        ImGui::PushStyleColor(ImGuiCol_Text, pal.ok);
        text_wrapped(block.text);
        ImGui::PopStyleColor();
        break;
      case page::BlockKind::Paragraph: text_wrapped(block.text); break;
    }
  }
  for (std::size_t f = 0; f < page.forms.size() && f < panel.forms.size(); ++f) {
    const page::Form& form = page.forms[f];
    ImGui::PushID(static_cast<int>(f));
    ImGui::Separator();
    std::size_t field = 0;
    // Labels beside the fields when there is room (logic/layout.h): the submit button of
    // a login form stays in view at 1280x720.
    float widest_label = 0;
    for (const auto& input : form.inputs)
      if (input.type != "submit" && input.type != "hidden" && input.type != "checkbox")
        widest_label = std::max(widest_label, ImGui::CalcTextSize(field_label(input, state.lang).c_str()).x);
    const bool beside = form_labels_beside_fields(ImGui::GetContentRegionAvail().x, widest_label,
                                                  ImGui::GetStyle().ItemSpacing.x, ImGui::GetFontSize());
    const float field_x = ImGui::GetCursorPosX() + widest_label + ImGui::GetStyle().ItemSpacing.x;
    bool entered = false;  // Enter in a field submits the form, as in a real browser
    for (const auto& input : form.inputs) {
      if (input.type == "submit") continue;
      auto& value = panel.forms[f][field++].second;
      if (input.type == "hidden") {
        // Hidden fields travel with the form (a CSRF token, typically): shown small.
        text_colored(pal.muted, std::string(tr(Ui::HiddenField, state.lang)) + " " + input.name + " = " +
                                    value.substr(0, 24) + (value.size() > 24 ? "..." : ""));
        continue;
      }
      const std::string label = field_label(input, state.lang);
      if (input.type == "checkbox") {
        // Checked or not; the value it sends ("on") is not the learner's to type.
        bool checked = !value.empty();
        if (ImGui::Checkbox((label + "##" + input.name).c_str(), &checked))
          value = checked ? checkbox_value(input) : "";
        tooltip(input.name + "=" + checkbox_value(input));
        continue;
      }
      if (beside) {
        ImGui::AlignTextToFramePadding();
        text(label);
        ImGui::SameLine(field_x);
      } else {
        text(label);
      }
      ImGui::SetNextItemWidth(-1);
      entered |= ImGui::InputText(
          ("##" + input.name).c_str(), &value,
          ImGuiInputTextFlags_EnterReturnsTrue | (input.type == "password" ? ImGuiInputTextFlags_Password : 0));
    }
    const std::string submit = form.submit_label.empty() ? std::string(tr(Ui::Submit, state.lang)) : form.submit_label;
    if (ImGui::Button(submit.c_str()) || entered) {
      state.lesson.perform(form_submit_step(name, form, panel.forms[f]));
      ImGui::PopID();
      return;  // the page changed under us
    }
    ImGui::SameLine();
    const std::string action = form.action.empty() ? std::string(tr(Ui::ThisPage, state.lang)) : form.action;
    text_colored(pal.muted, form.method + " " + action);
    ImGui::PopID();
  }
  if (!page.links.empty()) ImGui::Separator();
  for (std::size_t i = 0; i < page.links.size(); ++i) {
    const page::Link& link = page.links[i];
    ImGui::PushID(static_cast<int>(1000 + i));
    ImGui::PushStyleColor(ImGuiCol_Text, pal.link);
    const bool clicked =
        ImGui::Selectable((link.text.empty() ? link.href : link.text).c_str(), false, ImGuiSelectableFlags_None);
    ImGui::PopStyleColor();
    tooltip(link.href);
    ImGui::PopID();
    if (clicked) {
      state.lesson.perform(follow_step(name, link.href));
      return;
    }
  }
}

void draw_one(AppState& state, int index) {
  const sim::Snapshot& snap = state.lesson.after();
  if (index < 0 || index >= static_cast<int>(snap.browsers.size()) || !snap.browsers[index]) return;
  const sim::BrowserState& b = *snap.browsers[index];
  const Palette& pal = palette(state.high_contrast);
  BrowserPanel& panel = state.browser_panel;
  const BrowserView view = browser_view(state.lesson, index);
  sync(panel, b, view, state.lesson.version(), index);

  // Address bar: Enter or Go visits the typed address (a new step).
  const float go_w = ImGui::CalcTextSize(tr(Ui::Go, state.lang).data()).x + ImGui::GetStyle().FramePadding.x * 4;
  ImGui::SetNextItemWidth(-go_w);
  bool go = ImGui::InputText("##address", &panel.address, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  go |= ImGui::Button(tr(Ui::Go, state.lang).data());
  if (go && !panel.address.empty()) {
    state.lesson.perform(visit_step(b.name, panel.address));
    return;
  }
  // Browser buttons: quitting drops session cookies (RFC 6265 5.3 step 3's "session" end).
  if (b.open) {
    if (ImGui::SmallButton(tr(Ui::CloseBrowser, state.lang).data())) {
      state.lesson.perform(browser_step(b.name, scenario::Action::Close));
      return;
    }
  } else if (ImGui::SmallButton(tr(Ui::ReopenBrowser, state.lang).data())) {
    state.lesson.perform(browser_step(b.name, scenario::Action::Reopen));
    return;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(Ui::ClearCookies, state.lang).data())) {
    state.lesson.perform(browser_step(b.name, scenario::Action::ClearCookies));
    return;
  }
  if (view.waiting) {
    ImGui::SameLine();
    text_colored(pal.muted, "...");
    tooltip(tr(Ui::Waiting, state.lang));
  } else if (b.status > 0) {
    ImGui::SameLine();
    std::string status = std::to_string(b.status) + " " + std::string(http::reason_phrase(b.status));
    text_colored(b.status >= 400 ? pal.bad : pal.ok, status);
  }
  ImGui::Separator();
  ImGui::BeginChild("page", ImVec2(0, 0), false);
  if (view.waiting) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    text_wrapped(tr(Ui::Waiting, state.lang));
    ImGui::PopStyleColor();
  }
  if (!b.open) text_colored(pal.muted, tr(Ui::BrowserClosed, state.lang));
  else if (!b.location) text_colored(pal.muted, tr(Ui::BlankPage, state.lang));
  else draw_page(state, b, view);
  ImGui::EndChild();
}

}  // namespace

void draw_browser(AppState& state, const Rect& area) {
  if (begin_panel("browser", tr(Ui::Browser, state.lang), area) && state.lesson.loaded()) {
    const auto& browsers = state.lesson.after().browsers;
    if (browsers.size() > 1) {
      // The shown step's browser comes to the front once; then the learner's choice.
      const bool follow = state.browser_panel.followed != state.lesson.version();
      state.browser_panel.followed = state.lesson.version();
      const sim::Step* step = state.lesson.step();
      if (ImGui::BeginTabBar("browsers")) {
        for (std::size_t i = 0; i < browsers.size(); ++i) {
          const std::string shown =
              scenario::browser_shown(state.lesson.world()->scenario(), static_cast<int>(i), state.lang);
          const std::string label = (browsers[i] ? shown : "?") + "###b" + std::to_string(i);
          ImGuiTabItemFlags flags = 0;
          if (follow && step && step->browser == static_cast<int>(i)) flags |= ImGuiTabItemFlags_SetSelected;
          if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
            state.browser = static_cast<int>(i);
            draw_one(state, state.browser);
            ImGui::EndTabItem();
          }
        }
        ImGui::EndTabBar();
      }
    } else {
      state.browser = 0;
      draw_one(state, 0);
    }
  }
  end_panel();
}

}  // namespace cl::app

#include "app/logic/refusals.h"
#include "app/logic/message_lines.h"
#include "app/logic/ui_text.h"
#include "base/text.h"

namespace cl::app {

std::vector<Refusal> refused_set_cookies(const sim::Exchange& x) {
  std::vector<Refusal> out;
  for (const sim::SetCookieReport& r : x.set_cookies) {
    if (r.decision.outcome != cookie::SetOutcome::Ignored) continue;
    const std::string& name = r.decision.parsed.name;
    out.push_back({name.empty() ? r.line : name, r.line, r.decision.reason});
  }
  return out;
}

std::string refusal_line(const Refusal& refusal, Lang lang) {
  const cookie::ReasonInfo& info = cookie::reason_info(refusal.reason);
  return std::string(tr(Ui::Refused, lang)) + ": " + refusal.name + ", " +
         std::string(lang == Lang::Ko ? info.ko : info.en);
}

std::string reason_detail(std::string_view label, cookie::Reason reason, Lang lang) {
  const cookie::ReasonInfo& info = cookie::reason_info(reason);
  std::string s = std::string(label) + ": " + std::string(lang == Lang::Ko ? info.ko : info.en);
  s += "\n" + cookie::rfc_reference(info.rfc, lang);
  if (!info.chromium.empty()) s += "  ·  Chromium: " + std::string(info.chromium);
  return s;
}

std::string refusal_detail(const Refusal& refusal, Lang lang) {
  return reason_detail(tr(Ui::Refused, lang), refusal.reason, lang);
}

const Refusal* refusal_for_line(std::string_view header_line, const std::vector<Refusal>& refusals) {
  const std::string_view value = trim_wsp(header_value(header_line));
  for (const Refusal& r : refusals)
    if (trim_wsp(r.line) == value) return &r;
  return nullptr;
}

}  // namespace cl::app

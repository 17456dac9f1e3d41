#include "cli/what_if_run.h"

#include "scenario/change.h"
#include "sim/checks.h"

namespace cl::cli {

bool parse_what_ifs(const std::vector<std::string>& specs, whatif::WhatIf& out, std::string& error, Lang lang) {
  out = {};
  for (const std::string& spec : specs) {
    scenario::ParsedSpec p = scenario::parse_what_if_spec(spec);
    if (!p.change) {
      error = "--what-if " + spec + ": " + (lang == Lang::Ko ? "" : "") + p.error.message.in(lang) + " (" +
              (lang == Lang::Ko ? "열 " : "column ") + std::to_string(p.error.offset + 1) + ")";
      return false;
    }
    if (!out.changes.empty() && p.at != out.at) {
      error = lang == Lang::Ko ? "--what-if는 모두 같은 단계에서 갈라져야 합니다: " + std::to_string(out.at) +
                                     "단계와 " + std::to_string(p.at) + "단계"
                               : "every --what-if forks at one step: step " + std::to_string(out.at) + " and step " +
                                     std::to_string(p.at);
      return false;
    }
    out.at = p.at;
    out.changes.push_back(std::move(*p.change));
  }
  return true;
}

namespace {

void write_head(std::ostream& out, const whatif::Branch& b, Lang lang, std::string_view prefix) {
  const bool ko = lang == Lang::Ko;
  out << prefix << (ko ? "만약에, " : "What if, ") << b.description().in(lang) << "\n";
  out << prefix << (b.parting().none() ? "" : (ko ? "갈라지는 곳: " : "The runs part at ")) << b.parting().text.in(lang)
      << "\n";
  if (!b.outcomes().empty()) {
    out << prefix << (ko ? "결과가 바뀐 검사와 질문:" : "Checks and questions whose outcome changes:") << "\n";
    for (const whatif::OutcomeChange& o : b.outcomes()) out << prefix << "  " << o.text.in(lang) << "\n";
  }
  out << prefix
      << (ko ? "이 갈래의 기록이 이어집니다(변경이 한 단계로 들어가 있습니다)."
             : "The branch's transcript follows (the change is a step of its own).")
      << "\n";
}

}  // namespace

bool write_what_if(std::ostream& out, const sim::World& original, const whatif::WhatIf& what_if, report::Format format,
                   Lang lang, std::string& error) {
  const whatif::ForkResult fork = whatif::fork(original, what_if);
  if (!fork.ok()) {
    error = fork.error.in(lang);
    return false;
  }
  const whatif::Branch& b = *fork.branch;
  // The whole branch, from the first step: the steps before the fork as the original
  // ran them, then the change and the replayed steps (the same run fork() made).
  sim::World whole(whatif::branch_scenario(original.scenario(), what_if));
  whole.run_all();
  const std::size_t shared = b.fork_index();
  switch (format) {
    case report::Format::Text:
      write_head(out, b, lang, "");
      out << "\n";
      report::write_transcript(out, whole, format, lang);
      break;
    case report::Format::Markdown:
      write_head(out, b, lang, "> ");
      out << "\n";
      report::write_transcript(out, whole, format, lang);
      break;
    case report::Format::Jsonl:
      report::write_jsonl(out, whole, [&](const sim::Step& s) {
        // "replaces": the original's step (its "step", from 1) this one stands in for;
        // 0 for the change and for an exchange the original did not make.
        std::size_t replaces = 0;
        bool differs = false;
        if (s.index < shared) {
          replaces = s.index + 1;
        } else if (auto r = b.replaces(s.index - shared)) {
          replaces = *r + 1;
        }
        const int lesson = s.index < shared ? 0 : b.lesson_step_of(s.index - shared);
        if (const whatif::StepDiff* d = b.step(lesson)) differs = d->differs();
        return ",\"replaces\":" + std::to_string(replaces) + ",\"differs\":" + (differs ? "true" : "false");
      });
      break;
  }
  return true;
}

}  // namespace cl::cli

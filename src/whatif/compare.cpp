#include "whatif/compare.h"

#include <algorithm>
#include <optional>
#include "base/time.h"
#include "cookie/reason.h"
#include "sim/checks.h"
#include "sim/explain.h"
#include "whatif/whatif_messages.h"

namespace cl::whatif {

namespace {

using M = WhatIfMsg;

// The entries of one lesson step on a timeline, and the state after it.
struct Run {
  const sim::World* world = nullptr;
  std::size_t first = 0, count = 0;
  sim::Snapshot after;
  const sim::Step& entry(std::size_t i) const { return world->timeline().step(first + i); }
  std::vector<const sim::Exchange*> exchanges() const {
    std::vector<const sim::Exchange*> out;
    for (std::size_t i = 0; i < count; ++i)
      if (entry(i).exchange) out.push_back(&*entry(i).exchange);
    return out;
  }
};

Run run_of(const sim::World& w, int scenario_step) {
  Run r;
  r.world = &w;
  const sim::Timeline& t = w.timeline();
  std::size_t i = 0;
  while (i < t.size() && t.step(i).scenario_step != scenario_step) ++i;
  r.first = i;
  while (i < t.size() && t.step(i).scenario_step == scenario_step) ++i;
  r.count = i - r.first;
  if (i > 0) r.after = t.snapshot(i - 1);
  else r.after = t.initial();
  return r;
}

std::string or_none(std::string s) { return s.empty() ? "(none)" : s; }
// A difference's text in both languages: its data (a header, a cookie line) is the
// same in both, only the words around it are translated.
Bilingual or_none(Bilingual s) { return s.en.empty() ? message(M::NoneText).both() : s; }
Bilingual same_in_both(const std::string& s) { return {s, s}; }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(sep) : "") + parts[i];
  return out;
}
Bilingual join(const std::vector<Bilingual>& parts, std::string_view sep) {
  Bilingual out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out.en += (i ? std::string(sep) : "") + parts[i].en;
    out.ko += (i ? std::string(sep) : "") + parts[i].ko;
  }
  return out;
}

std::string short_value(const std::string& v) { return v.size() <= 20 ? v : v.substr(0, 20) + "…"; }

Bilingual cookie_text(const cookie::Cookie& c) {
  const std::string head = c.name + "=" + short_value(c.value) + " (" + (c.host_only ? "" : ".") + c.domain + c.path;
  std::string attrs;
  if (c.secure) attrs += ", Secure";
  if (c.http_only) attrs += ", HttpOnly";
  if (c.same_site != cookie::SameSite::Unspecified)
    attrs += ", SameSite=" + std::string(cookie::same_site_name(c.same_site));
  const Bilingual life = c.persistent ? Bilingual{message(M::CookieExpires, {format_iso8601(c.expiry)}).en(),
                                                  message(M::CookieExpires, {format_time_ko(c.expiry)}).ko()}
                                      : message(M::CookieSession).both();
  return {head + ", " + life.en + attrs + ")", head + ", " + life.ko + attrs + ")"};
}

// A cookie as the comparison sees it: times of use left out (a wait shifts them all).
bool same_cookie(const cookie::Cookie& a, const cookie::Cookie& b) {
  return a.name == b.name && a.value == b.value && a.domain == b.domain && a.path == b.path &&
         a.persistent == b.persistent && (!a.persistent || a.expiry == b.expiry) && a.host_only == b.host_only &&
         a.secure == b.secure && a.http_only == b.http_only && a.same_site == b.same_site;
}

// Items of `a` that `b` lacks, and of `b` that `a` lacks, each as text.
template <class T, class Same, class Text>
void set_difference(const std::vector<T>& a, const std::vector<T>& b, Same same, Text text,
                    std::vector<Bilingual>& only_a, std::vector<Bilingual>& only_b) {
  for (const T& x : a)
    if (std::none_of(b.begin(), b.end(), [&](const T& y) { return same(x, y); })) only_a.push_back(text(x));
  for (const T& y : b)
    if (std::none_of(a.begin(), a.end(), [&](const T& x) { return same(x, y); })) only_b.push_back(text(y));
}

Bilingual outcome_text(const sim::SetCookieReport& r);

Bilingual decision_text(const sim::SetCookieReport& r) {
  const Bilingual o = outcome_text(r);
  return {r.line + " → " + o.en, r.line + " → " + o.ko};
}

Bilingual outcome_text(const sim::SetCookieReport& r) {
  const cookie::SetDecision& d = r.decision;
  const std::string name = d.parsed.name.empty() && d.cookie ? d.cookie->name : d.parsed.name;
  switch (d.outcome) {
    case cookie::SetOutcome::Stored: return message(M::Stored, {name}).both();
    case cookie::SetOutcome::Replaced: return message(M::Replaced, {name}).both();
    case cookie::SetOutcome::Deleted: return message(M::Deleted, {name}).both();
    case cookie::SetOutcome::Ignored:
      return message(M::Ignored, {name, std::string(cookie::reason_info(d.reason).id)}).both();
  }
  return same_in_both(name);
}

bool sets_by_hand(scenario::Action a) {
  return a == scenario::Action::SetCookie || a == scenario::Action::ScriptCookie;
}

// The texts each aspect is compared by.
struct Texts {
  Bilingual cookies, set_cookie, status, user, page;
  std::vector<std::vector<cookie::Cookie>> jars;
  std::vector<std::vector<server::SessionRow>> sessions;
};

Texts state_texts(const sim::Snapshot& after) {
  Texts t;
  for (const auto& b : after.browsers) t.jars.push_back(b->jar.all());
  for (const auto& table : after.servers) {
    std::vector<server::SessionRow> rows;
    for (const auto& [key, row] : table) rows.push_back(*row);
    t.sessions.push_back(std::move(rows));
  }
  return t;
}

Texts texts_of(const Run& r, int browser) {
  Texts t;
  std::vector<Bilingual> cookies, sets, statuses, users;
  for (const sim::Exchange* ex : r.exchanges()) {
    cookies.push_back(or_none(same_in_both(ex->cookie_header())));
    for (const auto& s : ex->set_cookies) sets.push_back(decision_text(s));
    statuses.push_back(same_in_both(std::to_string(ex->status)));
    users.push_back(same_in_both(ex->user.empty() ? "-" : ex->user));
  }
  for (std::size_t i = 0; i < r.count; ++i)
    if (!r.entry(i).exchange && sets_by_hand(r.entry(i).action))
      sets.push_back({r.entry(i).explanation.in(Lang::En), r.entry(i).explanation.in(Lang::Ko)});
  t.cookies = join(cookies, " | ");
  t.set_cookie = join(sets, "; ");
  t.status = join(statuses, ", ");
  t.user = join(users, ", ");
  if (browser >= 0 && static_cast<std::size_t>(browser) < r.after.browsers.size()) {
    const sim::BrowserState& b = *r.after.browsers[static_cast<std::size_t>(browser)];
    if (!b.open) t.page = message(M::PageClosed).both();
    else if (b.location) t.page = same_in_both(b.location->to_string() + " \"" + b.page().title + "\"");
    else t.page = message(M::PageBlank).both();
  }
  for (const auto& b : r.after.browsers) t.jars.push_back(b->jar.all());
  for (const auto& table : r.after.servers) {
    std::vector<server::SessionRow> rows;
    for (const auto& [key, row] : table) rows.push_back(*row);
    t.sessions.push_back(std::move(rows));
  }
  return t;
}

void diff_lists(std::vector<Difference>& out, Aspect aspect, const std::vector<std::string>& names,
                const std::vector<Bilingual>& only_original, const std::vector<Bilingual>& only_branch,
                std::size_t owner) {
  (void)names;
  (void)owner;
  if (only_original.empty() && only_branch.empty()) return;
  out.push_back({aspect, or_none(join(only_original, "; ")), or_none(join(only_branch, "; "))});
}

void state_differences(const sim::World& ow, const Texts& o, const Texts& b, std::vector<Difference>& out);

std::vector<Difference> differences(const sim::World& ow, const Texts& o, const Texts& b) {
  std::vector<Difference> out;
  auto plain = [&](Aspect a, const Bilingual& x, const Bilingual& y) {
    if (x.en != y.en) out.push_back({a, or_none(x), or_none(y)});
  };
  plain(Aspect::CookieHeader, o.cookies, b.cookies);
  plain(Aspect::SetCookie, o.set_cookie, b.set_cookie);
  plain(Aspect::Status, o.status, b.status);
  plain(Aspect::User, o.user, b.user);
  plain(Aspect::Page, o.page, b.page);
  state_differences(ow, o, b, out);
  return out;
}

// The jars and the session tables.
void state_differences(const sim::World& ow, const Texts& o, const Texts& b, std::vector<Difference>& out) {
  std::vector<Bilingual> jar_o, jar_b;
  const bool several = o.jars.size() > 1;
  for (std::size_t i = 0; i < o.jars.size() && i < b.jars.size(); ++i) {
    const std::string who = several ? ow.scenario().browsers[i].name + ": " : "";
    set_difference(
        o.jars[i], b.jars[i], same_cookie,
        [&](const cookie::Cookie& c) {
          const Bilingual t = cookie_text(c);
          return Bilingual{who + t.en, who + t.ko};
        },
        jar_o, jar_b);
  }
  diff_lists(out, Aspect::Jar, {}, jar_o, jar_b, 0);
  std::vector<Bilingual> rows_o, rows_b;
  const bool servers = o.sessions.size() > 1;
  for (std::size_t i = 0; i < o.sessions.size() && i < b.sessions.size(); ++i) {
    const std::string where = servers ? ow.scenario().servers[i].name + ": " : "";
    set_difference(
        o.sessions[i], b.sessions[i],
        [](const server::SessionRow& x, const server::SessionRow& y) {
          return x.key == y.key && x.user == y.user && x.expire == y.expire && x.decoded == y.decoded;
        },
        [&](const server::SessionRow& r) {
          const Message user = r.user.empty() ? message(M::Anonymous) : Message(r.user);
          const std::string key = where + short_value(r.key);
          return Bilingual{message(M::SessionRowText, {key, user, format_iso8601(r.expire)}).en(),
                           message(M::SessionRowText, {key, user, format_time_ko(r.expire)}).ko()};
        },
        rows_o, rows_b);
  }
  diff_lists(out, Aspect::Sessions, {}, rows_o, rows_b, 0);
}

std::string reason_words(cookie::Reason reason, Lang lang) {
  const cookie::ReasonInfo& r = cookie::reason_info(reason);
  return std::string(lang == Lang::Ko ? r.ko : r.en) + " (" + cookie::rfc_reference(r.rfc, lang) + ")";
}

std::vector<std::string> sent_names(const sim::Exchange& ex) {
  std::vector<std::string> names;
  for (const cookie::Cookie& c : ex.cookies.sent()) names.push_back(c.name);
  return names;
}

const cookie::Exclusion* excluded(const sim::Exchange& ex, const std::string& name) {
  for (const cookie::Exclusion& e : ex.cookies.excluded)
    if (e.cookie.name == name) return &e;
  return nullptr;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

Message nobody_or(const std::string& user) { return user.empty() || user == "-" ? message(M::Nobody) : Message(user); }

// The cookie pairs of a Cookie header, in order.
std::vector<std::pair<std::string, std::string>> pairs_of(const std::string& header) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::string_view p : split(header, ';')) {
    p = trim_wsp(p);
    if (p.empty()) continue;
    const std::size_t eq = p.find('=');
    out.emplace_back(std::string(p.substr(0, eq)), eq == std::string_view::npos ? "" : std::string(p.substr(eq + 1)));
  }
  return out;
}

struct Why {
  Aspect aspect = Aspect::Count;
  std::string text;
};

// Why two exchanges at the same place of a step differ, in one language; aspect
// Count when they do not.
Why exchange_reason(Lang lang, const sim::Exchange& o, const sim::Exchange& b, const std::string& session_cookie) {
  const std::string oh = o.cookie_header(), bh = b.cookie_header();
  if (oh != bh) {
    const auto on = sent_names(o), bn = sent_names(b);
    for (const std::string& n : on)
      if (!has(bn, n))
        if (const cookie::Exclusion* e = excluded(b, n))
          return {Aspect::CookieHeader, message(M::CookieLeftOut, {n, reason_words(e->reason, lang)}).in(lang)};
    for (const std::string& n : bn)
      if (!has(on, n))
        if (const cookie::Exclusion* e = excluded(o, n))
          return {Aspect::CookieHeader, message(M::CookieSentNow, {n, reason_words(e->reason, lang)}).in(lang)};
    // Left out with no reason: the jar no longer holds it.
    for (const cookie::Cookie& c : o.cookies.sent())
      if (!has(bn, c.name)) {
        if (c.persistent && c.expiry <= b.time) {
          const std::string when = lang == Lang::Ko ? format_time_ko(c.expiry) : format_iso8601(c.expiry);
          return {Aspect::CookieHeader, message(M::CookieExpired, {c.name, when}).in(lang)};
        }
        return {Aspect::CookieHeader, message(M::CookieGone, {c.name}).in(lang)};
      }
    const auto op = pairs_of(oh), bp = pairs_of(bh);
    for (const auto& [name, value] : bp)
      for (const auto& [oname, ovalue] : op)
        if (name == oname && value != ovalue)
          return {Aspect::CookieHeader,
                  message(M::CookieValue, {name, short_value(value), short_value(ovalue)}).in(lang)};
    return {Aspect::CookieHeader, message(M::CookieHeader, {or_none(bh), or_none(oh)}).in(lang)};
  }
  // Set-Cookie lines by cookie name, in the branch's order: the nth line of a name
  // against the original's nth line of that name.
  std::vector<bool> used(o.set_cookies.size(), false);
  const std::string none = message(M::NoneText).in(lang);
  auto strip = [](std::string text, const std::string& name) {
    if (text.starts_with(name + ": ")) text.erase(0, name.size() + 2);
    return text;
  };
  // A line decided otherwise comes first; then one that only reads otherwise (a new
  // key, a new token), the server's session cookie before the others.
  std::optional<Why> only_line;
  bool only_line_is_session = false;
  for (const auto& bs : b.set_cookies) {
    const std::string& name = bs.decision.parsed.name;
    const sim::SetCookieReport* os = nullptr;
    for (std::size_t k = 0; k < o.set_cookies.size() && !os; ++k)
      if (!used[k] && o.set_cookies[k].decision.parsed.name == name) {
        used[k] = true;
        os = &o.set_cookies[k];
      }
    const std::string bt = strip(sim::describe_decision(bs.decision).in(lang), name);
    if (!os) return {Aspect::SetCookie, message(M::SetCookie, {name, bt, none}).in(lang)};
    if (decision_text(*os) == decision_text(bs)) continue;
    const std::string ot = strip(sim::describe_decision(os->decision).in(lang), name);
    if (bt != ot) return {Aspect::SetCookie, message(M::SetCookie, {name, bt, ot}).in(lang)};
    const bool session = name == session_cookie;
    if (!only_line || (session && !only_line_is_session)) {
      only_line = Why{Aspect::SetCookie, message(M::SetCookie, {name, bs.line, os->line}).in(lang)};
      only_line_is_session = session;
    }
  }
  for (std::size_t k = 0; k < o.set_cookies.size(); ++k)
    if (!used[k]) {
      const std::string& name = o.set_cookies[k].decision.parsed.name;
      return {
          Aspect::SetCookie,
          message(M::SetCookie, {name, none, strip(sim::describe_decision(o.set_cookies[k].decision).in(lang), name)})
              .in(lang)};
    }
  if (only_line) return *only_line;
  if (o.status != b.status) {
    const std::string said = b.server_said ? b.server_said->in(lang) : "";
    return {Aspect::Status, message(M::Status, {std::to_string(b.status), std::to_string(o.status), said}).in(lang)};
  }
  if (o.user != b.user) return {Aspect::User, message(M::User, {nobody_or(b.user), nobody_or(o.user)}).in(lang)};
  return {};
}

// Why the runs part at this step, in one language: the first exchange that differs
// (its Cookie header, its Set-Cookie lines, its status, who the server saw), else
// the step's own account, else the state after it.
Why part_reason(Lang lang, const Run& o, const Run& b, const std::vector<Difference>& diffs) {
  const auto oe = o.exchanges(), be = b.exchanges();
  for (std::size_t i = 0; i < oe.size() && i < be.size(); ++i) {
    const int srv = be[i]->server;
    const std::string session_cookie = srv >= 0 ? b.world->server(srv).session_cookie_name() : "";
    Why w = exchange_reason(lang, *oe[i], *be[i], session_cookie);
    if (w.aspect != Aspect::Count) return w;
  }
  // A step that sent nothing in one run (no form on the page, a cookie set by hand):
  // the lines of its account that differ.
  for (std::size_t i = 0; i < b.count && i < o.count; ++i) {
    if (b.entry(i).exchange && o.entry(i).exchange) continue;
    const std::string btext = sim::explain(b.world->scenario(), b.entry(i)).in(lang);
    const std::string otext = sim::explain(o.world->scenario(), o.entry(i)).in(lang);
    const std::vector<std::string_view> bl = split(btext, '\n'), ol = split(otext, '\n');
    for (std::size_t k = 0; k < bl.size(); ++k) {
      if (k < ol.size() && bl[k] == ol[k]) continue;
      const std::string was = k < ol.size() ? std::string(ol[k]) : message(M::NoneText).in(lang);
      const Aspect a = diffs.empty() ? Aspect::Count : diffs.front().aspect;
      // The account's line ends a sentence; "; in the original" goes on with it.
      std::string_view line = bl[k];
      if (!line.empty() && line.back() == '.') line.remove_suffix(1);
      return {a, message(M::Instead, {std::string(line), was}).in(lang)};
    }
  }
  for (const Difference& d : diffs) {
    switch (d.aspect) {
      case Aspect::Page: return {d.aspect, message(M::Page, {d.branch.in(lang), d.original.in(lang)}).in(lang)};
      case Aspect::Jar: return {d.aspect, message(M::Jar, {d.branch.in(lang), d.original.in(lang)}).in(lang)};
      case Aspect::Sessions: return {d.aspect, message(M::Sessions, {d.branch.in(lang), d.original.in(lang)}).in(lang)};
      case Aspect::CookieHeader:
        return {d.aspect, message(M::CookieHeader, {d.branch.in(lang), d.original.in(lang)}).in(lang)};
      case Aspect::Status:
        return {d.aspect, message(M::Status, {d.branch.in(lang), d.original.in(lang), std::string()}).in(lang)};
      default: break;
    }
  }
  const Difference& d = diffs.front();
  return {d.aspect, message(M::Instead, {d.branch.in(lang), d.original.in(lang)}).in(lang)};
}

}  // namespace

void compare_runs(const sim::World& original, const sim::World& branch, int at, std::vector<StepDiff>& steps,
                  Parting& parting, std::vector<OutcomeChange>& outcomes) {
  const int count = static_cast<int>(original.scenario().steps.size());
  parting = {};
  parting.text = message(M::NoStepDiffers).both();
  // The state differences the change itself made: the original before step `at`
  // against the branch after its change step. A step whose jar or sessions differ
  // just as they did before it carries them; it did nothing differently itself.
  std::vector<Difference> before;
  {
    const Run change = run_of(branch, at - 1);
    const sim::Timeline& ot = original.timeline();
    std::size_t fork = 0;
    while (fork < ot.size() && ot.step(fork).scenario_step < at - 1) ++fork;
    const sim::Snapshot o = fork == 0 ? ot.initial() : ot.snapshot(fork - 1);
    state_differences(original, state_texts(o), state_texts(change.after), before);
  }
  for (int k = at; k <= count; ++k) {
    const Run o = run_of(original, k - 1);
    const Run b = run_of(branch, k);
    const int browser = o.count ? o.entry(0).browser : b.count ? b.entry(0).browser : -1;
    StepDiff d;
    d.step = k;
    d.original_first = o.first;
    d.original_count = o.count;
    d.branch_first = b.first;
    d.branch_count = b.count;
    d.differences = differences(original, texts_of(o, browser), texts_of(b, browser));
    std::vector<Difference> state;
    for (Difference& x : d.differences) {
      if (x.aspect != Aspect::Jar && x.aspect != Aspect::Sessions) continue;
      state.push_back(x);
      for (const Difference& y : before)
        if (y.aspect == x.aspect && y.original == x.original && y.branch == x.branch) x.carried = true;
    }
    before = std::move(state);
    if (d.differs() && parting.none()) {
      std::vector<Difference> own;
      for (const Difference& x : d.differences)
        if (!x.carried) own.push_back(x);
      parting.step = k;
      const std::string n = std::to_string(k);
      const Why en = part_reason(Lang::En, o, b, own), ko = part_reason(Lang::Ko, o, b, own);
      parting.aspect = en.aspect;
      parting.text = {message(M::PartsAt, {n, en.text}).en(), message(M::PartsAt, {n, ko.text}).ko()};
    }

    // The checks sit on the step's last entry, in the order of its expectations.
    bool checks_changed = false;
    if (o.count && b.count) {
      const auto& oc = o.entry(o.count - 1).checks;
      const auto& bc = b.entry(b.count - 1).checks;
      for (std::size_t i = 0; i < oc.size() && i < bc.size(); ++i) {
        if (oc[i].passed == bc[i].passed) continue;
        checks_changed = true;
        OutcomeChange c;
        c.step = k;
        c.what = oc[i].what;
        c.original_passed = oc[i].passed;
        c.branch_passed = bc[i].passed;
        const Message check = sim::describe_check(oc[i]);
        const Message was = message(c.original_passed ? M::Passes : M::Fails);
        const Message now = message(c.branch_passed ? M::Passes : M::Fails);
        c.text = message(M::CheckChanged, {std::to_string(k), check, was, now}).both();
        outcomes.push_back(std::move(c));
      }
    }
    const bool has_question = o.count && o.entry(0).question;
    if (has_question && (checks_changed || (d.differs() && o.entry(o.count - 1).checks.empty()))) {
      OutcomeChange q;
      q.step = k;
      q.question = true;
      q.branch_passed = false;
      q.text = message(M::QuestionChanged, {std::to_string(k)}).both();
      outcomes.push_back(std::move(q));
    }
    steps.push_back(std::move(d));
  }
}

}  // namespace cl::whatif

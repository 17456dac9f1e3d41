#include "app/logic/playground_model.h"
#include <array>
#include <utility>
#include "app/logic/message_lines.h"
#include "cookie/playground.h"
#include "cookie/reason.h"
#include "http/url.h"

namespace cl::app {
namespace {

// The parser's notes, word for word as cookie/set_cookie_parser.cpp writes them.
// tests/app/playground_model.cpp makes the parser produce each one, so a reworded
// note fails a test instead of silently losing its Korean.
struct NoteKo {
  std::string_view en, ko;
};
constexpr std::array<NoteKo, 13> kNotes = {{
    {"value longer than 1024 bytes (RFC 6265bis 5.6)", "값이 1024바이트보다 깁니다 (RFC 6265bis 5.6)"},
    {"not a cookie-date (RFC 6265 5.1.1); ignored", "쿠키 날짜 형식이 아니라서 무시됩니다 (RFC 6265 5.1.1)"},
    {"not [\"-\"] digits (RFC 6265 5.2.2); ignored", "[\"-\"] 숫자 형식이 아니라서 무시됩니다 (RFC 6265 5.2.2)"},
    {"empty Domain is ignored (RFC 6265 5.2.3)", "비어 있는 Domain은 무시됩니다 (RFC 6265 5.2.3)"},
    {"does not start with '/': the default path is used (RFC 6265 5.2.4)",
     "'/'로 시작하지 않아 기본 경로가 쓰입니다 (RFC 6265 5.2.4)"},
    {"unknown value: SameSite left unspecified (RFC 6265bis 5.6.7)",
     "알 수 없는 값이라 SameSite는 지정되지 않은 것으로 남습니다 (RFC 6265bis 5.6.7)"},
    {"unknown attribute; ignored (RFC 6265 5.2 step 6)", "알 수 없는 속성이라 무시됩니다 (RFC 6265 5.2 6단계)"},
    {"a later Expires wins (RFC 6265 5.3)", "뒤에 오는 Expires가 쓰입니다 (RFC 6265 5.3)"},
    {"a later Max-Age wins (RFC 6265 5.3)", "뒤에 오는 Max-Age가 쓰입니다 (RFC 6265 5.3)"},
    {"a later Domain wins (RFC 6265 5.3)", "뒤에 오는 Domain이 쓰입니다 (RFC 6265 5.3)"},
    {"a later Path wins (RFC 6265 5.3)", "뒤에 오는 Path가 쓰입니다 (RFC 6265 5.3)"},
    {"a later SameSite wins (RFC 6265bis 5.7)", "뒤에 오는 SameSite가 쓰입니다 (RFC 6265bis 5.7)"},
    {"Max-Age takes precedence over Expires (RFC 6265 5.3 step 3)",
     "Max-Age가 Expires보다 우선합니다 (RFC 6265 5.3 3단계)"},
}};

Bilingual from_reason(cookie::Reason r) {
  const cookie::ReasonInfo& info = cookie::reason_info(r);
  return {std::string(info.en), std::string(info.ko)};
}

// cookie::describe_cookie in Korean: where the cookie lives and for how long.
std::string describe_cookie_ko(const cookie::Cookie& c) {
  std::string s = (c.host_only ? "호스트 전용 " : "도메인 ") + c.domain + ", 경로 " + c.path;
  s += c.persistent ? ", 만료 " + format_time_ko(c.expiry) : std::string(", 세션 쿠키");
  if (c.secure) s += ", Secure";
  if (c.http_only) s += ", HttpOnly";
  if (c.same_site != cookie::SameSite::Unspecified)
    s += ", SameSite=" + std::string(cookie::same_site_name(c.same_site));
  return s;
}

// What a line did when it was not refused, with the step of RFC 6265 5.3 that did it.
void describe_outcome(PlaygroundLine& line) {
  const cookie::SetDecision& d = line.decision;
  const std::string who = d.cookie ? cookie::describe_cookie(*d.cookie) : "";
  const std::string who_ko = d.cookie ? describe_cookie_ko(*d.cookie) : "";
  switch (d.outcome) {
    case cookie::SetOutcome::Stored:
      line.verdict = {"Stored as a new cookie: " + who + ".", "새 쿠키로 저장되었습니다: " + who_ko + "."};
      break;
    case cookie::SetOutcome::Replaced:
      // 5.3 step 11.3: the old record goes, the new one keeps its creation time
      // (and so its place in the Cookie header).
      line.verdict = {
          "Replaced the cookie with the same name, domain and path (its creation time is kept): " + who + ".",
          "이름, 도메인, 경로가 같은 쿠키를 바꾸었습니다 (생성 시각은 그대로): " + who_ko + "."};
      break;
    case cookie::SetOutcome::Deleted:
      // An expiry in the past is how a server deletes a cookie: the old record is
      // replaced by one that is already expired, which 5.3 then removes.
      line.verdict = {"Its expiry is in the past: the stored cookie with the same name, domain and path was deleted.",
                      "만료 시각이 과거라서 이름, 도메인, 경로가 같은 저장된 쿠키가 삭제되었습니다."};
      break;
    case cookie::SetOutcome::Ignored: {
      const cookie::ReasonInfo& info = cookie::reason_info(d.reason);
      line.verdict = from_reason(d.reason);
      line.chromium = std::string(info.chromium);
      break;
    }
  }
  line.rfc = set_decision_rfc(d);
}

std::optional<http::Url> parse_or(std::string_view text, Bilingual& error) {
  http::UrlResult r = http::parse_url(trim_wsp(text));
  const std::string quoted = "\"" + std::string(trim_wsp(text)) + "\": ";
  if (!r.url) error = Bilingual{quoted, quoted} + r.problem.both();
  return r.url;
}

}  // namespace

std::string set_decision_rfc(const cookie::SetDecision& decision) {
  switch (decision.outcome) {
    case cookie::SetOutcome::Stored: return "RFC 6265 5.3 step 11";
    case cookie::SetOutcome::Replaced:
    case cookie::SetOutcome::Deleted: return "RFC 6265 5.3 step 11.3";
    case cookie::SetOutcome::Ignored: break;
  }
  return std::string(cookie::reason_info(decision.reason).rfc);
}

PlaygroundInput playground_example() {
  PlaygroundInput in;
  in.url = "http://shop.example/account/login";
  in.set_cookies =
      "sid=abc123; Path=/; HttpOnly\n"
      "theme=dark; Domain=shop.example; Path=/; Max-Age=3600\n"
      "cart=3; Path=/cart\n"
      "theme=light; Domain=shop.example; Path=/; Max-Age=3600; Expires=soon\n"
      "ad=1; Domain=ads.example\n"
      "pref=1; Secure\n"
      "track=1; SameSite=None\n";  // RFC 6265 stores it, Chromium does not: the other policy shows
  in.second_url = "http://www.shop.example/";
  return in;
}

std::vector<std::pair<std::size_t, std::string>> set_cookie_lines(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string>> out;
  std::size_t n = 0;
  while (!text.empty()) {
    std::string_view line = take_line(text);
    ++n;
    // Learners paste whole header lines; the field name is not part of the value.
    if (starts_with_icase(trim_wsp(line), "set-cookie:")) {
      line = trim_wsp(line);
      line.remove_prefix(11);
      line = trim_wsp(line);
    }
    if (trim_wsp(line).empty()) continue;
    out.emplace_back(n, std::string(line));
  }
  return out;
}

Bilingual translate_note(std::string_view note) {
  for (const NoteKo& n : kNotes)
    if (n.en == note) return {std::string(n.en), std::string(n.ko)};
  return {std::string(note), std::string(note)};
}

std::optional<std::size_t> refusing_attribute(const cookie::SetDecision& d) {
  if (d.outcome != cookie::SetOutcome::Ignored) return std::nullopt;
  using cookie::Reason;
  std::string_view names[2] = {};
  switch (d.reason) {
    case Reason::DomainMismatch:
    case Reason::PublicSuffixDomain:
    case Reason::EmptyDomain: names[0] = "domain"; break;
    case Reason::SecureFromInsecure: names[0] = "secure"; break;
    case Reason::HttpOnlyFromScript: names[0] = "httponly"; break;
    case Reason::SameSiteNoneInsecure:
    case Reason::SameSiteStrictCrossSite:
    case Reason::SameSiteLaxCrossSite: names[0] = "samesite"; break;
    // A date in the past: Max-Age wins over Expires when both count (RFC 6265 5.3 step 3).
    case Reason::Expired:
      names[0] = "max-age";
      names[1] = "expires";
      break;
    default: return std::nullopt;
  }
  const auto& attrs = d.parsed.attributes;
  for (std::string_view want : names) {
    if (want.empty()) continue;
    // The one that counted: the last used one of that name (a later one wins, 5.3),
    // else the last one written.
    std::optional<std::size_t> last_used, last;
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      if (attrs[i].name.size() != want.size() || !starts_with_icase(attrs[i].name, want)) continue;
      last = i;
      if (attrs[i].used) last_used = i;
    }
    if (last_used) return last_used;
    if (last && want != "max-age") return last;
  }
  return std::nullopt;
}

bool same_decision(const cookie::SetDecision& a, const cookie::SetDecision& b) {
  if (a.outcome != b.outcome || a.reason != b.reason || a.cookie.has_value() != b.cookie.has_value()) return false;
  if (!a.cookie) return true;
  const cookie::Cookie &x = *a.cookie, &y = *b.cookie;
  return x.name == y.name && x.value == y.value && x.domain == y.domain && x.path == y.path &&
         x.persistent == y.persistent && (!x.persistent || x.expiry == y.expiry) && x.host_only == y.host_only &&
         x.secure == y.secure && x.http_only == y.http_only && x.same_site == y.same_site;
}

PlaygroundLine describe_set_cookie(std::size_t line_number, std::string text, cookie::SetDecision decision) {
  PlaygroundLine line;
  line.line_number = line_number;
  line.text = std::move(text);
  line.decision = std::move(decision);
  for (const cookie::ParsedAttribute& a : line.decision.parsed.attributes)
    line.attributes.push_back(
        {a.name, a.value, a.used, a.note.empty() ? Bilingual{} : translate_note(a.note), explain_attribute(a.name)});
  if (auto i = refusing_attribute(line.decision)) {
    PlaygroundAttribute& a = line.attributes[*i];
    a.refused = true;
    a.note = Bilingual{"refused the cookie: ", "이 속성 때문에 쿠키가 거부됨: "} + from_reason(line.decision.reason);
  }
  describe_outcome(line);
  return line;
}

PlaygroundResult run_playground_model(const PlaygroundInput& input, const cookie::CookieJar& start, TimeMs now) {
  PlaygroundResult out;
  cookie::CookieJar jar = start;
  jar.set_policy(input.policy);
  // The same lines under the other policy, side by side, to show where they differ.
  out.other_policy = input.policy == cookie::Policy::Rfc6265 ? cookie::Policy::Chromium : cookie::Policy::Rfc6265;
  cookie::CookieJar other = start;
  other.set_policy(out.other_policy);

  // The response: every line as a Set-Cookie field of a response to `url`, from a
  // top-level navigation (so SameSite does not stop it, 6265bis 5.7).
  const auto url = parse_or(input.url, out.url_error);
  if (url) {
    cookie::RequestContext ctx;
    ctx.url = *url;
    for (auto& [number, text] : set_cookie_lines(input.set_cookies)) {
      cookie::SetDecision d = jar.set_cookie(ctx, text, now);
      cookie::SetDecision o = other.set_cookie(ctx, text, now);
      const bool differ = !same_decision(d, o);
      out.lines.push_back(describe_set_cookie(number, text, std::move(d)));
      if (differ) {
        const PlaygroundLine described = describe_set_cookie(number, std::move(text), std::move(o));
        out.lines.back().other = PlaygroundOther{out.other_policy, described.decision.outcome,
                                                 described.decision.reason, described.verdict, described.rfc};
      }
    }
  }
  out.jar = jar.all();

  // The next request: RFC 6265 5.4 with every cookie left out explained.
  const std::string& second_text = trim_wsp(input.second_url).empty() ? input.url : input.second_url;
  out.second = parse_or(second_text, out.second_error);
  if (!out.second) return out;
  cookie::RequestContext ctx;
  ctx.url = *out.second;
  ctx.top_level_navigation = input.second_top_level;
  ctx.method = input.second_post ? "POST" : "GET";
  if (!trim_wsp(input.second_site).empty()) {
    ctx.site_for_cookies = parse_or(input.second_site, out.second_error);
    if (!ctx.site_for_cookies) {
      out.second.reset();
      return out;
    }
  }
  cookie::SendResult sent = jar.cookies_for(ctx, now, true);
  if (std::string h = other.cookies_for(ctx, now).header; h != sent.header) out.other_header = std::move(h);
  out.cookie_header = std::move(sent.header);
  out.sent = std::move(sent.sent);
  for (cookie::Exclusion& e : sent.excluded) {
    const cookie::ReasonInfo& info = cookie::reason_info(e.reason);
    out.excluded.push_back(
        {std::move(e.cookie), e.reason, from_reason(e.reason), std::string(info.rfc), std::string(info.chromium)});
  }
  return out;
}

std::optional<cookie::Reason> exclusion_reason(const cookie::Cookie& c,
                                               const std::vector<cookie::Exclusion>& excluded) {
  for (const cookie::Exclusion& e : excluded)
    if (e.cookie.same_identity(c)) return e.reason;
  return std::nullopt;
}

}  // namespace cl::app

#include "scenario/change.h"

#include <array>
#include <charconv>
#include "base/text.h"
#include "scenario/findings.h"
#include "scenario/scenario_messages.h"

namespace cl::scenario {

namespace {

using M = ScenarioMsg;

// In enum order.
constexpr std::array<std::string_view, static_cast<std::size_t>(Change::Kind::Count)> kKindNames = {
    "cookie", "delete", "server", "browser", "close", "wait"};

const std::vector<std::string_view> kKinds = {"cookie", "server", "browser", "close", "wait"};
const std::vector<std::string_view> kCookieKeys = {"value",  "domain",   "path",    "expires",
                                                   "secure", "httponly", "samesite"};
const std::vector<std::string_view> kServerKeys = {"httponly",  "secure",      "samesite", "max-age",
                                                   "renew-key", "session-age", "csrf"};
const std::vector<std::string_view> kBrowserKeys = {"policy", "third-party"};

std::optional<bool> boolean(std::string_view v) {
  const std::string s = to_lower_ascii(v);
  if (s == "true" || s == "on" || s == "yes") return true;
  if (s == "false" || s == "off" || s == "no") return false;
  return std::nullopt;
}

std::optional<cookie::SameSite> same_site(std::string_view v) {
  const std::string s = to_lower_ascii(v);
  if (s == "strict") return cookie::SameSite::Strict;
  if (s == "lax") return cookie::SameSite::Lax;
  if (s == "none") return cookie::SameSite::None;
  if (s == "unset") return cookie::SameSite::Unspecified;
  return std::nullopt;
}

// "session", an ISO 8601 moment, or a span from the moment of the change.
std::optional<Lifetime> lifetime(std::string_view v, bool dates) {
  if (to_lower_ascii(v) == "session") return Lifetime{};
  if (dates)
    if (auto t = parse_iso8601(v)) return Lifetime{Lifetime::Kind::At, *t};
  if (auto d = parse_duration(v)) return Lifetime{Lifetime::Kind::After, *d};
  return std::nullopt;
}

// A span written back so that parse_duration reads it again: "1d2h", "30s".
std::string duration_text(TimeMs span) {
  if (span % kSecond != 0) return std::to_string(span) + "ms";
  std::string out = format_duration(span);
  std::erase(out, ' ');
  return out;
}

std::string lifetime_text(const Lifetime& l) {
  switch (l.kind) {
    case Lifetime::Kind::Session: return "session";
    case Lifetime::Kind::At: return format_iso8601(l.time);
    case Lifetime::Kind::After: return duration_text(l.time);
  }
  return "";
}

std::string same_site_text(cookie::SameSite s) {
  return s == cookie::SameSite::Unspecified ? "unset" : to_lower_ascii(cookie::same_site_name(s));
}

class Parser {
 public:
  explicit Parser(std::string_view text, std::size_t base) : text_(text), base_(base) {}

  ParsedChange run() {
    ParsedChange out;
    if (trim_wsp(text_).empty()) return fail(0, message(M::ChangeEmpty));
    const std::size_t colon = text_.find(':');
    const std::string kind = to_lower_ascii(text_.substr(0, colon));
    const std::string_view rest = colon == std::string_view::npos ? std::string_view{} : text_.substr(colon + 1);
    const std::size_t at = colon == std::string_view::npos ? text_.size() : colon + 1;
    Change c;
    if (kind == "cookie") {
      c.kind = Change::Kind::Cookie;
      const std::size_t end = rest.find(':');
      std::string_view who = rest.substr(0, end);
      if (who.empty()) return fail(at, message(M::ChangeNeedsName, {"cookie", "cookie"}));
      if (const std::size_t amp = who.find('@'); amp != std::string_view::npos) {
        c.browser = std::string(who.substr(amp + 1));
        who = who.substr(0, amp);
      }
      c.name = std::string(who);
      if (end == std::string_view::npos)
        return fail(at + rest.size(), message(M::ChangeNoSettings, {"cookie", "cookie:sessionid:httponly=false"}));
      const std::string_view settings = rest.substr(end + 1);
      if (to_lower_ascii(settings) == "delete") {
        c.kind = Change::Kind::DeleteCookie;
      } else if (!read_settings(settings, at + end + 1, "cookie", kCookieKeys, c)) {
        return out_;
      }
    } else if (kind == "server") {
      c.kind = Change::Kind::Server;
      const std::size_t end = rest.find(':');
      c.server = std::string(rest.substr(0, end));
      if (c.server.empty() || c.server.find('=') != std::string::npos)
        return fail(at, message(M::ChangeNeedsName, {"server", "server"}));
      if (end == std::string_view::npos)
        return fail(at + rest.size(), message(M::ChangeNoSettings, {"server", "server:shop:renew-key=off"}));
      if (!read_settings(rest.substr(end + 1), at + end + 1, "server", kServerKeys, c)) return out_;
    } else if (kind == "browser") {
      c.kind = Change::Kind::Browser;
      std::string_view settings = rest;
      std::size_t where = at;
      const std::size_t end = rest.find(':');
      if (end != std::string_view::npos && rest.substr(0, end).find('=') == std::string_view::npos) {
        c.browser = std::string(rest.substr(0, end));
        settings = rest.substr(end + 1);
        where = at + end + 1;
      }
      if (settings.empty()) return fail(where, message(M::ChangeNoSettings, {"browser", "browser:policy=chromium"}));
      if (!read_settings(settings, where, "browser", kBrowserKeys, c)) return out_;
    } else if (kind == "close") {
      c.kind = Change::Kind::CloseReopen;
      if (rest.find(':') != std::string_view::npos)
        return fail(at + rest.find(':'), message(M::ChangeTrailing, {in_quotes(rest.substr(rest.find(':')))}));
      c.browser = std::string(rest);
    } else if (kind == "wait") {
      c.kind = Change::Kind::Wait;
      const auto d = parse_duration(rest);
      if (!d) return fail(at, message(M::ChangeBadValue, {"wait", in_quotes(rest), message(M::WordMaxAge)}));
      c.duration = *d;
    } else {
      return fail(0, message(M::ChangeUnknownKind, {in_quotes(text_.substr(0, colon)), join_names(kKinds)}));
    }
    out.change = std::move(c);
    return out;
  }

 private:
  std::string_view text_;
  std::size_t base_;
  ParsedChange out_;

  ParsedChange fail(std::size_t offset, Message m) {
    out_.change.reset();
    out_.error = {base_ + offset, std::move(m)};
    return out_;
  }

  bool read_settings(std::string_view settings, std::size_t at, std::string_view kind,
                     const std::vector<std::string_view>& allowed, Change& c) {
    std::vector<std::string> seen;
    std::size_t start = 0;
    while (start <= settings.size()) {
      std::size_t comma = settings.find(',', start);
      if (comma == std::string_view::npos) comma = settings.size();
      const std::string_view item = settings.substr(start, comma - start);
      const std::size_t where = at + start;
      const std::size_t eq = item.find('=');
      if (eq == std::string_view::npos || eq == 0) {
        fail(where, message(M::ChangeNotSetting, {in_quotes(item)}));
        return false;
      }
      const std::string key = to_lower_ascii(item.substr(0, eq));
      const std::string_view value = item.substr(eq + 1);
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        fail(where, message(M::ChangeUnknownSetting, {std::string(kind), in_quotes(key), join_names(allowed)}));
        return false;
      }
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
        fail(where, message(M::ChangeSetTwice, {key}));
        return false;
      }
      seen.push_back(key);
      if (!set(kind, key, value, c)) {
        fail(where + eq + 1, bad_value_);
        return false;
      }
      start = comma + 1;
    }
    return true;
  }

  Message bad_value_;
  bool bad(std::string_view key, std::string_view value, M word) {
    bad_value_ = message(M::ChangeBadValue, {std::string(key), in_quotes(value), message(word)});
    return false;
  }

  bool set_bool(std::string_view key, std::string_view value, std::optional<bool>& out) {
    out = boolean(value);
    return out ? true : bad(key, value, M::WordBoolean);
  }
  bool set_same_site(std::string_view key, std::string_view value, std::optional<cookie::SameSite>& out) {
    out = same_site(value);
    return out ? true : bad(key, value, M::WordSameSite);
  }

  bool set(std::string_view kind, const std::string& key, std::string_view value, Change& c) {
    if (kind == "cookie") {
      if (key == "value") c.value = std::string(value);
      else if (key == "domain") c.domain = to_lower_ascii(value);
      else if (key == "path") c.path = std::string(value);
      else if (key == "secure") return set_bool(key, value, c.secure);
      else if (key == "httponly") return set_bool(key, value, c.http_only);
      else if (key == "samesite") return set_same_site(key, value, c.same_site);
      else if (key == "expires") {
        c.expires = lifetime(value, true);
        if (!c.expires) return bad(key, value, M::WordExpires);
      }
      return true;
    }
    if (kind == "server") {
      if (key == "httponly") return set_bool(key, value, c.cookie_http_only);
      if (key == "secure") return set_bool(key, value, c.cookie_secure);
      if (key == "samesite") return set_same_site(key, value, c.cookie_same_site);
      if (key == "renew-key") return set_bool(key, value, c.renew_key);
      if (key == "csrf") return set_bool(key, value, c.csrf);
      if (key == "max-age") {
        c.cookie_max_age = lifetime(value, false);
        return c.cookie_max_age ? true : bad(key, value, M::WordMaxAge);
      }
      if (key == "session-age") {
        c.session_age = parse_duration(value);
        return c.session_age ? true : bad(key, value, M::WordMaxAge);
      }
      return true;
    }
    // browser
    if (key == "policy") {
      const std::string p = to_lower_ascii(value);
      if (p == "rfc6265") c.policy = cookie::Policy::Rfc6265;
      else if (p == "chromium") c.policy = cookie::Policy::Chromium;
      else return bad(key, value, M::WordPolicyValue);
      return true;
    }
    const std::string v = to_lower_ascii(value);
    if (v == "block") c.block_third_party = true;
    else if (v == "allow") c.block_third_party = false;
    else return bad(key, value, M::WordThirdParty);
    return true;
  }
};

}  // namespace

std::string_view change_kind_name(Change::Kind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : std::string_view{};
}

ParsedChange parse_change(std::string_view text) { return Parser(text, 0).run(); }

ParsedSpec parse_what_if_spec(std::string_view text) {
  ParsedSpec out;
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    out.error = {0, message(M::SpecNoStep)};
    return out;
  }
  const std::string_view step = text.substr(0, colon);
  int at = 0;
  auto [p, ec] = std::from_chars(step.data(), step.data() + step.size(), at);
  if (step.empty() || ec != std::errc() || p != step.data() + step.size() || at < 1) {
    out.error = {0, step.empty() || step.find_first_not_of("0123456789") != std::string_view::npos
                        ? message(M::SpecNoStep)
                        : message(M::SpecBadStep, {in_quotes(step)})};
    return out;
  }
  out.at = at;
  ParsedChange c = Parser(text.substr(colon + 1), colon + 1).run();
  out.change = std::move(c.change);
  out.error = std::move(c.error);
  return out;
}

std::string change_text(const Change& c) {
  std::string out(change_kind_name(c.kind));
  std::vector<std::string> settings;
  auto add = [&](std::string_view key, const std::string& value) {
    settings.push_back(std::string(key) + "=" + value);
  };
  auto add_bool = [&](std::string_view key, const std::optional<bool>& v) {
    if (v) add(key, *v ? "true" : "false");
  };
  auto add_same_site = [&](std::string_view key, const std::optional<cookie::SameSite>& v) {
    if (v) add(key, same_site_text(*v));
  };
  auto who = [](const std::string& name, const std::string& browser) {
    return browser.empty() ? name : name + "@" + browser;
  };
  switch (c.kind) {
    case Change::Kind::Cookie:
      out += ":" + who(c.name, c.browser);
      if (c.value) add("value", *c.value);
      if (c.domain) add("domain", *c.domain);
      if (c.path) add("path", *c.path);
      if (c.expires) add("expires", lifetime_text(*c.expires));
      add_bool("secure", c.secure);
      add_bool("httponly", c.http_only);
      add_same_site("samesite", c.same_site);
      break;
    case Change::Kind::DeleteCookie: return "cookie:" + who(c.name, c.browser) + ":delete";
    case Change::Kind::Server:
      out += ":" + c.server;
      add_bool("httponly", c.cookie_http_only);
      add_bool("secure", c.cookie_secure);
      add_same_site("samesite", c.cookie_same_site);
      if (c.cookie_max_age) add("max-age", lifetime_text(*c.cookie_max_age));
      if (c.renew_key) add("renew-key", *c.renew_key ? "on" : "off");
      if (c.session_age) add("session-age", duration_text(*c.session_age));
      if (c.csrf) add("csrf", *c.csrf ? "on" : "off");
      break;
    case Change::Kind::Browser:
      if (!c.browser.empty()) out += ":" + c.browser;
      if (c.policy) add("policy", std::string(cookie::policy_name(*c.policy)));
      if (c.block_third_party) add("third-party", *c.block_third_party ? "block" : "allow");
      break;
    case Change::Kind::CloseReopen:
      if (!c.browser.empty()) out += ":" + c.browser;
      return out;
    case Change::Kind::Wait: return out + ":" + duration_text(c.duration);
    case Change::Kind::Count: break;
  }
  for (std::size_t i = 0; i < settings.size(); ++i) out += (i == 0 ? ":" : ",") + settings[i];
  return out;
}

}  // namespace cl::scenario

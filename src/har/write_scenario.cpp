#include "har/write_scenario.h"

#include <sstream>
#include "base/time.h"
#include "cookie/jar.h"
#include "base/text.h"
#include "server/crypto.h"
#include "server/server.h"

namespace cl::har {

namespace {

std::string bilingual(const Bilingual& b) {
  return "{ en = " + toml_string(b.en) + ", ko = " + toml_string(b.ko) + " }";
}

std::string duration(TimeMs span) {
  return span % kSecond == 0 ? std::to_string(span / kSecond) + "s" : std::to_string(span) + "ms";
}

}  // namespace

std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          static const char* hex = "0123456789ABCDEF";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string scenario_toml(const scenario::Scenario& sc, const std::string& source_name) {
  std::ostringstream o;
  o << "# Written by `cookielab import " << source_name << "`: the capture's servers as scripted routes\n"
    << "# (scenarios/FORMAT.md), each request a step. Edit the narration (say), add questions and\n"
    << "# expectations; `cookielab check` runs it, `cookielab run` replays it.\n";
  o << "id = " << toml_string(sc.id) << "\n";
  o << "level = " << sc.level << "\n";
  o << "start = " << toml_string(format_iso8601(sc.start)) << "\n";
  o << "title = " << bilingual(sc.title) << "\n";
  o << "summary = " << bilingual(sc.summary) << "\n";
  for (const server::ServerSpec& s : sc.servers) {
    o << "\n[[server]]\nname = " << toml_string(s.name) << "\nhosts = [";
    for (std::size_t i = 0; i < s.hosts.size(); ++i) o << (i ? ", " : "") << toml_string(s.hosts[i]);
    o << "]\nprofile = " << toml_string(server::profile_name(s.profile)) << "\n";
    for (const server::RouteSpec& r : s.routes) {
      o << "\n  [[server.route]]\n  path = " << toml_string(r.path) << "\n  method = " << toml_string(r.method)
        << "\n  status = " << r.status << "\n  headers = [";
      for (std::size_t i = 0; i < r.headers.size(); ++i)
        o << (i ? ",\n             " : "") << toml_string(r.headers[i].name + ": " + r.headers[i].value);
      o << "]\n";
      // TOML strings are UTF-8; an image's bytes go as base64.
      if (valid_utf8(r.body)) o << "  body = " << toml_string(r.body) << "\n";
      else o << "  body_base64 = " << toml_string(server::base64_encode(r.body)) << "\n";
    }
  }
  for (const scenario::BrowserSpec& b : sc.browsers) {
    o << "\n[[browser]]\nname = " << toml_string(b.name) << "\npolicy = " << toml_string(cookie::policy_name(b.policy))
      << "\n";
    if (!b.user_agent.empty()) o << "user_agent = " << toml_string(b.user_agent) << "\n";
  }
  for (const scenario::Step& st : sc.steps) {
    o << "\n[[step]]\naction = " << toml_string(scenario::action_name(st.action)) << "\n";
    if (sc.browsers.size() > 1) o << "browser = " << toml_string(st.browser) << "\n";
    switch (st.action) {
      case scenario::Action::Visit: o << "url = " << toml_string(st.url) << "\n"; break;
      case scenario::Action::Post:
        o << "url = " << toml_string(st.url) << "\n";
        if (!st.from.empty()) o << "from = " << toml_string(st.from) << "\n";
        o << "fields = {";
        for (std::size_t i = 0; i < st.fields.size(); ++i)
          o << (i ? ", " : " ") << toml_string(st.fields[i].first) << " = " << toml_string(st.fields[i].second);
        o << " }\n";
        break;
      case scenario::Action::Raw:
        o << "url = " << toml_string(st.url) << "\nrequest = " << toml_string(st.request) << "\n";
        break;
      case scenario::Action::Wait: o << "duration = " << toml_string(duration(st.duration)) << "\n"; break;
      case scenario::Action::SetCookie:
      case scenario::Action::ScriptCookie:
        o << "url = " << toml_string(st.url) << "\ncookie = " << toml_string(st.cookie) << "\n";
        break;
      case scenario::Action::DeleteCookie:
        o << "name = " << toml_string(st.name) << "\n";
        if (!st.domain.empty()) o << "domain = " << toml_string(st.domain) << "\n";
        if (!st.path.empty()) o << "path = " << toml_string(st.path) << "\n";
        break;
      case scenario::Action::CopyCookie:
        o << "from_browser = " << toml_string(st.from_browser) << "\nname = " << toml_string(st.name) << "\n";
        break;
      default: break;
    }
    if (!st.follow_redirects && scenario::action_sends_request(st.action) && st.action != scenario::Action::Raw)
      o << "follow_redirects = false\n";
    if (!st.say.empty() && !st.say.en.empty() && !st.say.ko.empty()) o << "say = " << bilingual(st.say) << "\n";
    if (st.expect.status) o << "expect = { status = " << *st.expect.status << " }\n";
  }
  return o.str();
}

}  // namespace cl::har

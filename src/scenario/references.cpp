#include "scenario/references.h"
#include <algorithm>
#include <map>

namespace cl::scenario {

namespace {

std::string indexed(std::string_view list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

using M = ScenarioMsg;

// "server 2: <problem>": the message about the i-th item (from 0) of a list.
Message about(M kind, std::size_t i, Message problem) {
  return message(M::Within, {item(kind, i), std::move(problem)});
}

// Servers are told apart by name (delete_session names one) and a request finds its
// server by host, so both must be unique across the file; a user name is the login.
void check_servers(const Scenario& s, Findings& f) {
  std::map<std::string, std::size_t> server_by_name;
  std::map<std::string, std::pair<std::size_t, std::size_t>> server_by_host;
  for (std::size_t i = 0; i < s.servers.size(); ++i) {
    const auto& server = s.servers[i];
    const std::string path = indexed("server", i);
    if (!server.name.empty()) {
      const auto [it, fresh] = server_by_name.emplace(server.name, i);
      if (!fresh) {
        const std::string quoted = in_quotes(server.name), other = std::to_string(it->second + 1),
                          line = std::to_string(f.at(indexed("server", it->second) + ".name").line);
        f.error(f.at(path + ".name"), about(M::ServerItem, i, message(M::DuplicateServerName, {quoted, other, line})));
      }
    }
    for (std::size_t h = 0; h < server.hosts.size(); ++h) {
      const auto [it, fresh] = server_by_host.emplace(server.hosts[h], std::pair{i, h});
      if (fresh) continue;
      const SourcePos at = f.at(indexed(path + ".hosts", h), f.at(path + ".hosts"));
      const std::string host = in_quotes(server.hosts[h]);
      if (it->second.first == i) {
        f.error(at, about(M::ServerItem, i, message(M::ListedTwice, {message(M::WordHost), host})));
      } else {
        const std::string other = in_quotes(s.servers[it->second.first].name);
        f.error(at, about(M::ServerItem, i, message(M::HostTaken, {host, other})));
      }
    }
    std::map<std::string, std::size_t> user_by_name;
    for (std::size_t u = 0; u < server.users.size(); ++u) {
      const auto& name = server.users[u].username;
      if (name.empty() || user_by_name.emplace(name, u).second) continue;
      f.error(f.at(indexed(path + ".users", u) + ".username"),
              about(M::ServerItem, i, message(M::ListedTwice, {message(M::WordUser), in_quotes(name)})));
    }
  }
}

void check_browsers(Scenario& s, Findings& f) {
  // A lesson with one person needs no [[browser]]: it gets one named "browser".
  if (s.browsers.empty() && !f.present("browser")) {
    BrowserSpec only;
    only.name = "browser";
    s.browsers.push_back(only);
  }
  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < s.browsers.size(); ++i) {
    auto& browser = s.browsers[i];
    if (browser.user_agent.empty() && !browser.name.empty())
      browser.user_agent = "CookieLab/1.0 (" + browser.name + ")";
    // The default browser's name is a word: the learner reads it in their language.
    if (browser.display.empty())
      browser.display = {browser.name, browser.name == "browser" ? "브라우저" : browser.name};
    if (browser.name.empty()) continue;
    const auto [it, fresh] = by_name.emplace(browser.name, i);
    if (!fresh) {
      const std::string quoted = in_quotes(browser.name), other = std::to_string(it->second + 1);
      f.error(f.at(indexed("browser", i) + ".name"),
              about(M::BrowserItem, i, message(M::DuplicateBrowserName, {quoted, other})));
    }
  }
}

std::vector<std::string> browser_names(const Scenario& s) {
  std::vector<std::string> names;
  for (const auto& b : s.browsers) names.push_back(b.name);
  return names;
}

const server::ServerSpec* find_server(const Scenario& s, std::string_view name) {
  const auto it = std::find_if(s.servers.begin(), s.servers.end(), [&](const auto& sv) { return sv.name == name; });
  return it == s.servers.end() ? nullptr : &*it;
}

bool has_browser(const Scenario& s, std::string_view name) {
  return std::any_of(s.browsers.begin(), s.browsers.end(), [&](const auto& b) { return b.name == name; });
}

bool is_user_anywhere(const Scenario& s, std::string_view name) {
  return std::any_of(s.servers.begin(), s.servers.end(), [&](const auto& sv) {
    return std::any_of(sv.users.begin(), sv.users.end(), [&](const auto& u) { return u.username == name; });
  });
}

Message missing_browser(const Scenario& s, const Findings& f, std::string_view name) {
  if (!f.present("browser"))  // the file declares none: its one browser is the default, "browser"
    return message(M::NoBrowserDefault, {in_quotes(name)});
  return message(M::NoBrowser, {in_quotes(name), join_names(browser_names(s))});
}

void check_step_browser(Scenario& s, std::size_t i, Findings& f) {
  Step& step = s.steps[i];
  const std::string path = indexed("step", i) + ".browser";
  if (f.refused(path) || f.refused("browser")) return;
  if (f.present(path)) {
    if (!has_browser(s, step.browser))
      f.error(f.at(path), about(M::StepItem, i, message(M::Keyed, {"browser", missing_browser(s, f, step.browser)})));
    return;
  }
  if (s.browsers.size() == 1) {
    step.browser = s.browsers.front().name;
  } else if (s.browsers.size() > 1) {
    const std::string n = std::to_string(s.browsers.size()), list = join_names(browser_names(s));
    f.error(step.pos, about(M::StepItem, i, message(M::WhichBrowser, {n, list})));
  }
}

void check_step_names(const Scenario& s, std::size_t i, Findings& f) {
  const Step& step = s.steps[i];
  const std::string path = indexed("step", i);
  const auto where = [&](Message problem) { return about(M::StepItem, i, std::move(problem)); };
  if (step.action == Action::CopyCookie && f.present(path + ".from_browser") && !f.refused(path + ".from_browser")) {
    if (!has_browser(s, step.from_browser))
      f.error(f.at(path + ".from_browser"),
              where(message(M::Keyed, {"from_browser", missing_browser(s, f, step.from_browser)})));
    else if (step.from_browser == step.browser)
      f.error(f.at(path + ".from_browser"), where(message(M::CopyIntoItself, {in_quotes(step.browser)})));
  }
  if (step.action == Action::DeleteSession && f.present(path + ".server") && !f.refused(path + ".server")) {
    const auto* server = find_server(s, step.server);
    if (!server) {
      std::vector<std::string> names;
      for (const auto& sv : s.servers) names.push_back(sv.name);
      const std::string quoted = in_quotes(step.server), list = join_names(names);
      f.error(f.at(path + ".server"), where(names.empty() ? message(M::NoServerDeclared, {quoted})
                                                          : message(M::NoServerNamed, {quoted, list})));
    } else if (!step.user.empty() && !f.refused(path + ".user")) {
      const bool known = std::any_of(server->users.begin(), server->users.end(),
                                     [&](const auto& u) { return u.username == step.user; });
      if (!known) {
        std::vector<std::string> users;
        for (const auto& u : server->users) users.push_back(u.username);
        const std::string quoted_server = in_quotes(server->name), quoted = in_quotes(step.user),
                          list = join_names(users);
        f.error(f.at(path + ".user"), where(users.empty() ? message(M::NoSuchUserNoUsers, {quoted_server, quoted})
                                                          : message(M::NoSuchUser, {quoted_server, quoted, list})));
      }
    }
  }
  // logged_in names a login; "" means nobody. A typo here would make the check fail
  // at run time with a puzzling "expected alcie", so it is caught now.
  const auto& who = step.expect.logged_in;
  if (who && !who->empty() && !f.refused(path + ".expect.logged_in") && !is_user_anywhere(s, *who))
    f.error(f.at(path + ".expect.logged_in", step.pos), where(message(M::NoUserAnywhere, {in_quotes(*who)})));
}

}  // namespace

void check_references(Scenario& scenario, Findings& findings) {
  check_servers(scenario, findings);
  check_browsers(scenario, findings);
  for (std::size_t i = 0; i < scenario.steps.size(); ++i) {
    check_step_browser(scenario, i, findings);
    check_step_names(scenario, i, findings);
  }
}

}  // namespace cl::scenario

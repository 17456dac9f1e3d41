#include "scenario/references.h"
#include <algorithm>
#include <map>

namespace cl::scenario {

namespace {

std::string indexed(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}


// Servers are told apart by name (delete_session names one) and a request finds its
// server by host, so both must be unique across the file; a user name is the login.
void check_servers(const Scenario& s, Findings& f) {
  std::map<std::string, std::size_t> server_by_name;
  std::map<std::string, std::pair<std::size_t, std::size_t>> server_by_host;
  for (std::size_t i = 0; i < s.servers.size(); ++i) {
    const auto& server = s.servers[i];
    const std::string path = indexed("server", i);
    const std::string where = "server " + std::to_string(i + 1) + ": ";
    if (!server.name.empty()) {
      const auto [it, fresh] = server_by_name.emplace(server.name, i);
      if (!fresh)
        f.error(f.at(path + ".name"), where + "duplicate server name " + in_quotes(server.name) +
                                          " (server " + std::to_string(it->second + 1) + " has it, line " +
                                          std::to_string(f.at(indexed("server", it->second) + ".name").line) + ")");
    }
    for (std::size_t h = 0; h < server.hosts.size(); ++h) {
      const auto [it, fresh] = server_by_host.emplace(server.hosts[h], std::pair{i, h});
      if (fresh) continue;
      const SourcePos at = f.at(indexed(path + ".hosts", h), f.at(path + ".hosts"));
      if (it->second.first == i)
        f.error(at, where + "host " + in_quotes(server.hosts[h]) + " is listed twice");
      else
        f.error(at, where + "host " + in_quotes(server.hosts[h]) + " is already served by server " +
                        in_quotes(s.servers[it->second.first].name) + "; each host belongs to one server");
    }
    std::map<std::string, std::size_t> user_by_name;
    for (std::size_t u = 0; u < server.users.size(); ++u) {
      const auto& name = server.users[u].username;
      if (name.empty() || user_by_name.emplace(name, u).second) continue;
      f.error(f.at(indexed(path + ".users", u) + ".username"), where + "user " + in_quotes(name) + " is listed twice");
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
    if (browser.user_agent.empty() && !browser.name.empty()) browser.user_agent = "CookieLab/1.0 (" + browser.name + ")";
    if (browser.name.empty()) continue;
    const auto [it, fresh] = by_name.emplace(browser.name, i);
    if (!fresh)
      f.error(f.at(indexed("browser", i) + ".name"),
              "browser " + std::to_string(i + 1) + ": duplicate browser name " + in_quotes(browser.name) +
                  " (browser " + std::to_string(it->second + 1) + " has it)");
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

std::string missing_browser(const Scenario& s, std::string_view name) {
  return "no browser named " + in_quotes(name) + "; browsers: " + join_names(browser_names(s));
}

void check_step_browser(Scenario& s, std::size_t i, Findings& f) {
  Step& step = s.steps[i];
  const std::string path = indexed("step", i) + ".browser";
  const std::string where = "step " + std::to_string(i + 1) + ": ";
  if (f.refused(path) || f.refused("browser")) return;
  if (f.present(path)) {
    if (!has_browser(s, step.browser)) f.error(f.at(path), where + "browser: " + missing_browser(s, step.browser));
    return;
  }
  if (s.browsers.size() == 1) {
    step.browser = s.browsers.front().name;
  } else if (s.browsers.size() > 1) {
    f.error(step.pos, where + "which browser? this scenario has " + std::to_string(s.browsers.size()) + " (" +
                          join_names(browser_names(s)) + "); add browser = \"...\"");
  }
}

void check_step_names(const Scenario& s, std::size_t i, Findings& f) {
  const Step& step = s.steps[i];
  const std::string path = indexed("step", i);
  const std::string where = "step " + std::to_string(i + 1) + ": ";
  if (step.action == Action::CopyCookie && f.present(path + ".from_browser") && !f.refused(path + ".from_browser")) {
    if (!has_browser(s, step.from_browser))
      f.error(f.at(path + ".from_browser"), where + "from_browser: " + missing_browser(s, step.from_browser));
    else if (step.from_browser == step.browser)
      f.error(f.at(path + ".from_browser"),
              where + "from_browser: the cookie would be copied from " + in_quotes(step.browser) + " into itself");
  }
  if (step.action == Action::DeleteSession && f.present(path + ".server") && !f.refused(path + ".server")) {
    const auto* server = find_server(s, step.server);
    if (!server) {
      std::vector<std::string> names;
      for (const auto& sv : s.servers) names.push_back(sv.name);
      f.error(f.at(path + ".server"), where + "server: no server named " + in_quotes(step.server) +
                                          (names.empty() ? "; the file declares no [[server]]"
                                                         : "; servers: " + join_names(names)));
    } else if (!step.user.empty() && !f.refused(path + ".user")) {
      const bool known = std::any_of(server->users.begin(), server->users.end(),
                                     [&](const auto& u) { return u.username == step.user; });
      if (!known) {
        std::vector<std::string> users;
        for (const auto& u : server->users) users.push_back(u.username);
        f.error(f.at(path + ".user"), where + "user: server " + in_quotes(server->name) + " has no user " +
                                          in_quotes(step.user) +
                                          (users.empty() ? "" : "; its users: " + join_names(users)));
      }
    }
  }
  // logged_in names a login; "" means nobody. A typo here would make the check fail
  // at run time with a puzzling "expected alcie", so it is caught now.
  const auto& who = step.expect.logged_in;
  if (who && !who->empty() && !f.refused(path + ".expect.logged_in") && !is_user_anywhere(s, *who))
    f.error(f.at(path + ".expect.logged_in", step.pos),
            where + "expect.logged_in: no server has a user " + in_quotes(*who) + " (\"\" means nobody)");
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

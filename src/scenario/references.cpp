#include "scenario/references.h"
#include <algorithm>
#include <map>

namespace cl::scenario {

namespace {

std::string indexed(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// "host \"a.example\" is listed twice".
Bilingual listed_twice(std::string_view en, std::string_view ko, const std::string& quoted) {
  return {std::string(en) + " " + quoted + " is listed twice",
          quoted + " " + ko::with(ko, ko::Josa::IGa) + " 두 번 나옵니다"};
}


// Servers are told apart by name (delete_session names one) and a request finds its
// server by host, so both must be unique across the file; a user name is the login.
void check_servers(const Scenario& s, Findings& f) {
  std::map<std::string, std::size_t> server_by_name;
  std::map<std::string, std::pair<std::size_t, std::size_t>> server_by_host;
  for (std::size_t i = 0; i < s.servers.size(); ++i) {
    const auto& server = s.servers[i];
    const std::string path = indexed("server", i);
    const Bilingual where = numbered("server", "서버", i);
    if (!server.name.empty()) {
      const auto [it, fresh] = server_by_name.emplace(server.name, i);
      if (!fresh) {
        const std::string quoted = in_quotes(server.name), other = std::to_string(it->second + 1),
                          line = std::to_string(f.at(indexed("server", it->second) + ".name").line);
        f.error(f.at(path + ".name"),
                where + Bilingual{"duplicate server name " + quoted + " (server " + other + " has it, line " + line + ")",
                                  quoted + " 서버 이름이 겹칩니다(서버 " + other + ", " + line +
                                      "번째 줄에 이미 있습니다)"});
      }
    }
    for (std::size_t h = 0; h < server.hosts.size(); ++h) {
      const auto [it, fresh] = server_by_host.emplace(server.hosts[h], std::pair{i, h});
      if (fresh) continue;
      const SourcePos at = f.at(indexed(path + ".hosts", h), f.at(path + ".hosts"));
      const std::string host = in_quotes(server.hosts[h]);
      if (it->second.first == i) {
        f.error(at, where + listed_twice("host", "호스트", host));
      } else {
        const std::string other = in_quotes(s.servers[it->second.first].name);
        f.error(at, where + Bilingual{"host " + host + " is already served by server " + other +
                                          "; each host belongs to one server",
                                      host + " 호스트는 이미 " + other +
                                          " 서버에 속합니다. 호스트 하나는 서버 하나에만 속합니다"});
      }
    }
    std::map<std::string, std::size_t> user_by_name;
    for (std::size_t u = 0; u < server.users.size(); ++u) {
      const auto& name = server.users[u].username;
      if (name.empty() || user_by_name.emplace(name, u).second) continue;
      f.error(f.at(indexed(path + ".users", u) + ".username"), where + listed_twice("user", "사용자", in_quotes(name)));
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
    if (!fresh) {
      const std::string quoted = in_quotes(browser.name), other = std::to_string(it->second + 1);
      f.error(f.at(indexed("browser", i) + ".name"),
              numbered("browser", "브라우저", i) +
                  Bilingual{"duplicate browser name " + quoted + " (browser " + other + " has it)",
                            quoted + " 브라우저 이름이 겹칩니다(브라우저 " + other + "에 이미 있습니다)"});
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

Bilingual missing_browser(const Scenario& s, const Findings& f, std::string_view name) {
  const std::string quoted = in_quotes(name), list = join_names(browser_names(s));
  if (!f.present("browser"))  // the file declares none: its one browser is the default, "browser"
    return {"no browser named " + quoted + "; the file declares no [[browser]], so its one browser is \"browser\": "
            "add [[browser]] with name = " + quoted,
            "이름이 " + quoted + "인 브라우저가 없습니다. 파일에 [[browser]]가 없어서 기본 브라우저 \"browser\" 하나만 "
            "있습니다. [[browser]]에 name = " + quoted + "를 넣으세요"};
  return {"no browser named " + quoted + "; browsers: " + list, "이름이 " + quoted + "인 브라우저가 없습니다. 브라우저: " + list};
}

void check_step_browser(Scenario& s, std::size_t i, Findings& f) {
  Step& step = s.steps[i];
  const std::string path = indexed("step", i) + ".browser";
  const Bilingual where = numbered("step", "단계", i);
  if (f.refused(path) || f.refused("browser")) return;
  if (f.present(path)) {
    if (!has_browser(s, step.browser)) f.error(f.at(path), where + both("browser: ") + missing_browser(s, f, step.browser));
    return;
  }
  if (s.browsers.size() == 1) {
    step.browser = s.browsers.front().name;
  } else if (s.browsers.size() > 1) {
    const std::string n = std::to_string(s.browsers.size()), list = join_names(browser_names(s));
    f.error(step.pos, where + Bilingual{"which browser? this scenario has " + n + " (" + list + "); add browser = \"...\"",
                                        "어느 브라우저인가요? 이 시나리오에는 브라우저가 " + n + "개(" + list +
                                            ") 있습니다. browser = \"...\"를 넣으세요"});
  }
}

void check_step_names(const Scenario& s, std::size_t i, Findings& f) {
  const Step& step = s.steps[i];
  const std::string path = indexed("step", i);
  const Bilingual where = numbered("step", "단계", i);
  if (step.action == Action::CopyCookie && f.present(path + ".from_browser") && !f.refused(path + ".from_browser")) {
    if (!has_browser(s, step.from_browser))
      f.error(f.at(path + ".from_browser"), where + both("from_browser: ") + missing_browser(s, f, step.from_browser));
    else if (step.from_browser == step.browser)
      f.error(f.at(path + ".from_browser"),
              where + Bilingual{"from_browser: the cookie would be copied from " + in_quotes(step.browser) + " into itself",
                                "from_browser: 이 단계의 브라우저(" + in_quotes(step.browser) +
                                    ")와 같습니다. 쿠키를 가져올 다른 브라우저를 쓰세요"});
  }
  if (step.action == Action::DeleteSession && f.present(path + ".server") && !f.refused(path + ".server")) {
    const auto* server = find_server(s, step.server);
    if (!server) {
      std::vector<std::string> names;
      for (const auto& sv : s.servers) names.push_back(sv.name);
      const std::string quoted = in_quotes(step.server), list = join_names(names);
      f.error(f.at(path + ".server"),
              where + Bilingual{"server: no server named " + quoted +
                                    (names.empty() ? "; the file declares no [[server]]" : "; servers: " + list),
                                "server: 이름이 " + quoted + "인 서버가 없습니다" +
                                    (names.empty() ? ". 파일에 [[server]]가 없습니다" : ". 서버: " + list)});
    } else if (!step.user.empty() && !f.refused(path + ".user")) {
      const bool known = std::any_of(server->users.begin(), server->users.end(),
                                     [&](const auto& u) { return u.username == step.user; });
      if (!known) {
        std::vector<std::string> users;
        for (const auto& u : server->users) users.push_back(u.username);
        const std::string quoted_server = in_quotes(server->name), quoted = in_quotes(step.user), list = join_names(users);
        f.error(f.at(path + ".user"),
                where + Bilingual{"user: server " + quoted_server + " has no user " + quoted +
                                      (users.empty() ? "" : "; its users: " + list),
                                  "user: " + quoted_server + " 서버에는 " + quoted + " 사용자가 없습니다" +
                                      (users.empty() ? "" : ". 이 서버의 사용자: " + list)});
      }
    }
  }
  // logged_in names a login; "" means nobody. A typo here would make the check fail
  // at run time with a puzzling "expected alcie", so it is caught now.
  const auto& who = step.expect.logged_in;
  if (who && !who->empty() && !f.refused(path + ".expect.logged_in") && !is_user_anywhere(s, *who))
    f.error(f.at(path + ".expect.logged_in", step.pos),
            where + Bilingual{"expect.logged_in: no server has a user " + in_quotes(*who) + " (\"\" means nobody)",
                              "expect.logged_in: " + in_quotes(*who) +
                                  " 사용자가 있는 서버가 없습니다(\"\"는 아무도 로그인하지 않았다는 뜻입니다)"});
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

#include "scenario/names.h"

namespace cl::scenario {

const std::string& user_shown(const Scenario& s, int server, const std::string& username, Lang lang) {
  for (std::size_t i = 0; i < s.servers.size(); ++i) {
    if (server >= 0 && static_cast<std::size_t>(server) != i) continue;
    for (const server::UserSpec& u : s.servers[i].users)
      if (u.username == username) return u.display.in(lang).empty() ? username : u.display.in(lang);
  }
  return username;
}

const std::string& browser_shown(const Scenario& s, int index, Lang lang) {
  static const std::string none;
  if (index < 0 || static_cast<std::size_t>(index) >= s.browsers.size()) return none;
  return s.browsers[static_cast<std::size_t>(index)].shown(lang);
}

}  // namespace cl::scenario

// A branch saved as a scenario file loads, and runs to the branch: the same steps,
// byte for byte, after the original's steps before the fork.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include "scenario/load.h"
#include "whatif/branch.h"

using namespace cl;

namespace {

std::string entry_bytes(const sim::Timeline& t, std::size_t i) {
  std::ostringstream out;
  const sim::Step& s = t.step(i);
  out << s.time << " " << s.browser << " " << static_cast<int>(s.action) << " " << s.explanation.in(Lang::En) << "|"
      << s.explanation.in(Lang::Ko) << "|" << s.narration.in(Lang::En) << "\n";
  if (s.exchange) out << s.exchange->request_text() << s.exchange->response_text();
  for (const auto& c : s.checks) out << c.what << c.passed << c.expected << c.seen << "\n";
  const sim::Snapshot snap = t.snapshot(i);
  for (const auto& b : snap.browsers)
    for (const cookie::Cookie& c : b->jar.all()) out << c.name << "=" << c.value << c.expiry << c.http_only << "\n";
  for (const auto& table : snap.servers)
    for (const auto& [key, row] : table) out << row->key << row->data << row->expire << "\n";
  return out.str();
}

}  // namespace

TEST_CASE("a saved branch loads and replays to the branch") {
  struct Case {
    const char* id;
    const char* spec;
  };
  for (const Case c : {Case{"09b-httponly-and-secure", "3:cookie:sessionid:httponly=false,samesite=strict"},
                       Case{"09a-hijacking-and-fixation", "16:server:shop:renew-key=off,session-age=1d"},
                       Case{"09c-csrf-and-forgery", "7:browser:carol:policy=rfc6265,third-party=block"},
                       Case{"05-lifetimes", "1:wait:1h30m"}, Case{"04-sessions", "5:close"},
                       Case{"08-scope", "3:cookie:visited:domain=shop.example,path=/,expires=2026-06-01T00:00:00Z"},
                       Case{"02-a-cookie", "3:cookie:lang:delete"}}) {
    INFO(c.id << " " << c.spec);
    const std::string path = std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/" + c.id + ".toml";
    scenario::LoadResult r = scenario::load_scenario_file(path);
    REQUIRE(r.scenario);
    sim::World original(*r.scenario);
    original.run_all();
    const scenario::ParsedSpec p = scenario::parse_what_if_spec(c.spec);
    REQUIRE(p.change);
    const whatif::WhatIf w{p.at, {*p.change}};
    const whatif::ForkResult f = whatif::fork(original, w);
    REQUIRE(f.ok());

    const std::string file = std::string(COOKIELAB_BINARY_DIR) + "/saved-branch-" + c.id + ".toml";
    std::string error;
    REQUIRE(whatif::save_branch(*r.scenario, w, file, &error));
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    // A teacher reads the change as a step.
    CHECK(text.str().find("action = \"change\"") != std::string::npos);
    CHECK(text.str().find("change = \"" + scenario::change_text(*p.change) + "\"") != std::string::npos);
    CHECK(text.str().find("\n[[experiment]]") == std::string::npos);
    scenario::LoadResult saved = scenario::load_scenario_file(file);
    for (const auto& d : saved.diagnostics) FAIL_CHECK(d.to_string());
    REQUIRE(saved.scenario);
    CHECK(saved.scenario->steps.size() == r.scenario->steps.size() + 1);

    sim::World replay(*saved.scenario);
    replay.run_all();
    const sim::Timeline& bt = f.branch->world().timeline();
    const sim::Timeline& rt = replay.timeline();
    REQUIRE(rt.size() == f.branch->fork_index() + bt.size());
    for (std::size_t i = 0; i < f.branch->fork_index(); ++i)
      CHECK(entry_bytes(rt, i) == entry_bytes(original.timeline(), i));
    for (std::size_t i = 0; i < bt.size(); ++i)
      CHECK(entry_bytes(rt, f.branch->fork_index() + i) == entry_bytes(bt, i));
    std::remove(file.c_str());
  }
}

TEST_CASE("the built-in lesson's text is found for saving") {
  scenario::LoadResult r = scenario::load_default_lesson();
  REQUIRE(r.scenario);
  const auto text = whatif::scenario_text(*r.scenario);
  REQUIRE(text);
  const std::string saved =
      whatif::branch_file_text(*r.scenario, *text, {7, {*scenario::parse_change("wait:15d").change}});
  scenario::LoadResult again = scenario::load_scenario_text(saved, "saved.toml");
  REQUIRE(again.scenario);
  CHECK(again.scenario->steps[6].action == scenario::Action::Change);
  CHECK(again.scenario->steps[6].changes.front().duration == 15 * kDay);
}

// The what-if bench: every kind of change forks, replays and is compared; the
// original is never touched; the same change gives the same branch byte for byte.
#include <catch2/catch.hpp>
#include <sstream>
#include "scenario/load.h"
#include "whatif/branch.h"

using namespace cl;

namespace {

scenario::Scenario lesson(const std::string& id) {
  scenario::LoadResult r =
      scenario::load_scenario_file(std::string(COOKIELAB_SOURCE_DIR) + "/scenarios/" + id + ".toml");
  REQUIRE(r.scenario);
  return *r.scenario;
}

whatif::WhatIf spec(const std::string& text) {
  const scenario::ParsedSpec p = scenario::parse_what_if_spec(text);
  INFO(text << ": " << p.error.message.en());
  REQUIRE(p.change);
  return {p.at, {*p.change}};
}

// Everything a learner can see of a timeline, as bytes: every message exchanged, every
// step's account and checks, and every snapshot's browsers (jar, page, open) and session rows.
std::string everything(const sim::World& w) {
  std::ostringstream out;
  const sim::Timeline& t = w.timeline();
  for (std::size_t i = 0; i < t.size(); ++i) {
    const sim::Step& step = t.step(i);
    out << "step " << step.scenario_step << " " << step.time << " " << step.explanation.in(Lang::En) << "\n";
    if (step.exchange) out << step.exchange->request_text() << step.exchange->response_text() << "\n";
    for (const sim::ExpectationResult& c : step.checks) out << c.what << c.passed << c.seen << "\n";
    const sim::Snapshot s = t.snapshot(i);
    out << "#" << i << " now " << s.now << "\n";
    for (const auto& b : s.browsers) {
      out << b->name << (b->open ? " open " : " closed ") << (b->location ? b->location->to_string() : "-") << " "
          << cookie::policy_name(b->jar.policy()) << "\n";
      for (const cookie::Cookie& c : b->jar.all())
        out << "  " << c.name << "=" << c.value << " " << c.domain << c.path << " " << c.expiry << c.secure
            << c.http_only << static_cast<int>(c.same_site) << c.creation << " " << c.last_access << "\n";
    }
    for (const auto& table : s.servers)
      for (const auto& [key, row] : table)
        out << "  row " << row->key << " " << row->user << " " << row->expire << "\n";
  }
  return out.str();
}

std::string branch_bytes(const whatif::Branch& b) {
  std::ostringstream out;
  out << everything(b.world()) << b.parting().step << b.parting().text.en << b.parting().text.ko << "\n";
  for (const whatif::StepDiff& d : b.steps())
    for (const whatif::Difference& x : d.differences)
      out << d.step << " " << whatif::aspect_id(x.aspect) << " " << x.original.en << " | " << x.branch.en << " | "
          << x.original.ko << " | " << x.branch.ko << "\n";
  for (const whatif::OutcomeChange& o : b.outcomes()) out << o.text.en << o.text.ko << "\n";
  return out.str();
}

}  // namespace

TEST_CASE("a cookie made not HttpOnly lets the script replace it, and the runs part there") {
  sim::World original(lesson("09b-httponly-and-secure"));
  original.run_all();
  const whatif::ForkResult f = whatif::fork(original, spec("3:cookie:sessionid:httponly=false"));
  REQUIRE(f.ok());
  const whatif::Branch& b = *f.branch;
  CHECK(b.parting().step == 3);
  CHECK(b.parting().aspect == whatif::Aspect::SetCookie);
  CHECK(b.parting().text.en.starts_with("step 3: sessionid: replaced"));
  CHECK(b.parting().text.en.find("RFC 6265 5.3 step 11") != std::string::npos);
  CHECK(b.parting().text.ko.starts_with("3단계: sessionid: 기존 쿠키를 교체했습니다"));
  // The lesson's check "sessionid is ignored" at step 3, its question, and "logged in: alice" at step 6.
  REQUIRE(b.outcomes().size() >= 3);
  CHECK(b.outcomes()[0].step == 3);
  CHECK(b.outcomes()[0].what == "ignored");
  CHECK(b.outcomes()[0].original_passed);
  CHECK_FALSE(b.outcomes()[0].branch_passed);
  CHECK(b.outcomes()[1].question);
  CHECK(b.description().en == "at step 3: sessionid in alice's jar: HttpOnly off");
  CHECK(b.description().ko == "3단계에서: alice의 쿠키 저장소에 있는 sessionid: HttpOnly 끔");
}

TEST_CASE("a change that makes no difference says so") {
  sim::World original(lesson("09b-httponly-and-secure"));
  original.run_all();
  const whatif::ForkResult f = whatif::fork(original, spec("7:browser:policy=rfc6265"));
  REQUIRE(f.ok());
  CHECK(f.branch->parting().none());
  CHECK(f.branch->parting().text.en == "no step differs: this change makes no difference to the lesson");
  CHECK(f.branch->parting().text.ko == "달라지는 단계가 없습니다. 이 변경은 수업의 결과를 바꾸지 않습니다");
  CHECK(f.branch->outcomes().empty());
  for (const whatif::StepDiff& d : f.branch->steps()) CHECK(d.same());  // the jar's policy is no difference
}

TEST_CASE("a branch never changes the original timeline") {
  for (const char* id :
       {"04-sessions", "09a-hijacking-and-fixation", "09b-httponly-and-secure", "09c-csrf-and-forgery"}) {
    INFO(id);
    sim::World original(lesson(id));
    original.run_all();
    const std::string before = everything(original);
    for (const char* s : {"2:wait:3w", "2:close", "1:browser:policy=chromium",
                          "3:server:"
                          "django"
                          ":renew-key=off"}) {
      const whatif::ForkResult f = whatif::fork(original, spec(s));
      if (!f.ok()) continue;  // a lesson without a django server
      CHECK(everything(original) == before);
    }
    CHECK(everything(original) == before);
  }
}

TEST_CASE("the same change at the same step gives the same branch, byte for byte") {
  sim::World original(lesson("09a-hijacking-and-fixation"));
  original.run_all();
  const whatif::WhatIf w = spec("2:server:django:renew-key=off");
  const whatif::ForkResult a = whatif::fork(original, w), b = whatif::fork(original, w);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(branch_bytes(*a.branch) == branch_bytes(*b.branch));
  sim::World again(lesson("09a-hijacking-and-fixation"));
  again.run_all();
  const whatif::ForkResult c = whatif::fork(again, w);
  REQUIRE(c.ok());
  CHECK(branch_bytes(*a.branch) == branch_bytes(*c.branch));
}

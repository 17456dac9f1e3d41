// `cookielab FILE --serve` without a window: real exchanges answered by the lesson's
// own servers join the lesson's timeline; the view follows them unless the learner
// stepped back. The LiveServer is called directly (answer/refuse): no socket traffic.
#include <catch2/catch.hpp>

#include "app/logic/live_serve.h"
#include "app/logic/sequence_layout.h"

using namespace cl;
using namespace cl::app;

namespace {

http::Request get(std::string target, std::string agent) {
  http::Request r;
  r.target = std::move(target);
  r.headers.add("Host", "shop.example");
  if (!agent.empty()) r.headers.add("User-Agent", std::move(agent));
  return r;
}

constexpr TimeMs kNow = 1772442000000;
const serve::ClientInfo kClient{"127.0.0.1", 40000};
constexpr const char* kChrome =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

}  // namespace

TEST_CASE("short_agent names a client's lane", "[app][serve]") {
  CHECK(short_agent("curl/7.88.1") == "curl/7.88");
  CHECK(short_agent(kChrome) == "Chrome 156");
  CHECK(short_agent("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0") == "Firefox 128");
  CHECK(short_agent("Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15") ==
        "Safari 17");
  CHECK(short_agent(std::string(kChrome) + " Edg/140.0.1") == "Edge 140");
  CHECK(short_agent("python-requests/2.28.1") == "python-requests/2.28");
  CHECK(short_agent("Wget") == "Wget");
  CHECK(short_agent("") == "client");
}

TEST_CASE("LiveServe appends real exchanges to the lesson's timeline", "[app][serve]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  const std::size_t steps = lesson.count();
  serve::ListenOptions lo;
  lo.port = 0;  // any free port on loopback; nothing is sent over it here
  LiveServe live(lo);
  REQUIRE(live.start(lesson));
  CHECK(live.running());
  CHECK(live.port() > 0);
  CHECK(live.url() == "http://127.0.0.1:" + std::to_string(live.port()));
  const std::uint64_t generation = lesson.generation();

  SECTION("at the last step, the view follows each new exchange") {
    lesson.last();
    live.server()->answer(get("/accounts/login/", "curl/7.88.1"), kClient, kNow);
    std::lock_guard<std::mutex> lock(*live.model_mutex());
    CHECK(live.requests() == 1);
    REQUIRE(lesson.count() == steps + 1);
    CHECK(lesson.position() == steps + 1);
    CHECK(lesson.generation() != generation);
    REQUIRE(lesson.step());
    REQUIRE(lesson.step()->exchange);
    CHECK(lesson.step()->exchange->status == 200);
    CHECK(lesson.step()->narration->en.find("curl/7.88.1") != std::string::npos);
    CHECK(lesson.step()->narration->ko.find("curl/7.88.1") != std::string::npos);
  }
  SECTION("after stepping back, the view stays where the learner is") {
    lesson.go_to(2);
    live.server()->answer(get("/", kChrome), kClient, kNow);
    std::lock_guard<std::mutex> lock(*live.model_mutex());
    CHECK(lesson.count() == steps + 1);
    CHECK(lesson.position() == 2);
  }
  SECTION("a refused request is a 400 step, its problem in the narration") {
    lesson.last();
    live.server()->refuse(400, "malformed request line", http::Request{}, kClient, kNow);
    std::lock_guard<std::mutex> lock(*live.model_mutex());
    REQUIRE(lesson.step());
    CHECK(lesson.step()->exchange->status == 400);
    CHECK(lesson.step()->narration->en.find("malformed request line") != std::string::npos);
  }
  SECTION("each client gets a lane after the browsers, arrows start there") {
    live.server()->answer(get("/", "curl/7.88.1"), kClient, kNow);
    live.server()->answer(get("/", kChrome), kClient, kNow + 1);
    live.server()->answer(get("/accounts/login/", "curl/7.88.1"), kClient, kNow + 2);
    std::lock_guard<std::mutex> lock(*live.model_mutex());
    Lanes lanes = lanes_of(*lesson.scenario());
    const int browsers = lanes.browsers;
    add_client_lanes(lanes, lesson.world()->timeline().steps());
    REQUIRE(lanes.clients.size() == 2);
    CHECK(lanes.browsers == browsers + 2);
    CHECK(lanes.labels[static_cast<std::size_t>(browsers)] == "curl/7.88");
    CHECK(lanes.labels[static_cast<std::size_t>(browsers + 1)] == "Chrome 156");
    CHECK(lanes.server_lane(0) == browsers + 2);
    const auto& tl = lesson.world()->timeline();
    CHECK(arrow_of(tl.step(steps), lanes).from == browsers);
    CHECK(arrow_of(tl.step(steps + 1), lanes).from == browsers + 1);
    CHECK(arrow_of(tl.step(steps + 2), lanes).from == browsers);
    CHECK(arrow_of(tl.step(steps + 2), lanes).to == browsers + 2);
    // The lesson's own steps keep their lanes.
    CHECK(arrow_of(tl.step(0), lanes).from == 0);
  }
  SECTION("opening another lesson lets go of the old World first") {
    lesson.before_replace = [&] { live.stop(); };
    REQUIRE(lesson.open_default());
    CHECK_FALSE(live.running());
    REQUIRE(live.start(lesson));
    CHECK(live.running());
  }
  live.stop();
  CHECK_FALSE(live.running());
}

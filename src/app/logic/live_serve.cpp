#include "app/logic/live_serve.h"

#include <chrono>
#include <cstdio>
#include "serve/timeline_exchange.h"

namespace cl::app {

Bilingual live_narration(const serve::LiveExchange& ex) {
  const std::string who = ex.user_agent.empty() ? std::string("a client that gave no User-Agent") : ex.user_agent;
  const std::string ko_who = ex.user_agent.empty() ? std::string("User-Agent를 밝히지 않은 클라이언트") : ex.user_agent;
  const std::string from = ex.client.address + ":" + std::to_string(ex.client.port);
  Bilingual b{
      "Live request #" + std::to_string(ex.index) + " from a real client (" + who + ", " + from +
          "). The lesson's server answered it; the client's own jar is not visible here, only the "
          "Cookie header it sent.",
      "실제 클라이언트(" + ko_who + ", " + from + ")가 보낸 실시간 요청 #" + std::to_string(ex.index) +
          "입니다. 레슨의 서버가 응답했습니다. 클라이언트의 쿠키 저장소는 여기서 보이지 않고, 보낸 Cookie 헤더만 "
          "보입니다."};
  if (!ex.problem.empty()) {
    // RFC 9112 9.6 / RFC 9110 15.5: the request never reached the model.
    b.en += " It was refused before any server saw it: " + ex.problem + ".";
    b.ko += " 서버에 닿기 전에 거절되었습니다: " + ex.problem;
  }
  return b;
}

bool LiveServe::start(Lesson& lesson) {
  sim::World* world = lesson.live_world();
  if (!world) return false;
  std::vector<server::Server*> servers;
  for (std::size_t i = 0; i < world->scenario().servers.size(); ++i)
    servers.push_back(&world->server(static_cast<int>(i)));
  serve::ServeOptions so;
  serve::ListenOptions lo = options_;
  if (port_ != 0) lo.port = port_;
  so.port = lo.port;
  live_ = std::make_unique<serve::LiveServer>(std::move(servers), world->scenario().title.en, so);
  listener_ = std::make_unique<serve::Listener>(*live_, lo);
  if (!listener_->bind()) {
    error_ = listener_->error();
    listener_.reset();
    live_.reset();
    return false;
  }
  port_ = listener_->port();
  // Runs on the listener's thread, under the model's lock, right after the answer.
  live_->on_exchange([this, &lesson](const serve::LiveExchange& ex) {
    const std::size_t index = lesson.record_live(serve::timeline_exchange(ex), live_narration(ex));
    ++requests_;
    if (echo) {
      std::printf("%s (step %zu)\n", serve::log_line(ex).c_str(), index + 1);
      std::fflush(stdout);
    }
  });
  error_.clear();
  finished_ = false;
  thread_ = std::thread([this] {
    listener_->run();
    finished_ = true;
  });
  return true;
}

void LiveServe::stop() {
  if (!live_) return;
  // httplib ignores a stop() that comes before its loop runs: repeat until it ends.
  while (!finished_) {
    listener_->stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (thread_.joinable()) thread_.join();
  listener_.reset();
  live_.reset();
}

}  // namespace cl::app

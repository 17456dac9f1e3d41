#include "serve/timeline_exchange.h"

#include <memory>
#include <utility>

namespace cl::serve {

sim::Exchange timeline_exchange(const LiveExchange& live) {
  sim::Exchange ex;
  ex.browser = -1;
  ex.server = live.server;
  // The URL the client asked for; a refused request may have no usable one.
  if (const std::string* host = live.request.headers.find("Host"))
    if (auto url = request_url(*host, live.request.target)) ex.url = std::make_shared<const http::Url>(*url);
  ex.request = std::make_shared<const std::string>(http::serialize(live.request));
  http::Response head = live.response;
  std::string body = std::move(head.body);
  head.body.clear();
  ex.head = DeltaText(http::serialize(head));
  ex.response_body = std::make_shared<const std::string>(std::move(body));
  ex.method = live.request.method;
  ex.status = live.response.status;
  ex.route = live.route;
  ex.user = live.user;
  ex.events = std::make_shared<const std::vector<std::string>>(live.events);
  ex.time = live.time;
  return ex;
}

}  // namespace cl::serve

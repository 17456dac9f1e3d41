// The seam between the browser and the world it runs in. The browser chooses the
// cookies, writes the request, reads the response; whatever is outside it comes
// through Network: the clock, whoever serves a host, and the place its state is
// kept. The World implements it (src/sim/world.cpp): it routes a request to the
// server of its host and records every exchange on the timeline, with the browser's
// state after it. The browser knows neither servers nor timelines.
//
// The module's namespace is cl::agent (RFC 6265's "user agent"): cl::browser would
// make every helper or variable named `browser` ambiguous under `using namespace cl`.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include "base/time.h"
#include "browser/browser_state.h"
#include "browser/navigation.h"
#include "browser/request.h"
#include "cookie/jar.h"
#include "http/message.h"

namespace cl::agent {

// A request as the browser is about to send it.
struct Outgoing {
  const Navigation& nav;
  std::string_view user_agent;
  cookie::SendResult cookies;        // the jar's choice (RFC 6265 5.4); none for raw bytes
  const std::string* raw = nullptr;  // bytes a lesson wrote: they go out as they are
  bool redirect_follow = false;      // the browser follows a Location by itself
  std::string_view accept_language;  // "" = none (a browser's is the same on every request)

  // The message. A sender that kept the one built for the same request (same
  // address, cookies and Accept) may send that instead: it is the same message.
  http::Request build() const { return build_request(user_agent, nav, cookies.header, accept_language); }
};

// The response as the browser reads it; valid until Network::received().
struct Incoming {
  int status = 0;                           // 0: nobody answered
  const http::Headers* headers = nullptr;   // never null once sent: the Set-Cookie and Location fields
  std::shared_ptr<const std::string> body;  // null: nobody answered
  bool may_embed_images = false;            // may_embed_images(*body), known to whoever keeps the body
  std::shared_ptr<const http::Url> url;     // the address asked (shared: the page shown keeps it)
};

class Network {
 public:
  virtual TimeMs now() const = 0;
  // The browser's state, to change in the exchange under way. Every earlier state is
  // kept as it was, so the first call of an exchange gives a copy (copy on write).
  virtual BrowserState& state() = 0;
  // Delivers the request to whoever serves the host, and tells the response.
  virtual Incoming send(Outgoing request) = 0;
  // What the jar made of one Set-Cookie line of the response (RFC 6265 5.3), in order.
  virtual void set_cookie_decided(std::string_view line, cookie::SetDecision decision) = 0;
  // The exchange is over: the response read, its cookies stored, its page shown.
  virtual void received() = 0;

 protected:
  ~Network() = default;
};

}  // namespace cl::agent

#include "sim/exchange_store.h"

#include "browser/subresources.h"

namespace cl::sim {

const http::Url* ExchangeStore::step_url(std::string_view text) {
  const std::optional<http::Url>& url = step_urls_.get({text}, [&] { return http::parse_url(text).url; });
  return url ? &*url : nullptr;
}

ExchangeStore::Place& ExchangeStore::place(int browser, const http::Url& url) {
  const auto b = static_cast<std::size_t>(browser);
  if (b >= recent_.size()) recent_.resize(b + 1);
  std::vector<Place>& at = recent_[b].at;
  const std::hash<std::string_view> h;
  const std::size_t hash = h(url.path) ^ (h(url.query) * 31) ^ (h(url.host) * 961) ^ static_cast<std::size_t>(url.port);
  for (Place& p : at)
    if (p.hash_ == hash && *p.url_ == url) return p;
  // A few addresses: a browser mostly walks among a handful of pages.
  if (at.size() == 8) at.erase(at.begin());
  Place& p = at.emplace_back();
  p.hash_ = hash;
  p.url_ = texts_.intern(url);
  return p;
}

ExchangeStore::SharedCookies ExchangeStore::sent_cookies(int browser, std::vector<cookie::Cookie> cookies) {
  const auto b = static_cast<std::size_t>(browser);
  if (b >= recent_.size()) recent_.resize(b + 1);
  SharedCookies& last = recent_[b].sent;
  return last = texts_.intern(std::move(cookies), last);
}

const http::Request& ExchangeStore::request(Place& here, const agent::Outgoing& out, const SharedCookies& cookies,
                                            http::Request& built) {
  const agent::Navigation& nav = out.nav;
  const bool plain_get = nav.method == "GET" && nav.body.empty() && !nav.initiator;
  if (plain_get && here.message_ && here.message_cookies_ == cookies && here.message_top_level_ == nav.top_level)
    return *here.message_;
  built = out.build();
  here.request_ = texts_.intern(http::serialize(built), here.request_);
  here.message_cookies_ = cookies;
  here.message_top_level_ = nav.top_level;
  if (!plain_get) {
    here.message_ = nullptr;
    return built;
  }
  here.message_ = std::make_shared<const http::Request>(std::move(built));
  return *here.message_;
}

ExchangeStore::SharedNames ExchangeStore::events(Place& here, std::vector<std::string> events) {
  return here.events_ = texts_.intern(std::move(events), here.events_);
}

std::shared_ptr<const Bilingual> ExchangeStore::server_said(Place& here, const Bilingual& said) {
  return here.server_said_ = texts_.intern(said, here.server_said_);
}

DeltaText ExchangeStore::head(Place& here, std::string_view text) {
  DeltaText head = DeltaText::against(text, here.head_);
  here.head_ = head.base();
  return head;
}

const std::shared_ptr<const std::string>& ExchangeStore::body(Place& here, std::string_view text) {
  std::shared_ptr<const std::string> pooled = texts_.intern(text, here.body_);
  if (pooled != here.body_) {  // a page this browser did not just have here: look for <img> once
    here.body_ = std::move(pooled);
    here.body_has_img_ = agent::may_embed_images(*here.body_);
  }
  return here.body_;
}

}  // namespace cl::sim

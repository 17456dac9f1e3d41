// The speed hints of a long run, in one place. A browser's next exchange mostly
// repeats one it made before: the same page asked with the same cookies, answered
// with the same head but for its Date, the same body, the same server events. The
// store keeps what each browser last sent and was sent at each of a few addresses,
// and the pool every text of the timeline is shared through, so that each saving
// is one call of the exchange code (sim/world.cpp). A step's code calls the store;
// it never keeps a cache of its own.
//
// Hints only: a stale hint is compared and passed over, so a hint forgotten or wrong
// changes the speed, never a result. The Timeline owns the store (its texts are the
// timeline's); the World reaches it through Timeline::store().
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "base/delta_text.h"
#include "base/memo.h"
#include "base/text.h"
#include "browser/network.h"
#include "cookie/cookie.h"
#include "http/message.h"
#include "http/url.h"
#include "sim/text_pool.h"

namespace cl::sim {

class ExchangeStore {
 public:
  using SharedCookies = std::shared_ptr<const std::vector<cookie::Cookie>>;
  using SharedNames = std::shared_ptr<const std::vector<std::string>>;

  // One browser at one address: what it last sent and was sent there.
  class Place {
   public:
    const std::shared_ptr<const http::Url>& url() const { return url_; }                 // pooled
    const std::shared_ptr<const std::string>& request_text() const { return request_; }  // the last request's bytes
    const std::shared_ptr<const std::string>& body() const { return body_; }             // the last response body
    bool body_may_embed_images() const { return body_has_img_; }  // agent::may_embed_images(*body())

   private:
    friend class ExchangeStore;
    std::size_t hash_ = 0;  // of the address: the entries sit together, the Urls apart
    std::shared_ptr<const http::Url> url_;
    std::shared_ptr<const std::string> request_, body_;
    // What request_ was built from, when it was a plain GET (no body, no Referer):
    // the same cookies and the same Accept make the same message again, neither
    // built nor compared (most of a long run is such steps).
    std::shared_ptr<const http::Request> message_;
    SharedCookies message_cookies_;
    bool message_top_level_ = true;
    std::shared_ptr<const std::string> head_;  // the base of the next response head (DeltaText)
    bool body_has_img_ = false;
    std::shared_ptr<const Bilingual> server_said_;
    SharedNames events_;
  };

  // Every pooled text of the timeline: narration, raw bytes, a live client's exchange.
  TextPool& texts() { return texts_; }

  // A step's address as parsed (null: refused). A lesson, and a long run most of all,
  // names the same few addresses again and again; parsing one costs more than a
  // lookup. Valid until the next call.
  const http::Url* step_url(std::string_view text);

  // This browser at this address, found among its last few, else made (the oldest
  // forgotten). Valid until the next call for the same browser.
  Place& place(int browser, const http::Url& url);

  // The cookies this browser sends, pooled (its last list when equal: no lookup).
  SharedCookies sent_cookies(int browser, std::vector<cookie::Cookie> cookies);

  // The request for this address with these (pooled) cookies: the message kept here
  // when the browser sends the same plain GET again, else out.build() into `built`
  // (kept here when it is a plain GET). Its bytes are here.request_text() after.
  const http::Request& request(Place& here, const agent::Outgoing& out, const SharedCookies& cookies,
                               http::Request& built);

  // The server's events and its own account of them, pooled (the last ones here
  // when equal: no lookup).
  SharedNames events(Place& here, std::vector<std::string> events);
  std::shared_ptr<const Bilingual> server_said(Place& here, const Bilingual& said);

  // A response head as the changes to the last one here (its Date, mostly), which it
  // then replaces as the base (base/delta_text.h).
  DeltaText head(Place& here, std::string_view text);

  // A response body at this address, pooled (the last one here when equal); then
  // here.body() is it and here.body_may_embed_images() says whether it may embed an
  // <img>, scanned only when it differs from the body here last time.
  const std::shared_ptr<const std::string>& body(Place& here, std::string_view text);

 private:
  struct Recent {
    SharedCookies sent;     // the last Cookie list
    std::vector<Place> at;  // the last few addresses
  };
  TextPool texts_;
  std::vector<Recent> recent_;                // by browser index
  Memo<std::optional<http::Url>> step_urls_;  // parsed addresses (empty: refused)
};

}  // namespace cl::sim

#include "browser/fetch.h"

#include "base/text.h"

namespace cl::agent {

namespace {

Fetched exchange(Network& net, const Settings& settings, const Navigation& nav, bool redirect_follow,
                 const std::string* raw) {
  BrowserState& state = net.state();
  state.open = true;  // using a closed browser starts it again
  const TimeMs now = net.now();
  const cookie::RequestContext ctx = cookie_context(nav, settings.block_third_party);
  state.jar.remove_expired(now);

  Outgoing out{nav, settings.user_agent, {}, raw, redirect_follow, settings.accept_language};
  if (!raw) out.cookies = state.jar.cookies_for(ctx, now, settings.explain);
  Incoming in = net.send(std::move(out));

  // RFC 6265 5.3: each Set-Cookie field is processed on its own, in order.
  for (const http::Field& f : in.headers->fields)
    if (iequals_ascii(f.name, "Set-Cookie")) net.set_cookie_decided(f.value, state.jar.set_cookie(ctx, f.value, now));

  Fetched fetched;
  fetched.status = in.status;
  if (nav.top_level) {
    state.location = std::move(in.url);
    state.status = in.status;
    if (in.body) state.show_response(std::move(in.body));
    else state.show_page(unreachable_page(nav.url, settings.accept_language.starts_with("ko") ? Lang::Ko : Lang::En));
    // Only a page with an <img> tag has subresources to fetch; the rest need not be
    // parsed now (the page is read when it is shown).
    if (in.may_embed_images) fetched.images = state.page().images;
  }
  if (const std::string* location = in.headers->find("Location")) fetched.location = *location;
  net.received();
  return fetched;
}

}  // namespace

Fetched fetch(Network& net, const Settings& settings, const Navigation& nav, bool redirect_follow) {
  return exchange(net, settings, nav, redirect_follow, nullptr);
}

void fetch_raw(Network& net, const Settings& settings, const Navigation& nav, const std::string& bytes) {
  exchange(net, settings, nav, false, &bytes);
}

page::Page unreachable_page(const http::Url& url, Lang lang) {
  page::Page p;
  if (lang == Lang::Ko) {
    p.title = url.host + "에 연결할 수 없음";
    p.blocks.push_back({page::BlockKind::Error, "이 레슨에는 " + url.host + "에 응답하는 서버가 없습니다."});
    return p;
  }
  p.title = "Can't reach " + url.host;
  p.blocks.push_back({page::BlockKind::Error, "No server in this lesson answers for " + url.host + "."});
  return p;
}

}  // namespace cl::agent

#include "app/logic/message_lines.h"

namespace cl::app {

std::vector<MessageLine> split_message(std::string_view text) {
  std::vector<MessageLine> lines;
  bool in_body = false, first = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    std::string_view line = text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    MessageLine m{line, LineKind::Body};
    if (in_body) {
      m.kind = LineKind::Body;
    } else if (first) {
      m.kind = LineKind::StartLine;
    } else if (line.empty()) {
      m.kind = LineKind::Blank;
      in_body = true;  // the empty line ends the header section (RFC 9112 2.1)
    } else if (starts_with_icase(line, "set-cookie:")) {
      m.kind = LineKind::SetCookie;
    } else if (starts_with_icase(line, "cookie:")) {
      m.kind = LineKind::Cookie;
    } else {
      m.kind = LineKind::Header;
    }
    first = false;
    lines.push_back(m);
    pos = next;
  }
  return lines;
}

std::vector<MessageLine> hide_cookie_lines(const std::vector<MessageLine>& lines) {
  static constexpr std::string_view kHidden = "Cookie: ?";
  std::vector<MessageLine> out;
  out.reserve(lines.size() + 1);
  bool placed = false;
  for (const MessageLine& line : lines) {
    const bool header_end = line.kind == LineKind::Blank || line.kind == LineKind::Body;
    if ((line.kind == LineKind::Cookie || header_end) && !placed && !out.empty()) {
      out.push_back({kHidden, LineKind::Header});
      placed = true;
    }
    if (line.kind != LineKind::Cookie) out.push_back(line);
  }
  // A message cut before its empty line: the hidden line goes last.
  if (!placed && !out.empty()) out.push_back({kHidden, LineKind::Header});
  return out;
}

std::string message_for_display(std::string_view message) {
  // The body starts after the first empty line (RFC 9112 2.1), CRLF or bare LF.
  const std::size_t crlf = message.find("\r\n\r\n"), lf = message.find("\n\n");
  std::size_t body_at = crlf == std::string_view::npos ? std::string_view::npos : crlf + 4;
  if (lf != std::string_view::npos && (body_at == std::string_view::npos || lf + 2 < body_at)) body_at = lf + 2;
  if (body_at == std::string_view::npos || body_at >= message.size()) return std::string(message);
  const std::string_view head = message.substr(0, body_at), body = message.substr(body_at);
  std::string_view type;
  for (const MessageLine& line : split_message(head))
    if (line.kind == LineKind::Header && starts_with_icase(line.text, "content-type:")) type = header_value(line.text);
  if (body_is_text(body, type)) return std::string(message);
  std::string out(head);
  out.append("<").append(std::to_string(body.size())).append(" bytes");
  if (!type.empty()) out.append(", ").append(trim_wsp(type.substr(0, type.find(';'))));
  out.append(">");
  return out;
}

std::string_view header_value(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  return trim_wsp(line.substr(colon + 1));
}

Bilingual explain_attribute(std::string_view name) {
  const std::string n = to_lower_ascii(trim_wsp(name));
  if (n == "expires")
    return {
        "Expires: the date after which the browser deletes the cookie (RFC 6265 5.2.1). "
        "Without Expires or Max-Age it is a session cookie, gone when the browser closes.",
        "Expires: 이 날짜가 지나면 브라우저가 쿠키를 지웁니다 (RFC 6265 5.2.1). "
        "Expires나 Max-Age가 없으면 브라우저를 닫을 때 사라지는 세션 쿠키입니다."};
  if (n == "max-age")
    return {
        "Max-Age: seconds until the cookie expires; it wins over Expires (RFC 6265 5.2.2). "
        "Zero or less deletes the cookie now.",
        "Max-Age: 쿠키가 만료될 때까지의 초; Expires보다 우선합니다 (RFC 6265 5.2.2). "
        "0 이하이면 쿠키를 바로 지웁니다."};
  if (n == "domain")
    return {
        "Domain: the cookie is also sent to subdomains of this domain (RFC 6265 5.2.3). "
        "Without it the cookie is host-only: sent back only to the exact host that set it.",
        "Domain: 이 도메인의 하위 도메인에도 쿠키를 보냅니다 (RFC 6265 5.2.3). "
        "없으면 쿠키를 설정한 바로 그 호스트에만 보내는 호스트 전용 쿠키입니다."};
  if (n == "path")
    return {"Path: the cookie is sent only to URLs under this path (RFC 6265 5.2.4, 5.1.4).",
            "Path: 이 경로 아래의 URL에만 쿠키를 보냅니다 (RFC 6265 5.2.4, 5.1.4)."};
  if (n == "secure")
    return {"Secure: the cookie is sent only over HTTPS (RFC 6265 5.2.5).",
            "Secure: HTTPS 연결로만 쿠키를 보냅니다 (RFC 6265 5.2.5)."};
  if (n == "httponly")
    return {
        "HttpOnly: page scripts (document.cookie) cannot read it, so a script injected "
        "into the page cannot steal it (RFC 6265 5.2.6).",
        "HttpOnly: 페이지의 스크립트(document.cookie)가 읽을 수 없어서, 주입된 스크립트가 "
        "훔쳐 갈 수 없습니다 (RFC 6265 5.2.6)."};
  if (n == "samesite")
    return {
        "SameSite: whether the cookie goes with requests started by other sites: Strict "
        "never, Lax only on top-level links, None always (RFC 6265bis 5.4.7).",
        "SameSite: 다른 사이트에서 시작된 요청에 쿠키를 보낼지 정합니다: Strict는 보내지 않고, "
        "Lax는 최상위 링크 이동에만, None은 항상 보냅니다 (RFC 6265bis 5.4.7)."};
  return {};
}

namespace {

std::vector<std::string_view> split_semicolons(std::string_view value) {
  std::vector<std::string_view> out;
  for (std::string_view piece : split(value, ';')) {
    piece = trim_wsp(piece);
    if (!piece.empty()) out.push_back(piece);
  }
  return out;
}

}  // namespace

std::vector<CookiePart> set_cookie_parts(std::string_view value) {
  std::vector<CookiePart> parts;
  bool first = true;
  for (std::string_view piece : split_semicolons(value)) {
    CookiePart p{std::string(piece), {}};
    if (first) {
      p.explanation = {
          "The cookie's name and value: the browser stores them and sends them back "
          "in the Cookie header (RFC 6265 5.2 step 1-6).",
          "쿠키의 이름과 값: 브라우저가 저장했다가 Cookie 헤더로 돌려보냅니다 "
          "(RFC 6265 5.2 1-6단계)."};
    } else {
      std::string_view name = piece.substr(0, piece.find('='));
      p.explanation = explain_attribute(name);
      if (p.explanation.empty())
        p.explanation = {"An attribute the browser does not know: it is ignored (RFC 6265 5.2 step 6).",
                         "브라우저가 모르는 속성: 무시됩니다 (RFC 6265 5.2 6단계)."};
    }
    first = false;
    parts.push_back(std::move(p));
  }
  return parts;
}

std::vector<CookiePart> cookie_header_parts(std::string_view value) {
  std::vector<CookiePart> parts;
  for (std::string_view piece : split_semicolons(value))
    parts.push_back({std::string(piece),
                     {"A cookie the browser sends back: only name and value travel, never the "
                      "attributes (RFC 6265 4.2.2).",
                      "브라우저가 돌려보내는 쿠키: 이름과 값만 가고 속성은 보내지 않습니다 "
                      "(RFC 6265 4.2.2)."}});
  return parts;
}

}  // namespace cl::app

// The raw HTTP text of the inspector, split into lines the panel colours, and the
// learner's explanation of each Set-Cookie attribute (shown as a tooltip).
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "base/text.h"
#include "http/message.h"

namespace cl::app {

enum class LineKind { StartLine, Header, Cookie, SetCookie, Blank, Body };

struct MessageLine {
  std::string_view text;  // without its CRLF; points into the message
  LineKind kind = LineKind::Body;
};

// RFC 9112 2.1: start-line, header fields up to the empty line, then the body.
std::vector<MessageLine> split_message(std::string_view text);

// While a step's question waits, the request is shown without its cookies: its
// Cookie lines (or, when it has none, the place one would go, before the empty line)
// become one "Cookie: ?" header line, as the response is "?". Whether a cookie is
// there at all is what questions such as "will the browser send it?" ask.
std::vector<MessageLine> hide_cookie_lines(const std::vector<MessageLine>& lines);

// Whether a body can be shown as text: its Content-Type (the media type, parameters
// ignored; RFC 9110 8.3.1) is text/*, JSON, XML, JavaScript or a urlencoded form,
// or there is none, and the bytes are valid UTF-8.
using http::body_is_text;  // the core decides what is text (http/message.h)
// The message as the inspector shows it: as it is, except a body that is not text
// (a tracker's GIF) is replaced by "<43 bytes, image/gif>", since its bytes would
// draw as "GIF89a?" and noise.
std::string message_for_display(std::string_view message);

// One piece of a Set-Cookie (or Cookie) value: "sid=abc", "Path=/", "HttpOnly".
struct CookiePart {
  std::string text;
  Bilingual explanation;  // empty for the name=value pair of a Cookie header
};
// RFC 6265 5.2: the first piece is the name-value pair, the others are attributes.
std::vector<CookiePart> set_cookie_parts(std::string_view value);
// RFC 6265 4.2.1: "a=1; b=2" is a list of pairs, each explained as a cookie sent.
std::vector<CookiePart> cookie_header_parts(std::string_view value);
// What an attribute means, by its name (case-insensitive); "" for unknown ones.
Bilingual explain_attribute(std::string_view name);

// The header value of a line such as "Set-Cookie: a=b" ("a=b"), or "" when none.
std::string_view header_value(std::string_view line);

}  // namespace cl::app

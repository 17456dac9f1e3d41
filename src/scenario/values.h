// Checks and conversions of single values of a scenario file, apart from TOML, so
// they can be tested on their own. A check returns the problem as a kind of
// scenario_messages.h (or of http_messages.h, for a URL), or an empty Message.
#pragma once
#include <string>
#include <string_view>
#include "base/message.h"
#include "base/text.h"
#include "http/message.h"

namespace cl::scenario {

// An absolute http/https URL, as http::parse_url accepts it.
Message url_problem(std::string_view text);
// A host a server answers for: a name or an IP literal, lower-case, with no scheme,
// port or path ("shop.example", not "http://shop.example" or "shop.example:8080").
Message host_problem(std::string_view host);
// A scripted response header "Name: value": a token, a colon, a value (RFC 9110 5.1, 5.5).
Message header_line_problem(std::string_view line);
http::Field split_header_line(std::string_view line);  // assumes no problem
// A method is a token (RFC 9110 9.1); "*" means any method.
Message method_problem(std::string_view method);
// Why parse_duration refused a text, as precisely as can be told ("units in lower
// case", "no fractions"), for the loader's message; the examples follow it there.
Message duration_problem(std::string_view text);
// HTTP/1.1 ends lines with CRLF (RFC 9112 2.1); a TOML multi-line string has LF.
// Every LF not already preceded by CR becomes CRLF.
std::string request_with_crlf(std::string_view text);

}  // namespace cl::scenario

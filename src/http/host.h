// The host of a URL as a browser reads it (WHATWG URL 3.5, "host parsing", for the
// hosts that are not IPv6 literals): an internationalised name becomes its IDNA
// A-label form, and a host whose last label is a number is an IPv4 address or is
// refused. Kept apart from url.cpp so that the cookie engine can ask the same
// questions of a Domain attribute.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/message.h"

namespace cl::http {

// "bücher.example" -> "xn--bcher-kva.example" (IDNA2008, RFC 5891, with UTS #46
// non-transitional mapping as browsers use it, through libidn2). ASCII input comes
// back lower-cased and unchecked. Empty result and a reason when a label is refused.
struct IdnaResult {
  std::string ascii;
  Message error;  // non-empty when refused
};
IdnaResult to_ascii_host(std::string_view host);

// WHATWG URL 3.5 "ends in a number": the last label (after dropping one trailing dot)
// is all digits or a hex number ("0x1f", "0x"). RFC 1123 2.1: such a host is not a
// host name, since the highest-level label of a name is alphabetic.
bool ends_in_number(std::string_view host);

// WHATWG URL 3.5 "IPv4 parser": "127.1", "0x7f.0.0.1", "2130706433" -> "127.0.0.1".
// nullopt when the host is no IPv4 address.
std::optional<std::string> parse_ipv4(std::string_view host);

// The whole host step for a reg-name host (lower-case ASCII or UTF-8): IDNA, then a
// host ending in a number must be an IPv4 address (written in its dotted form).
// Non-empty reason when the host is refused; `host` is rewritten otherwise.
Message canonicalize_url_host(std::string& host);

}  // namespace cl::http

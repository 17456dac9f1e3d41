// Domain and path rules of RFC 6265 (5.1.2, 5.1.3, 5.1.4) and the public suffix list.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cl::cookie {

// 5.1.2: lower-case, IDNA A-labels ("Bücher.example" -> "xn--bcher-kva.example");
// a name IDNA2008 refuses comes back lower-cased only (see to_canonical_host).
std::string canonicalize_host(std::string_view host);
// The same, nullopt when IDNA2008 refuses a label (the cookie engine refuses such a Domain).
std::optional<std::string> to_canonical_host(std::string_view host);
bool is_ip_address(std::string_view host);  // dotted IPv4, or IPv6 ("[::1]", "::1")
// RFC 1123 2.1 / 5.1.3's "host name": not an IP address, and not ending in a number
// ("www.fancy.192.168.0.10", "example.0x1f" are no names; "123.example.com" is one).
bool is_host_name(std::string_view host);
bool domain_match(std::string_view host, std::string_view domain);             // 5.1.3
std::string default_path(std::string_view request_path);                       // 5.1.4
bool path_match(std::string_view request_path, std::string_view cookie_path);  // 5.1.4
// Public suffix (libpsl's built-in list): "com", "co.kr", "github.io" -> true.
bool is_public_suffix(std::string_view domain);
// eTLD+1: "www.shop.example.co.kr" -> "example.co.kr"; the host itself when none.
std::string registrable_domain(std::string_view host);

}  // namespace cl::cookie

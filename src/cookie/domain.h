// Domain and path rules of RFC 6265 (5.1.2, 5.1.3, 5.1.4) and the public suffix list.
#pragma once
#include <string>
#include <string_view>

namespace cl::cookie {

std::string canonicalize_host(std::string_view host);  // 5.1.2: lower-case (IDNA not needed here)
bool is_ip_address(std::string_view host);
bool domain_match(std::string_view host, std::string_view domain);  // 5.1.3
std::string default_path(std::string_view request_path);            // 5.1.4
bool path_match(std::string_view request_path, std::string_view cookie_path);  // 5.1.4
// Public suffix (libpsl's built-in list): "com", "co.kr", "github.io" -> true.
bool is_public_suffix(std::string_view domain);
// eTLD+1: "www.shop.example.co.kr" -> "example.co.kr"; the host itself when none.
std::string registrable_domain(std::string_view host);

}  // namespace cl::cookie

// RFC 6265 5.1.2 - 5.1.4 and the public suffix list (through libpsl).
#include <libpsl.h>
#include "cookie/ascii.h"
#include "cookie/domain.h"
#include "http/host.h"

namespace cl::cookie {

// 5.1.2: each label of a name becomes its IDNA A-label ("xn--..."), and the whole
// is lower-cased (hosts are case-insensitive, RFC 3986 3.2.2). An ASCII host (every
// URL's host, which the URL parser has converted already) is only lower-cased.
std::optional<std::string> to_canonical_host(std::string_view host) {
  http::IdnaResult r = http::to_ascii_host(host);
  if (!r.error.empty()) return std::nullopt;
  return std::move(r.ascii);
}

std::string canonicalize_host(std::string_view host) { return to_canonical_host(host).value_or(ascii::to_lower(host)); }

bool is_ip_address(std::string_view host) {
  if (host.empty()) return false;
  // An IPv6 literal: "[::1]" as URLs write it, or bare with colons.
  if (host.front() == '[' || host.find(':') != std::string_view::npos) return true;
  // Dotted IPv4: exactly four decimal parts, each 0-255.
  int parts = 0;
  std::size_t i = 0;
  while (i <= host.size()) {
    std::size_t start = i;
    int v = 0;
    while (i < host.size() && ascii::is_digit(host[i]) && i - start < 3) v = v * 10 + (host[i++] - '0');
    if (i == start || v > 255) return false;
    ++parts;
    if (i == host.size()) break;
    if (host[i] != '.') return false;
    ++i;
  }
  return parts == 4;
}

bool is_host_name(std::string_view host) { return !is_ip_address(host) && !http::ends_in_number(host); }

// 5.1.3: "www.example.com" domain-matches "example.com" (a suffix at a label
// boundary), but only when the string "is a host name (i.e., not an IP address)":
// "1.2.3.4" must not match "2.3.4", since IP addresses have no parent domains. A
// host ending in a number is no host name either (RFC 1123 2.1: a name's last label
// is alphabetic; the WHATWG URL parser reads it as IPv4 or refuses it), so
// "www.fancy.192.168.0.10" does not domain-match "192.168.0.10".
bool domain_match(std::string_view host, std::string_view domain) {
  if (host == domain) return true;
  if (domain.empty() || host.size() <= domain.size()) return false;
  if (!host.ends_with(domain) || host[host.size() - domain.size() - 1] != '.') return false;
  return is_host_name(host);
}

// 5.1.4: the directory of the request path: "/a/b/c" -> "/a/b", "/a" -> "/".
std::string default_path(std::string_view request_path) {
  if (request_path.empty() || request_path[0] != '/') return "/";
  const std::size_t last = request_path.rfind('/');
  if (last == 0) return "/";
  return std::string(request_path.substr(0, last));
}

// 5.1.4: "/docs" matches "/docs", "/docs/" and "/docs/x" but not "/docsx".
bool path_match(std::string_view request_path, std::string_view cookie_path) {
  if (request_path == cookie_path) return true;
  if (!request_path.starts_with(cookie_path) || cookie_path.empty()) return false;
  return cookie_path.back() == '/' || request_path[cookie_path.size()] == '/';
}

namespace {
const psl_ctx_t* psl() {
  static const psl_ctx_t* ctx = psl_builtin();
  return ctx;
}
}  // namespace

// PSL_TYPE_ANY: private registries count ("github.io" is a public suffix, as it
// is in Chromium and Firefox), and the "*" default rule applies, so an unknown
// top-level label ("test", "local") is a public suffix too, as browsers treat it.
bool is_public_suffix(std::string_view domain) {
  if (domain.empty() || is_ip_address(domain)) return false;
  const std::string z(domain);
  return psl_is_public_suffix2(psl(), z.c_str(), PSL_TYPE_ANY) != 0;
}

std::string registrable_domain(std::string_view host) {
  if (host.empty() || is_ip_address(host)) return std::string(host);
  const std::string z = canonicalize_host(host);
  const char* r = psl_registrable_domain(psl(), z.c_str());
  return r ? std::string(r) : z;
}

}  // namespace cl::cookie

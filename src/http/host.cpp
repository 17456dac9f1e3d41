#include "http/host.h"
#include "http/http_messages.h"

#include <idn2.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cl::http {

namespace {

bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The labels of a host, with one trailing empty label (a final '.') dropped, as
// both "ends in a number" and the IPv4 parser do (WHATWG URL 3.5).
std::vector<std::string_view> labels(std::string_view host) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = host.find('.', start);
    parts.push_back(host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  return parts;
}

// WHATWG URL 3.5 "IPv4 number parser": "0x" or "0X" starts hex, a leading "0"
// (with more digits) octal, else decimal; "0x" alone is 0. Values past 2^32 are
// kept at 2^32 + 1, too large for any place in an address.
std::optional<std::uint64_t> ipv4_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    radix = 16;
    s.remove_prefix(2);
  } else if (s.size() >= 2 && s[0] == '0') {
    radix = 8;
    s.remove_prefix(1);
  }
  std::uint64_t v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return std::nullopt;
    if (d >= radix) return std::nullopt;
    v = std::min<std::uint64_t>(v * radix + d, (1ull << 32) + 1);
  }
  return v;
}

}  // namespace

IdnaResult to_ascii_host(std::string_view host) {
  if (all_ascii(host)) return {lower(host), {}};
  // IDN2_NONTRANSITIONAL: UTS #46 mapping (upper case, full-width forms) with
  // non-transitional processing ("ß" stays "ß"), as the WHATWG URL standard asks.
  const std::string z(host);
  char* out = nullptr;
  const int rc = idn2_to_ascii_8z(z.c_str(), &out, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
  if (rc != IDN2_OK) {
    const std::string why = idn2_strerror(rc);
    return {{}, message(HttpMsg::HostBadIdn, {z, why})};
  }
  std::string ascii(out);
  idn2_free(out);
  return {lower(ascii), {}};
}

// Without building the list of labels: the cookie engine asks this of every host it
// sends to (is_host_name), so it must not allocate.
bool ends_in_number(std::string_view host) {
  if (host.ends_with('.') && host.size() > 1) host.remove_suffix(1);
  const std::size_t dot = host.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? host : host.substr(dot + 1);
  // Both kinds of number start with a digit ("0x1f" too): names mostly end here.
  if (last.empty() || last[0] < '0' || last[0] > '9') return false;
  bool digits = true;
  for (char c : last) digits = digits && c >= '0' && c <= '9';
  return digits || ipv4_number(last).has_value();
}

std::optional<std::string> parse_ipv4(std::string_view host) {
  const std::vector<std::string_view> parts = labels(host);
  if (parts.size() > 4) return std::nullopt;
  std::vector<std::uint64_t> numbers;
  for (std::string_view p : parts) {
    const auto n = ipv4_number(p);
    if (!n) return std::nullopt;
    numbers.push_back(*n);
  }
  // Every number but the last is one byte; the last fills the bytes left.
  for (std::size_t i = 0; i + 1 < numbers.size(); ++i)
    if (numbers[i] > 255) return std::nullopt;
  if (numbers.back() >= (1ull << (8 * (5 - numbers.size())))) return std::nullopt;
  std::uint64_t v = numbers.back();
  for (std::size_t i = 0; i + 1 < numbers.size(); ++i) v += numbers[i] << (8 * (3 - i));
  return std::to_string(v >> 24) + '.' + std::to_string((v >> 16) & 255) + '.' + std::to_string((v >> 8) & 255) + '.' +
         std::to_string(v & 255);
}

Message canonicalize_url_host(std::string& host) {
  // The usual case, an ASCII host parse_url has lower-cased already, is not copied.
  if (all_ascii(host) && !ends_in_number(host)) return {};
  IdnaResult idna = to_ascii_host(host);
  if (!idna.error.empty()) return idna.error;
  // WHATWG URL 3.5 step 8-9: a host that ends in a number goes to the IPv4 parser,
  // and is refused when that fails: "www.fancy.192.168.0.10" is neither a name nor
  // an address (RFC 1123 2.1: a name's last label is alphabetic).
  if (ends_in_number(idna.ascii)) {
    auto ip = parse_ipv4(idna.ascii);
    if (!ip) return message(HttpMsg::HostEndsInNumber, {idna.ascii});
    idna.ascii = std::move(*ip);
  }
  host = std::move(idna.ascii);
  return {};
}

}  // namespace cl::http

#include "http/url.h"

#include <algorithm>
#include <string>

#include "base/text.h"
#include "http/host.h"
#include "http/http_messages.h"

namespace cl::http {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

// WHATWG URL 4.1: leading and trailing C0 controls and spaces are stripped.
std::string_view strip_c0_and_space(std::string_view s) {
  const auto strip = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!s.empty() && strip(s.front())) s.remove_prefix(1);
  while (!s.empty() && strip(s.back())) s.remove_suffix(1);
  return s;
}

// The bytes a browser percent-encodes when it writes a path, query or fragment
// (WHATWG URL 1.3, the path percent-encode set and its neighbours, merged into one):
// space, '"', '<', '>', '`', '{', '}' and every non-ASCII byte.
bool needs_encoding(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x7F || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}';
}

std::string encode_component(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  if (std::none_of(s.begin(), s.end(), needs_encoding)) return std::string(s);
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (needs_encoding(c)) {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

// Whether a segment of the path is "." or "..": without one, every turn of the
// RFC's loop takes its step E and the output is the input.
bool has_dot_segment(std::string_view path) {
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (segment == "." || segment == "..") return true;
    start = end + 1;
  }
  return false;
}

// RFC 3986 5.2.4: remove_dot_segments, literally the five-step loop of the RFC.
std::string remove_dot_segments(std::string_view input) {
  if (!has_dot_segment(input)) return std::string(input);
  std::string in(input), out;
  while (!in.empty()) {
    if (in.starts_with("../")) {
      in.erase(0, 3);  // A
    } else if (in.starts_with("./")) {
      in.erase(0, 2);  // A
    } else if (in.starts_with("/./")) {
      in.erase(0, 2);  // B: "/./x" -> "/x"
    } else if (in == "/.") {
      in = "/";  // B
    } else if (in.starts_with("/../") || in == "/..") {
      // C: go up one segment in the output.
      in = in == "/.." ? "/" : in.substr(3);
      const std::size_t slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (in == "." || in == "..") {
      in.clear();  // D
    } else {
      // E: move the first segment (with its leading '/') to the output.
      const std::size_t next = in.find('/', in.front() == '/' ? 1 : 0);
      const std::size_t len = next == std::string::npos ? in.size() : next;
      out += in.substr(0, len);
      in.erase(0, len);
    }
  }
  return out;
}

// RFC 3986 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), followed by ':'.
// Returns the length of "scheme:" or 0 when the text does not start with a scheme.
std::size_t scheme_length(std::string_view s) {
  if (s.empty() || !is_alpha(s[0])) return 0;
  std::size_t i = 1;
  while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
  return i < s.size() && s[i] == ':' ? i + 1 : 0;
}

// A reg-name host as a browser reads it (WHATWG URL 3.5 host parsing): an
// internationalised name becomes its A-label form ("bücher.example" ->
// "xn--bcher-kva.example", RFC 5891; RFC 6265 5.1.2 asks the same of a cookie's
// host), and a host that ends in a number is an IPv4 address ("127.1" ->
// "127.0.0.1") or is refused ("www.fancy.192.168.0.10": RFC 1123 2.1, a host
// name's last label is alphabetic). See http/host.h.
Message reg_name_host(std::string& host) { return canonicalize_url_host(host); }

// host = IP-literal / reg-name (RFC 3986 3.2.2), then [ ":" port ].
Message parse_host_port(std::string_view authority, Url& url) {
  std::string_view host, port;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return message(HttpMsg::Ipv6Unclosed);
    host = authority.substr(0, close + 1);
    const std::string_view inside = host.substr(1, host.size() - 2);
    if (inside.find(':') == std::string_view::npos) return message(HttpMsg::NotIpv6, {host});
    for (char c : inside)
      if (!is_hex(c) && c != ':' && c != '.') return message(HttpMsg::Ipv6Char, {std::string(1, c)});
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return message(HttpMsg::Ipv6Trailing);
    if (!rest.empty()) port = rest.substr(1);
  } else {
    const std::size_t colon = authority.find(':');
    host = authority.substr(0, colon);
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    for (char c : host) {
      if (static_cast<unsigned char>(c) >= 0x80) continue;  // for IDNA, in reg_name_host below
      if (c == ' ') return message(HttpMsg::HostSpace);
      if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '.' && c != '_')
        return message(HttpMsg::HostChar, {std::string(1, c)});
    }
  }
  if (host.empty()) return message(HttpMsg::UrlNoHost);
  url.host = to_lower_ascii(host);
  if (url.host.front() != '[')
    if (Message why = reg_name_host(url.host); !why.empty()) return why;
  url.port = url.scheme == "https" ? 443 : 80;
  // RFC 3986 3.2.3: an empty port means the default one.
  if (!port.empty()) {
    if (port.size() > 5) return message(HttpMsg::PortTooLong, {port});
    int n = 0;
    for (char c : port) {
      if (!is_digit(c)) return message(HttpMsg::PortChar, {std::string(1, c)});
      n = n * 10 + (c - '0');
    }
    if (n < 1 || n > 65535) return message(HttpMsg::PortRange, {std::to_string(n)});
    url.port = n;
  }
  return {};
}

}  // namespace

bool Url::default_port() const { return (scheme == "http" && port == 80) || (scheme == "https" && port == 443); }

std::string Url::origin() const {
  std::string out = scheme + "://" + host;
  if (!default_port()) out += ':' + std::to_string(port);
  return out;
}

std::string Url::target() const { return query.empty() ? path : path + '?' + query; }

std::string Url::to_string() const {
  std::string out = origin() + target();
  if (!fragment.empty()) out += '#' + fragment;
  return out;
}

UrlResult parse_url(std::string_view text) {
  UrlResult result;
  const std::string_view s = strip_c0_and_space(text);
  const auto fail = [&](Message why) {
    result.problem = std::move(why);
    return result;
  };
  if (s.empty()) return fail(message(HttpMsg::UrlEmpty));
  for (char c : s)
    if (is_control(c)) return fail(message(HttpMsg::UrlControl));
  const std::size_t scheme_len = scheme_length(s);
  if (scheme_len == 0) {
    std::string quoted(s);  // built in steps: GCC 12 gives a false -Wrestrict for "\"" + std::string
    quoted.insert(0, 1, '"');
    quoted += '"';
    if (starts_with_icase(s, "http//") || starts_with_icase(s, "https//"))
      return fail(message(HttpMsg::UrlSchemeNoColon, {quoted}));
    return fail(message(HttpMsg::UrlNoScheme, {quoted}));
  }
  Url url;
  url.scheme = to_lower_ascii(s.substr(0, scheme_len - 1));
  if (url.scheme != "http" && url.scheme != "https") return fail(message(HttpMsg::UrlScheme, {url.scheme}));
  std::string_view rest = s.substr(scheme_len);
  if (!rest.starts_with("//")) return fail(message(HttpMsg::UrlNoSlashes, {url.scheme}));
  rest.remove_prefix(2);
  const std::size_t authority_end = std::min(rest.find_first_of("/?#"), rest.size());
  const std::string_view authority = rest.substr(0, authority_end);
  // RFC 3986 3.2.1 userinfo: refused, not dropped. "http://bank.example@evil.example/"
  // is a classic trick to hide the real host; the learner should see it refused.
  if (authority.find('@') != std::string_view::npos) return fail(message(HttpMsg::UrlUserinfo));
  if (Message why = parse_host_port(authority, url); !why.empty()) return fail(std::move(why));
  rest.remove_prefix(authority_end);
  const std::size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    url.fragment = encode_component(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  const std::size_t question = rest.find('?');
  if (question != std::string_view::npos) {
    url.query = encode_component(rest.substr(question + 1));
    rest = rest.substr(0, question);
  }
  url.path = remove_dot_segments(encode_component(rest));
  if (url.path.empty()) url.path.assign(1, '/');
  result.url = std::move(url);
  return result;
}

// RFC 3986 5.2.2 (strict), with the base always absolute and hierarchical.
std::optional<Url> resolve_url(const Url& base, std::string_view reference) {
  const std::string_view ref = strip_c0_and_space(reference);
  if (scheme_length(ref) != 0) return parse_url(ref).url;
  if (ref.starts_with("//")) return parse_url(base.scheme + ":" + std::string(ref)).url;
  std::string_view path = ref, query, fragment;
  bool has_query = false, has_fragment = false;
  if (const std::size_t hash = path.find('#'); hash != std::string_view::npos) {
    fragment = path.substr(hash + 1);
    path = path.substr(0, hash);
    has_fragment = true;
  }
  if (const std::size_t question = path.find('?'); question != std::string_view::npos) {
    query = path.substr(question + 1);
    path = path.substr(0, question);
    has_query = true;
  }
  std::string target_path, target_query;
  if (path.empty()) {
    target_path = base.path;
    target_query = has_query ? std::string(query) : base.query;
  } else {
    if (path.front() == '/') {
      target_path = std::string(path);
    } else {
      // 5.2.3 merge: the reference replaces the last segment of the base path.
      const std::size_t slash = base.path.rfind('/');
      target_path =
          (slash == std::string::npos ? std::string("/") : base.path.substr(0, slash + 1)) + std::string(path);
    }
    target_path = remove_dot_segments(target_path);
    target_query = std::string(query);
  }
  std::string text = base.origin() + target_path;
  if (has_query || !target_query.empty()) text += '?' + target_query;
  if (has_fragment) text += '#' + std::string(fragment);
  return parse_url(text).url;
}

}  // namespace cl::http

// The part of URL parsing a browser needs to decide about cookies: scheme, host,
// port, path, query (RFC 3986, with the WHATWG habit of lower-casing the host).
#pragma once
#include <optional>
#include "base/message.h"
#include "base/text.h"
#include <string>
#include <string_view>

namespace cl::http {

struct Url {
  std::string scheme;      // "http" or "https", lower-case
  std::string host;        // lower-case ASCII (A-labels); an IPv6 literal keeps its brackets
  int port = 0;            // the default port for the scheme when none was written
  std::string path = "/";  // never empty; starts with '/'
  std::string query;       // without '?'; empty when none
  std::string fragment;    // without '#'

  bool secure() const { return scheme == "https"; }
  bool default_port() const;
  std::string origin() const;     // "https://shop.example" (port only when not default)
  std::string target() const;     // path plus "?query": what goes on the request line
  std::string to_string() const;  // origin + target (+ "#fragment")
  bool operator==(const Url&) const = default;
};

struct UrlResult {
  std::optional<Url> url;
  Message problem;  // why it was refused, when url is empty (a kind of http_messages.h)
};

// Absolute http/https URLs only; other schemes are refused with a reason, and so is
// userinfo ("user:pw@host"). Dot segments are removed; spaces, quotes, <>`{} and
// non-ASCII bytes in path/query/fragment are percent-encoded. A host is converted as a
// browser does (http/host.h): IDNA to its "xn--" form, a number to a dotted IPv4
// address; one that ends in a number but is no IPv4 address is refused.
UrlResult parse_url(std::string_view text);
// Resolves a reference (absolute URL, "/path", "path", "?q") against a base, as a
// browser does for Location and for links and form actions.
std::optional<Url> resolve_url(const Url& base, std::string_view reference);

}  // namespace cl::http

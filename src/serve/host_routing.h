// Which of the scenario's servers a real request is for. One port serves them all,
// so the Host header decides (RFC 9112 3.2: every HTTP/1.1 request carries Host,
// and a server uses it to tell which of its names the client meant).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cl::serve {

// The host of a Host header value, lower-case, without the port and without a
// final dot ("Shop.Example.:8080" -> "shop.example"). An IPv6 literal keeps its
// brackets ("[::1]:8080" -> "[::1]"). nullopt when the value cannot be a host
// (empty, a bad port, a space, a '/' or '@' in it): such a request gets 400.
std::optional<std::string> host_of(std::string_view host_header);

// The index into `hosts_by_server` of the server that answers for `host`, or -1.
// A host ending in ".localhost" also reaches the server of the name in front of it
// ("shop.example.localhost" -> "shop.example"): browsers resolve every *.localhost
// name to the loopback address by themselves (RFC 6761 6.3), so a teacher needs
// neither a hosts-file line nor a resolver flag.
int route_host(const std::vector<std::vector<std::string>>& hosts_by_server, std::string_view host);

}  // namespace cl::serve

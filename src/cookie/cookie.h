// A stored cookie: the record of RFC 6265 5.3 ("the cookie store"), plus SameSite
// from RFC 6265bis.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include "base/time.h"

namespace cl::cookie {

enum class SameSite { Unspecified, None, Lax, Strict };
std::string_view same_site_name(SameSite s);  // "", "None", "Lax", "Strict"

struct Cookie {
  std::string name, value;
  std::string domain;  // canonicalised, no leading dot
  std::string path;
  TimeMs expiry = 0;  // meaningful when persistent
  TimeMs creation = 0;
  TimeMs last_access = 0;
  bool persistent = false;
  bool host_only = true;
  bool secure = false;
  bool http_only = false;
  SameSite same_site = SameSite::Unspecified;
  // Insertion counter: breaks ties between equal creation times, so the order of
  // the Cookie header is total and repeatable (RFC 6265 5.4 step 2 leaves it open).
  std::uint64_t creation_index = 0;

  bool expired(TimeMs now) const { return persistent && expiry <= now; }
  bool same_identity(const Cookie& o) const { return name == o.name && domain == o.domain && path == o.path; }
  bool operator==(const Cookie&) const = default;
};

}  // namespace cl::cookie

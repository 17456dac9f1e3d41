#include "cookie/cookie.h"

namespace cl::cookie {

std::string_view same_site_name(SameSite s) {
  switch (s) {
    case SameSite::None: return "None";
    case SameSite::Lax: return "Lax";
    case SameSite::Strict: return "Strict";
    case SameSite::Unspecified: break;
  }
  return "";
}

}  // namespace cl::cookie

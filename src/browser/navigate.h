// A navigation with the browser's own follow-ups: the redirects it follows by itself
// (redirect.h), then the images the final page embeds (subresources.h).
#pragma once
#include "browser/fetch.h"
#include "browser/navigation.h"
#include "browser/network.h"

namespace cl::agent {

void navigate(Network& net, const Settings& settings, Navigation nav);

}  // namespace cl::agent

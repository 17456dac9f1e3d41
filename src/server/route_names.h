// The names of the server's routes (Handling::route: "home", "login", "scripted /x")
// as the learner reads them: English keeps the identifiers, as the jsonl transcript
// and the tests write them; Korean gives each its Korean name (홈, 로그인, ...).
#pragma once
#include <string>
#include <string_view>
#include "base/text.h"

namespace cl::server {

std::string route_label(std::string_view route, Lang lang);

}  // namespace cl::server

// How a scenario step's checks are told (sim/checks.h): what each expects, and the
// few words a check itself puts into what it saw, as kinds of one catalogue (see
// base/message.h). The values (cookie names, numbers, page text) are arguments.
#pragma once
#include <vector>
#include "base/message.h"

namespace cl::sim {

enum class CheckMsg {
  Status,
  Location,
  Sent,
  NotSent,
  Stored,
  Ignored,
  InJar,
  NotInJar,
  OneSession,
  Sessions,
  LoggedIn,
  LoggedInNobody,
  PageContains,
  Link,
  AnyForm,
  Form,
  Other,
  ThisPage,  // a form without an action submits to the page's own URL
  SeenList,  // "{head}, {tail}": the items a check saw, one after another
  Count
};

Message message(CheckMsg kind, std::vector<Message> args = {});
const Catalogue& check_catalogue();

}  // namespace cl::sim

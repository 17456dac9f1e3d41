// What the what-if bench says: why a fork cannot be made, where a branch parts from
// the original and why, which outcomes changed, and how an experiment's prediction
// failed. Kinds of one catalogue (base/message.h); the words are in whatif_messages.cpp.
#pragma once
#include <vector>
#include "base/message.h"

namespace cl::whatif {

enum class WhatIfMsg {
  // --- a fork that cannot be made ---
  BadStep,
  NoChange,
  NoBrowser,
  NoServer,
  NoCookie,
  NoCsrf,
  NotRun,
  // --- where the runs part ---
  NoStepDiffers,
  PartsAt,
  CookieLeftOut,
  CookieSentNow,
  CookieHeader,
  SetCookie,
  Status,
  User,
  Page,
  Jar,
  Sessions,
  Nobody,
  NoneText,
  // --- outcomes ---
  CheckChanged,
  Passes,
  Fails,
  QuestionChanged,
  // --- the branch itself ---
  AtStep,
  // --- an experiment's prediction ---
  ExpectedParting,
  ExpectedNoDifference,
  ExpectedCheck,
  Instead,
  CookieValue,
  CookieExpired,
  CookieGone,
  // --- the words around a difference's data ---
  PageClosed,
  PageBlank,
  Anonymous,
  SessionRowText,
  CookieExpires,
  CookieSession,
  Stored,
  Replaced,
  Deleted,
  Ignored,
  Count
};

Message message(WhatIfMsg kind, std::vector<Message> args = {});
const Catalogue& whatif_catalogue();

}  // namespace cl::whatif

// What the Browser panel shows for one browser at the shown step: the address
// requested (not the previous page's while the request waits for its question),
// and, when the response shown is a redirect, where it points.
#pragma once
#include <string>
#include "app/logic/lesson.h"

namespace cl::app {

struct BrowserView {
  // The URL this browser asked for at the shown step; otherwise the page shown.
  std::string address;
  // The shown step's request from this browser waits for its question: the page
  // below is still the previous one.
  bool waiting = false;
  // The page shown came from a redirect (RFC 9110 15.4) the browser did not follow:
  // "302 Found" and its Location, drawn as "302 Found → /accounts/login/".
  std::string redirect_status, redirect_to;
};

BrowserView browser_view(const Lesson& lesson, int browser);

}  // namespace cl::app

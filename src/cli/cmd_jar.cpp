// cookielab jar FILE [--browser NAME] [--steps N] [--samesite]: runs the scenario (its first N
// steps with --steps) and prints one browser's jar in curl's cookie-file format, so a real client's jar (curl -c) can
// be compared with the simulated one line by line (tests/referee/curl_login.py does).
#include <cstdio>
#include <string>
#include <string_view>
#include "cli/commands.h"
#include "cli/load_or_report.h"
#include "cli/options.h"
#include "serve/netscape.h"
#include "sim/world.h"

int cmd_jar(int argc, char** argv) {
  std::string file = "-", browser;
  int steps = -1;
  bool same_site = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--browser" && i + 1 < argc) {
      browser = argv[++i];
    } else if (a == "--steps" && i + 1 < argc) {
      if (!cl::cli::parse_int(argv[++i], steps) || steps < 0) {
        std::fprintf(stderr, "cookielab jar: --steps wants a number of steps, not %s\n", argv[i]);
        return 2;
      }
    } else if (a == "--samesite") {
      same_site = true;  // an eighth field the cookie-file format has no room for
    } else if (file == "-" && (a == "-" || a.empty() || a[0] != '-')) {
      file = argv[i];
    } else {
      std::fprintf(stderr,
                   "cookielab jar: unexpected argument %s\nusage: cookielab jar FILE [--browser NAME] [--steps N] "
                   "[--samesite]\n",
                   argv[i]);
      return 2;
    }
  }
  std::optional<cl::scenario::Scenario> scenario = cl::cli::load_or_report(file);
  if (!scenario) return 1;
  cl::sim::World world(*scenario);
  if (steps < 0) world.run_all();
  for (int i = 0; i < steps && !world.finished(); ++i) world.run_step(world.next_scenario_step());
  const int b = browser.empty() ? 0 : world.browser_index(browser);
  if (b < 0) {
    std::fprintf(stderr, "cookielab jar: no browser named \"%s\"\n", browser.c_str());
    return 2;
  }
  // Times are simulated: the start line lets a reader compare expiries relative to it.
  std::printf("# Netscape HTTP Cookie File\n# cookielab jar: browser %s of %s\n# start %lld\n",
              world.browser(b).name.c_str(), scenario->id.c_str(), static_cast<long long>(scenario->start / 1000));
  for (const cl::cookie::Cookie& c : world.browser(b).jar.all())
    std::printf("%s%s%s\n", cl::serve::netscape_line(c).c_str(), same_site ? "\t" : "",
                same_site ? std::string(cl::cookie::same_site_name(c.same_site)).c_str() : "");
  return 0;
}

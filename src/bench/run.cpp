#include <cstdio>
#include <string_view>
#include "bench/bench.h"

namespace cl::bench {

int run(int argc, char** argv) {
  const std::string_view what = argc > 1 ? argv[1] : "";
  if (what == "jar") return jar(argc - 1, argv + 1);
  if (what == "world") return world(argc - 1, argv + 1);
  if (what == "whatif") return whatif(argc - 1, argv + 1);
  std::fputs("cookielab bench: say `jar`, `world` or `whatif`\n", stderr);
  return 2;
}

}  // namespace cl::bench

#include <catch2/catch.hpp>
#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include "app/logic/file_watch.h"

using namespace cl::app;
namespace fs = std::filesystem;

TEST_CASE("recent files: most recent first, no duplicates, limited", "[recent]") {
  RecentFiles r;
  r.limit = 3;
  r.add("a.toml");
  r.add("b.toml");
  r.add("a.toml");
  REQUIRE(r.paths.size() == 2);
  CHECK(r.paths[0] == "a.toml");
  CHECK(r.paths[1] == "b.toml");
  r.add("c.toml");
  r.add("d.toml");
  REQUIRE(r.paths.size() == 3);
  CHECK(r.paths[0] == "d.toml");
  CHECK(r.paths[2] == "a.toml");
  r.add("");
  CHECK(r.paths.size() == 3);
  SECTION("saved and read back in the same order") {
    RecentFiles back = RecentFiles::parse(r.serialize());
    CHECK(back.paths == r.paths);
  }
  SECTION("parsing skips blank lines and CR") {
    RecentFiles p = RecentFiles::parse("x.toml\r\n\n y.toml\nx.toml\n");
    REQUIRE(p.paths.size() == 2);
    CHECK(p.paths[0] == "x.toml");
    CHECK(p.paths[1] == " y.toml");
  }
  SECTION("remove") {
    r.remove("c.toml");
    CHECK(r.paths.size() == 2);
  }
}

TEST_CASE("a file's stamp changes when it is written", "[reload]") {
  const fs::path dir = fs::temp_directory_path() / ("cookielab-test-app-stamp-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "s.toml").string();
  fs::remove(path);
  CHECK_FALSE(stamp_of(path).exists);
  { std::ofstream(path) << "a"; }
  FileStamp first = stamp_of(path);
  CHECK(first.exists);
  CHECK(first.size == 1);
  CHECK(stamp_of(path) == first);
  { std::ofstream(path) << "ab"; }
  CHECK_FALSE(stamp_of(path) == first);  // the size differs even when the clock is coarse
  SECTION("recent files round trip through a file") {
    RecentFiles r;
    r.add(path);
    const std::string where = (dir / "sub" / "recent.txt").string();
    REQUIRE(save_recent_files(r, where));
    CHECK(load_recent_files(where).paths == r.paths);
    CHECK(load_recent_files((dir / "missing.txt").string()).paths.empty());
  }
  fs::remove_all(dir);
}

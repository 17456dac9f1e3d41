// A folder of files for one test process, removed afterwards. One folder per process and
// name: ctest runs the test cases of a file side by side.
#pragma once
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace cl::test {

struct TempDir {
  std::filesystem::path dir;
  explicit TempDir(const std::string& name)
      : dir(std::filesystem::temp_directory_path() / ("cookielab-test-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~TempDir() { std::filesystem::remove_all(dir); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  }
};

}  // namespace cl::test

#include "app/logic/file_watch.h"
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace cl::app {

namespace fs = std::filesystem;

FileStamp stamp_of(const std::string& path) {
  FileStamp s;
  std::error_code ec;
  auto time = fs::last_write_time(path, ec);
  if (ec) return s;
  auto size = fs::file_size(path, ec);
  if (ec) return s;
  s.exists = true;
  s.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
  s.size = size;
  return s;
}

std::string absolute_path(const std::string& path) {
  if (path.empty()) return path;
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) return path;
  fs::path canonical = fs::weakly_canonical(p, ec);
  return (ec ? p.lexically_normal() : canonical).string();
}

void RecentFiles::add(const std::string& path) {
  if (path.empty()) return;
  remove(path);
  paths.insert(paths.begin(), path);
  if (paths.size() > limit) paths.resize(limit);
}

void RecentFiles::remove(const std::string& path) {
  paths.erase(std::remove(paths.begin(), paths.end(), path), paths.end());
}

std::string RecentFiles::serialize() const {
  std::string out;
  for (const auto& p : paths) out += p + "\n";
  return out;
}

RecentFiles RecentFiles::parse(const std::string& text) {
  RecentFiles r;
  std::istringstream in(text);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  // Added oldest first so the first line stays the most recent.
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) r.add(*it);
  return r;
}

std::string recent_files_location() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::string(xdg) + "/cookielab/recent.txt";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/cookielab/recent.txt";
  return "";
}

RecentFiles load_recent_files(const std::string& location) {
  if (location.empty()) return {};
  std::ifstream in(location);
  std::stringstream buf;
  buf << in.rdbuf();
  const RecentFiles read = RecentFiles::parse(buf.str());
  // Older versions wrote paths as given on the command line, relative to wherever
  // the program was started: such an entry is kept only when it names a file from
  // here, and then as an absolute path. An absolute entry whose file is gone stays
  // (the menu shows it as missing: it may be on a drive not mounted now).
  RecentFiles r;
  r.limit = read.limit;
  for (auto it = read.paths.rbegin(); it != read.paths.rend(); ++it) {
    std::error_code ec;
    if (!fs::path(*it).is_absolute() && !fs::is_regular_file(*it, ec)) continue;
    r.add(absolute_path(*it));
  }
  return r;
}

bool save_recent_files(const RecentFiles& recent, const std::string& location) {
  if (location.empty()) return false;
  std::error_code ec;
  fs::create_directories(fs::path(location).parent_path(), ec);
  std::ofstream out(location, std::ios::trunc);
  out << recent.serialize();
  return static_cast<bool>(out);
}

}  // namespace cl::app

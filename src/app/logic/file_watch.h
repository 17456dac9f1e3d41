// Noticing that the open scenario changed on disk, and the recent-files list.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace cl::app {

// What is compared to decide a file changed: modification time and size.
struct FileStamp {
  bool exists = false;
  std::int64_t mtime_ns = 0;
  std::uintmax_t size = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp_of(const std::string& path);

// Most recent first, no duplicates, at most `limit` entries.
struct RecentFiles {
  std::vector<std::string> paths;
  std::size_t limit = 8;

  void add(const std::string& path);
  void remove(const std::string& path);
  std::string serialize() const;                 // one path per line
  static RecentFiles parse(const std::string& text);
};

// ~/.config/cookielab/recent.txt (XDG_CONFIG_HOME when set); "" when no home.
std::string recent_files_location();
RecentFiles load_recent_files(const std::string& location);
bool save_recent_files(const RecentFiles& recent, const std::string& location);

}  // namespace cl::app

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

// The path as an absolute, canonical one (symbolic links and ".." resolved as far
// as the file exists), so it names the same file from any folder; the path itself
// when the current folder cannot be read.
std::string absolute_path(const std::string& path);

// Most recent first, no duplicates, at most `limit` entries. The window adds
// absolute_path()s: the program is started from different folders.
struct RecentFiles {
  std::vector<std::string> paths;
  std::size_t limit = 8;

  void add(const std::string& path);
  void remove(const std::string& path);
  std::string serialize() const;  // one path per line
  static RecentFiles parse(const std::string& text);
};

// ~/.config/cookielab/recent.txt (XDG_CONFIG_HOME when set); "" when no home.
std::string recent_files_location();
// A relative entry (written by an older version) is kept only when it names a file
// from the current folder, then as an absolute path; an absolute one is kept even
// when its file is gone (the menu shows it as missing).
RecentFiles load_recent_files(const std::string& location);
bool save_recent_files(const RecentFiles& recent, const std::string& location);

}  // namespace cl::app

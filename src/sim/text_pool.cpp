#include "sim/text_pool.h"

namespace cl::sim {

std::shared_ptr<const std::string> TextPool::intern(std::string_view text) {
  auto it = texts_.find(text);
  if (it != texts_.end()) return it->second;
  auto stored = std::make_shared<const std::string>(text);
  texts_.emplace(std::string_view(*stored), stored);
  return stored;
}

std::shared_ptr<const Bilingual> TextPool::intern(const Bilingual& text) {
  std::string key;
  key.reserve(text.en.size() + 1 + text.ko.size());
  key.append(text.en).push_back('\0');
  key.append(text.ko);
  auto it = pairs_.find(key);
  if (it != pairs_.end()) return it->second;
  auto stored = std::make_shared<const Bilingual>(text);
  pairs_.emplace(std::move(key), stored);
  return stored;
}

std::shared_ptr<const http::Url> TextPool::intern(const http::Url& url) {
  std::string key = url.to_string();
  auto it = urls_.find(key);
  if (it != urls_.end() && *it->second == url) return it->second;
  auto stored = std::make_shared<const http::Url>(url);
  urls_.insert_or_assign(std::move(key), stored);
  return stored;
}

}  // namespace cl::sim

#include "sim/text_pool.h"

namespace cl::sim {

std::shared_ptr<const std::string> TextPool::intern(std::string_view text) {
  auto it = texts_.find(text);
  if (it != texts_.end()) return it->second;
  auto stored = std::make_shared<const std::string>(text);
  texts_.emplace(std::string_view(*stored), stored);
  return stored;
}

std::shared_ptr<const std::string> TextPool::intern(std::string_view text,
                                                    const std::shared_ptr<const std::string>& likely) {
  if (likely && *likely == text) return likely;
  return intern(text);
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

std::shared_ptr<const Bilingual> TextPool::intern(const Bilingual& text,
                                                  const std::shared_ptr<const Bilingual>& likely) {
  if (likely && *likely == text) return likely;
  return intern(text);
}

std::shared_ptr<const http::Url> TextPool::intern(const http::Url& url) {
  std::string key = url.to_string();
  auto it = urls_.find(key);
  if (it != urls_.end() && *it->second == url) return it->second;
  auto stored = std::make_shared<const http::Url>(url);
  urls_.insert_or_assign(std::move(key), stored);
  return stored;
}

std::shared_ptr<const std::vector<cookie::Cookie>> TextPool::intern(
    std::vector<cookie::Cookie> sent, const std::shared_ptr<const std::vector<cookie::Cookie>>& likely) {
  for (cookie::Cookie& c : sent) c.last_access = 0;
  if (likely && *likely == sent) return likely;
  std::string key;
  for (const cookie::Cookie& c : sent) {
    key.append(c.name).push_back('\0');
    key.append(c.value).push_back('\0');
    key.append(c.domain).push_back('\0');
    key.append(c.path).push_back('\0');
    for (const std::int64_t n : {static_cast<std::int64_t>(c.expiry), static_cast<std::int64_t>(c.creation),
                                 static_cast<std::int64_t>(c.creation_index)})
      key.append(reinterpret_cast<const char*>(&n), sizeof n);
    key.push_back(static_cast<char>(c.persistent | c.host_only << 1 | c.secure << 2 | c.http_only << 3));
    key.push_back(static_cast<char>(c.same_site));
  }
  // The comparison keeps a field the key leaves out from merging two lists.
  auto it = sent_.find(key);
  if (it != sent_.end() && *it->second == sent) return it->second;
  sent.shrink_to_fit();
  auto stored = std::make_shared<const std::vector<cookie::Cookie>>(std::move(sent));
  sent_.insert_or_assign(std::move(key), stored);
  return stored;
}

std::shared_ptr<const std::vector<std::string>> TextPool::intern(
    std::vector<std::string> names, const std::shared_ptr<const std::vector<std::string>>& likely) {
  if (likely && *likely == names) return likely;
  std::string key;
  for (const std::string& n : names) key.append(n).push_back('\0');
  auto it = lists_.find(key);
  if (it != lists_.end()) return it->second;
  auto stored = std::make_shared<const std::vector<std::string>>(std::move(names));
  lists_.emplace(std::move(key), stored);
  return stored;
}

}  // namespace cl::sim

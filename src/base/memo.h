// Results kept by the text of their inputs, for work whose inputs repeat (a long
// run asks for the same pages, addresses and sentences again and again) but are not
// bounded (a scenario or a cookie can hold anything): past `limit` entries it
// forgets them all and starts again.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cl {

template <class Value>
class Memo {
 public:
  explicit Memo(std::size_t limit = 4096) : limit_(limit) {}

  // The value kept for these inputs, made by make() the first time. The reference
  // is valid until the next call.
  template <class Make>
  const Value& get(std::initializer_list<std::string_view> inputs, Make&& make) {
    key_.clear();  // reused, so that a lookup allocates nothing
    for (std::string_view part : inputs) key_.append(part).push_back('\0');
    auto it = map_.find(key_);
    if (it == map_.end()) {
      if (map_.size() >= limit_) map_.clear();
      it = map_.emplace(key_, make()).first;
    }
    return it->second;
  }
  std::size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, Value> map_;  // key: the inputs, each ended by '\0'
  std::string key_;
  std::size_t limit_;
};

}  // namespace cl

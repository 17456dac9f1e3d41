// Identical texts stored once. A long timeline repeats itself: the same browser asks
// for the same page with the same cookies, the server answers with the same page
// and says the same thing about it. Each text is kept once and shared by every step
// that holds it, so memory grows with what is new, not with the number of steps.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "base/text.h"
#include "cookie/cookie.h"
#include "http/url.h"

namespace cl::sim {

class TextPool {
 public:
  std::shared_ptr<const std::string> intern(std::string_view text);
  // The same; `likely` (a pooled text) is returned without a lookup when it is equal.
  std::shared_ptr<const std::string> intern(std::string_view text, const std::shared_ptr<const std::string>& likely);
  std::shared_ptr<const Bilingual> intern(const Bilingual& text);
  std::shared_ptr<const Bilingual> intern(const Bilingual& text, const std::shared_ptr<const Bilingual>& likely);
  std::shared_ptr<const http::Url> intern(const http::Url& url);
  // Cookies as sent, last_access cleared (it is the time of each sending). `likely`
  // (a browser's previous list, say) is returned without a lookup when it is equal.
  std::shared_ptr<const std::vector<cookie::Cookie>> intern(
      std::vector<cookie::Cookie> sent, const std::shared_ptr<const std::vector<cookie::Cookie>>& likely = nullptr);
  // A list of names (a server's events). `likely` as above.
  std::shared_ptr<const std::vector<std::string>> intern(
      std::vector<std::string> names, const std::shared_ptr<const std::vector<std::string>>& likely = nullptr);
  std::size_t size() const { return texts_.size() + pairs_.size() + urls_.size() + sent_.size() + lists_.size(); }

 private:
  // Keys view the pooled strings themselves (which never move), so each text is in
  // memory once.
  std::unordered_map<std::string_view, std::shared_ptr<const std::string>> texts_;
  std::unordered_map<std::string, std::shared_ptr<const Bilingual>> pairs_;                   // key: en + '\0' + ko
  std::unordered_map<std::string, std::shared_ptr<const http::Url>> urls_;                    // key: the whole URL
  std::unordered_map<std::string, std::shared_ptr<const std::vector<cookie::Cookie>>> sent_;  // key: every field
  std::unordered_map<std::string, std::shared_ptr<const std::vector<std::string>>>
      lists_;  // key: names, '\0' after each
};

}  // namespace cl::sim

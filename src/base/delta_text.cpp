#include "base/delta_text.h"

#include <cstring>

namespace cl {

namespace {

constexpr std::size_t kRunHeader = 4;
constexpr std::size_t kMaxOffset = std::size_t{1} << 24;
constexpr std::size_t kMaxRun = 255;
// Equal bytes shorter than a run header between two differences are cheaper
// copied into one run than split into two.
constexpr std::size_t kJoinGap = kRunHeader;

void put_run(std::string& out, std::string_view text, std::size_t at, std::size_t length) {
  out.push_back(static_cast<char>(at & 0xff));
  out.push_back(static_cast<char>(at >> 8 & 0xff));
  out.push_back(static_cast<char>(at >> 16 & 0xff));
  out.push_back(static_cast<char>(length));
  out.append(text.substr(at, length));
}

}  // namespace

DeltaText::DeltaText(std::string_view text) : base_(std::make_shared<const std::string>(text)) {}

DeltaText DeltaText::against(std::string_view text, const std::shared_ptr<const std::string>& base) {
  if (!base || base->size() != text.size() || text.size() >= kMaxOffset) return DeltaText(text);
  const std::string_view old = *base;
  std::string changes;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Equal stretches (most of the text) eight bytes at a time.
    while (i + 8 <= n && std::memcmp(text.data() + i, old.data() + i, 8) == 0) i += 8;
    while (i < n && text[i] == old[i]) ++i;
    if (i == n) break;
    // A run from the first difference to the last one not followed by kJoinGap equal bytes.
    const std::size_t start = i;
    std::size_t end = i + 1, equal = 0;
    for (std::size_t j = end; j < n && equal < kJoinGap && j - start < kMaxRun; ++j) {
      if (text[j] != old[j]) {
        end = j + 1;
        equal = 0;
      } else {
        ++equal;
      }
    }
    put_run(changes, text, start, end - start);
    if (changes.size() > kMaxChanges) return DeltaText(text);
    i = end;
  }
  DeltaText d;
  d.base_ = base;
  if (changes.empty()) return d;  // the same text: the base alone
  changes.shrink_to_fit();
  d.changes_ = std::move(changes);
  return d;
}

std::size_t DeltaText::memory() const {
  const std::size_t inline_capacity = std::string().capacity();  // short strings live in the object
  return changes_.capacity() > inline_capacity ? changes_.capacity() + 1 : 0;
}

std::string DeltaText::text() const {
  if (!base_) return {};
  std::string out = *base_;
  for (std::size_t p = 0; p + kRunHeader <= changes_.size();) {
    const auto byte = [&](std::size_t k) {
      return static_cast<std::size_t>(static_cast<unsigned char>(changes_[p + k]));
    };
    const std::size_t at = byte(0) | byte(1) << 8 | byte(2) << 16, length = byte(3);
    out.replace(at, length, changes_, p + kRunHeader, length);
    p += kRunHeader + length;
  }
  return out;
}

}  // namespace cl

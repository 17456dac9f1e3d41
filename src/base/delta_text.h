// A text kept as the bytes where it differs from an earlier, shared text of the
// same length. A long timeline's response heads repeat the same browser's last one
// at the same address but for their dates (Date, a cookie's Expires): each step
// keeps tens of bytes of changes instead of a head of ~300.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace cl {

class DeltaText {
 public:
  DeltaText() = default;
  // The text whole: it will be the base of the texts that follow it.
  explicit DeltaText(std::string_view text);
  // `text` as changes to `base` when they are few (same length, at most kMaxChanges
  // bytes of changes), else whole.
  static DeltaText against(std::string_view text, const std::shared_ptr<const std::string>& base);

  std::string text() const;
  std::size_t size() const { return base_ ? base_->size() : 0; }
  // The shared text the changes apply to (or the text itself, when kept whole).
  const std::shared_ptr<const std::string>& base() const { return base_; }
  bool whole() const { return changes_.empty(); }
  std::size_t memory() const;  // bytes on the heap beyond the shared base

  // A text that has drifted further than this from its base is kept whole, and the
  // texts after it are kept against it.
  static constexpr std::size_t kMaxChanges = 64;

 private:
  std::shared_ptr<const std::string> base_;
  // Runs: offset (3 bytes, little-endian), length (1 byte), the run's bytes.
  std::string changes_;
};

}  // namespace cl

// Seeded identifiers. Session keys and tokens look like the real frameworks' ones
// but come from a deterministic generator, so the same scenario gives the same keys.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace cl {

// splitmix64-seeded xoshiro256**: small, fast, and its whole state is a value,
// so the timeline can store it and stepping back restores the same future keys.
class IdGenerator {
 public:
  explicit IdGenerator(std::uint64_t seed = 1);
  std::uint64_t next();
  // `length` characters drawn uniformly from `alphabet`.
  std::string token(std::string_view alphabet, std::size_t length);

  struct State {
    std::uint64_t s[4];
  };
  State state() const;
  void restore(const State& state);

 private:
  State state_;
};

inline constexpr std::string_view kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";
inline constexpr std::string_view kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
inline constexpr std::string_view kUpperHex = "0123456789ABCDEF";
inline constexpr std::string_view kLowerHex = "0123456789abcdef";

}  // namespace cl

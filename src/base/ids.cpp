#include "base/ids.h"

namespace cl {

namespace {

// splitmix64 (Steele, Lea, Flood): spreads a small seed such as 1 or 42 over all
// 256 bits of xoshiro's state, which must not be all zero.
std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

IdGenerator::IdGenerator(std::uint64_t seed) {
  std::uint64_t x = seed;
  for (auto& word : state_.s) word = splitmix64(x);
}

// xoshiro256** 1.0 (Blackman and Vigna).
std::uint64_t IdGenerator::next() {
  std::uint64_t* s = state_.s;
  const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
  const std::uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

std::string IdGenerator::token(std::string_view alphabet, std::size_t length) {
  std::string out;
  if (alphabet.empty()) return out;
  out.reserve(length);
  const std::uint64_t n = alphabet.size();
  // `next() % n` would favour the first (2^64 mod n) letters. Draws at or above the
  // largest multiple of n are thrown away, so every letter is equally likely.
  const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % n + 1) % n;  // last accepted value
  for (std::size_t i = 0; i < length; ++i) {
    std::uint64_t x;
    do x = next();
    while (x > limit);
    out += alphabet[x % n];
  }
  return out;
}

IdGenerator::State IdGenerator::state() const { return state_; }

void IdGenerator::restore(const State& state) { state_ = state; }

}  // namespace cl

// Small text helpers shared by every layer; and the two languages of the product.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cl {

enum class Lang { En, Ko };

// A piece of text the learner reads, in both languages.
struct Bilingual {
  std::string en, ko;
  const std::string& in(Lang lang) const { return lang == Lang::Ko && !ko.empty() ? ko : en; }
  bool empty() const { return en.empty() && ko.empty(); }
  bool operator==(const Bilingual&) const = default;
};
// A Bilingual held by a shared pointer. A timeline step keeps one for its narration
// and one for its explanation; most steps of a long run have neither, and those
// that have one share it, so two pairs of strings in every step were 128 bytes of
// nothing. Reads like the Bilingual it holds (an empty one when it holds none).
class SharedBilingual {
 public:
  SharedBilingual() = default;
  SharedBilingual(Bilingual text)  // NOLINT: assigned like the text it holds
      : p_(text.empty() ? nullptr : std::make_shared<const Bilingual>(std::move(text))) {}
  SharedBilingual(std::shared_ptr<const Bilingual> text) : p_(std::move(text)) {}  // NOLINT: shared as it is
  const Bilingual& get() const { return p_ ? *p_ : none(); }
  operator const Bilingual&() const { return get(); }  // NOLINT: read as a Bilingual
  const Bilingual* operator->() const { return &get(); }
  const std::string& in(Lang lang) const { return get().in(lang); }
  bool empty() const { return get().empty(); }

 private:
  static const Bilingual& none() {
    static const Bilingual empty;
    return empty;
  }
  std::shared_ptr<const Bilingual> p_;
};

// Joins two texts language by language: a message's prefix and its body.
inline Bilingual operator+(Bilingual a, const Bilingual& b) {
  a.en += b.en;
  a.ko += b.ko;
  return a;
}

std::string to_lower_ascii(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
// Trims SP and HTAB (the "WSP" of RFC 6265) from both ends.
std::string_view trim_wsp(std::string_view s);
// Empty pieces are kept ("a;;b" -> 3 pieces). The pieces view into `s`: do not
// split a temporary in a range-for (the string dies before the loop body runs).
std::vector<std::string_view> split(std::string_view s, char sep);
bool starts_with_icase(std::string_view s, std::string_view prefix);
// The first line of `text` without its LF or CRLF, and `text` moved past it: files a
// learner edits come with either ending.
std::string_view take_line(std::string_view& text);
// Writes the last `width` decimal digits of v at `out`, zero-padded: the fixed-width
// fields of dates that are formatted by hand on hot paths, where snprintf costs most.
inline void put_digits(char* out, unsigned long long v, std::size_t width) {
  for (std::size_t i = width; i-- > 0; v /= 10) out[i] = static_cast<char>('0' + v % 10);
}
// Escapes for JSON strings (UTF-8 passes through; control bytes become \u00XX;
// bytes that are not valid UTF-8 become \u00XX of the byte, so output is always valid JSON).
std::string json_escape(std::string_view s);
// Well-formed UTF-8 (Unicode table 3-7: no overlongs, no surrogates, at most U+10FFFF).
bool valid_utf8(std::string_view s);

}  // namespace cl

namespace cl::ko {

// Korean particles (조사) after a word the program fills in: a user name, a
// session key, a status code. The right form depends on whether the word, read
// aloud, ends in a consonant (받침): digits are read as Korean numbers, Latin words
// by how their English ending is usually written in Hangul (l, m, n, ng, b, p end
// in a consonant: 캐럴, 톰, 밥; alice, blog, tracker do not: 앨리스, 블로그, 트래커).
enum class Josa { IGa, EulReul, EunNeun, IRago, EuroRo, GwaWa };
std::string with(std::string_view word, Josa josa);  // the word and its particle
// Whether the text holds a Hangul syllable (U+AC00..U+D7A3): written in Korean.
bool has_hangul(std::string_view text);

}  // namespace cl::ko

#include "page/html_text.h"

#include <array>
#include <cstdint>

namespace cl::page {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// "&#NN;" / "&#xHH;" starting at text[i] == '&' and text[i+1] == '#'. Returns the
// length consumed, or 0 when it is not a complete numeric reference.
std::size_t decode_numeric(std::string_view text, std::size_t i, std::string& out) {
  std::size_t j = i + 2;
  const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
  if (hex) ++j;
  const std::size_t digits_start = j;
  std::uint32_t cp = 0;
  bool too_big = false;
  while (j < text.size()) {
    const char c = text[j];
    int d = -1;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    if (d < 0) break;
    cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    if (cp > 0x10FFFF) {  // stop growing, keep scanning the digits
      too_big = true;
      cp = 0x110000;
    }
    ++j;
  }
  if (j == digits_start || j >= text.size() || text[j] != ';') return 0;
  // HTML 13.2.5.80: NUL, surrogates and values past U+10FFFF become U+FFFD.
  if (too_big || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  append_utf8(out, cp);
  return j + 1 - i;
}

}  // namespace

std::string decode_entities(std::string_view text) {
  struct Named {
    std::string_view name, value;
  };
  static constexpr std::array<Named, 7> kNamed{{{"&amp;", "&"},
                                                {"&lt;", "<"},
                                                {"&gt;", ">"},
                                                {"&quot;", "\""},
                                                {"&apos;", "'"},
                                                {"&#39;", "'"},
                                                {"&nbsp;", "\xC2\xA0"}}};
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    bool done = false;
    for (const Named& n : kNamed) {
      if (text.substr(i, n.name.size()) == n.name) {
        out += n.value;
        i += n.name.size();
        done = true;
        break;
      }
    }
    if (done) continue;
    if (i + 1 < text.size() && text[i + 1] == '#') {
      if (const std::size_t used = decode_numeric(text, i, out)) {
        i += used;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_html_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

namespace {

// Text needs &, < and > escaped; an attribute value in quotes needs the quotes too.
// Copies the runs between special characters whole: most text has none.
void append_escaped(std::string& out, std::string_view text, bool quotes) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = quotes ? "&quot;" : ""; break;
      case '\'': entity = quotes ? "&#39;" : ""; break;
      default: break;
    }
    if (entity.empty()) continue;
    out.append(text, run, i - run).append(entity);
    run = i + 1;
  }
  out.append(text, run);
}

}  // namespace

void append_escaped_text(std::string& out, std::string_view text) { append_escaped(out, text, false); }

void append_escaped_attribute(std::string& out, std::string_view text) { append_escaped(out, text, true); }

}  // namespace cl::page

#include "http/form.h"

namespace cl::http {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_percent(std::string& out, char c) {
  const auto u = static_cast<unsigned char>(c);
  out += '%';
  out += kHex[u >> 4];
  out += kHex[u & 0xF];
}

// WHATWG URL 5.2 "application/x-www-form-urlencoded serializer": the
// urlencoded percent-encode set leaves only ASCII alphanumerics and *-._ as they
// are, and writes space as '+'.
std::string form_encode_component(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_alnum(c) || c == '*' || c == '-' || c == '.' || c == '_') out += c;
    else if (c == ' ') out += '+';
    else append_percent(out, c);
  }
  return out;
}

}  // namespace

std::string form_encode(const FormFields& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += form_encode_component(name);
    out += '=';
    out += form_encode_component(value);
  }
  return out;
}

// WHATWG URL 5.1 "application/x-www-form-urlencoded parsing": split on '&', drop
// empty pieces, split each on its first '=', then '+' -> space and percent-decode.
FormFields form_decode(std::string_view body) {
  FormFields fields;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view piece = body.substr(start, end - start);
    start = end + 1;
    if (piece.empty()) continue;
    const std::size_t eq = piece.find('=');
    std::string name(piece.substr(0, eq));
    std::string value(eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1));
    for (char& c : name)
      if (c == '+') c = ' ';
    for (char& c : value)
      if (c == '+') c = ' ';
    fields.emplace_back(percent_decode(name), percent_decode(value));
  }
  return fields;
}

// WHATWG URL 1.3 "percent-decode": a '%' not followed by two hex digits stays as it is.
std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string percent_encode_keeping(std::string_view text, std::string_view keep) {
  std::string out;
  for (char c : text) {
    if (is_alnum(c) || keep.find(c) != std::string_view::npos) out += c;
    else append_percent(out, c);
  }
  return out;
}

// RFC 3986 2.3: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
std::string percent_encode(std::string_view text) { return percent_encode_keeping(text, "-._~"); }

const std::string* form_get(const FormFields& fields, std::string_view name) {
  for (const auto& [n, v] : fields)
    if (n == name) return &v;
  return nullptr;
}

}  // namespace cl::http

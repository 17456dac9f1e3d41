// application/x-www-form-urlencoded (WHATWG URL "urlencoded" serializer and parser).
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cl::http {

using FormFields = std::vector<std::pair<std::string, std::string>>;

std::string form_encode(const FormFields& fields);  // space -> '+', others %XX upper-case
FormFields form_decode(std::string_view body);      // '+' -> space, bad %XX kept as is
std::string percent_decode(std::string_view text);
std::string percent_encode(std::string_view text);  // keeps unreserved characters
// Keeps the letters, digits and every character of `keep`; %XX (upper-case) for the
// rest. Frameworks differ only in this set: Python's quote(safe="/") keeps "-._~/",
// ECMAScript's encodeURIComponent keeps "-_.!~*'()".
std::string percent_encode_keeping(std::string_view text, std::string_view keep);

const std::string* form_get(const FormFields& fields, std::string_view name);

}  // namespace cl::http

// application/x-www-form-urlencoded (WHATWG URL "urlencoded" serializer and parser).
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cl::http {

using FormFields = std::vector<std::pair<std::string, std::string>>;

std::string form_encode(const FormFields& fields);  // space -> '+', others %XX upper-case
FormFields form_decode(std::string_view body);       // '+' -> space, bad %XX kept as is
std::string percent_decode(std::string_view text);
std::string percent_encode(std::string_view text);   // keeps unreserved characters

const std::string* form_get(const FormFields& fields, std::string_view name);

}  // namespace cl::http

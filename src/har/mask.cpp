#include "har/mask.h"

#include <vector>
#include "base/text.h"

namespace cl::har {

namespace {

constexpr std::size_t kBodyScanLimit = 256u << 10;
constexpr std::size_t kEchoMinLength = 8;  // shorter values ("1", "on") are too common to replace in text

// "a=b; c=d": each value masked, names and order kept (RFC 6265 4.2.1 cookie-string).
std::string mask_cookie_header(std::string_view v, Masks& m) {
  std::string out;
  for (std::string_view pair : split(v, ';')) {
    pair = trim_wsp(pair);
    if (!out.empty()) out += "; ";
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) {
      out += pair;  // a nameless cookie: its only text is its value
      continue;
    }
    const std::string value(pair.substr(eq + 1));
    out.append(pair.substr(0, eq + 1)).append(value.empty() ? value : m.of(value));
  }
  return out;
}

// "sid=abc; Path=/; HttpOnly": the value (up to the first ';') masked, the attributes kept.
std::string mask_set_cookie(std::string_view v, Masks& m) {
  const std::size_t semi = v.find(';');
  const std::string_view pair = v.substr(0, semi);
  const std::size_t eq = pair.find('=');
  if (eq == std::string_view::npos) return std::string(v);
  std::string value(trim_wsp(pair.substr(eq + 1)));
  std::string out(pair.substr(0, eq + 1));
  out += value.empty() || value == "\"\"" ? value : m.of(value);
  if (semi != std::string_view::npos) out.append(v.substr(semi));
  return out;
}

// "name=value&..." with the values of secret names masked.
std::string mask_form(std::string_view text, Masks& m) {
  std::string out;
  bool first = true;
  for (std::string_view part : split(text, '&')) {
    if (!first) out += '&';
    first = false;
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || !secret_name(part.substr(0, eq)) || eq + 1 == part.size()) {
      out += part;
      continue;
    }
    out.append(part.substr(0, eq + 1)).append(m.of(std::string(part.substr(eq + 1))));
  }
  return out;
}

std::string mask_url(std::string_view url, Masks& m) {
  const std::size_t q = url.find('?');
  if (q == std::string_view::npos) return std::string(url);
  const std::size_t hash = url.find('#', q);
  std::string out(url.substr(0, q + 1));
  out += mask_form(url.substr(q + 1, hash == std::string_view::npos ? std::string_view::npos : hash - q - 1), m);
  if (hash != std::string_view::npos) out += url.substr(hash);
  return out;
}

std::string mask_authorization(std::string_view v, Masks& m) {
  const std::size_t space = v.find(' ');
  if (space == std::string_view::npos) return m.of(std::string(v));
  return std::string(v.substr(0, space + 1)) + m.of(std::string(trim_wsp(v.substr(space + 1))));
}

void mask_headers(std::vector<Header>& headers, Masks& m) {
  for (Header& h : headers) {
    if (iequals_ascii(h.name, "Cookie")) h.value = mask_cookie_header(h.value, m);
    else if (iequals_ascii(h.name, "Set-Cookie")) h.value = mask_set_cookie(h.value, m);
    else if (iequals_ascii(h.name, "Authorization") || iequals_ascii(h.name, "Proxy-Authorization"))
      h.value = mask_authorization(h.value, m);
    else if (iequals_ascii(h.name, "Referer") || iequals_ascii(h.name, "Location")) h.value = mask_url(h.value, m);
    else if (secret_name(h.name) && !h.value.empty()) h.value = m.of(h.value);
  }
}

bool textual(std::string_view mime) {
  return mime.starts_with("text/") || mime.find("json") != std::string_view::npos ||
         mime.find("xml") != std::string_view::npos || mime.find("javascript") != std::string_view::npos ||
         mime.find("x-www-form-urlencoded") != std::string_view::npos;
}

// Values already masked that appear again in a text: replaced by their masks.
void mask_echoes(std::string& text, const std::vector<std::pair<std::string, std::string>>& secrets) {
  if (text.size() > kBodyScanLimit) return;
  for (const auto& [value, mask] : secrets) {
    for (std::size_t at = text.find(value); at != std::string::npos; at = text.find(value, at + mask.size()))
      text.replace(at, value.size(), mask);
  }
}

}  // namespace

const std::string& Masks::of(const std::string& value) {
  auto it = by_value_.find(value);
  if (it == by_value_.end()) it = by_value_.emplace(value, "masked-" + std::to_string(by_value_.size() + 1)).first;
  return it->second;
}

bool secret_name(std::string_view name) {
  const std::string n = to_lower_ascii(name);
  for (std::string_view w : {"pass", "pwd", "token", "csrf", "xsrf", "auth", "secret", "api-key", "apikey", "session"})
    if (n.find(w) != std::string::npos) return true;
  return false;
}

Masks mask_secrets(Capture& capture) {
  Masks m;
  for (Entry& e : capture.entries) {
    e.request.url = mask_url(e.request.url, m);
    mask_headers(e.request.headers, m);
    mask_headers(e.response.headers, m);
    e.response.redirect_url = mask_url(e.response.redirect_url, m);
    if (e.request.post) {
      PostData& p = *e.request.post;
      for (Header& param : p.params)
        if (secret_name(param.name) && !param.value.empty()) param.value = m.of(param.value);
      if (p.mime_type.find("x-www-form-urlencoded") != std::string::npos || p.mime_type.empty())
        p.text = mask_form(p.text, m);
    }
  }
  // CookieLab's own export: a cookie set by hand or by script is masked as a Set-Cookie.
  for (LabEvent& ev : capture.lab_events) {
    if (!ev.cookie.empty()) ev.cookie = mask_set_cookie(ev.cookie, m);
    ev.url = mask_url(ev.url, m);
  }
  // A second pass: a secret the first pass found may be repeated in a page or a post.
  std::vector<std::pair<std::string, std::string>> secrets;
  for (const auto& [value, mask] : m.all())
    if (value.size() >= kEchoMinLength) secrets.emplace_back(value, mask);
  if (secrets.empty()) return m;
  for (Entry& e : capture.entries) {
    if (e.request.post) mask_echoes(e.request.post->text, secrets);
    if (textual(e.response.content.mime_type)) mask_echoes(e.response.content.text, secrets);
  }
  return m;
}

}  // namespace cl::har

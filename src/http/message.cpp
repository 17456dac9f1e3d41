#include "http/message.h"

#include <cstring>

#include <optional>
#include <string>

#include "base/text.h"

namespace cl::http {

// ---------------------------------------------------------------------------
// Headers

const std::string* Headers::find(std::string_view name) const {
  for (const Field& f : fields)
    if (iequals_ascii(f.name, name)) return &f.value;
  return nullptr;
}

std::vector<std::string> Headers::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const Field& f : fields)
    if (iequals_ascii(f.name, name)) out.push_back(f.value);
  return out;
}

void Headers::add(std::string name, std::string value) {
  if (fields.empty()) fields.reserve(8);  // a message has a handful: grown once, not four times
  fields.push_back({std::move(name), std::move(value)});
}

// The first field of that name keeps its place (and its spelling of the name is
// replaced by the caller's); later repeats are dropped.
void Headers::set(std::string_view name, std::string value) {
  bool placed = false;
  for (auto it = fields.begin(); it != fields.end();) {
    if (!iequals_ascii(it->name, name)) {
      ++it;
    } else if (!placed) {
      it->name = std::string(name);
      it->value = std::move(value);
      placed = true;
      ++it;
    } else {
      it = fields.erase(it);
    }
  }
  if (!placed) fields.push_back({std::string(name), std::move(value)});
}

std::size_t Headers::remove(std::string_view name) {
  return std::erase_if(fields, [&](const Field& f) { return iequals_ascii(f.name, name); });
}

// ---------------------------------------------------------------------------
// Reason phrases (RFC 9110 15)

std::string_view reason_phrase(int status) {
  switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 418: return "I'm a teapot";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "";
  }
}

// ---------------------------------------------------------------------------
// Serialisation (RFC 9112 2.1: start-line, field lines, CRLF, body)

namespace {

// The start line's three parts, the fields and the body, written into one string
// sized once: every exchange of a long run is serialised.
std::string serialize(std::string_view a, std::string_view b, std::string_view c, const Headers& headers,
                      std::string_view body) {
  std::size_t size = a.size() + b.size() + c.size() + 4 + 2 + body.size();
  for (const Field& f : headers.fields) size += f.name.size() + f.value.size() + 4;
  std::string out(size, '\0');
  char* p = out.data();
  const auto put = [&p](std::string_view s) {
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    p += s.size();
  };
  for (std::string_view part : {a, std::string_view(" "), b, std::string_view(" "), c}) put(part);
  put("\r\n");
  for (const Field& f : headers.fields) {
    put(f.name);
    put(": ");
    put(f.value);
    put("\r\n");
  }
  put("\r\n");
  put(body);
  return out;
}

}  // namespace

std::string serialize(const Request& request) {
  return serialize(request.method, request.target, request.version, request.headers, request.body);
}

std::string serialize(const Response& response) {
  return serialize(response.version, std::to_string(response.status), response.reason, response.headers,
                   response.body);
}

// ---------------------------------------------------------------------------
// Parsing (RFC 9112)

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ws(char c) { return c == ' ' || c == '\t'; }
bool is_vchar(char c) { return c >= 0x21 && c <= 0x7E; }
bool is_obs_text(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// RFC 9110 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
bool is_tchar(char c) {
  if (is_digit(c) || is_alpha(c)) return true;
  for (char t : std::string_view("!#$%&'*+-.^_`|~"))
    if (c == t) return true;
  return false;
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// How a byte is named in an error message.
std::string describe(char c) {
  switch (c) {
    case ' ': return "SP";
    case '\t': return "HTAB";
    case '\r': return "CR";
    case '\n': return "LF";
    default: break;
  }
  if (is_vchar(c)) return std::string("'") + c + "'";
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto u = static_cast<unsigned char>(c);
  return std::string("byte 0x") + kHex[u >> 4] + kHex[u & 0xF];
}

// A position in the input plus the first problem met; every grammar rule below
// returns false after recording one.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  ParseStatus status = ParseStatus::Ok;
  std::size_t error_at = 0;
  std::string message;

  bool at_end() const { return pos >= text.size(); }
  char peek() const { return text[pos]; }
  std::string found() const { return at_end() ? "the end of the input" : describe(peek()); }

  // More bytes could still make this a valid message.
  bool incomplete(std::string_view expected) {
    status = ParseStatus::Incomplete;
    error_at = text.size();
    message = "the message ends early; expected " + std::string(expected);
    return false;
  }
  bool invalid(std::size_t at, std::string text_of_error) {
    status = ParseStatus::Invalid;
    error_at = at;
    message = std::move(text_of_error);
    return false;
  }
  // Invalid at the current byte: "found X ...; expected Y".
  bool unexpected(std::string_view where, std::string_view expected) {
    return invalid(pos, "found " + found() + " " + std::string(where) + "; expected " + std::string(expected));
  }
};

// RFC 9112 2.2: a line ends with CRLF; a bare LF is accepted as a line end, a bare
// CR is not (it could make two parsers disagree on where a line ends).
bool read_line_end(Cursor& c, std::string_view where) {
  if (c.at_end()) return c.incomplete("the end of the line (CRLF)");
  if (c.peek() == '\n') {
    ++c.pos;
    return true;
  }
  if (c.peek() != '\r') return c.unexpected(where, "the end of the line (CRLF)");
  ++c.pos;
  if (c.at_end()) return c.incomplete("LF after CR");
  if (c.peek() != '\n') return c.invalid(c.pos - 1, "found a bare CR " + std::string(where) + "; expected CRLF");
  ++c.pos;
  return true;
}

bool at_line_end(const Cursor& c) { return !c.at_end() && (c.peek() == '\r' || c.peek() == '\n'); }

// token = 1*tchar (RFC 9110 5.6.2)
bool read_token(Cursor& c, std::string& out, std::string_view what) {
  const std::size_t start = c.pos;
  while (!c.at_end() && is_tchar(c.peek())) ++c.pos;
  if (c.at_end()) return c.incomplete(std::string(what) + " to go on");
  if (c.pos == start)
    return c.unexpected("where " + std::string(what) + " should start",
                        std::string(what) + " (letters, digits or !#$%&'*+-.^_`|~)");
  out.assign(c.text.substr(start, c.pos - start));
  return true;
}

bool read_sp(Cursor& c, std::string_view after) {
  if (c.at_end()) return c.incomplete("SP after " + std::string(after));
  if (c.peek() != ' ') return c.unexpected("after " + std::string(after), "a single SP");
  ++c.pos;
  return true;
}

// RFC 9112 2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT (case-sensitive).
bool read_version(Cursor& c, std::string& out) {
  const std::size_t start = c.pos;
  constexpr std::string_view kName = "HTTP/";
  for (char want : kName) {
    if (c.at_end()) return c.incomplete("an HTTP version such as HTTP/1.1");
    if (c.peek() != want) return c.unexpected("in the HTTP version", "HTTP/1.1 (upper-case \"HTTP/\")");
    ++c.pos;
  }
  for (char pattern : std::string_view("9.9")) {
    if (c.at_end()) return c.incomplete("an HTTP version such as HTTP/1.1");
    const bool good = pattern == '.' ? c.peek() == '.' : is_digit(c.peek());
    if (!good) return c.unexpected("in the HTTP version", pattern == '.' ? "'.'" : "a digit (as in HTTP/1.1)");
    ++c.pos;
  }
  out.assign(c.text.substr(start, c.pos - start));
  return true;
}

// RFC 9112 3: request-line = method SP request-target SP HTTP-version CRLF
bool parse_request_line(Cursor& c, Request& r) {
  // RFC 9112 2.2: a server SHOULD ignore empty lines received before the request-line.
  while (!c.at_end() && (c.peek() == '\r' || c.peek() == '\n')) {
    if (!read_line_end(c, "before the request-line")) return false;
  }
  if (!read_token(c, r.method, "the method")) return false;
  if (!read_sp(c, "the method")) return false;
  // RFC 9112 3.2: the target has no whitespace; we take any visible ASCII and let
  // the server judge its form (origin-form "/path?q" in practice).
  const std::size_t start = c.pos;
  while (!c.at_end() && is_vchar(c.peek())) ++c.pos;
  if (c.at_end()) return c.incomplete("the request-target to go on");
  if (c.pos == start) return c.unexpected("where the request-target should start", "a target such as /index.html");
  r.target.assign(c.text.substr(start, c.pos - start));
  if (c.peek() != ' ')
    return c.unexpected("in the request-target", "SP and then the HTTP version (the target has no spaces or controls)");
  ++c.pos;
  if (!read_version(c, r.version)) return false;
  return read_line_end(c, "after the HTTP version");
}

// RFC 9112 4: status-line = HTTP-version SP status-code SP [ reason-phrase ] CRLF
bool parse_status_line(Cursor& c, Response& r) {
  if (!read_version(c, r.version)) return false;
  if (!read_sp(c, "the HTTP version")) return false;
  const std::size_t start = c.pos;
  int code = 0;
  for (int i = 0; i < 3; ++i) {
    if (c.at_end()) return c.incomplete("a three-digit status code");
    if (!is_digit(c.peek())) return c.unexpected("in the status code", "three digits such as 200");
    code = code * 10 + (c.peek() - '0');
    ++c.pos;
  }
  // RFC 9110 15: status codes are 100 to 599.
  if (code < 100 || code > 599)
    return c.invalid(start, "found status code " + std::to_string(code) + "; expected a code from 100 to 599");
  r.status = code;
  if (!read_sp(c, "the status code")) return false;
  // reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
  const std::size_t reason_start = c.pos;
  while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
  r.reason.assign(c.text.substr(reason_start, c.pos - reason_start));
  if (c.at_end()) return c.incomplete("the rest of the status-line");
  return read_line_end(c, "in the reason phrase");
}

// RFC 9112 5: field-line = field-name ":" OWS field-value OWS
bool parse_field_line(Cursor& c, Headers& headers, std::vector<std::size_t>& value_offsets) {
  Field field;
  if (!read_token(c, field.name, "a field name")) return false;
  if (is_ws(c.peek()))
    return c.invalid(c.pos, "found " + describe(c.peek()) + " between the field name \"" + field.name +
                                "\" and the colon; RFC 9112 5.1 forbids whitespace there (expected ':')");
  if (c.peek() != ':') return c.unexpected("in the field name \"" + field.name + "\"", "':' after the field name");
  ++c.pos;
  while (!c.at_end() && is_ws(c.peek())) ++c.pos;
  const std::size_t start = c.pos;
  // RFC 9110 5.5: field-value bytes are VCHAR, obs-text, SP and HTAB; NUL and other
  // controls are refused (a CR or LF inside a value would split a field in two).
  while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
  if (c.at_end()) return c.incomplete("the rest of the \"" + field.name + "\" field line");
  if (!at_line_end(c))
    return c.unexpected("in the value of \"" + field.name + "\"", "visible characters, SP or HTAB");
  field.value = std::string(trim_wsp(c.text.substr(start, c.pos - start)));
  if (!read_line_end(c, "in a field line")) return false;
  headers.fields.push_back(std::move(field));
  value_offsets.push_back(start);
  return true;
}

// The field section ends with an empty line.
bool parse_field_section(Cursor& c, Headers& headers, std::vector<std::size_t>& value_offsets) {
  bool first = true;
  while (true) {
    if (c.at_end()) return c.incomplete("a field line or the empty line that ends the header");
    if (at_line_end(c)) return read_line_end(c, "at the end of the header");
    if (is_ws(c.peek())) {
      if (first)  // RFC 9112 2.2: whitespace before the first field line must be refused
        return c.invalid(c.pos, "found " + describe(c.peek()) +
                                    " at the start of the first field line; expected a field name (RFC 9112 2.2)");
      return c.invalid(c.pos, "found " + describe(c.peek()) +
                                  " at the start of a field line: obs-fold (a line continuing the previous field) "
                                  "is refused (RFC 9112 5.2); expected a field name");
    }
    if (!parse_field_line(c, headers, value_offsets)) return false;
    first = false;
  }
}

// RFC 9110 8.6: Content-Length = 1*DIGIT. A list of the same number repeated (in one
// field or several) may be taken as that number; differing values must be refused,
// since two readers could then disagree on where the body ends.
bool read_content_length(Cursor& c, const Headers& headers, const std::vector<std::size_t>& value_offsets,
                         std::optional<std::size_t>& length) {
  constexpr std::size_t kMaxDigits = 15;  // far above any simulated body, far below overflow
  for (std::size_t i = 0; i < headers.fields.size(); ++i) {
    if (!iequals_ascii(headers.fields[i].name, "Content-Length")) continue;
    const std::size_t at = value_offsets[i];
    for (std::string_view part : split(headers.fields[i].value, ',')) {
      part = trim_wsp(part);
      if (part.empty() || part.size() > kMaxDigits)
        return c.invalid(at, "found Content-Length \"" + headers.fields[i].value +
                                 "\"; expected a decimal number of at most 15 digits");
      std::size_t n = 0;
      for (char d : part) {
        if (!is_digit(d))
          return c.invalid(at, "found Content-Length \"" + headers.fields[i].value + "\"; expected only digits");
        n = n * 10 + static_cast<std::size_t>(d - '0');
      }
      if (length && *length != n)
        return c.invalid(at, "found conflicting Content-Length values (" + std::to_string(*length) + " and " +
                                 std::to_string(n) + "); expected one length (RFC 9110 8.6)");
      length = n;
    }
  }
  return true;
}

// RFC 9112 7.1: chunked-body = *chunk last-chunk trailer-section CRLF
bool decode_chunked(Cursor& c, std::string& body) {
  while (true) {
    // chunk-size = 1*HEXDIG
    const std::size_t start = c.pos;
    std::size_t size = 0;
    while (!c.at_end() && hex_value(c.peek()) >= 0) {
      if (c.pos - start >= 15) return c.invalid(start, "found a chunk size of more than 15 hex digits; expected a size");
      size = size * 16 + static_cast<std::size_t>(hex_value(c.peek()));
      ++c.pos;
    }
    if (c.at_end()) return c.incomplete("a chunk size line");
    if (c.pos == start) return c.unexpected("where a chunk size should start", "a hexadecimal chunk size");
    // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ): read and ignored
    // (RFC 9112 7.1.1 lets a recipient ignore extensions it does not understand).
    if (!at_line_end(c)) {
      if (c.peek() != ';' && !is_ws(c.peek()))
        return c.unexpected("after the chunk size", "CRLF or a ';' chunk extension");
      while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
      if (c.at_end()) return c.incomplete("the end of the chunk size line");
    }
    if (!read_line_end(c, "in the chunk size line")) return false;
    if (size == 0) break;
    if (c.text.size() - c.pos < size)
      return c.incomplete(std::to_string(size) + " bytes of chunk data, " + std::to_string(c.text.size() - c.pos) +
                          " present");
    body.append(c.text.substr(c.pos, size));
    c.pos += size;
    if (!read_line_end(c, "after " + std::to_string(size) + " bytes of chunk data")) return false;
  }
  // trailer-section = *( field-line CRLF ). RFC 9112 7.1.2: trailers may not be merged
  // into the header unless known to be safe; we read them and drop them.
  Headers trailers;
  std::vector<std::size_t> offsets;
  return parse_field_section(c, trailers, offsets);
}

// RFC 9112 6.3: how long the body is.
bool read_body(Cursor& c, Headers& headers, const std::vector<std::size_t>& value_offsets, std::string& body,
               bool is_response, int status) {
  // Items 1-2: these responses never have a body, whatever the fields say.
  if (is_response && (status < 200 || status == 204 || status == 304)) return true;
  std::optional<std::size_t> length;
  if (!read_content_length(c, headers, value_offsets, length)) return false;
  if (const std::string* te = headers.find("Transfer-Encoding")) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < headers.fields.size(); ++i)
      if (iequals_ascii(headers.fields[i].name, "Transfer-Encoding")) at = value_offsets[i];
    // Item 3: both framings at once is how request smuggling starts; refuse it.
    if (length)
      return c.invalid(at, "found both Transfer-Encoding and Content-Length; expected only one (RFC 9112 6.3)");
    std::vector<std::string_view> codings;
    for (const Field& f : headers.fields) {
      if (!iequals_ascii(f.name, "Transfer-Encoding")) continue;
      for (std::string_view part : split(f.value, ','))
        if (!trim_wsp(part).empty()) codings.push_back(trim_wsp(part));
    }
    if (codings.size() != 1 || !iequals_ascii(codings[0], "chunked"))
      return c.invalid(at, "found Transfer-Encoding \"" + *te + "\"; expected \"chunked\" (the only coding supported)");
    if (!decode_chunked(c, body)) return false;
    // RFC 9112 7.1.3: once decoded, the message is framed by Content-Length instead.
    headers.remove("Transfer-Encoding");
    headers.set("Content-Length", std::to_string(body.size()));
    return true;
  }
  if (length) {
    const std::size_t have = c.text.size() - c.pos;
    if (have < *length)
      return c.incomplete(std::to_string(*length) + " bytes of body (Content-Length), " + std::to_string(have) +
                          " present");
    body.assign(c.text.substr(c.pos, *length));
    c.pos += *length;
    return true;
  }
  // Item 7 (request without a length: no body); item 8 (response: read until the
  // connection closes, here the end of the input).
  if (is_response) {
    body.assign(c.text.substr(c.pos));
    c.pos = c.text.size();
  }
  return true;
}

template <class Message>
Parsed<Message> finish(const Cursor& c, Message message, bool ok) {
  Parsed<Message> out;
  if (ok) {
    out.status = ParseStatus::Ok;
    out.message = std::move(message);
    out.consumed = c.pos;
    return out;
  }
  out.status = c.status;
  out.error.offset = c.error_at;
  out.error.message = c.message;
  // 1-based line and column of the offending byte, counted in bytes.
  out.error.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < c.error_at && i < c.text.size(); ++i) {
    if (c.text[i] == '\n') {
      ++out.error.line;
      line_start = i + 1;
    }
  }
  out.error.column = static_cast<int>(c.error_at - line_start) + 1;
  return out;
}

}  // namespace

Parsed<Request> parse_request(std::string_view text) {
  Cursor c;
  c.text = text;
  Request r;
  std::vector<std::size_t> offsets;
  const bool ok = parse_request_line(c, r) && parse_field_section(c, r.headers, offsets) &&
                  read_body(c, r.headers, offsets, r.body, false, 0);
  return finish(c, std::move(r), ok);
}

Parsed<Response> parse_response(std::string_view text) {
  Cursor c;
  c.text = text;
  Response r;
  std::vector<std::size_t> offsets;
  const bool ok = parse_status_line(c, r) && parse_field_section(c, r.headers, offsets) &&
                  read_body(c, r.headers, offsets, r.body, true, r.status);
  return finish(c, std::move(r), ok);
}

bool body_is_text(std::string_view body, std::string_view content_type) {
  const std::string type = to_lower_ascii(trim_wsp(content_type.substr(0, content_type.find(';'))));
  const bool textual = type.empty() || type.rfind("text/", 0) == 0 || type.find("json") != std::string::npos ||
                       type.find("xml") != std::string::npos || type.find("javascript") != std::string::npos ||
                       type == "application/x-www-form-urlencoded";
  return textual && valid_utf8(body);
}

}  // namespace cl::http

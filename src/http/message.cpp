#include "http/message.h"

#include <cstring>

#include <optional>
#include <string>

#include "base/text.h"
#include "http/http_messages.h"

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
  return serialize(response.version, std::to_string(response.status), response.reason, response.headers, response.body);
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

// How a byte is named in an error message: by its ABNF name, quoted, or in hex.
Message describe(char c) {
  switch (c) {
    case ' ': return message(HttpMsg::ByteSp);
    case '\t': return message(HttpMsg::ByteHtab);
    case '\r': return message(HttpMsg::ByteCr);
    case '\n': return message(HttpMsg::ByteLf);
    default: break;
  }
  if (is_vchar(c)) return std::string("'") + c + "'";
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto u = static_cast<unsigned char>(c);
  return message(HttpMsg::Byte, {std::string{kHex[u >> 4], kHex[u & 0xF]}});
}

// A position in the input plus the first problem met; every grammar rule below
// returns false after recording one.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  ParseStatus status = ParseStatus::Ok;
  std::size_t error_at = 0;
  Message problem;

  bool at_end() const { return pos >= text.size(); }
  char peek() const { return text[pos]; }
  Message found() const { return at_end() ? message(HttpMsg::EndOfInput) : describe(peek()); }

  // More bytes could still make this a valid message.
  bool incomplete(Message expected) {
    status = ParseStatus::Incomplete;
    error_at = text.size();
    problem = message(HttpMsg::Incomplete, {std::move(expected)});
    return false;
  }
  bool invalid(std::size_t at, Message what) {
    status = ParseStatus::Invalid;
    error_at = at;
    problem = std::move(what);
    return false;
  }
  // Invalid at the current byte: "found X ...; expected Y".
  bool unexpected(Message where, Message expected) {
    return invalid(pos, message(HttpMsg::Unexpected, {found(), std::move(where), std::move(expected)}));
  }
};

Message phrase(HttpMsg kind) { return message(kind); }

// RFC 9112 2.2: a line ends with CRLF; a bare LF is accepted as a line end, a bare
// CR is not (it could make two parsers disagree on where a line ends).
bool read_line_end(Cursor& c, const Message& where) {
  if (c.at_end()) return c.incomplete(phrase(HttpMsg::LineEnd));
  if (c.peek() == '\n') {
    ++c.pos;
    return true;
  }
  if (c.peek() != '\r') return c.unexpected(where, phrase(HttpMsg::LineEnd));
  ++c.pos;
  if (c.at_end()) return c.incomplete(phrase(HttpMsg::LfAfterCr));
  if (c.peek() != '\n') return c.invalid(c.pos - 1, message(HttpMsg::BareCr, {where}));
  ++c.pos;
  return true;
}

bool at_line_end(const Cursor& c) { return !c.at_end() && (c.peek() == '\r' || c.peek() == '\n'); }

// token = 1*tchar (RFC 9110 5.6.2)
bool read_token(Cursor& c, std::string& out, HttpMsg what) {
  const std::size_t start = c.pos;
  while (!c.at_end() && is_tchar(c.peek())) ++c.pos;
  if (c.at_end()) return c.incomplete(message(HttpMsg::TokenToGoOn, {phrase(what)}));
  if (c.pos == start)
    return c.unexpected(message(HttpMsg::TokenStart, {phrase(what)}), message(HttpMsg::TokenChars, {phrase(what)}));
  out.assign(c.text.substr(start, c.pos - start));
  return true;
}

bool read_sp(Cursor& c, HttpMsg after) {
  if (c.at_end()) return c.incomplete(message(HttpMsg::SpAfter, {phrase(after)}));
  if (c.peek() != ' ') return c.unexpected(message(HttpMsg::After, {phrase(after)}), phrase(HttpMsg::ASingleSp));
  ++c.pos;
  return true;
}

// RFC 9112 2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT (case-sensitive).
bool read_version(Cursor& c, std::string& out) {
  const std::size_t start = c.pos;
  constexpr std::string_view kName = "HTTP/";
  for (char want : kName) {
    if (c.at_end()) return c.incomplete(phrase(HttpMsg::VersionExample));
    if (c.peek() != want) return c.unexpected(phrase(HttpMsg::InVersion), phrase(HttpMsg::VersionUpper));
    ++c.pos;
  }
  for (char pattern : std::string_view("9.9")) {
    if (c.at_end()) return c.incomplete(phrase(HttpMsg::VersionExample));
    const bool good = pattern == '.' ? c.peek() == '.' : is_digit(c.peek());
    if (!good)
      return c.unexpected(phrase(HttpMsg::InVersion), phrase(pattern == '.' ? HttpMsg::Dot : HttpMsg::VersionDigit));
    ++c.pos;
  }
  out.assign(c.text.substr(start, c.pos - start));
  return true;
}

// RFC 9112 3: request-line = method SP request-target SP HTTP-version CRLF
bool parse_request_line(Cursor& c, Request& r) {
  // RFC 9112 2.2: a server SHOULD ignore empty lines received before the request-line.
  while (!c.at_end() && (c.peek() == '\r' || c.peek() == '\n')) {
    if (!read_line_end(c, phrase(HttpMsg::BeforeRequestLine))) return false;
  }
  if (!read_token(c, r.method, HttpMsg::TheMethod)) return false;
  if (!read_sp(c, HttpMsg::TheMethod)) return false;
  // RFC 9112 3.2: the target has no whitespace; we take any visible ASCII and let
  // the server judge its form (origin-form "/path?q" in practice).
  const std::size_t start = c.pos;
  while (!c.at_end() && is_vchar(c.peek())) ++c.pos;
  if (c.at_end()) return c.incomplete(phrase(HttpMsg::TargetToGoOn));
  if (c.pos == start) return c.unexpected(phrase(HttpMsg::TargetStart), phrase(HttpMsg::TargetExample));
  r.target.assign(c.text.substr(start, c.pos - start));
  if (c.peek() != ' ') return c.unexpected(phrase(HttpMsg::InTarget), phrase(HttpMsg::SpThenVersion));
  ++c.pos;
  if (!read_version(c, r.version)) return false;
  return read_line_end(c, message(HttpMsg::After, {phrase(HttpMsg::TheHttpVersion)}));
}

// RFC 9112 4: status-line = HTTP-version SP status-code SP [ reason-phrase ] CRLF
bool parse_status_line(Cursor& c, Response& r) {
  if (!read_version(c, r.version)) return false;
  if (!read_sp(c, HttpMsg::TheHttpVersion)) return false;
  const std::size_t start = c.pos;
  int code = 0;
  for (int i = 0; i < 3; ++i) {
    if (c.at_end()) return c.incomplete(phrase(HttpMsg::StatusDigits));
    if (!is_digit(c.peek())) return c.unexpected(phrase(HttpMsg::InStatusCode), phrase(HttpMsg::ThreeDigits));
    code = code * 10 + (c.peek() - '0');
    ++c.pos;
  }
  // RFC 9110 15: status codes are 100 to 599.
  if (code < 100 || code > 599) return c.invalid(start, message(HttpMsg::StatusRange, {std::to_string(code)}));
  r.status = code;
  if (!read_sp(c, HttpMsg::TheStatusCode)) return false;
  // reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
  const std::size_t reason_start = c.pos;
  while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
  r.reason.assign(c.text.substr(reason_start, c.pos - reason_start));
  if (c.at_end()) return c.incomplete(phrase(HttpMsg::RestOfStatusLine));
  return read_line_end(c, phrase(HttpMsg::InReason));
}

// RFC 9112 5: field-line = field-name ":" OWS field-value OWS
bool parse_field_line(Cursor& c, Headers& headers, std::vector<std::size_t>& value_offsets) {
  Field field;
  if (!read_token(c, field.name, HttpMsg::AFieldName)) return false;
  if (is_ws(c.peek())) return c.invalid(c.pos, message(HttpMsg::SpaceBeforeColon, {describe(c.peek()), field.name}));
  if (c.peek() != ':')
    return c.unexpected(message(HttpMsg::InFieldName, {field.name}), phrase(HttpMsg::ColonAfterName));
  ++c.pos;
  while (!c.at_end() && is_ws(c.peek())) ++c.pos;
  const std::size_t start = c.pos;
  // RFC 9110 5.5: field-value bytes are VCHAR, obs-text, SP and HTAB; NUL and other
  // controls are refused (a CR or LF inside a value would split a field in two).
  while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
  if (c.at_end()) return c.incomplete(message(HttpMsg::RestOfField, {field.name}));
  if (!at_line_end(c)) return c.unexpected(message(HttpMsg::InValueOf, {field.name}), phrase(HttpMsg::FieldChars));
  field.value = std::string(trim_wsp(c.text.substr(start, c.pos - start)));
  if (!read_line_end(c, phrase(HttpMsg::InFieldLine))) return false;
  headers.fields.push_back(std::move(field));
  value_offsets.push_back(start);
  return true;
}

// The field section ends with an empty line.
bool parse_field_section(Cursor& c, Headers& headers, std::vector<std::size_t>& value_offsets) {
  bool first = true;
  while (true) {
    if (c.at_end()) return c.incomplete(phrase(HttpMsg::FieldOrEnd));
    if (at_line_end(c)) return read_line_end(c, phrase(HttpMsg::HeaderEnd));
    if (is_ws(c.peek())) {
      // RFC 9112 2.2: whitespace before the first field line must be refused; later, it is obs-fold (5.2).
      return c.invalid(c.pos, message(first ? HttpMsg::LeadingSpace : HttpMsg::ObsFold, {describe(c.peek())}));
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
        return c.invalid(at, message(HttpMsg::LengthNotNumber, {headers.fields[i].value}));
      std::size_t n = 0;
      for (char d : part) {
        if (!is_digit(d)) return c.invalid(at, message(HttpMsg::LengthNotDigits, {headers.fields[i].value}));
        n = n * 10 + static_cast<std::size_t>(d - '0');
      }
      if (length && *length != n)
        return c.invalid(at, message(HttpMsg::LengthConflict, {std::to_string(*length), std::to_string(n)}));
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
      if (c.pos - start >= 15) return c.invalid(start, message(HttpMsg::ChunkSizeTooLong));
      size = size * 16 + static_cast<std::size_t>(hex_value(c.peek()));
      ++c.pos;
    }
    if (c.at_end()) return c.incomplete(phrase(HttpMsg::ChunkSizeLine));
    if (c.pos == start) return c.unexpected(phrase(HttpMsg::ChunkSizeStart), phrase(HttpMsg::HexChunkSize));
    // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ): read and ignored
    // (RFC 9112 7.1.1 lets a recipient ignore extensions it does not understand).
    if (!at_line_end(c)) {
      if (c.peek() != ';' && !is_ws(c.peek()))
        return c.unexpected(phrase(HttpMsg::AfterChunkSize), phrase(HttpMsg::ChunkExtension));
      while (!c.at_end() && (is_ws(c.peek()) || is_vchar(c.peek()) || is_obs_text(c.peek()))) ++c.pos;
      if (c.at_end()) return c.incomplete(phrase(HttpMsg::ChunkSizeLineEnd));
    }
    if (!read_line_end(c, phrase(HttpMsg::InChunkSizeLine))) return false;
    if (size == 0) break;
    if (c.text.size() - c.pos < size)
      return c.incomplete(message(HttpMsg::ChunkData, {std::to_string(size), std::to_string(c.text.size() - c.pos)}));
    body.append(c.text.substr(c.pos, size));
    c.pos += size;
    if (!read_line_end(c, message(HttpMsg::AfterChunkData, {std::to_string(size)}))) return false;
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
    if (length) return c.invalid(at, message(HttpMsg::BothFramings));
    std::vector<std::string_view> codings;
    for (const Field& f : headers.fields) {
      if (!iequals_ascii(f.name, "Transfer-Encoding")) continue;
      for (std::string_view part : split(f.value, ','))
        if (!trim_wsp(part).empty()) codings.push_back(trim_wsp(part));
    }
    if (codings.size() != 1 || !iequals_ascii(codings[0], "chunked"))
      return c.invalid(at, message(HttpMsg::Coding, {*te}));
    if (!decode_chunked(c, body)) return false;
    // RFC 9112 7.1.3: once decoded, the message is framed by Content-Length instead.
    headers.remove("Transfer-Encoding");
    headers.set("Content-Length", std::to_string(body.size()));
    return true;
  }
  if (length) {
    const std::size_t have = c.text.size() - c.pos;
    if (have < *length)
      return c.incomplete(message(HttpMsg::BodyBytes, {std::to_string(*length), std::to_string(have)}));
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
  out.error.problem = c.problem;
  out.error.message = c.problem.in(Lang::En);
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

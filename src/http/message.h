// HTTP/1.1 messages as values (RFC 9112), serialised to the exact bytes exchanged
// and parsed back. Header order and repeats are kept: a response may carry several
// Set-Cookie fields, and the learner sees them in the order the server sent them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>
#include "base/message.h"

namespace cl::http {

struct Field {
  std::string name, value;
  bool operator==(const Field&) const = default;
};

// Ordered header fields; names compare case-insensitively (RFC 9110 5.1).
struct Headers {
  std::vector<Field> fields;

  const std::string* find(std::string_view name) const;  // first with that name, or null
  std::vector<std::string> all(std::string_view name) const;
  bool has(std::string_view name) const { return find(name) != nullptr; }
  void add(std::string name, std::string value);
  void set(std::string_view name, std::string value);  // replaces every field of that name
  std::size_t remove(std::string_view name);
  bool operator==(const Headers&) const = default;
};

struct Request {
  std::string method = "GET";
  std::string target = "/";
  std::string version = "HTTP/1.1";
  Headers headers;
  std::string body;
  bool operator==(const Request&) const = default;
};

struct Response {
  std::string version = "HTTP/1.1";
  int status = 200;
  std::string reason = "OK";
  Headers headers;
  std::string body;
  bool operator==(const Response&) const = default;
};

// Whether a body can be shown as text: a textual Content-Type (text/*, JSON, XML,
// JavaScript, a form, or none) and well-formed UTF-8. The tracker's GIF is not.
bool body_is_text(std::string_view body, std::string_view content_type);

// "OK", "Found", "Not Found", ... ("" for a code it does not know).
std::string_view reason_phrase(int status);

// Exact text: start line, fields as "Name: value", CRLF line ends, blank line, body.
// Content-Length is written as given in headers, never added here.
std::string serialize(const Request& request);
std::string serialize(const Response& response);

// "Incomplete" (more bytes could make it valid) and "invalid" are different answers.
enum class ParseStatus { Ok, Incomplete, Invalid };

struct ParseError {
  std::size_t offset = 0;    // byte offset into the input
  int line = 0, column = 0;  // 1-based
  Message problem;           // what was found and what was expected: a kind of http_messages.h
  std::string message;       // the same in English: the words a server's 400 response carries
};

template <class Message>
struct Parsed {
  ParseStatus status = ParseStatus::Invalid;
  Message message;
  std::size_t consumed = 0;  // bytes of input that made the message (when Ok)
  ParseError error;          // when not Ok
  bool ok() const { return status == ParseStatus::Ok; }
};

// Parses one message from the start of `text`. The body is read by Content-Length
// (or to the end of input for a response without one); chunked bodies are decoded.
// Bare LF line ends are accepted (RFC 9112 2.2), obs-fold and a space before the
// colon are rejected as the RFC says. A decoded chunked message comes back framed
// by Content-Length instead of Transfer-Encoding (RFC 9112 7.1.3); trailers are dropped.
// Both Content-Length and Transfer-Encoding, or any coding but "chunked", is Invalid.
// A missing Host is not the parser's business: the server decides.
Parsed<Request> parse_request(std::string_view text);
Parsed<Response> parse_response(std::string_view text);

}  // namespace cl::http

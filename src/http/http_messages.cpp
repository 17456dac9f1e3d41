// The wordings of the URL and HTTP parsers' problems. A learner meets them when a
// lesson's URL is refused, in the cookie playground, and when a raw request of a
// lesson is malformed; the English is also what the simulated server writes into its
// 400 response, so it must stay as it is (the goldens hold it).
#include "http/http_messages.h"
#include <cassert>
#include <iterator>

namespace cl::http {

namespace {

// In the order of enum HttpMsg.
constexpr MessageEntry kEntries[] = {
    /* UrlEmpty */ {"the URL is empty", "URL이 비어 있습니다", ""},
    /* UrlControl */ {"the URL contains a control character", "URL에 제어 문자가 있습니다", ""},
    /* UrlSchemeNoColon */
    {"{url} has no ':' after its scheme; expected http:// or https://",
     "스킴 뒤에 ':'가 빠졌습니다. http:// 또는 https://로 시작해야 합니다: {url}", "url"},
    /* UrlNoScheme */
    {"{url} has no scheme; expected http:// or https://",
     "http:// 같은 앞부분(스킴)이 없습니다. http:// 또는 https://로 시작해야 합니다: {url}", "url"},
    /* UrlScheme */
    {"the scheme \"{scheme}\" is not supported; expected http or https",
     "\"{scheme}\" 스킴은 지원하지 않습니다. http 또는 https만 쓸 수 있습니다", "scheme"},
    /* UrlNoSlashes */
    {"expected \"//\" and a host after \"{scheme}:\"", "\"{scheme}:\" 뒤에는 \"//\"와 호스트가 와야 합니다", "scheme"},
    /* UrlUserinfo */
    {"user names and passwords in URLs (\"user@host\") are not supported",
     "URL 안의 사용자 이름과 비밀번호(\"user@host\")는 지원하지 않습니다", ""},
    /* Ipv6Unclosed */ {"the IPv6 address has no closing ']'", "IPv6 주소를 닫는 ']'가 없습니다", ""},
    /* NotIpv6 */ {"\"{host}\" is not an IPv6 address", "IPv6 주소가 아닙니다: \"{host}\"", "host"},
    /* Ipv6Char */
    {"found '{char}' in the IPv6 address; expected hex digits, ':' and '.'",
     "IPv6 주소에 쓸 수 없는 글자가 있습니다: '{char}'. 16진수 숫자와 ':', '.'만 씁니다", "char"},
    /* Ipv6Trailing */
    {"found text after the IPv6 address; expected ':' and a port",
     "IPv6 주소 뒤에 다른 글자가 있습니다. ':'와 포트가 와야 합니다", ""},
    /* HostBadIdn */
    {"the host \"{host}\" is not a valid internationalised name (IDNA2008: {why})",
     "올바른 국제화 도메인 이름(IDNA2008)이 아닌 호스트입니다: \"{host}\" ({why})", "host why"},
    /* HostEndsInNumber */
    {"the host \"{host}\" ends in a number but is not an IPv4 address",
     "숫자로 끝나는 호스트는 IPv4 주소여야 하는데, 이 호스트는 IPv4 주소가 아닙니다: \"{host}\"", "host"},
    /* HostSpace */ {"found ' ' in the host; expected letters, digits, '-' and '.'", "호스트에 공백이 있습니다", ""},
    /* HostChar */
    {"found '{char}' in the host; expected letters, digits, '-' and '.'",
     "호스트에 쓸 수 없는 글자가 있습니다: '{char}'. 영문자, 숫자, '-', '.'만 씁니다", "char"},
    /* UrlNoHost */ {"the URL has no host", "URL에 호스트가 없습니다", ""},
    /* PortTooLong */
    {"the port \"{port}\" is too large; expected 1 to 65535",
     "포트가 너무 큽니다: \"{port}\". 1부터 65535까지 쓸 수 있습니다", "port"},
    /* PortChar */
    {"found '{char}' in the port; expected digits", "포트에 숫자가 아닌 글자가 있습니다: '{char}'", "char"},
    /* PortRange */
    {"the port {port} is out of range; expected 1 to 65535",
     "포트 {port:은} 범위를 벗어났습니다. 1부터 65535까지 쓸 수 있습니다", "port"},

    /* Incomplete */
    {"the message ends early; expected {expected}", "메시지가 도중에 끝났습니다. 이어서 와야 할 것: {expected}",
     "expected"},
    /* Unexpected */
    {"found {found} {where}; expected {expected}", "{where} {found:이} 있습니다. 여기에는 {expected:이} 와야 합니다",
     "found where expected"},
    /* BareCr */
    {"found a bare CR {where}; expected CRLF", "{where} LF 없는 CR이 있습니다. 줄은 CRLF로 끝나야 합니다", "where"},
    /* StatusRange */
    {"found status code {code}; expected a code from 100 to 599",
     "상태 코드 {code:은} 쓸 수 없습니다. 100부터 599까지의 코드여야 합니다", "code"},
    /* SpaceBeforeColon */
    {"found {found} between the field name \"{name}\" and the colon; RFC 9112 5.1 forbids whitespace there "
     "(expected ':')",
     "필드 이름(\"{name}\")과 ':' 사이에 {found:이} 있습니다. RFC 9112 5.1은 이 자리에 공백을 허용하지 않습니다"
     "(':'가 바로 와야 합니다)",
     "found name"},
    /* LeadingSpace */
    {"found {found} at the start of the first field line; expected a field name (RFC 9112 2.2)",
     "첫 필드 줄이 {found:으로} 시작합니다. 줄 첫머리에는 필드 이름이 와야 합니다(RFC 9112 2.2)", "found"},
    /* ObsFold */
    {"found {found} at the start of a field line: obs-fold (a line continuing the previous field) is refused "
     "(RFC 9112 5.2); expected a field name",
     "필드 줄이 {found:으로} 시작합니다. 앞 필드를 다음 줄로 잇는 obs-fold는 받지 않습니다(RFC 9112 5.2). "
     "줄 첫머리에는 필드 이름이 와야 합니다",
     "found"},
    /* LengthNotNumber */
    {"found Content-Length \"{value}\"; expected a decimal number of at most 15 digits",
     "Content-Length 값이 \"{value}\"입니다. 15자리 이하의 10진수여야 합니다", "value"},
    /* LengthNotDigits */
    {"found Content-Length \"{value}\"; expected only digits",
     "Content-Length 값이 \"{value}\"입니다. 숫자만 쓸 수 있습니다", "value"},
    /* LengthConflict */
    {"found conflicting Content-Length values ({first} and {second}); expected one length (RFC 9110 8.6)",
     "Content-Length 값이 서로 다릅니다({first}, {second}). 본문 길이는 하나여야 합니다(RFC 9110 8.6)", "first second"},
    /* ChunkSizeTooLong */
    {"found a chunk size of more than 15 hex digits; expected a size",
     "청크 크기가 16진수 15자리를 넘습니다. 그보다 짧은 크기여야 합니다", ""},
    /* BothFramings */
    {"found both Transfer-Encoding and Content-Length; expected only one (RFC 9112 6.3)",
     "Transfer-Encoding과 Content-Length가 함께 있습니다. 둘 중 하나만 있어야 합니다(RFC 9112 6.3)", ""},
    /* Coding */
    {"found Transfer-Encoding \"{value}\"; expected \"chunked\" (the only coding supported)",
     "Transfer-Encoding 값이 \"{value}\"입니다. 지원하는 전송 코딩은 \"chunked\"뿐입니다", "value"},

    /* EndOfInput */ {"the end of the input", "입력의 끝", ""},
    /* Byte */ {"byte 0x{hex}", "0x{hex} 바이트", "hex"},
    /* ByteSp */ {"SP", "공백(SP)", ""},
    /* ByteHtab */ {"HTAB", "탭(HTAB)", ""},
    /* ByteCr */ {"CR", "CR(캐리지 리턴)", ""},
    /* ByteLf */ {"LF", "LF(줄 바꿈)", ""},

    /* TokenStart */ {"where {what} should start", "{what:이} 시작할 자리에", "what"},
    /* After */ {"after {what}", "{what} 다음에", "what"},
    /* InVersion */ {"in the HTTP version", "HTTP 버전 안에", ""},
    /* BeforeRequestLine */ {"before the request-line", "요청 줄 앞에", ""},
    /* TargetStart */ {"where the request-target should start", "요청 대상이 시작할 자리에", ""},
    /* InTarget */ {"in the request-target", "요청 대상 안에", ""},
    /* InStatusCode */ {"in the status code", "상태 코드 안에", ""},
    /* InReason */ {"in the reason phrase", "사유 문구 안에", ""},
    /* InFieldName */ {"in the field name \"{name}\"", "필드 이름 \"{name}\" 안에", "name"},
    /* InValueOf */ {"in the value of \"{name}\"", "\"{name}\" 필드의 값 안에", "name"},
    /* InFieldLine */ {"in a field line", "필드 줄 안에", ""},
    /* HeaderEnd */ {"at the end of the header", "헤더 끝에", ""},
    /* ChunkSizeStart */ {"where a chunk size should start", "청크 크기가 시작할 자리에", ""},
    /* AfterChunkSize */ {"after the chunk size", "청크 크기 다음에", ""},
    /* InChunkSizeLine */ {"in the chunk size line", "청크 크기 줄 안에", ""},
    /* AfterChunkData */ {"after {size} bytes of chunk data", "청크 데이터 {size}바이트 다음에", "size"},

    /* TheMethod */ {"the method", "메서드", ""},
    /* AFieldName */ {"a field name", "필드 이름", ""},
    /* TheHttpVersion */ {"the HTTP version", "HTTP 버전", ""},
    /* TheStatusCode */ {"the status code", "상태 코드", ""},
    /* TokenToGoOn */ {"{what} to go on", "{what}의 나머지", "what"},
    /* TokenChars */
    {"{what} (letters, digits or !#$%&'*+-.^_`|~)", "영문자, 숫자, !#$%&'*+-.^_`|~로 된 {what}", "what"},
    /* SpAfter */ {"SP after {what}", "{what} 다음의 공백(SP)", "what"},
    /* ASingleSp */ {"a single SP", "공백(SP) 하나", ""},
    /* LineEnd */ {"the end of the line (CRLF)", "CRLF(줄 끝)", ""},
    /* LfAfterCr */ {"LF after CR", "CR 다음의 LF", ""},
    /* VersionExample */ {"an HTTP version such as HTTP/1.1", "HTTP/1.1 같은 HTTP 버전", ""},
    /* VersionUpper */ {"HTTP/1.1 (upper-case \"HTTP/\")", "대문자 \"HTTP/\"로 시작하는 HTTP/1.1 같은 버전", ""},
    /* Dot */ {"'.'", "마침표('.')", ""},
    /* VersionDigit */ {"a digit (as in HTTP/1.1)", "HTTP/1.1에서처럼 숫자", ""},
    /* TargetToGoOn */ {"the request-target to go on", "요청 대상의 나머지", ""},
    /* TargetExample */ {"a target such as /index.html", "/index.html 같은 요청 대상", ""},
    /* SpThenVersion */
    {"SP and then the HTTP version (the target has no spaces or controls)",
     "공백(SP) 하나와 HTTP 버전(요청 대상에는 공백이나 제어 문자가 들어갈 수 없습니다)", ""},
    /* StatusDigits */ {"a three-digit status code", "세 자리 상태 코드", ""},
    /* ThreeDigits */ {"three digits such as 200", "200 같은 세 자리 숫자", ""},
    /* RestOfStatusLine */ {"the rest of the status-line", "상태 줄의 나머지", ""},
    /* ColonAfterName */ {"':' after the field name", "필드 이름 바로 다음의 ':'", ""},
    /* RestOfField */ {"the rest of the \"{name}\" field line", "\"{name}\" 필드 줄의 나머지", "name"},
    /* FieldChars */ {"visible characters, SP or HTAB", "보이는 글자나 공백(SP, HTAB)", ""},
    /* FieldOrEnd */
    {"a field line or the empty line that ends the header", "필드 줄, 또는 헤더를 끝내는 빈 줄", ""},
    /* ChunkSizeLine */ {"a chunk size line", "청크 크기 줄", ""},
    /* HexChunkSize */ {"a hexadecimal chunk size", "16진수 청크 크기", ""},
    /* ChunkExtension */ {"CRLF or a ';' chunk extension", "CRLF나 ';'로 시작하는 청크 확장", ""},
    /* ChunkSizeLineEnd */ {"the end of the chunk size line", "청크 크기 줄의 끝", ""},
    /* ChunkData */
    {"{size} bytes of chunk data, {have} present", "청크 데이터 {size}바이트(지금은 {have}바이트뿐)", "size have"},
    /* BodyBytes */
    {"{length} bytes of body (Content-Length), {have} present",
     "Content-Length에 적힌 본문 {length}바이트(지금은 {have}바이트뿐)", "length have"},
};
static_assert(std::size(kEntries) == static_cast<std::size_t>(HttpMsg::Count), "one entry per kind, in enum order");

}  // namespace

Message message(HttpMsg kind, std::vector<Message> args) {
  const MessageEntry& entry = kEntries[static_cast<std::size_t>(kind)];
  assert(args.size() == arg_count(entry) && "a kind is given the arguments it declares");
  return Message(entry, std::move(args));
}

const Catalogue& http_catalogue() {
  static const Catalogue catalogue{"http", kEntries, std::size(kEntries)};
  return catalogue;
}

}  // namespace cl::http

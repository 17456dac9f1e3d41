// Every problem the URL and HTTP parsers report, as kinds of one catalogue (see
// base/message.h): the parsers say which rule failed and with what bytes, and the
// wording in English or Korean comes from the table in http_messages.cpp.
#pragma once
#include <vector>
#include "base/message.h"

namespace cl::http {

enum class HttpMsg {
  // --- parse_url (RFC 3986, the browser's habits) ---
  UrlEmpty,
  UrlControl,
  UrlSchemeNoColon,
  UrlNoScheme,
  UrlScheme,
  UrlNoSlashes,
  UrlUserinfo,
  Ipv6Unclosed,
  NotIpv6,
  Ipv6Char,
  Ipv6Trailing,
  HostBadIdn,
  HostEndsInNumber,
  HostSpace,
  HostChar,
  UrlNoHost,
  PortTooLong,
  PortChar,
  PortRange,
  // --- parse_request / parse_response (RFC 9112): the sentences ---
  Incomplete,  // the input ends while {expected} is still to come
  Unexpected,  // {found} {where}; {expected}
  BareCr,
  StatusRange,
  SpaceBeforeColon,
  LeadingSpace,
  ObsFold,
  LengthNotNumber,
  LengthNotDigits,
  LengthConflict,
  ChunkSizeTooLong,
  BothFramings,
  Coding,
  // --- what was found ---
  EndOfInput,
  Byte,
  ByteSp,
  ByteHtab,
  ByteCr,
  ByteLf,
  // --- where ---
  TokenStart,
  After,
  InVersion,
  BeforeRequestLine,
  TargetStart,
  InTarget,
  InStatusCode,
  InReason,
  InFieldName,
  InValueOf,
  InFieldLine,
  HeaderEnd,
  ChunkSizeStart,
  AfterChunkSize,
  InChunkSizeLine,
  AfterChunkData,
  // --- what was expected, and the names in those phrases ---
  TheMethod,
  AFieldName,
  TheHttpVersion,
  TheStatusCode,
  TokenToGoOn,
  TokenChars,
  SpAfter,
  ASingleSp,
  LineEnd,
  LfAfterCr,
  VersionExample,
  VersionUpper,
  Dot,
  VersionDigit,
  TargetToGoOn,
  TargetExample,
  SpThenVersion,
  StatusDigits,
  ThreeDigits,
  RestOfStatusLine,
  ColonAfterName,
  RestOfField,
  FieldChars,
  FieldOrEnd,
  ChunkSizeLine,
  HexChunkSize,
  ChunkExtension,
  ChunkSizeLineEnd,
  ChunkData,
  BodyBytes,
  Count
};

Message message(HttpMsg kind, std::vector<Message> args = {});
const Catalogue& http_catalogue();

}  // namespace cl::http

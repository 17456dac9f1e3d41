// The wordings of the HAR reader and importer, English and Korean.
#include "har/har_messages.h"
#include <cassert>
#include <iterator>

namespace cl::har {

namespace {

// In the order of enum HarMsg.
constexpr MessageEntry kEntries[] = {
    /* FileNotRead */ {"cannot open the file", "파일을 열 수 없습니다", ""},
    /* TooLarge */
    {"the file is {size} MiB; CookieLab imports captures up to {limit} MiB (filter the network panel and save "
     "fewer requests)",
     "파일이 {size} MiB입니다. CookieLab은 {limit} MiB까지 가져옵니다 (네트워크 패널에서 요청을 걸러 더 적게 "
     "저장하세요)",
     "size limit"},
    /* Empty */
    {"the file is empty: a HAR capture is a JSON object", "파일이 비어 있습니다. HAR 캡처는 JSON 객체입니다", ""},
    /* Utf16 */
    {"the file is in UTF-16; HAR files are UTF-8 (save it again as UTF-8)",
     "파일이 UTF-16으로 저장되어 있습니다. HAR 파일은 UTF-8이어야 합니다 (UTF-8로 다시 저장하세요)", ""},
    /* NotJson */ {"not JSON: {detail}", "JSON이 아닙니다: {detail}", "detail"},
    /* Truncated */
    {"the file ends before this value is complete: it was cut short (a save that did not finish?)",
     "이 값이 끝나기 전에 파일이 끝납니다. 저장이 끝나기 전에 잘린 것 같습니다", ""},
    /* BadUtf8 */ {"a string that is not UTF-8", "UTF-8이 아닌 문자열이 있습니다", ""},
    /* NotHar */
    {"JSON, but not a HAR capture: no \"log\" object at the top (a HAR file starts with {{\"log\": {{)",
     "JSON이지만 HAR 캡처가 아닙니다. 맨 위에 \"log\" 객체가 없습니다 (HAR 파일은 {{\"log\": {{로 시작합니다)", ""},
    /* WrongType */
    {"expected {expected}, found {found}", "{expected:이} 와야 하는데 {found:이} 있습니다", "expected found"},
    /* Missing */
    {"\"{key}\" is missing (HAR 1.2 requires it)", "\"{key}\" 항목이 없습니다 (HAR 1.2의 필수 항목)", "key"},
    /* BadTime */
    {"bad time \"{value}\"; expected ISO 8601, e.g. \"2026-12-03T09:00:00.123Z\"",
     "시각 \"{value}\"를 읽을 수 없습니다. \"2026-12-03T09:00:00.123Z\" 같은 ISO 8601이어야 합니다", "value"},
    /* BadUrl */ {"bad URL \"{url}\": {reason}", "URL \"{url}\"를 쓸 수 없습니다: {reason}", "url reason"},
    /* BadBase64 */
    {"the body is marked base64 but is not base64", "본문이 base64로 표시되어 있지만 base64가 아닙니다", ""},
    /* BadStatus */
    {"bad status {value}; expected 0 to 999", "상태 코드 {value}는 쓸 수 없습니다. 0에서 999 사이여야 합니다", "value"},
    /* TypeObject */ {"an object", "객체", ""},
    /* TypeArray */ {"an array", "배열", ""},
    /* TypeString */ {"a string", "문자열", ""},
    /* TypeNumber */ {"a number", "숫자", ""},
    /* TypeBool */ {"true or false", "참/거짓 값", ""},
    /* TypeNull */ {"null", "null", ""},
    /* Title */ {"Capture: {file}", "캡처: {file}", "file"},
    /* Summary */
    {"{count} requests saved by {creator}, imported from a HAR file. The jar is rebuilt by replaying every "
     "Set-Cookie through the engine under the {policy} policy.",
     "{creator}에서 저장한 요청 {count}개를 HAR 파일에서 가져왔습니다. 모든 Set-Cookie를 엔진에 다시 넣어 {policy} "
     "정책으로 쿠키 저장소를 다시 만들었습니다.",
     "count creator policy"},
    /* PolicyOther */
    {"The capture's browser is neither Chromium nor Firefox, so the jar follows RFC 6265.",
     "캡처한 브라우저가 Chromium도 Firefox도 아니어서 쿠키 저장소는 RFC 6265를 따릅니다.", ""},
    /* Masked */
    {"Cookie values, passwords, tokens and Authorization are masked (masked-1, masked-2, ...): equal values get the "
     "same mask, so what matches still matches. Import with --keep-secrets to see them.",
     "쿠키 값, 비밀번호, 토큰, Authorization은 가려져 있습니다 (masked-1, masked-2, ...). 같은 값은 같은 이름으로 "
     "가려지므로 일치 여부는 그대로 보입니다. 실제 값은 --keep-secrets로 가져오면 보입니다.",
     ""},
    /* NotMasked */
    {"Imported with --keep-secrets: cookie values, passwords and tokens are shown as captured.",
     "--keep-secrets로 가져왔습니다. 쿠키 값, 비밀번호, 토큰이 캡처된 그대로 보입니다.", ""},
    /* OutOfOrder */
    {"The file's entries were not in time order; they are shown in the order they started.",
     "파일의 항목이 시간 순서가 아니어서 시작한 순서대로 보여 줍니다.", ""},
    /* EntryLine */
    {"Entry {n} of the capture: {method} {url} ({type}).", "캡처의 {n}번째 항목: {method} {url} ({type}).",
     "n method url type"},
    /* Differs */
    {"The browser's Cookie header differs from what the engine would send:",
     "브라우저가 보낸 Cookie 헤더가 엔진이 보낼 헤더와 다릅니다:", ""},
    /* ScriptSet */
    {"{name}: sent by the browser, but no Set-Cookie in the capture sets it: a script set it (document.cookie)",
     "{name}: 브라우저가 보냈지만 캡처의 어떤 Set-Cookie도 이 쿠키를 설정하지 않습니다. 스크립트가 "
     "설정했습니다 (document.cookie)",
     "name"},
    /* BeforeCapture */
    {"{name}: sent before any Set-Cookie of the capture set it: it was in the browser before the capture began",
     "{name}: 캡처의 Set-Cookie가 설정하기 전에 이미 보냈습니다. 캡처를 시작하기 전부터 브라우저에 있던 쿠키입니다",
     "name"},
    /* ThirdParty */
    {"{name}: sent in a cross-site request: a third-party or partitioned cookie (CHIPS), which the browser keeps "
     "apart for each top-level site",
     "{name}: 사이트 간 요청에 보냈습니다. 브라우저가 최상위 사이트마다 따로 보관하는 서드파티 쿠키 또는 분할 "
     "쿠키(CHIPS)입니다",
     "name"},
    /* PolicyRule */
    {"{name}: the browser sent it, the engine would not: {reason} (the capture's browser applies another rule)",
     "{name}: 브라우저는 보냈지만 엔진은 보내지 않습니다: {reason} (캡처한 브라우저의 규칙이 다릅니다)", "name reason"},
    /* EngineOnly */
    {"{name}: the engine would send it, the browser did not (deleted by a script, or a rule of the browser the "
     "engine does not have)",
     "{name}: 엔진은 보내지만 브라우저는 보내지 않았습니다 (스크립트가 지웠거나, 엔진에 없는 브라우저의 규칙입니다)",
     "name"},
    /* ValueDiffers */
    {"{name}: sent with another value than the Set-Cookie gave it: a script changed it",
     "{name}: Set-Cookie가 준 값과 다른 값으로 보냈습니다. 스크립트가 바꾼 값입니다", "name"},
    /* NoEntries */ {"The capture holds no requests.", "캡처에 요청이 하나도 없습니다.", ""},
    /* At */ {"{path}: {what} (byte {offset})", "{path}: {what} ({offset}번째 바이트)", "path what offset"},
    /* LabAction */
    {"unknown action \"{action}\"; CookieLab's export records {allowed}",
     "알 수 없는 동작 \"{action}\"입니다. CookieLab의 내보내기에는 {allowed} 동작만 기록됩니다", "action allowed"},
    /* LabBrowser */
    {"unknown browser \"{name}\": no entry and no log._cookielab.browsers item has that name",
     "알 수 없는 브라우저 \"{name}\"입니다. 그 이름의 항목도 log._cookielab.browsers 항목도 없습니다", "name"},
    /* LabAfter */
    {"\"after\" is {value}; expected a whole number from 0 to {count} (the number of entries)",
     "\"after\" 값이 {value}입니다. 0에서 {count}(항목 수) 사이의 정수여야 합니다", "value count"},
    /* LabDuration */
    {"\"duration\" is {value}; a wait lasts 0 ms or more",
     "\"duration\" 값이 {value}입니다. 기다리는 시간은 0ms 이상이어야 합니다", "value"},
    /* LabMissing */
    {"\"{key}\" is missing (a {action} event needs it)", "\"{key}\" 항목이 없습니다 ({action} 이벤트에 필요합니다)",
     "key action"},
};
static_assert(std::size(kEntries) == static_cast<std::size_t>(HarMsg::Count), "one entry per kind, in enum order");

}  // namespace

Message message(HarMsg kind, std::vector<Message> args) {
  const MessageEntry& entry = kEntries[static_cast<std::size_t>(kind)];
  assert(args.size() == arg_count(entry) && "a kind is given the arguments it declares");
  return Message(entry, std::move(args));
}

const Catalogue& har_catalogue() {
  static const Catalogue catalogue{"har", kEntries, std::size(kEntries)};
  return catalogue;
}

}  // namespace cl::har

// The wordings of the scenario loader's mistakes, in English and Korean. A Korean
// wording is written as a Korean teacher would say it, not word for word; a particle
// after an argument is chosen by ko::with ("{value:은}"). Literal braces are doubled.
#include "scenario/scenario_messages.h"
#include <cassert>
#include <iterator>

namespace cl::scenario {

namespace {

#define CL_TEXT_TABLE "{{ en = \"...\", ko = \"...\" }}"
#define CL_BOTH_LANGUAGES_EN "every text must be given in both English and Korean"
#define CL_BOTH_LANGUAGES_KO "모든 글은 영어와 한국어로 함께 써야 합니다"
#define CL_DURATIONS "\"30s\", \"15m\", \"2h\", \"1d\", \"2w\", \"1h30m\""
#define CL_NO_REQUEST_KEYS "stored, ignored, in_jar, not_in_jar, sessions, logged_in, page_contains"

// In the order of enum ScenarioMsg.
constexpr MessageEntry kEntries[] = {
    /* Within */ {"{item}: {problem}", "{item}: {problem}", "item problem"},
    /* Keyed */ {"{key}: {problem}", "{key}: {problem}", "key problem"},
    /* WithHint */ {"{message}{hint}", "{message}{hint}", "message hint"},
    /* StepItem */ {"step {n}", "단계 {n}", "n"},
    /* ServerItem */ {"server {n}", "서버 {n}", "n"},
    /* BrowserItem */ {"browser {n}", "브라우저 {n}", "n"},
    /* UserItem */ {"user {n}", "사용자 {n}", "n"},
    /* RouteItem */ {"route {n}", "라우트 {n}", "n"},

    /* EmptyFile */
    {"the file is empty; a scenario needs a title and at least one [[step]] (see scenarios/FORMAT.md)",
     "파일이 비어 있습니다. 시나리오에는 title과 [[step]]이 하나 이상 있어야 합니다(scenarios/FORMAT.md 참고)", ""},
    /* FileMissing */ {"cannot open the file: it does not exist", "파일을 열 수 없습니다: 파일이 없습니다", ""},
    /* NotRegularFile */
    {"cannot open the file: it is not a regular file", "파일을 열 수 없습니다: 일반 파일이 아닙니다", ""},
    /* FileTooLarge */
    {"the file is too large ({bytes} bytes); a scenario is at most {most} bytes",
     "파일이 너무 큽니다({bytes}바이트). 시나리오는 최대 {most}바이트입니다", "bytes most"},
    /* CannotOpen */ {"cannot open the file for reading", "파일을 읽으려고 열 수 없습니다", ""},
    /* CannotRead */ {"cannot read the file", "파일을 읽을 수 없습니다", ""},
    /* CouldNotReadWhy */ {"could not read the scenario: {why}", "시나리오를 읽지 못했습니다: {why}", "why"},
    /* CouldNotRead */ {"could not read the scenario", "시나리오를 읽지 못했습니다", ""},
    /* FileNotRead */ {"the file could not be read", "파일을 읽을 수 없습니다", ""},

    /* TomlError */ {"TOML syntax error: {what}", "TOML 문법 오류: {what}", "what"},
    /* TomlUtf8 */
    {"TOML syntax error: {what}",
     "TOML 문법 오류: 파일이 UTF-8이 아닙니다. 편집기에서 UTF-8로 다시 저장하세요 ({what})", "what"},
    /* TomlTooLarge */ {"TOML syntax error: {what}", "TOML 문법 오류: 숫자가 너무 큽니다 ({what})", "what"},
    /* TomlUnclosedString */
    {"TOML syntax error: {what}", "TOML 문법 오류: 문자열을 닫는 \"가 없거나, 문자열 안에서 줄이 바뀌었습니다 ({what})",
     "what"},
    /* TomlDanglingComma */
    {"TOML syntax error: {what}", "TOML 문법 오류: 닫는 '}}' 앞의 쉼표를 지우세요 ({what})", "what"},
    /* TomlRedefined */
    {"TOML syntax error: {what}", "TOML 문법 오류: 같은 키나 표를 두 번 썼습니다 ({what})", "what"},
    /* TomlFullWidthEquals */
    {"TOML syntax error: {what}", "TOML 문법 오류: 전각 '＝' 대신 반각 '='를 쓰세요 ({what})", "what"},
    /* TomlExpectedEquals */
    {"TOML syntax error: {what}", "TOML 문법 오류: 키 다음에는 '='가 와야 합니다 ({what})", "what"},
    /* TomlInlineNewline */
    {"TOML syntax error: {what}",
     "TOML 문법 오류: {{ ... }} 안에서는 줄을 바꿀 수 없습니다. 한 줄로 쓰거나 say.en = \"...\", say.ko = \"...\"처럼 "
     "나눠 쓰세요 ({what})",
     "what"},
    /* TomlBareKey */
    {"TOML syntax error: {what}", "TOML 문법 오류: 따옴표 없는 키에는 영문자, 숫자, '_', '-'만 쓸 수 있습니다 ({what})",
     "what"},
    /* TomlInlineComma */
    {"TOML syntax error: {what}", "TOML 문법 오류: {{ ... }} 안의 값들은 쉼표로 나누고 '}}'로 닫습니다 ({what})",
     "what"},
    /* TomlTableHeader */
    {"TOML syntax error: {what}", "TOML 문법 오류: 표 머리를 닫는 ']'가 없습니다 ({what})", "what"},
    /* TomlValueType */
    {"TOML syntax error: {what}",
     "TOML 문법 오류: 값의 형식을 알 수 없습니다. 문자열은 곧은 따옴표(\")로 감싸세요 ({what})", "what"},
    /* TomlEscape */
    {"TOML syntax error: {what}",
     "TOML 문법 오류: 역슬래시(\\) 뒤에 올 수 없는 글자입니다. \\ 자체는 \\\\로 쓰세요 ({what})", "what"},
    /* TomlTrailing */
    {"TOML syntax error: {what}",
     "TOML 문법 오류: 값 뒤에 다른 글자가 있습니다. 문자열 안의 \"는 \\\"로 쓰세요 ({what})", "what"},

    /* UnknownKey */
    {"unknown key {key}; allowed here: {list}", "알 수 없는 키 {key}. 여기서 쓸 수 있는 키: {list}", "key list"},
    /* UnknownKeyIn */
    {"unknown key {key} in {table}; allowed here: {list}",
     "{table} 안에 알 수 없는 키 {key}. 여기서 쓸 수 있는 키: {list}", "key table list"},
    /* TopKeyHint */
    {"; \"{key}\" belongs at the top of the file, before the first [[...]] table (keys written under a table belong "
     "to it)",
     ". \"{key}\" 키는 파일 맨 위, 첫 [[...]] 표보다 앞에 씁니다(표 머리 아래에 쓴 키는 그 표에 속합니다)", "key"},
    /* MissingKey */ {"missing key {key}", "{key} 키가 없습니다", "key"},
    /* MissingKeyWhat */ {"missing key {key} ({what})", "{key} 키가 없습니다 ({what})", "key what"},
    /* WrongType */
    {"{key}: expected {expected}, found {found}", "{key}: {expected:을} 써야 하는데 {found}입니다",
     "key expected found"},
    /* WrongTypeFields */
    {"{key}: expected a table of strings, e.g. {{ username = \"alice\" }}, found {found}",
     "{key}: 문자열 테이블을 써야 하는데 {found}입니다 (예: {{ username = \"alice\" }})", "key found"},
    /* WrongTypeTables */
    {"{key}: expected an array of tables ({how}), found {found}",
     "{key}: 테이블 배열을 써야 하는데 {found}입니다 ({how})", "key how found"},
    /* TextNotTable */
    {"{key}: expected a table " CL_TEXT_TABLE ", found {found}; " CL_BOTH_LANGUAGES_EN,
     "{key}: 글은 " CL_TEXT_TABLE "처럼 영어와 한국어를 함께 써야 합니다(지금은 {found}입니다)", "key found"},
    /* MissingEnglish */
    {"{key}: missing \"en\" (English); " CL_BOTH_LANGUAGES_EN,
     "{key}: 영어(\"en\") 글이 없습니다. " CL_BOTH_LANGUAGES_KO, "key"},
    /* MissingKorean */
    {"{key}: missing \"ko\" (Korean); " CL_BOTH_LANGUAGES_EN,
     "{key}: 한국어(\"ko\") 글이 없습니다. " CL_BOTH_LANGUAGES_KO, "key"},
    /* IsEmpty */ {"{key}: is empty", "{key}: 비어 있습니다", "key"},
    /* OutOfRange */
    {"{key}: {value} is out of range; {range}", "{key}: {value:은} 범위를 벗어났습니다. {range}", "key value range"},
    /* TooLarge */
    {"{key}: {value} is too large; at most {most}", "{key}: {value:은} 너무 큽니다. 최대 {most}입니다",
     "key value most"},
    /* UnknownName */
    {"{key}: unknown {what} {value}; allowed: {list}", "{key}: 알 수 없는 {what} {value}. 쓸 수 있는 값: {list}",
     "key what value list"},

    /* TypeTable */ {"a table", "테이블", ""},
    /* TypeArray */ {"an array", "배열", ""},
    /* TypeString */ {"a string", "문자열", ""},
    /* TypeInteger */ {"an integer", "정수", ""},
    /* TypeFloat */ {"a floating-point number", "소수", ""},
    /* TypeBoolean */ {"a boolean", "불리언 값", ""},
    /* TypeDate */ {"a date", "날짜", ""},
    /* TypeTime */ {"a time", "시각", ""},
    /* TypeDateTime */ {"a date-time", "날짜·시각", ""},
    /* TypeNothing */ {"nothing", "알 수 없는 값", ""},
    /* TrueOrFalse */ {"true or false", "true나 false 값", ""},
    /* ArrayOfStrings */ {"an array of strings", "문자열 배열", ""},
    /* DateTimeString */ {"a date-time string", "날짜·시각 문자열", ""},
    /* TextTable */ {"a table " CL_TEXT_TABLE, CL_TEXT_TABLE " 형태의 테이블", ""},
    /* ArrayOfTexts */ {"an array of " CL_TEXT_TABLE, CL_TEXT_TABLE "의 배열", ""},

    /* AtLeastOneStep */
    {"a scenario needs at least one [[step]]", "시나리오에는 [[step]]이 하나 이상 있어야 합니다", ""},
    /* ServerNameFor */ {"how steps refer to this server", "단계가 이 서버를 부를 때 쓰는 이름", ""},
    /* HostsFor */
    {"the host names it answers for, e.g. [\"shop.example\"]",
     "이 서버가 응답하는 호스트 이름들. 예: [\"shop.example\"]", ""},
    /* LoginName */ {"the login name", "로그인 이름", ""},
    /* RoutePathFor */ {"the exact path it answers, e.g. \"/set-theme\"", "응답할 정확한 경로. 예: \"/set-theme\"", ""},
    /* BrowserNameFor */ {"steps name the browser they drive", "단계는 이 이름으로 브라우저를 고릅니다", ""},
    /* OneOf */ {"one of: {list}", "다음 중 하나: {list}", "list"},
    /* AnswerFor */ {"the number of the right choice, from 1", "정답 선택지의 번호, 1부터", ""},
    /* HowServer */ {"write [[server]]", "[[server]]로 쓰세요", ""},
    /* HowBrowser */ {"write [[browser]]", "[[browser]]로 쓰세요", ""},
    /* HowStep */ {"write [[step]] before each step", "단계마다 앞에 [[step]]을 쓰세요", ""},
    /* HowUsers */
    {"users = [ {{ username = \"...\", password = \"...\" }} ]",
     "users = [ {{ username = \"...\", password = \"...\" }} ] 꼴로 쓰세요", ""},
    /* HowRoute */ {"write [[server.route]]", "[[server.route]]로 쓰세요", ""},
    /* RangeStatus */
    {"write an HTTP status 100 to 599, or 0 for no response",
     "HTTP 상태 코드 100부터 599까지, 또는 응답이 없으면 0을 쓰세요", ""},
    /* RangeCount */ {"a count is 0 or more", "개수는 0 이상이어야 합니다", ""},
    /* RangeLevel */
    {"allowed: 1 (beginner), 2 (intermediate), 3 (advanced)", "쓸 수 있는 값: 1(초급), 2(중급), 3(고급)", ""},
    /* RangeSeed */ {"a seed is 0 or more", "seed는 0 이상이어야 합니다", ""},
    /* RangeRouteStatus */ {"an HTTP status is 100 to 599", "HTTP 상태 코드는 100부터 599까지입니다", ""},
    /* RouteBodyTwice */ {"give body or body_base64, not both", "body와 body_base64 중 하나만 쓰세요", ""},
    /* RouteBodyBase64 */
    {"body_base64 is not base64 (RFC 4648 section 4)", "body_base64가 base64(RFC 4648 4절)가 아닙니다", ""},
    /* RangeChoices */ {"the choices are numbered 1 to {last}", "선택지 번호는 1부터 {last}까지입니다", "last"},
    /* WordProfile */ {"profile", "프로필", ""},
    /* WordPolicy */ {"policy", "정책", ""},
    /* WordAction */ {"action", "동작", ""},
    /* WordHost */ {"host", "호스트", ""},
    /* WordUser */ {"user", "사용자", ""},

    /* BadUrl */ {"{key}: bad URL {url}: {problem}", "{key}: 잘못된 URL {url}: {problem}", "key url problem"},
    /* BadDuration */
    {"{key}: bad duration {value}; {why}, e.g. " CL_DURATIONS,
     "{key}: 잘못된 시간 길이 {value}. {why}. 예: " CL_DURATIONS, "key value why"},
    /* LocalStart */
    {"start: a local date-time has no time zone; write it in UTC as \"2026-03-02T09:00:00Z\"",
     "start: 시간대가 없는 날짜·시각입니다. UTC로 \"2026-03-02T09:00:00Z\"처럼 쓰세요", ""},
    /* BadStart */
    {"start: bad start time {value}; write it in UTC as \"2026-03-02T09:00:00Z\"",
     "start: 잘못된 시작 시각 {value}. UTC로 \"2026-03-02T09:00:00Z\"처럼 쓰세요", "value"},
    /* ValueProblem */ {"{key}: {value}: {problem}", "{key}: {value}: {problem}", "key value problem"},
    /* CookiePathSlash */
    {"path: {path} must start with '/' (RFC 6265 5.2.4)", "path는 '/'로 시작해야 합니다 (RFC 6265 5.2.4): {path}",
     "path"},
    /* RoutePathSlash */ {"path: {path} must start with '/'", "path는 '/'로 시작해야 합니다: {path}", "path"},
    /* RoutePathQuery */
    {"path: {path} has a query or fragment; a route answers a path (\"/set-theme\"), whatever its query",
     "path에는 '?'나 '#' 뒤의 부분을 쓸 수 없습니다. 라우트는 쿼리와 상관없이 경로(\"/set-theme\")에 응답합니다: "
     "{path}",
     "path"},
    /* CookieWithField */
    {"cookie: write only the line's value, e.g. \"theme=dark; Path=/\", without \"Set-Cookie:\" or "
     "\"document.cookie =\"",
     "cookie에는 값만 씁니다. 예: \"theme=dark; Path=/\" (\"Set-Cookie:\"나 \"document.cookie =\"는 빼세요)", ""},
    /* TooFewChoices */
    {"{key}: a question needs at least 2 choices, found {found}",
     "{key}: 질문에는 선택지가 2개 이상 있어야 합니다. 지금은 {found}개입니다", "key found"},
    /* NotAbsoluteUrl */ {"not an absolute http or https URL", "http나 https로 시작하는 완전한 URL이 아닙니다", ""},
    /* HostEmpty */ {"the host is empty", "호스트가 비어 있습니다", ""},
    /* HostUpperCase */ {"write the host in lower case", "호스트는 소문자로 쓰세요", ""},
    /* NotHostName */ {"not a host name", "호스트 이름이 아닙니다", ""},
    /* HostOnly */
    {"write only the host name (no scheme, port or path), e.g. \"shop.example\"",
     "호스트 이름만 쓰세요(스킴, 포트, 경로 없이). 예: \"shop.example\"", ""},
    /* HeaderNoColon */
    {"a header is written \"Name: value\"; no ':' found", "헤더는 \"Name: value\" 꼴로 씁니다. ':'가 없습니다", ""},
    /* HeaderNameEmpty */ {"the header name before ':' is empty", "':' 앞의 헤더 이름이 비어 있습니다", ""},
    /* HeaderSpaceBeforeColon */
    {"no space is allowed between the header name and ':' (RFC 9112 5.1)",
     "헤더 이름과 ':' 사이에는 공백을 둘 수 없습니다(RFC 9112 5.1)", ""},
    /* HeaderNameNotToken */
    {"the header name \"{name}\" is not a token (RFC 9110 5.1)",
     "헤더 이름에는 영문자, 숫자와 !#$%&'*+-.^_`|~만 쓸 수 있습니다(RFC 9110 5.1의 토큰): \"{name}\"", "name"},
    /* HeaderValueLineBreak */
    {"a header value cannot contain a line break (RFC 9110 5.5)",
     "헤더 값에는 줄바꿈이 들어갈 수 없습니다(RFC 9110 5.5)", ""},
    /* MethodNotToken */
    {"a method is a token such as GET or POST (RFC 9110 9.1), or \"*\" for any",
     "메서드는 GET이나 POST처럼 하나만, 토큰(RFC 9110 9.1)으로 씁니다. 모든 메서드는 \"*\"입니다", ""},
    /* DurationHangul */
    {"units are written s, m, h, d, w (or ms)", "단위는 한글이 아니라 s, m, h, d, w(또는 ms)로 씁니다", ""},
    /* DurationUpperCase */ {"write units in lower case", "단위는 소문자로 씁니다", ""},
    /* DurationFraction */
    {"no fractions: an hour and a half is \"1h30m\"", "소수는 쓸 수 없습니다. 1시간 반은 \"1h30m\"처럼 씁니다", ""},
    /* DurationSpaces */ {"no spaces", "공백 없이 씁니다", ""},
    /* DurationZero */ {"a duration is longer than 0", "0보다 길어야 합니다", ""},
    /* DurationTooLong */ {"it is too long", "너무 깁니다", ""},
    /* DurationForm */ {"write a number and a unit", "숫자와 단위로 쓰세요", ""},

    /* ActionDoesNotTake */
    {"action {action} does not use key {key}; it takes: {list} (and {common})",
     "{action} 동작에는 {key} 키를 쓸 수 없습니다. 이 동작에 쓸 수 있는 키: {list} (공통: {common})",
     "action key list common"},
    /* ActionTakesNoKey */
    {"action {action} does not use key {key}; it takes: no other key (and {common})",
     "{action} 동작에는 {key} 키를 쓸 수 없습니다. 이 동작에는 공통 키({common})만 쓸 수 있습니다",
     "action key common"},
    /* UnknownStepKey */
    {"unknown key {key}; allowed in a step: {list}", "알 수 없는 키 {key}. 단계에서 쓸 수 있는 키: {list}", "key list"},
    /* ActionNeedsKey */ {"action {action} needs key {key}", "{action} 동작에는 {key} 키가 필요합니다", "action key"},
    /* NothingToCheck */
    {"expect.{key}: a {action} step sends no request, so there is nothing to check; its expectations can "
     "be " CL_NO_REQUEST_KEYS,
     "expect.{key}: {action} 단계는 요청을 보내지 않으므로 확인할 것이 없습니다. 이 단계에서 확인할 수 있는 "
     "것: " CL_NO_REQUEST_KEYS,
     "key action"},

    /* DuplicateServerName */
    {"duplicate server name {name} (server {other} has it, line {line})",
     "{name} 서버 이름이 겹칩니다(서버 {other}, {line}번째 줄에 이미 있습니다)", "name other line"},
    /* ListedTwice */ {"{what} {value} is listed twice", "{value} {what:이} 두 번 나옵니다", "what value"},
    /* HostTaken */
    {"host {host} is already served by server {other}; each host belongs to one server",
     "{host} 호스트는 이미 {other} 서버에 속합니다. 호스트 하나는 서버 하나에만 속합니다", "host other"},
    /* DuplicateBrowserName */
    {"duplicate browser name {name} (browser {other} has it)",
     "{name} 브라우저 이름이 겹칩니다(브라우저 {other}에 이미 있습니다)", "name other"},
    /* NoBrowserDefault */
    {"no browser named {name}; the file declares no [[browser]], so its one browser is \"browser\": add [[browser]] "
     "with name = {name}",
     "이름이 {name}인 브라우저가 없습니다. 파일에 [[browser]]가 없어서 기본 브라우저 \"browser\" 하나만 있습니다. "
     "[[browser]]에 name = {name}를 넣으세요",
     "name"},
    /* NoBrowser */
    {"no browser named {name}; browsers: {list}", "이름이 {name}인 브라우저가 없습니다. 브라우저: {list}", "name list"},
    /* WhichBrowser */
    {"which browser? this scenario has {n} ({list}); add browser = \"...\"",
     "어느 브라우저인가요? 이 시나리오에는 브라우저가 {n}개({list}) 있습니다. browser = \"...\"를 넣으세요", "n list"},
    /* CopyIntoItself */
    {"from_browser: the cookie would be copied from {browser} into itself",
     "from_browser: 이 단계의 브라우저({browser})와 같습니다. 쿠키를 가져올 다른 브라우저를 쓰세요", "browser"},
    /* NoServerNamed */
    {"server: no server named {name}; servers: {list}", "server: 이름이 {name}인 서버가 없습니다. 서버: {list}",
     "name list"},
    /* NoServerDeclared */
    {"server: no server named {name}; the file declares no [[server]]",
     "server: 이름이 {name}인 서버가 없습니다. 파일에 [[server]]가 없습니다", "name"},
    /* NoSuchUser */
    {"user: server {server} has no user {user}; its users: {list}",
     "user: {server} 서버에는 {user} 사용자가 없습니다. 이 서버의 사용자: {list}", "server user list"},
    /* NoSuchUserNoUsers */
    {"user: server {server} has no user {user}", "user: {server} 서버에는 {user} 사용자가 없습니다", "server user"},
    /* NoUserAnywhere */
    {"expect.logged_in: no server has a user {user} (\"\" means nobody)",
     "expect.logged_in: {user} 사용자가 있는 서버가 없습니다(\"\"는 아무도 로그인하지 않았다는 뜻입니다)", "user"},
    /* WordLanguage */ {"language", "언어", ""},
    /* UserModelForm */
    {"user_model: {value} is not an app label and a model name; write it as Django's AUTH_USER_MODEL, e.g. "
     "\"accounts.User\"",
     "user_model: {value:은} 앱 이름과 모델 이름이 아닙니다. Django의 AUTH_USER_MODEL처럼 \"accounts.User\" 꼴로 "
     "쓰세요",
     "value"},
    /* ChangeEmpty */
    {"the change is empty; write one such as cookie:sessionid:httponly=false",
     "바꿀 내용이 비어 있습니다. cookie:sessionid:httponly=false처럼 쓰세요", ""},
    /* ChangeUnknownKind */
    {"unknown change {kind}; allowed: {allowed}", "알 수 없는 변경 {kind}입니다. 쓸 수 있는 값: {allowed}",
     "kind allowed"},
    /* ChangeNeedsName */
    {"{kind}: name the {what} after \"{kind}:\"", "{kind}: \"{kind}:\" 뒤에 {what} 이름을 쓰세요", "kind what"},
    /* ChangeNoSettings */
    {"{kind}: nothing is changed; write KEY=VALUE after the name (e.g. {example})",
     "{kind}: 바뀌는 것이 없습니다. 이름 뒤에 KEY=VALUE를 쓰세요(예: {example})", "kind example"},
    /* ChangeNotSetting */
    {"{text} is not KEY=VALUE", "{text:은} KEY=VALUE 꼴이 아닙니다", "text"},
    /* ChangeUnknownSetting */
    {"{kind}: unknown setting {key}; allowed: {allowed}",
     "{kind}: 알 수 없는 설정 {key}입니다. 쓸 수 있는 값: {allowed}", "kind key allowed"},
    /* ChangeSetTwice */ {"{key} is set twice", "{key:이} 두 번 설정되었습니다", "key"},
    /* ChangeBadValue */
    {"{key}: {value} is not {expected}", "{key}: {value:은} {expected}", "key value expected"},
    /* ChangeTrailing */
    {"unexpected {text} after the change", "변경 뒤에 예상하지 못한 {text:이} 있습니다", "text"},
    /* WordBoolean */ {"true or false (on/off, yes/no)", "true나 false가 아닙니다(on/off, yes/no도 됩니다)", ""},
    /* WordSameSite */ {"strict, lax, none or unset", "strict, lax, none, unset 중 하나가 아닙니다", ""},
    /* WordExpires */
    {"session, a date such as 2026-03-03T09:00:00Z or a time from now such as 2h",
     "session, 2026-03-03T09:00:00Z 같은 날짜, 2h 같은 지금부터의 시간 중 하나가 아닙니다", ""},
    /* WordMaxAge */
    {"session or a duration such as 30m, 2h, 1d", "session이나 30m, 2h, 1d 같은 기간이 아닙니다", ""},
    /* WordThirdParty */ {"block or allow", "block이나 allow가 아닙니다", ""},
    /* SpecNoStep */
    {"a what-if starts with the step it forks at, e.g. 9:cookie:sessionid:httponly=false",
     "what-if는 갈라질 단계 번호로 시작합니다. 예: 9:cookie:sessionid:httponly=false", ""},
    /* SpecBadStep */
    {"{text} is not a step number (1 or more)", "{text:은} 단계 번호(1 이상)가 아닙니다", "text"},
    /* ExperimentItem */ {"experiment {n}", "실험 {n}", "n"},
    /* ExperimentAt */
    {"at: the lesson has {count} steps; an experiment forks at one of 1 to {count}, not {at}",
     "at: 이 수업의 단계는 {count}개입니다. 실험은 1부터 {count} 사이의 단계에서 갈라져야 하는데 {at}입니다",
     "count at"},
    /* ExperimentExpectStep */
    {"expect.step: {step} is not a step from {at} (where the experiment forks) to {count}",
     "expect.step: {step:은} 실험이 갈라지는 {at}단계부터 {count}단계 사이가 아닙니다", "step at count"},
    /* ExperimentNeedsChange */
    {"missing key \"change\": what the experiment changes, e.g. change = \"cookie:sessionid:httponly=false\"",
     "\"change\" 키가 없습니다. 실험이 무엇을 바꾸는지 쓰세요. 예: change = \"cookie:sessionid:httponly=false\"", ""},
    /* HowExperiment */ {"write [[experiment]]", "[[experiment]]로 쓰세요", ""},
    /* WordPolicyValue */ {"rfc6265 or chromium", "rfc6265나 chromium이 아닙니다", ""},
};
static_assert(std::size(kEntries) == static_cast<std::size_t>(ScenarioMsg::Count), "one entry per kind, in enum order");

#undef CL_TEXT_TABLE
#undef CL_BOTH_LANGUAGES_EN
#undef CL_BOTH_LANGUAGES_KO
#undef CL_DURATIONS
#undef CL_NO_REQUEST_KEYS

}  // namespace

Message message(ScenarioMsg kind, std::vector<Message> args) {
  const MessageEntry& entry = kEntries[static_cast<std::size_t>(kind)];
  assert(args.size() == arg_count(entry) && "a kind is given the arguments it declares");
  return Message(entry, std::move(args));
}

const Catalogue& scenario_catalogue() {
  static const Catalogue catalogue{"scenario", kEntries, std::size(kEntries)};
  return catalogue;
}

}  // namespace cl::scenario

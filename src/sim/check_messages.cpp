// The wordings of the checks, as the narration panel and the transcripts show them:
// a short phrase of what is expected ("sessionid is sent" / "sessionid 쿠키를 보냄").
#include "sim/check_messages.h"
#include <cassert>
#include <iterator>

namespace cl::sim {

namespace {

// In the order of enum CheckMsg.
constexpr MessageEntry kEntries[] = {
    /* Status */ {"status {value}", "상태 코드 {value}", "value"},
    /* Location */ {"Location: {value}", "Location: {value}", "value"},
    /* Sent */ {"{name} is sent", "{name} 쿠키를 보냄", "name"},
    /* NotSent */ {"{name} is not sent", "{name} 쿠키를 보내지 않음", "name"},
    /* Stored */ {"{name} is stored", "{name} 쿠키가 저장됨", "name"},
    /* Ignored */ {"{name} is ignored", "{name} 쿠키가 무시됨", "name"},
    /* InJar */ {"{name} is in the jar", "쿠키 저장소에 {name} 있음", "name"},
    /* NotInJar */ {"{name} is not in the jar", "쿠키 저장소에 {name} 없음", "name"},
    /* OneSession */ {"{count} session row", "세션 행 {count}개", "count"},
    /* Sessions */ {"{count} session rows", "세션 행 {count}개", "count"},
    /* LoggedIn */ {"logged in: {user}", "로그인한 사용자: {user}", "user"},
    /* LoggedInNobody */ {"logged in: nobody", "로그인한 사용자: 아무도 아님", ""},
    /* PageContains */ {"the page shows \"{text}\"", "페이지에 \"{text}\" 표시", "text"},
    /* Link */ {"a link \"{text}\" on the page", "페이지에 \"{text}\" 링크가 있음", "text"},
    /* AnyForm */ {"a form on the page", "페이지에 폼이 있음", ""},
    /* Form */ {"a form for {action} on the page", "페이지에 action이 \"{action}\"인 폼이 있음", "action"},
    /* Other */ {"{what}: {value}", "{what}: {value}", "what value"},
    /* ThisPage */ {"(this page)", "(이 페이지)", ""},
    /* SeenList */ {"{head}, {tail}", "{head}, {tail}", "head tail"},
};
static_assert(std::size(kEntries) == static_cast<std::size_t>(CheckMsg::Count), "one entry per kind, in enum order");

}  // namespace

Message message(CheckMsg kind, std::vector<Message> args) {
  const MessageEntry& entry = kEntries[static_cast<std::size_t>(kind)];
  assert(args.size() == arg_count(entry) && "a kind is given the arguments it declares");
  return Message(entry, std::move(args));
}

const Catalogue& check_catalogue() {
  static const Catalogue catalogue{"checks", kEntries, std::size(kEntries)};
  return catalogue;
}

}  // namespace cl::sim

// Every label of the window in English and Korean. The table is tied to the enum
// (static_assert in ui_text.cpp), so a new label cannot silently miss a translation.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include "base/text.h"
#include "base/time.h"
#include "cookie/jar.h"
#include "scenario/scenario.h"

namespace cl::app {

enum class Ui {
  // panels
  Browser,
  Server,
  CookieJar,
  Sequence,
  Inspector,
  Narration,
  Controls,
  // browser panel
  Address,
  Go,
  CloseBrowser,
  ReopenBrowser,
  ClearCookies,
  BrowserClosed,
  BlankPage,
  EmptyPage,
  Submit,
  Links,
  Username,
  Password,
  // server panel
  RoutesHit,
  SessionTable,
  SessionKey,
  SessionData,
  Expires,
  Whose,
  Anonymous,
  Expired,
  NoExpiry,
  Changed,
  NewRow,
  Deleted,
  NoSessions,
  Live,
  LiveHint,
  // cookie jar
  Name,
  Value,
  Domain,
  HostOnly,
  Path,
  Expiry,
  SessionCookie,
  Secure,
  HttpOnly,
  SameSite,
  Created,
  LastUsed,
  Flags,
  Sent,
  New,
  Modified,
  EmptyJar,
  Edit,
  Delete,
  Save,
  Cancel,
  AddCookie,
  AllColumns,
  // inspector
  Request,
  Response,
  NoExchange,
  CookiesSent,
  CookiesNotSent,
  SetCookieResults,
  // narration
  WhatHappens,
  Why,
  Checks,
  Passed,
  Failed,
  // controls
  First,
  Back,
  Next,
  Last,
  Play,
  Pause,
  Speed,
  StepOf,
  BeforeFirstStep,
  // menus and files
  File,
  Open,
  Recent,
  Reload,
  Quit,
  View,
  Language,
  Help,
  HowToRead,
  Glossary,
  Lessons,
  HighContrast,
  UiScale,
  FullScreen,
  OpenScenario,
  FileErrors,
  Dismiss,
  Directory,
  Reloaded,
  NoKoreanFont,
  DropHint,
  // questions
  Question,
  Answer,
  Correct,
  Wrong,
  Score,
  ShowAnswer,
  // lesson picker
  Level,
  Steps,
  Title,
  Summary,
  // cookie playground (and the jar panel's "not sent" mark)
  Playground,
  Policy,
  StartFrom,
  StepJar,
  EmptyJarStart,
  RequestUrl,
  SetCookieLines,
  SecondUrl,
  FromPage,
  TopLevel,
  PostMethod,
  Example,
  Line,
  Attributes,
  Used,
  Ignored,
  Decision,
  JarAfter,
  CookieHeaderFor,
  NotSent,
  NotSentBecause,
  Evicted,
  NoLines,
  StoredOutcome,
  ReplacedOutcome,
  // title bar, checks
  BuiltInLesson,
  Seen,
  FileErrorsHint,
  Waiting,
  RedirectHint,
  // `cookielab FILE --serve`: the status line
  Serving,
  ServeRequests,
  // small words of the panels: a form's hidden field and its own address, the session
  // table's change column, a cookie without a name, no SameSite, the speed slider
  HiddenField,
  ThisPage,
  RowState,
  Nameless,
  NoneOption,
  SpeedFormat,
  // the learner's own path (logic/own_path.h), a recent file no longer there
  OwnPath,
  OwnPathFrom,
  BackToLesson,
  Undo,
  UndoHint,
  RecentMissing,
  // a classroom: the scale in the bottom bar, Play at a waiting question, the session
  // row the server found, a Set-Cookie the browser refused
  ScaleHint,
  AnswerFirst,
  FoundRow,
  Refused,
  // settings kept between launches (logic/settings.h), the glossary's search and links,
  // the playground's other policy and the attribute that refused a cookie
  ResetSettings,
  ResetSettingsAsk,
  Reset,
  LastScore,
  TermsInStep,
  SearchGlossary,
  NoGlossaryMatch,
  UnderPolicy,
  RefusedBy,
  // File > Export... (logic/export.h): the formats, where the file goes, what became of it
  Export,
  ExportTitle,
  ExportHar,
  ExportMarkdown,
  ExportMermaid,
  ExportPng,
  ExportSaveAs,
  ExportButton,
  ExportWhat,
  ExportPngHint,
  Exported,
  ExportFailed,
  // the users table beside the session table (Django servers)
  UsersTable,
  UserId,
  UserName,
  LastLogin,
  Staff,
  UserLink,
  UserLinked,
  UserLinkedOld,
  NeverLoggedIn,
  // the what-if bench (logic/what_if_bench.h, panels/what_if.cpp)
  WhatIf,
  WhatIfHint,
  WhatIfTitle,
  WhatIfTabChange,
  WhatIfTabCompare,
  WhatIfTabExperiments,
  ChangeBeforeStep,
  WhatToChange,
  KindCookie,
  KindDelete,
  KindServer,
  KindBrowser,
  KindClose,
  KindWait,
  CookieLabel,
  NoCookieThere,
  KeepAsIs,
  OnWord,
  OffWord,
  ChangeIt,
  HostOnlyHint,
  LifeSession,
  LifeAfter,
  NoAttribute,
  ServerCookie,
  RenewKey,
  SessionLifetime,
  CsrfCheck,
  ThirdParty,
  Blocked,
  Allowed,
  WaitFor,
  SpanHint,
  AddChange,
  ChangesToMake,
  RemoveWord,
  RunBranch,
  OriginalRun,
  BranchN,
  BackToOriginal,
  CloseWord,
  WherePart,
  OutcomesChanged,
  NoOutcomeChanged,
  StepsSideBySide,
  StepWord,
  ThisBranch,
  ShownStep,
  SameInBoth,
  BeforeFork,
  JarBranchVsOriginal,
  SessionsBranchVsOriginal,
  OnlyOnBranch,
  OnlyInOriginal,
  Differs,
  SaveBranchAs,
  SavedTo,
  NotSaved,
  NoExperiments,
  PredictParts,
  PredictSame,
  RunIt,
  PredictFirst,
  PredictionRight,
  PredictionWrong,
  ShowBranch,
  ForksBefore,
  FromLessonRun,
  NoBranchYet,
  WhatIfMenu,
  // a lesson still being prepared (Lesson::preparing: the page computes its password hashes apart)
  PreparingSteps,
  RunsPartHere,
  Count
};

std::string_view tr(Ui id, Lang lang);
// "serving http://127.0.0.1:8080 — 3 requests" / "http://127.0.0.1:8080에서 실시간 응답 중 — 요청 3개".
std::string serve_status(std::string_view url, std::size_t requests, Lang lang);

// A scenario action as the Sequence notes it ("copy cookie", "쿠키 복사"); the file's
// own word (copy_cookie) is vocabulary for authors, not for the learner.
std::string_view action_label(scenario::Action action, Lang lang);
// The page a browser shows when no server answers for the host (it makes the page
// itself, so it speaks the learner's language): its tab title and its one line.
std::string cant_reach_title(std::string_view host, Lang lang);
std::string cant_reach_text(std::string_view host, Lang lang);
// The heading of a step's checks. They speak of the whole scenario step, which may have
// made several timeline steps (a form post and its redirect): then the heading names
// them, 1-based, "Checks (whole step: 13-14)", so "status 302" under the GET is not misread.
std::string checks_heading(std::size_t first, std::size_t last, Lang lang);
// "Score: 2 / 4 (2 not answered)": a question skipped by jumping past it is not a wrong answer.
std::string score_line(int correct, int answered, int questions, Lang lang);
// What became of a Set-Cookie line, as a word in the learner's language ("stored", "저장됨").
Ui outcome_label(cookie::SetOutcome outcome);
// "1h 30m" in English; "1시간 30분" in Korean.
std::string duration_label(TimeMs span, Lang lang);
// How long until `at`, seen at `now`, in its two largest units ("+29d 23h", "-5m"
// once past): at a glance that teaches more than a date, and it fits a narrow column.
std::string time_left(TimeMs at, TimeMs now, Lang lang);
// The same for a session row, whose store may keep it for ever: express-session's
// MemoryStore without maxAge (the server writes 9999-12-31) is "never" / "만료 없음".
std::string session_time_left(TimeMs expire, TimeMs now, Lang lang);
// The note of a step that sends nothing: "wait 20m" / "20분 대기", "close browser" / "브라우저 닫기".
// `span` is used by a wait only.
std::string action_note(scenario::Action action, TimeMs span, Lang lang);

}  // namespace cl::app

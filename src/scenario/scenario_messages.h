// Every mistake the scenario loader reports, as kinds of one catalogue (see
// base/message.h). The reader says what is wrong and where; the words, in English and
// in Korean (a lesson's author may read either), are in scenario_messages.cpp.
#pragma once
#include <vector>
#include "base/message.h"

namespace cl::scenario {

enum class ScenarioMsg {
  // --- how a message is put together ---
  Within,    // "{item}: {problem}": the item of a list the problem is in ("step 3: ...")
  Keyed,     // "{key}: {problem}": the key whose value has the problem
  WithHint,  // "{message}{hint}": a message and the likely cause after it
  StepItem, ServerItem, BrowserItem, UserItem, RouteItem,
  // --- the file as a whole ---
  EmptyFile, FileMissing, NotRegularFile, FileTooLarge, CannotOpen, CannotRead, CouldNotReadWhy, CouldNotRead,
  FileNotRead,  // the window was handed no scenario and no diagnostic
  // --- TOML syntax, with toml++'s words; a gloss tells the likely fix in Korean ---
  TomlError, TomlUtf8, TomlTooLarge, TomlUnclosedString, TomlDanglingComma, TomlRedefined, TomlFullWidthEquals,
  TomlExpectedEquals, TomlInlineNewline, TomlBareKey, TomlInlineComma, TomlTableHeader, TomlValueType, TomlEscape,
  TomlTrailing,
  // --- keys and types ---
  UnknownKey, UnknownKeyIn, TopKeyHint, MissingKey, MissingKeyWhat, WrongType, WrongTypeFields, WrongTypeTables,
  TextNotTable, MissingEnglish, MissingKorean, IsEmpty, OutOfRange, TooLarge, UnknownName,
  // --- what TOML values are called ---
  TypeTable, TypeArray, TypeString, TypeInteger, TypeFloat, TypeBoolean, TypeDate, TypeTime, TypeDateTime,
  TypeNothing, TrueOrFalse, ArrayOfStrings, DateTimeString, TextTable, ArrayOfTexts,
  // --- what a required key is for, how to write a list, which values are allowed ---
  AtLeastOneStep, ServerNameFor, HostsFor, LoginName, RoutePathFor, BrowserNameFor, OneOf, AnswerFor,
  HowServer, HowBrowser, HowStep, HowUsers, HowRoute,
  RangeStatus, RangeCount, RangeLevel, RangeSeed, RangeRouteStatus, RangeChoices,
  WordProfile, WordPolicy, WordAction, WordHost, WordUser,
  // --- single values ---
  BadUrl, BadDuration, LocalStart, BadStart, ValueProblem, CookiePathSlash, RoutePathSlash, RoutePathQuery,
  CookieWithField, TooFewChoices,
  NotAbsoluteUrl, HostEmpty, HostUpperCase, NotHostName, HostOnly, HeaderNoColon, HeaderNameEmpty,
  HeaderSpaceBeforeColon, HeaderNameNotToken, HeaderValueLineBreak, MethodNotToken,
  DurationHangul, DurationUpperCase, DurationFraction, DurationSpaces, DurationZero, DurationTooLong, DurationForm,
  // --- steps and actions ---
  ActionDoesNotTake, ActionTakesNoKey, UnknownStepKey, ActionNeedsKey, NothingToCheck,
  // --- names one part of the file gives and another uses ---
  DuplicateServerName, ListedTwice, HostTaken, DuplicateBrowserName, NoBrowserDefault, NoBrowser, WhichBrowser,
  CopyIntoItself, NoServerNamed, NoServerDeclared, NoSuchUser, NoSuchUserNoUsers, NoUserAnywhere,
  Count
};

Message message(ScenarioMsg kind, std::vector<Message> args = {});
const Catalogue& scenario_catalogue();

}  // namespace cl::scenario

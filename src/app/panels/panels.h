// Every panel of the window, listed in one place. A panel is a plain struct of
// state plus a draw function that turns clicks into calls on the lesson.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "app/logic/export.h"
#include "app/logic/highlight.h"
#include "app/logic/users_view.h"
#include "app/logic/lesson_list.h"
#include "app/logic/playground_model.h"
#include "app/logic/refusals.h"
#include "app/logic/sequence_branch.h"
#include "app/logic/sequence_layout.h"
#include "app/logic/what_if_bench.h"
#include "app/logic/what_if_form.h"
#include "cookie/cookie.h"
#include "base/text.h"
#include "http/form.h"

namespace cl::app {

struct AppState;
struct Rect;

// The simulated browser: address bar, the page, its forms and links.
struct BrowserPanel {
  std::uint64_t version = 0;   // of the lesson the buffers below were filled from
  std::uint64_t followed = 0;  // the version whose browser tab was brought to the front
  int browser = -1;
  std::string address;
  std::vector<http::FormFields> forms;  // what the learner typed, per form
};
void draw_browser(AppState& state, const Rect& area);

// The selected browser's cookie jar, with the cookie being edited by hand.
struct CookieJarPanel {
  std::uint64_t version = 0;
  int browser = -1;
  std::vector<CookieRow> rows;
  bool editing = false;
  cookie::Cookie edit;
  std::string edit_expiry;       // ISO 8601, "" = session cookie
  bool all_columns = false;      // every attribute in its own column, even when narrow
  std::vector<Refusal> refused;  // this step's Set-Cookie lines the browser refused
  float name_seen = 0;           // the name column's widest cell, as last drawn (for the others' widths)
};
void draw_cookie_jar(AppState& state, const Rect& area);

// The server: routes hit, and the session table.
struct SessionTablePanel {
  std::uint64_t version = 0;
  std::uint64_t followed = 0;  // the version whose server tab was brought to the front
  struct Server {
    std::vector<std::pair<std::string, int>> routes;  // route, times hit (so far)
    std::vector<SessionRowView> rows;
    bool has_users = false;  // a Django server: its users table beside the sessions
    UsersTableView users;
  };
  std::vector<Server> servers;
  bool live = false;                 // the rows were read from SQLite (the newest step), not the timeline
  float height = 0;                  // with every row of the shown table, as last drawn: for the layout
  float seen[4] = {};                // the key, user, expiry and state columns' widest cells, as last drawn
  std::uint64_t users_scrolled = 0;  // the version whose linked users row was scrolled into view
};
void draw_session_table(AppState& state, const Rect& area);
// The users table of server `index` under its session table (panels/users_table.cpp):
// the height it needs, and drawing it in that height.
float users_table_height(const SessionTablePanel::Server& server);
void draw_users_table(AppState& state, std::size_t index);

// Browser and server lanes, one arrow pair per step.
struct SequencePanel {
  std::uint64_t version = 0;
  Lanes lanes;
  std::uint64_t generation = 0;  // of the timeline the lanes were computed for
  Lang lang = Lang::En;          // and the language of their labels
  std::size_t scrolled_to = static_cast<std::size_t>(-1);
  float scrolled_row_h = 0, scrolled_view_h = 0;  // the geometry it was scrolled to with
  std::size_t scrolled_lines = 0;
  // The rows with the shown what-if branch beside the original (logic/sequence_branch.h),
  // rebuilt when the branch, the timeline or the steps the learner may see change.
  SequenceRows rows;
  std::weak_ptr<const whatif::Branch> rows_for;  // weak: a removed branch never matches a new one
  bool rows_branch = false;
  std::uint64_t rows_generation = 0;
  std::size_t rows_shown = static_cast<std::size_t>(-1);
  // A branch arrow the learner clicked: the inspector shows that step of the branch.
  BranchPick pick;
};
void draw_sequence(AppState& state, const Rect& area);

struct InspectorPanel {
  int tab = 0;
};
void draw_inspector(AppState& state, const Rect& area);

// The explanation of the shown step, generated once per step.
struct NarrationPanel {
  std::uint64_t version = 0;
  Bilingual why;
  float height = 0;  // all of it, as last drawn: the layout makes room for it
  // The glossary terms the shown words use (glossary_terms_in), for the links under them.
  std::uint64_t terms_version = 0;
  Lang terms_lang = Lang::En;
  bool terms_with_why = false;
  std::vector<std::size_t> terms;
};
void draw_narration(AppState& state, const Rect& area);
void draw_controls(AppState& state, const Rect& area);

struct HelpPanel {
  bool how_to_read = false;
  bool glossary = false;
  std::string search;  // the glossary's search box
  int focus = -1;      // the entry a narration link opened: shown first, highlighted
  bool scroll_to_focus = false;
};
void draw_help(AppState& state);

// A file dialog made of ImGui widgets: folders and .toml files.
struct FileDialog {
  bool open = false;
  std::string directory;
  std::string error;
};
void draw_file_dialog(AppState& state);

struct LessonPicker {
  bool open = false;
  std::vector<LessonInfo> lessons;
};
void draw_lesson_picker(AppState& state);

// The cookie playground: Set-Cookie lines typed by the learner run through a copy
// of the shown step's jar (or an empty one); the result is recomputed only when
// an input, the step or the browser changes.
struct PlaygroundPanel {
  bool open = false;
  PlaygroundInput input = playground_example();
  PlaygroundInput computed_for;
  std::uint64_t version = 0;  // of the lesson the result was computed on
  int browser = -1;
  PlaygroundResult result;
};
void draw_playground(AppState& state);

void draw_menu_bar(AppState& state);
void draw_errors(AppState& state);  // the open file's diagnostics, file:line:column
// While the learner is on their own path: the strip above the controls that says
// so, with Back to the lesson and Undo (logic/own_path.h).
void draw_own_path(AppState& state, const Rect& area);
// While the lesson is being prepared (Lesson::preparing, the page): the same strip says
// how many of its steps are ready.
void draw_preparing(AppState& state, const Rect& area);
// View > Reset saved settings asks first (AppState::reset_asked), then forgets them.
void draw_reset_settings(AppState& state);

// File > Export...: the format, the save-as line, and the last export's outcome for the
// menu bar. A PNG of the sequence view is taken by the window a few frames after the
// dialog closed (so the dialog is not in the picture): take_pending_export_png.
struct ExportDialog {
  bool open = false;
  ExportFormat format = ExportFormat::Har;
  std::string path;                      // the save-as line
  std::string path_for;                  // the lesson path `path` was proposed for
  std::optional<ExportOutcome> outcome;  // the last export's, told in the language shown
  double outcome_at = -100;              // seconds (glfw clock) when it came
  std::string png_path;                  // a PNG of the sequence view waits to be taken
  int png_frames = 0;                    // frames still to draw before it is taken
  Rect sequence;                         // the sequence panel's area, as last laid out
};
void open_export_dialog(AppState& state);
void draw_export_dialog(AppState& state);
// Writes the pending PNG once its frames have been drawn (after ImGui rendered, before
// the buffers are swapped); `scale` is framebuffer pixels per window unit.
void take_pending_export_png(AppState& state, int fb_w, int fb_h, float scale_x, float scale_y);
// The sequence panel's pixels of the frame just rendered, as a PNG at `path`.
ExportOutcome write_sequence_png(const AppState& state, const std::string& path, int fb_w, int fb_h, float scale_x,
                                 float scale_y);
// The "What if..." window (panels/what_if.cpp): the editor of a change, the branches
// kept (AppState::what_if), the comparison with the original, the lesson's experiments.
struct WhatIfPanel {
  bool open = false;
  int tab = 0;              // 0 the change, 1 the comparison, 2 the experiments
  bool select_tab = false;  // bring `tab` to the front next frame
  WhatIfForm form;
  std::vector<scenario::Change> draft;  // changes added, not run yet (all of step draft_at)
  int draft_at = 0;
  Message problem;  // why the last change or fork could not be made
  std::string save_path;
  SaveStatus saved;
  // Caches of the shown branch's comparison (STYLE 5: rebuilt when the step, browser or branch changes).
  const void* compare_for = nullptr;
  int compare_step = -1, compare_browser = -1;
  StepCompare compare;
  const void* lanes_for = nullptr;
  Lang lanes_lang = Lang::En;
  std::vector<LaneRow> lanes;
};
// Opens the window on the editor, forking after the shown step (on the learner's own
// path: after the lesson step they left it at).
void open_what_if(AppState& state);
void draw_what_if(AppState& state);

}  // namespace cl::app

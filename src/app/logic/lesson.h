// The lesson on screen: the scenario, its simulated world, which step is shown,
// the learner's answers to questions. A plain object of state with actions (the
// panels only turn clicks into these calls), so tests drive it without a window.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "app/logic/file_watch.h"
#include "app/logic/own_path.h"
#include "scenario/load.h"
#include "scenario/scenario.h"
#include "server/password.h"
#include "sim/timeline.h"
#include "sim/world.h"

namespace cl::app {

struct QuizScore {
  int correct = 0, answered = 0, questions = 0;
};

class Lesson {
 public:
  Lesson();
  ~Lesson();

  // --- opening. A file with mistakes leaves the open lesson as it was; its
  // diagnostics (file:line:column) are kept in errors() for the window to show.
  bool open_file(const std::string& path);
  bool open_default();
  bool open_loaded(scenario::LoadResult result, const std::string& path);
  void open_scenario(scenario::Scenario scenario, sim::WorldOptions options = {});
  // A browser's HAR capture (har/import.h): its recorded timeline, secrets masked.
  // open_file() takes this way for a file ending in .har (and so do a dropped file
  // and File > Reload); a capture with problems leaves the open lesson as it was.
  bool open_capture(const std::string& path);
  // Re-reads the file when its modification time or size changed since it was read.
  // A file that could not be opened is watched the same way until it opens (the
  // teacher fixes the mistake and saves), or until another lesson is opened.
  // Returns true when it was read again (whether or not it had errors).
  bool reload_if_changed();
  // File > Reload: reads the lesson again, the built-in one included, and stays on
  // the step shown (the fork, on the learner's own path). While a file that could
  // not be opened is watched, that file is tried instead.
  bool reload();
  bool loaded() const { return world_ != nullptr; }
  const std::string& path() const { return path_; }  // "" for the built-in lesson
  // The file that could not be opened and is watched ("" when none).
  const std::string& watched_broken_file() const { return broken_path_; }
  const std::vector<scenario::Diagnostic>& errors() const { return errors_; }
  void dismiss_errors() { errors_.clear(); }

  // --- stepping. position() is how many timeline steps are shown: 0 is the start.
  std::size_t position() const { return position_; }
  std::size_t count() const;
  void go_to(std::size_t position);
  void first() { go_to(0); }
  void back() {
    if (position_ > 0) go_to(position_ - 1);
  }
  void next() { go_to(position_ + 1); }
  void last() { go_to(preparing() ? SIZE_MAX : count()); }

  // --- preparing (the page, platform::hashes_in_background): with defer_hashes set, a
  // lesson opens at once with the steps that need no password hash not computed yet
  // (Django's PBKDF2, server/password.h DeferHashes), possibly none; the hashes it needs
  // are in hash_requests() for someone else to compute and remember_hash(); prepare()
  // then runs it further. A step asked for beyond those ready is gone to once it is
  // ready. The steps are the same as without deferring: each run that missed a hash is
  // thrown away, and what is shown is a run of the steps before the first miss.
  bool defer_hashes = false;
  bool preparing() const { return preparing_ != nullptr; }
  const std::vector<server::HashRequest>& hash_requests() const;
  // Runs the lesson again with the hashes now remembered; true when more steps are ready.
  bool prepare();
  struct Progress {
    std::size_t ready = 0, total = 0;  // scenario steps
  };
  Progress progress() const;

  // --- play: `speed` steps per second; stops at the last step.
  bool playing() const { return playing_; }
  void toggle_play();
  void set_speed(float steps_per_second);
  float speed() const { return speed_; }
  void tick(double seconds);

  // --- the learner acts at the shown step (types a form, edits a cookie). The
  // lesson's timeline is kept as it is: the action goes onto the learner's own path
  // (own_path.h), which forks from the shown step and is then what is shown; the
  // stepping keys move within it. An action on the own path replaces only the
  // learner's own later actions.
  void perform(const scenario::Step& step);
  bool on_own_path() const { return own_.active(); }
  std::size_t own_path_fork() const { return own_.fork(); }  // the step it forked from
  std::size_t own_path_actions() const { return own_.actions(); }
  // Takes back the learner's last action; after the first one is taken back, the
  // lesson is shown again at the fork.
  void undo();
  // Leaves the own path: the lesson, at exactly the step and state it was left.
  void back_to_lesson();

  // --- live (`cookielab FILE --serve`): a real client's exchange appended to the
  // timeline (sim::World::record_live); the view follows it when the learner was at
  // the last step, and stays where it is when they stepped back to look at another.
  // The caller holds the LiveServer's model_mutex().
  std::size_t record_live(sim::Exchange exchange, Bilingual narration);
  // The World whose servers a LiveServer borrows (null before a lesson is open).
  sim::World* live_world() { return world_.get(); }
  // Called just before the World is replaced (another lesson opened, the file
  // reloaded), so whoever borrowed its servers lets go of them first.
  std::function<void()> before_replace;
  // How every World is opened (--db FILE keeps the session tables in a file).
  sim::WorldOptions world_options;
  // The learner's language changed: the browsers now ask the sites for it
  // (Accept-Language), so the lesson is run again in it (the learner's own path
  // too, action by action) and the same step stays shown, the answers kept. Live
  // exchanges (--serve) are not replayed. Returns whether it ran again.
  bool set_language(Lang lang);

  // --- questions: a step with a question hides its outcome until answered.
  const scenario::Question* question() const;  // of the shown step, or null
  std::optional<int> answer_of(std::size_t position) const;
  void answer(int choice);  // for the shown step
  bool outcome_hidden() const;
  // The step at a 1-based timeline position asks a question not answered yet.
  bool unanswered(std::size_t position) const;
  // How many timeline steps the sequence may show: every step up to the shown one,
  // and ahead of it up to the next step whose question waits (that row without its
  // outcome), so no row answers a question before it is asked.
  std::size_t revealed() const;
  // A row (0-based timeline index) whose outcome must not be drawn yet: its question
  // waits and the learner has not gone past it.
  bool row_outcome_hidden(std::size_t row) const { return row + 1 >= position_ && unanswered(row + 1); }
  QuizScore score() const;

  // --- what the panels draw (cached; rebuilt only when the position changes).
  // world() is the one shown: the own path's while the learner is on it.
  const sim::World* world() const { return own_.active() ? own_.world() : world_.get(); }
  // The lesson's own World, whichever is shown.
  const sim::World* lesson_world() const { return world_.get(); }
  const scenario::Scenario* scenario() const { return world_ ? &world_->scenario() : nullptr; }
  const sim::Step* step() const;        // the shown step, null at position 0
  const sim::Snapshot& before() const;  // state before the shown step
  const sim::Snapshot& after() const;   // state after it (== before while its question waits)
  // Changes whenever anything shown changes: panels key their caches on it.
  std::uint64_t version() const { return version_; }
  // Changes only when the timeline itself changes (a file opened, an action performed).
  std::uint64_t generation() const { return generation_; }

 private:
  std::unique_ptr<sim::World> world_;
  std::string path_;
  FileStamp stamp_;
  std::vector<scenario::Diagnostic> errors_;
  std::size_t position_ = 0;
  bool playing_ = false;
  float speed_ = 1.0f;
  double play_clock_ = 0;
  std::map<std::size_t, int> answers_;  // position -> choice
  std::uint64_t version_ = 1;
  std::uint64_t generation_ = 1;
  sim::Snapshot before_, after_;
  OwnPath own_;
  sim::WorldOptions opened_options_;  // how world_ was opened (the own path opens the same)
  std::string broken_path_;           // a file that could not be opened, watched
  FileStamp broken_stamp_;

  struct Preparing;
  std::unique_ptr<Preparing> preparing_;
  std::size_t wanted_ = 0;  // while preparing: the position asked for beyond the ready steps

  void refresh();
  // Shows a World whose timeline is made (a scenario run, a capture recorded).
  void show_world(std::unique_ptr<sim::World> world, sim::WorldOptions options);
  std::size_t lesson_position() const { return own_.active() ? own_.fork() : position_; }
};

}  // namespace cl::app

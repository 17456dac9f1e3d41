#include "app/logic/lesson.h"
#include "har/import.h"
#include "scenario/scenario_messages.h"
#include <algorithm>
#include <cmath>

namespace cl::app {

struct Lesson::Preparing {
  scenario::Scenario scenario;
  sim::WorldOptions options;
  std::size_t ready = 0;  // scenario steps run in the World shown
  bool shown = false;     // a World of those steps is shown
  std::vector<server::HashRequest> missed;
};

Lesson::Lesson() = default;
Lesson::~Lesson() = default;

bool Lesson::open_file(const std::string& path_arg) {
  // A copy: the caller may pass path(), which opening replaces.
  const std::string path = path_arg;
  FileStamp stamp = stamp_of(path);
  const bool opened =
      har::is_har_path(path) ? open_capture(path) : open_loaded(scenario::load_scenario_file(path), path);
  if (!opened) {
    // Remember the stamp of the broken version anyway, so it is not re-read every
    // frame; the next save triggers another try. A file other than the open one is
    // watched apart, so the lesson shown keeps being watched too.
    if (path == path_) {
      stamp_ = stamp;
    } else {
      broken_path_ = path;
      broken_stamp_ = stamp;
    }
    return false;
  }
  stamp_ = stamp;
  return true;
}

bool Lesson::open_default() { return open_loaded(scenario::load_default_lesson(), ""); }

bool Lesson::open_loaded(scenario::LoadResult result, const std::string& path) {
  if (!result.scenario || !result.diagnostics.empty()) {
    errors_ = std::move(result.diagnostics);
    if (errors_.empty()) errors_.push_back({path, 0, 0, scenario::message(scenario::ScenarioMsg::FileNotRead)});
    return false;
  }
  errors_.clear();
  broken_path_.clear();
  broken_stamp_ = {};
  const std::string old_path = path_;
  const std::size_t old_position = lesson_position();
  open_scenario(std::move(*result.scenario), world_options);
  path_ = path;
  // A reload of the same file keeps the learner where they were.
  // (go_to keeps it within the steps, and while preparing goes there once it is ready.)
  if (path == old_path && !path.empty()) go_to(old_position);
  return true;
}

bool Lesson::open_capture(const std::string& path) {
  har::FileImport r = har::import_file(path);
  if (!r.imported) {
    errors_.clear();
    for (const har::Problem& p : r.problems)
      errors_.push_back({path, p.where.line, p.where.column, har::problem_message(p)});
    return false;
  }
  errors_.clear();
  broken_path_.clear();
  broken_stamp_ = {};
  const std::string old_path = path_;
  const std::size_t old_position = lesson_position();
  show_world(std::move(r.imported->world), {});
  path_ = path;
  if (path == old_path) go_to(std::min(old_position, count()));
  return true;
}

void Lesson::open_scenario(scenario::Scenario scenario, sim::WorldOptions options) {
  if (before_replace) before_replace();
  // One World at a time: with --db both would hold the same SQLite file open.
  own_.clear();
  world_.reset();
  preparing_.reset();
  if (defer_hashes && options.db_path.empty()) {
    preparing_ = std::make_unique<Preparing>(Preparing{std::move(scenario), options});
    opened_options_ = options;
    ++generation_;
    path_.clear();
    stamp_ = {};
    answers_.clear();
    playing_ = false;
    position_ = 0;
    wanted_ = 1;  // as show_world: the first step
    refresh();
    prepare();
    return;
  }
  auto world = std::make_unique<sim::World>(scenario, options);
  world->run_all();
  show_world(std::move(world), options);
}

const std::vector<server::HashRequest>& Lesson::hash_requests() const {
  static const std::vector<server::HashRequest> none;
  return preparing_ ? preparing_->missed : none;
}

Lesson::Progress Lesson::progress() const {
  if (!preparing_) return {scenario() ? scenario()->steps.size() : 0, scenario() ? scenario()->steps.size() : 0};
  return {preparing_->ready, preparing_->scenario.steps.size()};
}

bool Lesson::prepare() {
  if (!preparing_) return false;
  Preparing& p = *preparing_;
  // A trial run with deferred hashes: how far it gets before the first one not known.
  std::unique_ptr<sim::World> world;
  std::size_t ready = 0;
  {
    server::DeferHashes defer;
    world = std::make_unique<sim::World>(p.scenario, p.options);
    if (defer.missed().empty()) {
      for (; ready < p.scenario.steps.size(); ++ready) {
        world->run_step(ready);
        if (!defer.missed().empty()) break;
      }
    }
    p.missed = defer.missed();
  }
  const bool done = p.missed.empty();
  if (!done && (ready == p.ready && p.shown)) return false;  // no further: the same World stays
  if (!done) {
    // The trial went on with a stand-in hash: a run of only the steps before it is shown.
    world.reset();
    if (ready > 0) {
      world = std::make_unique<sim::World>(p.scenario, p.options);
      for (std::size_t i = 0; i < ready; ++i) world->run_step(i);
    }
  }
  p.ready = ready;
  p.shown = true;
  world_ = std::move(world);
  ++generation_;
  if (wanted_ > position_) position_ = std::min(wanted_, count());
  if (done) {
    preparing_.reset();
    wanted_ = 0;
  }
  refresh();
  return true;
}

void Lesson::show_world(std::unique_ptr<sim::World> world, sim::WorldOptions options) {
  if (world_ && before_replace) before_replace();
  own_.clear();
  preparing_.reset();
  wanted_ = 0;
  opened_options_ = options;
  world_ = std::move(world);
  ++generation_;
  path_.clear();
  stamp_ = {};
  answers_.clear();
  playing_ = false;
  position_ = std::min<std::size_t>(1, count());
  refresh();
}

bool Lesson::reload_if_changed() {
  if (!broken_path_.empty()) {
    const FileStamp now = stamp_of(broken_path_);
    if (now != broken_stamp_ && now.exists) {
      broken_stamp_ = now;
      open_file(broken_path_);
      return true;
    }
  }
  if (path_.empty()) return false;
  FileStamp now = stamp_of(path_);
  if (now == stamp_ || !now.exists) return false;
  open_file(path_);
  stamp_ = now;
  return true;
}

bool Lesson::reload() {
  if (!broken_path_.empty()) return open_file(broken_path_);
  if (!path_.empty()) return open_file(path_);
  if (!world_) return open_default();
  // The built-in lesson: opened afresh, on the step that was shown.
  const std::size_t at = lesson_position();
  if (!open_default()) return false;
  go_to(at);
  return true;
}

bool Lesson::set_language(Lang lang) {
  world_options.lang = lang;
  if (preparing_ && preparing_->options.lang != lang) {
    // Not shown in full yet: prepared again in that language, from the steps ready.
    preparing_->options.lang = opened_options_.lang = lang;
    preparing_->shown = false;
    if (own_.active()) own_.restart(preparing_->scenario, opened_options_);
    prepare();
    return true;
  }
  if (!world_ || opened_options_.lang == lang) return false;
  sim::WorldOptions options = opened_options_;
  options.lang = lang;
  const std::size_t at = position_;
  const auto answers = answers_;
  const std::string path = path_;
  const FileStamp stamp = stamp_;
  OwnPath own = std::move(own_);
  open_scenario(world_->scenario(), options);
  path_ = path;
  stamp_ = stamp;
  answers_ = answers;
  if (own.active()) {
    own_ = std::move(own);
    own_.restart(world_->scenario(), options);
  }
  position_ = std::min(at, count());
  refresh();
  return true;
}

std::size_t Lesson::count() const { return world() ? world()->timeline().size() : 0; }

void Lesson::go_to(std::size_t position) {
  if (preparing_) wanted_ = position > count() ? position : 0;
  position = std::min(position, count());
  if (position == position_) return;
  position_ = position;
  refresh();
}

void Lesson::toggle_play() {
  playing_ = !playing_;
  play_clock_ = 0;
  if (playing_ && position_ >= count()) go_to(0);  // play again from the start
}

void Lesson::set_speed(float steps_per_second) { speed_ = std::clamp(steps_per_second, 0.1f, 50.0f); }

void Lesson::tick(double seconds) {
  if (!playing_) return;
  // A waiting question stops the play: the learner answers first.
  if (outcome_hidden()) {
    playing_ = false;
    return;
  }
  play_clock_ += seconds * speed_;
  while (play_clock_ >= 1.0 && playing_) {
    play_clock_ -= 1.0;
    next();
    // While the lesson is being prepared, the play waits at the last step ready.
    if ((position_ >= count() && !preparing_) || outcome_hidden()) playing_ = false;
  }
}

void Lesson::perform(const scenario::Step& step) {
  if (!world_) return;
  // The answers stay: the path's first steps are the lesson's, asking the same
  // questions, and the learner's actions ask none.
  if (!own_.active()) own_.start(world_->scenario(), opened_options_, position_);
  own_.perform(position_, step);
  ++generation_;
  position_ = count();
  playing_ = false;
  refresh();
}

void Lesson::undo() {
  if (!own_.active()) return;
  if (!own_.undo()) {
    back_to_lesson();
    return;
  }
  ++generation_;
  position_ = count();
  playing_ = false;
  refresh();
}

void Lesson::back_to_lesson() {
  if (!own_.active()) return;
  const std::size_t fork = own_.fork();
  own_.clear();
  ++generation_;
  position_ = std::min(fork, count());
  playing_ = false;
  refresh();
}

std::size_t Lesson::record_live(sim::Exchange exchange, Bilingual narration) {
  if (!world_) return 0;
  // On the own path the view stays on it: the lesson's timeline grows apart.
  const bool follow = !own_.active() && position_ == count();
  const std::size_t index = world_->record_live(std::move(exchange), std::move(narration));
  ++generation_;
  if (follow) position_ = count();
  refresh();
  return index;
}

const sim::Step* Lesson::step() const {
  if (!world_ || position_ == 0 || position_ > count()) return nullptr;
  return &world()->timeline().step(position_ - 1);
}

const scenario::Question* Lesson::question() const {
  const sim::Step* s = step();
  return s ? s->question : nullptr;
}

std::optional<int> Lesson::answer_of(std::size_t position) const {
  auto it = answers_.find(position);
  if (it == answers_.end()) return std::nullopt;
  return it->second;
}

void Lesson::answer(int choice) {
  const scenario::Question* q = question();
  if (!q || choice < 0 || choice >= static_cast<int>(q->choices.size())) return;
  if (answers_.count(position_)) return;  // the first answer counts
  answers_[position_] = choice;
  refresh();
}

bool Lesson::outcome_hidden() const { return question() && !answers_.count(position_); }

bool Lesson::unanswered(std::size_t position) const {
  if (!world_ || position == 0 || position > count()) return false;
  return world()->timeline().step(position - 1).question && !answers_.count(position);
}

std::size_t Lesson::revealed() const {
  const std::size_t n = count();
  if (unanswered(position_)) return position_;
  for (std::size_t p = position_ + 1; p <= n; ++p)
    if (unanswered(p)) return p;
  return n;
}

QuizScore Lesson::score() const {
  QuizScore s;
  if (!world_) return s;
  // The lesson's questions, also while the learner is on their own path.
  const auto& steps = world_->timeline().steps();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (!steps[i].question) continue;
    ++s.questions;
    if (auto a = answer_of(i + 1)) {
      ++s.answered;
      if (*a == steps[i].question->answer) ++s.correct;
    }
  }
  return s;
}

const sim::Snapshot& Lesson::before() const { return before_; }
const sim::Snapshot& Lesson::after() const { return outcome_hidden() ? before_ : after_; }

void Lesson::refresh() {
  ++version_;
  if (!world_) {
    before_ = {};
    after_ = {};
    return;
  }
  const sim::Timeline& t = world()->timeline();
  before_ = position_ >= 2 ? t.snapshot(position_ - 2) : t.initial();
  after_ = position_ >= 1 ? t.snapshot(position_ - 1) : t.initial();
}

}  // namespace cl::app

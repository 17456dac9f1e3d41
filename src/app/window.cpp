// The window's main loop, read top to bottom: open the lesson, open the window,
// set up Dear ImGui, then draw every frame until asked to stop; clean up in reverse.
#include "app/gl_api.h"
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include "app/app.h"
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/logic/actions.h"
#include "app/logic/bench_scenario.h"
#include "app/live_status.h"
#include "app/logic/layout.h"
#include "app/logic/live_serve.h"
#include "app/platform/platform.h"
#include "app/screenshot.h"
#include "app/theme.h"

namespace cl::app {

void open_lesson_file(AppState& state, const std::string& path) {
  if (state.lesson.open_file(path)) {
    state.browser = 0;
    state.recent.add(absolute_path(path));
    if (!state.bench) save_recent_files(state.recent, state.recent_location);
  }
}

namespace {

// Screenshots are taken after a fixed number of frames: ImGui sizes some widgets
// from the previous frame, so the first frames are not final.
constexpr int kScreenshotFrame = 4;
// --serve --screenshot-after N: how long to wait for the N exchanges.
constexpr double kLiveScreenshotTimeout = 20.0;

// Ctrl+C (or SIGTERM) while serving: the window closes as if asked, so the listener
// is joined and the --db file closed, instead of the process dying mid-write.
volatile std::sig_atomic_t g_interrupted = 0;
void on_interrupt(int) { g_interrupted = 1; }

void on_drop(GLFWwindow* window, int count, const char** paths) {
  auto* state = static_cast<AppState*>(glfwGetWindowUserPointer(window));
  for (int i = 0; i < count; ++i) state->dropped.emplace_back(paths[i]);
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Keys that work anywhere except while typing in a field.
void handle_shortcuts(AppState& state, GLFWwindow* window) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)))
    state.ui_scale = std::min(2.5f, state.ui_scale + 0.1f);
  if (io.KeyCtrl && (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)))
    state.ui_scale = std::max(0.6f, state.ui_scale - 0.1f);
  if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_0)) state.ui_scale = 1.0f;
  if (ImGui::IsKeyPressed(GLFW_KEY_F11)) state.fullscreen = !state.fullscreen;
  if (ImGui::IsKeyPressed(GLFW_KEY_F1)) state.help_panel.how_to_read = !state.help_panel.how_to_read;
  if (ImGui::IsKeyPressed(GLFW_KEY_F2)) state.playground_panel.open = !state.playground_panel.open;
  if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_O)) state.file_dialog.open = true;
  if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) glfwSetWindowShouldClose(window, 1);
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT) || ImGui::IsKeyPressed(GLFW_KEY_SPACE)) state.lesson.next();
  if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) state.lesson.back();
  if (ImGui::IsKeyPressed(GLFW_KEY_HOME)) state.lesson.first();
  if (ImGui::IsKeyPressed(GLFW_KEY_END)) state.lesson.last();
}

// F11: the monitor's mode while full screen, the old place and size after.
void apply_fullscreen(GLFWwindow* window, bool fullscreen, int& saved_x, int& saved_y, int& saved_w, int& saved_h) {
  if (platform::fullscreen_by_page(fullscreen)) return;
  const bool is_full = glfwGetWindowMonitor(window) != nullptr;
  if (fullscreen == is_full) return;
  if (fullscreen) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (!monitor) return;
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwGetWindowPos(window, &saved_x, &saved_y);
    glfwGetWindowSize(window, &saved_w, &saved_h);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window, nullptr, saved_x, saved_y, saved_w, saved_h, 0);
  }
}

// The settings kept between launches follow the window: saved when the language,
// scale, theme or the open lesson's score changed (a few times a session, not a
// frame). The lesson's last saved score is read when another lesson opens.
void remember_settings(AppState& state) {
  if (state.settings_location.empty()) return;
  if (state.lesson.path() != state.lesson_path) {
    state.lesson_path = state.lesson.path();
    state.lesson_key = lesson_key(state.lesson.path());
    auto it = state.settings.scores.find(state.lesson_key);
    state.last_score = it == state.settings.scores.end() ? std::nullopt : std::optional<SavedScore>(it->second);
  }
  const QuizScore q = state.lesson.score();
  Settings now = current_settings(state.settings, state.lang, state.ui_scale, state.high_contrast, state.lesson_key,
                                  {q.correct, q.answered, q.questions});
  if (now == state.settings) return;
  state.settings = std::move(now);
  if (!platform::save_saved_settings(state.settings, state.settings_location))
    std::fprintf(stderr, "cookielab: cannot write %s\n", state.settings_location.c_str());
}

// The whole screen: menu bar, the seven panels where the layout puts them, the
// windows that float above them.
void draw_frame(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  draw_menu_bar(state);
  const float menu_h = ImGui::GetFrameHeight();
  const float controls_h = ImGui::GetFrameHeightWithSpacing() * 1.25f + ImGui::GetStyle().WindowPadding.y * 2;
  // On the learner's own path a strip above the controls says so (panels/own_path.cpp).
  // While the lesson is being prepared (the page), the same strip says how far it is.
  const float own_path_h = state.lesson.on_own_path() || state.lesson.preparing()
                               ? ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2
                               : 0;
  const ContentHeights needs{state.narration_panel.height, state.server_panel.height};
  Layout layout = compute_layout(vp->Size.x, vp->Size.y, menu_h, controls_h + own_path_h, needs);
  const Rect own_path_area{layout.controls.x, layout.controls.y, layout.controls.w, own_path_h};
  layout.controls.y += own_path_h;
  layout.controls.h -= own_path_h;
  draw_browser(state, layout.browser);
  draw_sequence(state, layout.sequence);
  draw_narration(state, layout.narration);
  draw_cookie_jar(state, layout.jar);
  draw_inspector(state, layout.inspector);
  draw_session_table(state, layout.server);
  draw_controls(state, layout.controls);
  draw_own_path(state, own_path_area);
  draw_preparing(state, own_path_area);
  draw_help(state);
  draw_playground(state);
  draw_file_dialog(state);
  draw_export_dialog(state);
  state.export_dialog.sequence = layout.sequence;  // where File > Export's PNG is taken
  draw_lesson_picker(state);
  draw_errors(state);
  draw_reset_settings(state);
  draw_what_if(state);
  // The panels measure themselves as they draw, so a new step is laid out a frame
  // late: draw that frame at once rather than after the next event.
  state.redraw = needs != ContentHeights{state.narration_panel.height, state.server_panel.height};
}

}  // namespace

int run_window(const AppOptions& options) {
  // --- the lesson: the file given, else the built-in one. A broken file leaves the
  // built-in lesson open and its errors on screen.
  AppState state;
  state.lang = options.lang;
  state.ui_scale = options.ui_scale;
  state.high_contrast = options.high_contrast;
  state.bench = options.bench_frames > 0;
  state.lesson.world_options.db_path = options.db_path;
  const bool screenshot = !options.screenshot_path.empty();
  if (!screenshot && !state.bench) {
    state.recent_location = recent_files_location();
    state.recent = load_recent_files(state.recent_location);
    // Screenshots and benchmarks neither read nor write these: the same picture on every machine.
    state.settings_location = settings_location();
    SettingsLoad saved = platform::load_saved_settings(state.settings_location);
    if (!saved.problem.empty()) std::fprintf(stderr, "cookielab: %s\n", saved.problem.c_str());
    state.settings = std::move(saved.settings);
    if (!options.lang_given) state.lang = state.settings.lang;
    state.ui_scale = state.settings.ui_scale;
    state.high_contrast = state.settings.high_contrast;
  }
  state.lesson.world_options.lang = state.lang;  // the learner's browser asks the sites for their language
  // The page computes Django's password hashes in a worker: the window opens at once and
  // shows the lesson's steps as they are ready (Lesson::preparing). Natively they are made
  // where they are needed (a tenth of a second each), so screenshots are the same as ever.
  state.lesson.defer_hashes = platform::hashes_in_background() && !screenshot && !state.bench;
  if (state.bench) {
    sim::WorldOptions wo;
    wo.explain = false;
    wo.lang = state.lang;
    state.lesson.open_scenario(bench_scenario(10000, 1000), wo);
  } else {
    state.lesson.open_default();
    if (!options.scenario_path.empty()) open_lesson_file(state, options.scenario_path);
  }
  state.lesson.go_to(static_cast<std::size_t>(std::max(0, options.step)));
  // --screenshot-action close: a learner's click at that step, so the own path is seen.
  if (options.screenshot_action == "close" && !state.lesson.after().browsers.empty())
    state.lesson.perform(browser_step(state.lesson.after().browsers[0]->name, scenario::Action::Close));
  state.playground_panel.open = options.panel == "playground";
  if (options.panel == "lessons") {  // File > Lessons, for screenshots
    state.lesson_picker.lessons = list_lessons(lessons_directory());
    state.lesson_picker.open = true;
  }
  state.help_panel.glossary = options.panel == "glossary";
  if (options.panel == "export") open_export_dialog(state);  // File > Export..., for screenshots
  state.show_file_menu = options.panel == "file-menu";
  // --panel what-if / experiments, --what-if SPEC: the What if window at the shown step.
  if (options.panel == "what-if" || options.panel == "experiments" || !options.what_if.empty()) open_what_if(state);
  if (options.panel == "experiments") state.what_if_panel.tab = 2;
  if (options.experiment > 0 && state.lesson.lesson_world()) {
    const std::size_t e = static_cast<std::size_t>(options.experiment - 1);
    state.what_if.follow(state.lesson.lesson_world());
    state.what_if.predict(e, options.experiment_parts ? Prediction::Parts : Prediction::Same);
    Message error;
    if (!state.what_if.run_experiment(*state.lesson.lesson_world(), e, &error)) {
      std::fprintf(stderr, "cookielab: --experiment %d: %s\n", options.experiment,
                   error.empty() ? "the lesson has no such experiment" : error.in(state.lang).c_str());
      return 2;
    }
    open_what_if(state);
    state.what_if_panel.tab = 2;
  }
  if (!options.what_if.empty() && state.lesson.lesson_world()) {
    whatif::WhatIf what_if;
    for (const std::string& spec : options.what_if) {
      const scenario::ParsedSpec p = scenario::parse_what_if_spec(spec);
      if (!p.change) {
        std::fprintf(stderr, "cookielab: --what-if %s: %s\n", spec.c_str(), p.error.message.in(state.lang).c_str());
        return 2;
      }
      what_if.at = p.at;
      what_if.changes.push_back(*p.change);
    }
    Message error;
    if (!state.what_if.run(*state.lesson.lesson_world(), what_if, &error)) {
      std::fprintf(stderr, "cookielab: --what-if: %s\n", error.in(state.lang).c_str());
      return 2;
    }
    state.what_if_panel.tab = 1;
    state.what_if_panel.save_path = suggested_save_path(state.lesson.lesson_world()->scenario(), 1);
  }
  // --panel sequence: the branch stays shown with its window closed, so the sequence's
  // two runs are seen whole.
  if (options.panel == "sequence") state.what_if_panel.open = false;

  // --- --serve: the World's servers on a port. Live exchanges come after the
  // lesson's steps, so the view starts at the last one and follows what arrives.
  serve::ListenOptions listen;
  listen.address = options.listen;
  listen.port = options.port;
  LiveServe live(listen);
  live.echo = true;
  if (options.serve) {
    if (!live.start(state.lesson)) {
      std::fprintf(stderr, "cookielab: --serve: %s\n", live.error().c_str());
      return 1;
    }
    state.lesson.last();
    std::printf("listening on %s/\n", live.url().c_str());
    std::fflush(stdout);
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
  }
  // The World's servers are touched by the listener's thread, so the window holds
  // their lock while it reads the lesson or changes it (most of a frame); before
  // another lesson replaces the World, the listener lets go of it.
  std::unique_lock<std::mutex> model_lock;
  state.lesson.before_replace = [&] {
    if (model_lock.owns_lock()) model_lock.unlock();
    live.stop();
  };

  // --- the window, OpenGL 3.3 core.
  glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "glfw error %d: %s\n", code, text); });
  if (!glfwInit()) {
    std::fprintf(stderr, "cookielab: cannot open a window (no display?)\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  if (screenshot || state.bench) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "CookieLab", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "cookielab: cannot create an OpenGL 3.3 window\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(screenshot || state.bench ? 0 : 1);
  if (!load_gl(glfwGetProcAddress)) {
    std::fprintf(stderr, "cookielab: cannot load OpenGL 3.3 functions\n");
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }
  glfwSetWindowUserPointer(window, &state);
  glfwSetDropCallback(window, on_drop);

  // --- Dear ImGui: no imgui.ini, so every start (and every screenshot) is the same.
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::GetIO().LogFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init(platform::glsl_version());

  // --- the loop.
  float built_font_size = 0, pending_font = 0;
  double pending_since = 0;
  bool built_contrast = !state.high_contrast;
  float built_scale = 0;
  int saved_x = 0, saved_y = 0, saved_w = options.width, saved_h = options.height;
  int frame = 0, status = 0;
  std::uint64_t titled_generation = 0;
  Lang titled_lang = state.lang;
  double cpu_total = 0, cpu_worst = 0, wall_total = 0, wall_worst = 0, first_cpu = 0;
  auto last_check = std::chrono::steady_clock::now();
  auto last_frame = last_check;
  std::size_t seen_requests = 0;
  int arrival_frame = 0;
  // One frame; false when the window is to close (platform.h: in the page the browser
  // calls it once per animation frame).
  const auto draw_one_frame = [&]() -> bool {
    platform::before_frame(state, window);
    if (glfwWindowShouldClose(window) || state.quit) return false;
    // Events: wait when nothing moves, so an idle window costs no CPU.
    // While serving, wake often enough that a request shows within a tenth of a second.
    if (options.serve && !state.redraw) glfwWaitEventsTimeout(screenshot ? 0.02 : 0.1);
    else if (screenshot || state.bench || state.lesson.playing() || state.redraw) glfwPollEvents();
    else glfwWaitEventsTimeout(0.25);
    if (g_interrupted) return false;
    if (options.serve && !live.running() && !live.start(state.lesson))
      std::fprintf(stderr, "cookielab: --serve: %s\n", live.error().c_str());
    if (std::mutex* m = live.model_mutex()) model_lock = std::unique_lock<std::mutex>(*m);

    state.now = glfwGetTime();
    // A lesson being prepared: its missing hashes go to the worker; those that came back
    // let it run further.
    if (state.lesson.preparing()) {
      platform::hash_in_background(state.lesson.hash_requests());
      if (platform::take_hashes_arrived()) state.lesson.prepare();
    }
    // Files dropped on the window, and the open file changing on disk.
    for (const auto& path : state.dropped) open_lesson_file(state, path);
    state.dropped.clear();
    auto now = std::chrono::steady_clock::now();
    if (!screenshot && !state.bench && now - last_check > std::chrono::milliseconds(500)) {
      if (state.lesson.reload_if_changed()) state.reloaded_at = glfwGetTime();
      last_check = now;
    }
    state.lesson.tick(std::chrono::duration<double>(now - last_frame).count());
    last_frame = now;
    apply_fullscreen(window, state.fullscreen, saved_x, saved_y, saved_w, saved_h);
    // Another language: the browsers ask the sites for it, so the lesson runs again in it.
    state.lesson.set_language(state.lang);
    if (state.lesson.generation() != titled_generation || state.lang != titled_lang) {
      titled_generation = state.lesson.generation();
      titled_lang = state.lang;
      const std::string title =
          "CookieLab - " + (state.lesson.scenario() ? state.lesson.scenario()->title.in(state.lang) : "");
      glfwSetWindowTitle(window, title.c_str());
    }

    // Fonts and theme follow the window height and the learner's scale.
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    // On a screen of 2 device pixels per CSS pixel (the page), the sizes of a window half as
    // large, doubled: the same layout, the glyphs rasterised at the screen's resolution.
    const float ratio = platform::pixel_ratio();
    const float want_font = std::round(
        font_size_for(static_cast<float>(fb_w) / ratio, static_cast<float>(fb_h) / ratio, state.ui_scale) * ratio);
    // Building the atlas takes a quarter of a second (all of Hangul), so while the
    // window is being resized the old fonts serve until the size has settled.
    if (want_font != pending_font) {
      pending_font = want_font;
      pending_since = state.now;
    }
    if (want_font != built_font_size && (built_font_size == 0 || state.now - pending_since > 0.3)) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      fonts() = build_fonts(want_font);
      state.has_korean_font = fonts().korean;
      ImGui_ImplOpenGL3_CreateFontsTexture();
      built_font_size = want_font;
    }
    // Spacing and sizes scale with the font in use (16 px is ImGui's design size).
    if (built_contrast != state.high_contrast || built_scale != built_font_size / 16.0f) {
      built_contrast = state.high_contrast;
      built_scale = built_font_size / 16.0f;
      apply_theme(state.high_contrast, built_scale);
    }

    // Build the frame (timed for --bench-frames from here: fonts are built once).
    const double cpu_start = thread_cpu_ms();
    const auto wall_start = std::chrono::steady_clock::now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (options.hover_x >= 0) ImGui::GetIO().MousePos = ImVec2(options.hover_x, options.hover_y);
    // --screenshot-action click: pressed on the second frame (the panels are laid out by
    // then) and let go on the third.
    if (options.screenshot_action == "click" && options.hover_x >= 0 && (frame == 1 || frame == 2))
      ImGui::GetIO().MouseDown[ImGuiMouseButton_Left] = frame == 1;
    ImGui::NewFrame();
    handle_shortcuts(state, window);
    draw_frame(state);
    remember_settings(state);
    if (options.serve) draw_live_status(state, live);
    ImGui::Render();
    if (model_lock.owns_lock()) model_lock.unlock();

    // Draw it.
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frame;
    const ImVec2 fb_scale = ImGui::GetIO().DisplayFramebufferScale;
    take_pending_export_png(state, fb_w, fb_h, fb_scale.x, fb_scale.y);

    // --serve --screenshot-after N: once N exchanges are in and a few frames drawn
    // since the last one (ImGui sizes some widgets from the frame before).
    const bool live_shot = screenshot && options.serve && options.screenshot_after > 0;
    if (live_shot && live.requests() != seen_requests) {
      seen_requests = live.requests();
      arrival_frame = frame;
    }
    if (live_shot && state.now > kLiveScreenshotTimeout) {
      std::fprintf(stderr, "cookielab: %zu of %d live exchanges arrived in %.0f s\n", live.requests(),
                   options.screenshot_after, kLiveScreenshotTimeout);
      status = 1;
      return false;
    }
    if (live_shot ? seen_requests >= static_cast<std::size_t>(options.screenshot_after) &&
                        frame - arrival_frame >= kScreenshotFrame
                  : screenshot && frame == kScreenshotFrame) {
      // --screenshot-action export-sequence: File > Export's PNG of the sequence view instead.
      const bool written =
          options.screenshot_action == "export-sequence"
              ? write_sequence_png(state, options.screenshot_path, fb_w, fb_h, fb_scale.x, fb_scale.y).ok
              : write_screenshot(options.screenshot_path, fb_w, fb_h);
      if (!written) {
        std::fprintf(stderr, "cookielab: cannot write %s\n", options.screenshot_path.c_str());
        status = 1;
      }
      return false;
    }
    if (state.bench) {
      glFinish();
      const double cpu = thread_cpu_ms() - cpu_start;
      const double wall =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_start).count();
      // The first frame compiles the shaders and uploads the font texture: set-up,
      // reported apart from the frames a learner waits for.
      if (frame == 1) {
        first_cpu = cpu;
      } else {
        cpu_total += cpu;
        cpu_worst = std::max(cpu_worst, cpu);
        wall_total += wall;
        wall_worst = std::max(wall_worst, wall);
      }
      // Every frame shows another step, so the per-step caches are rebuilt each time.
      state.lesson.go_to((static_cast<std::size_t>(frame) * 97) % (state.lesson.count() + 1));
      if (frame >= options.bench_frames) return false;
    }
    glfwSwapBuffers(window);
    return true;
  };
  platform::run_main_loop(draw_one_frame);
  if (state.bench && frame > 1) {
    const std::size_t cookies =
        state.lesson.after().browsers.empty() ? 0 : state.lesson.after().browsers[0]->jar.size();
    std::printf("bench: %d frames, %zu steps, %zu cookies in the jar at the end\n", frame - 1, state.lesson.count(),
                cookies);
    std::printf("CPU time per frame (main thread): mean %.3f ms, worst %.3f ms\n", cpu_total / (frame - 1), cpu_worst);
    std::printf("wall time per frame (incl. glFinish): mean %.3f ms, worst %.3f ms\n", wall_total / (frame - 1),
                wall_worst);
    std::printf("first frame (shaders, font texture): %.3f ms CPU\n", first_cpu);
  }

  // --- clean up, in reverse: the listener first (joined), then the World's servers
  // close their SQLite database with the lesson.
  if (model_lock.owns_lock()) model_lock.unlock();
  live.stop();
  if (options.serve) {
    std::printf("stopped.\n");
    std::fflush(stdout);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}

}  // namespace cl::app

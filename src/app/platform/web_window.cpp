// The page's side of platform.h: the browser drives the frames, WebGL 2 draws them, and
// the page's menu reaches the browser (the address bar, the clipboard, the file picker,
// downloads) through the few JavaScript functions below and in web_index.html.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <deque>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include "app/app_state.h"
#include "app/platform/platform.h"
#include "app/platform/web_page.h"
#include "report/transcript.h"
#include "scenario/load.h"
#include "sim/world.h"

// clang-format off
EM_JS(int, web_inner_width, (), { return window.innerWidth; });
EM_JS(int, web_inner_height, (), { return window.innerHeight; });
// The canvas shows its device-pixel backing store at the CSS size of the browser window
// (emscripten's GLFW sets only the backing store, and takes the CSS size off again).
EM_JS(void, web_canvas_css_size, (int w, int h), {
  var s = Module.canvas.style, ws = w + "px", hs = h + "px";
  if (s.width !== ws) s.setProperty("width", ws);
  if (s.height !== hs) s.setProperty("height", hs);
});
EM_JS(void, web_set_fullscreen, (int on), {
  if (on && !document.fullscreenElement) document.documentElement.requestFullscreen().catch(function() {});
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(function() {});
});
EM_JS(int, web_is_fullscreen, (), { return document.fullscreenElement ? 1 : 0; });
EM_JS(int, web_coarse_pointer, (), { return window.matchMedia && matchMedia("(pointer: coarse)").matches ? 1 : 0; });
EM_JS(void, web_open_picker, (), { CookieLab.openPicker(); });
EM_JS(void, web_set_address, (const char* query), { CookieLab.setAddress(UTF8ToString(query)); });
EM_JS(void, web_copy_text, (const char* text), { CookieLab.copy(UTF8ToString(text)); });
EM_JS(void, web_share, (const char* query, const char* text), {
  CookieLab.share(UTF8ToString(query), UTF8ToString(text));
});
EM_JS(char*, web_take_link, (), {
  var s = CookieLab.link;
  if (!s) return 0;
  CookieLab.link = "";
  var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, web_download, (const char* name, const char* text, const char* type), {
  CookieLab.download(UTF8ToString(name), UTF8ToString(text), UTF8ToString(type));
});
// The settings' text in localStorage (a browser that refuses it, private mode for one,
// keeps them for the tab only, as before).
EM_JS(char*, web_storage_get, (const char* key), {
  var v = null;
  try { v = localStorage.getItem(UTF8ToString(key)); } catch (e) {}
  if (v === null) return 0;
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(int, web_storage_set, (const char* key, const char* value), {
  try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 1; } catch (e) { return 0; }
});
EM_JS(void, web_storage_remove, (const char* key), {
  try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
// clang-format on

namespace cl::app {

namespace {

struct PageState {
  AppState* app = nullptr;
  bool fullscreen = false;
  std::string address;  // the query last written to the address bar
  std::string link;     // the link last copied or made, shown in the link window
  bool link_open = false;
  bool left_out_open = false;
  // --bench-frames in the page (?bench-frames=N): the wall time of each frame's work.
  int frames = 0;
  double total_ms = 0, worst_ms = 0, first_ms = 0;
  // performance.now() (from the navigation's start) when main began and the first frame ended.
  double main_ms = 0, first_end_ms = 0, lesson_ms = 0;
  bool ended = false;
  // performance.now() when a step of the opening lesson was first shown, and when all were.
  double step_ms = 0, lesson_ready_ms = 0;
  int fb_w = 0, fb_h = 0;  // the canvas's backing store, device pixels
};

PageState& page() {
  static PageState p;
  return p;
}

std::function<bool()> g_frame;

// Django's password hashes, made by Web Workers (cookielab-hash.js, web_hash_worker.cpp).
// Two, so the two users of a lesson's site are hashed at once on a two-core machine.
struct HashWorkers {
  int workers[2] = {-1, -1};
  int next = 0;
  std::deque<server::HashRequest> sent;  // every request sent; a callback's arg is its index
  bool arrived = false;
};

HashWorkers& hash_workers() {
  static HashWorkers h;
  return h;
}

void on_hash(char* data, int size, void* arg) {
  HashWorkers& h = hash_workers();
  const std::size_t i = reinterpret_cast<std::uintptr_t>(arg);
  if (!data || size <= 0 || i >= h.sent.size()) return;
  server::remember_hash(h.sent[i], std::string(data, static_cast<std::size_t>(size)));
  h.arrived = true;
}

void frame_trampoline() {
  const double start = emscripten_get_now();
  const bool go_on = g_frame();
  const double ms = emscripten_get_now() - start;
  PageState& p = page();
  if (++p.frames == 1) {
    p.first_ms = ms;
    p.first_end_ms = start + ms;
  } else {
    p.total_ms += ms;
    p.worst_ms = std::max(p.worst_ms, ms);
  }
  if (!go_on) {
    p.ended = true;
    emscripten_cancel_main_loop();
  }
}

// The query of the address that opens the page where the learner is.
std::string address_of(const AppState& state) {
  std::string q;
  const std::string id = web::lesson_id(state.lesson.path());
  if (!id.empty()) q += "lesson=" + id + "&";
  q += "step=" + std::to_string(state.lesson.position());
  q += std::string("&lang=") + (state.lang == Lang::Ko ? "ko" : "en");
  return q;
}

std::string lesson_text(const AppState& state) {
  if (state.lesson.path().empty()) return std::string(scenario::default_lesson_toml());
  std::ifstream in(state.lesson.path(), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void save_transcript(const AppState& state, report::Format format) {
  const scenario::Scenario* sc = state.lesson.scenario();
  if (!sc) return;
  const std::string text = web::transcript(*sc, format, state.lang);
  std::string name = web::lesson_id(state.lesson.path());
  if (name.empty()) name = state.lesson.path().empty() ? "04" : "lesson";
  name = "cookielab-" + name + (state.lang == Lang::Ko ? "-ko" : "-en") +
         (format == report::Format::Jsonl ? ".jsonl" : ".md");
  web_download(name.c_str(), text.c_str(),
               format == report::Format::Jsonl ? "application/x-ndjson" : "text/markdown;charset=utf-8");
}

void draw_link_window(AppState& state) {
  PageState& p = page();
  if (char* made = web_take_link()) {
    p.link = made;
    std::free(made);
    p.link_open = true;
  }
  if (!p.link_open) return;
  const Lang lang = state.lang;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetMainViewport()->Size.x * 0.6f, 0), ImGuiCond_Appearing);
  const std::string title = std::string(web::text(web::Text::LinkTitle, lang)) + "###page-link";
  if (ImGui::Begin(title.c_str(), &p.link_open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("%s", web::text(web::Text::LinkCopied, lang));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##link", p.link.data(), p.link.size() + 1, ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button(web::text(web::Text::CopyAgain, lang))) web_copy_text(p.link.c_str());
  }
  ImGui::End();
}

void draw_left_out_window(AppState& state) {
  PageState& p = page();
  if (!p.left_out_open) return;
  const Lang lang = state.lang;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetMainViewport()->Size.x * 0.5f, 0), ImGuiCond_Appearing);
  const std::string title = std::string(web::text(web::Text::LeftOutTitle, lang)) + "###page-left-out";
  if (ImGui::Begin(title.c_str(), &p.left_out_open, ImGuiWindowFlags_NoCollapse)) {
    for (web::Text t : web::left_out()) ImGui::BulletText("%s", web::text(t, lang));
  }
  ImGui::End();
}

}  // namespace

namespace platform {

bool in_page() { return true; }

namespace {
constexpr const char* kSettingsKey = "cookielab.settings";
}

SettingsLoad load_saved_settings(const std::string&) {
  char* text = web_storage_get(kSettingsKey);
  if (!text) return {};  // the first visit: the defaults
  SettingsLoad loaded = parse_settings(text);
  std::free(text);
  if (!loaded.problem.empty()) loaded.problem = std::string("localStorage ") + kSettingsKey + ": " + loaded.problem;
  return loaded;
}

bool save_saved_settings(const Settings& settings, const std::string&) {
  return web_storage_set(kSettingsKey, serialize_settings(settings).c_str()) != 0;
}

Settings reset_saved_settings(const std::string&) {
  web_storage_remove(kSettingsKey);
  return {};
}

bool hashes_in_background() { return true; }

void hash_in_background(const std::vector<server::HashRequest>& requests) {
  HashWorkers& h = hash_workers();
  for (const server::HashRequest& r : requests) {
    if (std::find(h.sent.begin(), h.sent.end(), r) != h.sent.end()) continue;
    int& worker = h.workers[h.next];
    h.next = (h.next + 1) % 2;
    if (worker < 0) worker = emscripten_create_worker("cookielab-hash.js");
    // "iterations\0password\0salt", as web_hash_worker.cpp reads it.
    std::string data = std::to_string(r.iterations);
    data += '\0';
    data += r.password;
    data += '\0';
    data += r.salt;
    h.sent.push_back(r);
    emscripten_call_worker(worker, "cookielab_hash", data.data(), static_cast<int>(data.size()), on_hash,
                           reinterpret_cast<void*>(static_cast<std::uintptr_t>(h.sent.size() - 1)));
  }
}

bool take_hashes_arrived() {
  HashWorkers& h = hash_workers();
  const bool arrived = h.arrived;
  h.arrived = false;
  return arrived;
}

void run_main_loop(const std::function<bool()>& frame) {
  g_frame = frame;
  // 0: at the browser's animation rate; 1: this call does not return (platform.h).
  emscripten_set_main_loop(frame_trampoline, 0, 1);
}

const char* glsl_version() { return "#version 300 es"; }

float pixel_ratio() {
  const double r = emscripten_get_device_pixel_ratio();
  return r >= 1 && r <= 4 ? static_cast<float>(r) : 1.0f;
}

bool fullscreen_by_page(bool fullscreen) {
  PageState& p = page();
  // Esc leaves the browser's full screen without asking the program: follow it.
  if (p.fullscreen && !web_is_fullscreen() && fullscreen == p.fullscreen) {
    p.fullscreen = false;
    if (p.app) p.app->fullscreen = false;
    return true;
  }
  if (fullscreen != p.fullscreen) {
    p.fullscreen = fullscreen;
    web_set_fullscreen(fullscreen ? 1 : 0);
  }
  return true;
}

void before_frame(AppState& state, GLFWwindow* window) {
  PageState& p = page();
  if (p.frames == 0 && p.lesson_ms == 0) p.lesson_ms = emscripten_get_now();
  // A finger is wider than a mouse pointer: on a touch screen every button starts a third
  // larger (Ctrl +/- and the 100% button still change it).
  if (p.frames == 0 && !state.bench && web_coarse_pointer()) state.ui_scale = std::max(state.ui_scale, 1.3f);
  p.app = &state;
  if (p.step_ms == 0 && state.lesson.count() > 0) p.step_ms = emscripten_get_now();
  if (p.lesson_ready_ms == 0 && state.lesson.loaded() && !state.lesson.preparing())
    p.lesson_ready_ms = emscripten_get_now();
  state.quit = false;  // a page is closed by the browser, not by File > Quit
  // The canvas fills the browser window, in device pixels (pixel_ratio).
  int w = 0, h = 0;
  glfwGetWindowSize(window, &w, &h);
  const int css_w = std::max(320, web_inner_width()), css_h = std::max(240, web_inner_height());
  const float ratio = platform::pixel_ratio();
  const int want_w = static_cast<int>(std::lround(css_w * ratio)),
            want_h = static_cast<int>(std::lround(css_h * ratio));
  if (!state.bench && (w != want_w || h != want_h)) glfwSetWindowSize(window, want_w, want_h);
  if (!state.bench) web_canvas_css_size(css_w, css_h);
  glfwGetFramebufferSize(window, &p.fb_w, &p.fb_h);
  // File > Open and Ctrl+O: the browser's file picker (the files it gives arrive below).
  if (state.file_dialog.open) {
    state.file_dialog.open = false;
    web_open_picker();
  }
  for (std::string& path : web::take_opened()) state.dropped.push_back(std::move(path));
  // The address bar follows the learner, so reloading or bookmarking keeps the place.
  const std::string address = address_of(state);
  if (address != p.address && !state.bench) {
    p.address = address;
    web_set_address(address.c_str());
  }
}

void draw_menu(AppState& state) {
  const Lang lang = state.lang;
  auto label = [&](web::Text t, const char* key) { return std::string(web::text(t, lang)) + "###" + key; };
  if (ImGui::BeginMenu(label(web::Text::Menu, "page").c_str())) {
    if (ImGui::MenuItem(label(web::Text::CopyLink, "copy-link").c_str())) {
      web_copy_text(("?" + address_of(state)).c_str());
    }
    if (ImGui::MenuItem(label(web::Text::ShareLesson, "share").c_str(), nullptr, false,
                        state.lesson.scenario() != nullptr)) {
      web_share(address_of(state).c_str(), lesson_text(state).c_str());
    }
    ImGui::Separator();
    if (ImGui::MenuItem(label(web::Text::OpenFromDisk, "open-disk").c_str(), "Ctrl+O")) web_open_picker();
    if (ImGui::MenuItem(label(web::Text::SaveMarkdown, "save-md").c_str(), nullptr, false,
                        state.lesson.scenario() != nullptr))
      save_transcript(state, report::Format::Markdown);
    if (ImGui::MenuItem(label(web::Text::SaveJsonl, "save-jsonl").c_str(), nullptr, false,
                        state.lesson.scenario() != nullptr))
      save_transcript(state, report::Format::Jsonl);
    ImGui::Separator();
    ImGui::MenuItem(label(web::Text::LeftOutTitle, "left-out").c_str(), nullptr, &page().left_out_open);
    ImGui::EndMenu();
  }
  draw_link_window(state);
  draw_left_out_window(state);
}

}  // namespace platform

namespace web {

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

void mark_main() { page().main_ms = emscripten_get_now(); }

std::string status_json() {
  const PageState& p = page();
  std::ostringstream o;
  o << "{\"frames\":" << p.frames << ",\"ended\":" << (p.ended ? "true" : "false");
  const int timed = std::max(0, p.frames - 1);
  o << ",\"frame_mean_ms\":" << (timed ? p.total_ms / timed : 0) << ",\"frame_worst_ms\":" << p.worst_ms
    << ",\"first_frame_ms\":" << p.first_ms << ",\"main_at_ms\":" << p.main_ms
    << ",\"first_frame_end_at_ms\":" << p.first_end_ms << ",\"window_ready_at_ms\":" << p.lesson_ms
    << ",\"first_step_at_ms\":" << p.step_ms << ",\"lesson_ready_at_ms\":" << p.lesson_ready_ms;
  if (const AppState* s = p.app) {
    o << ",\"lesson\":" << json_string(lesson_id(s->lesson.path())) << ",\"path\":" << json_string(s->lesson.path());
    o << ",\"step\":" << s->lesson.position() << ",\"steps\":" << s->lesson.count();
    o << ",\"ui_scale\":" << s->ui_scale << ",\"high_contrast\":" << (s->high_contrast ? "true" : "false");
    o << ",\"framebuffer\":[" << p.fb_w << "," << p.fb_h << "],\"pixel_ratio\":" << platform::pixel_ratio();
    if (ImGui::GetCurrentContext() && !ImGui::GetIO().Fonts->Fonts.empty())
      o << ",\"font_px\":" << ImGui::GetIO().Fonts->Fonts[0]->FontSize;
    o << ",\"preparing\":" << (s->lesson.preparing() ? "true" : "false") << ",\"ready\":" << s->lesson.progress().ready
      << ",\"of\":" << s->lesson.progress().total;
    o << ",\"lang\":\"" << (s->lang == Lang::Ko ? "ko" : "en") << "\"";
    o << ",\"errors\":" << s->lesson.errors().size() << ",\"link_open\":" << (p.link_open ? "true" : "false");
    o << ",\"first_error\":"
      << json_string(s->lesson.errors().empty() ? "" : s->lesson.errors().front().to_string(s->lang));
    o << ",\"title\":" << json_string(s->lesson.scenario() ? s->lesson.scenario()->title.in(s->lang) : "");
  }
  o << "}";
  return o.str();
}

}  // namespace web

}  // namespace cl::app

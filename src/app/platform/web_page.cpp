#include "app/platform/web_page.h"

#include <array>
#include <filesystem>
#include <sstream>
#include "sim/world.h"

namespace cl::app::web {

namespace {

struct Entry {
  Text id;
  const char* en;
  const char* ko;
};

constexpr Entry kTexts[] = {
    {Text::Menu, "Page", "페이지"},
    {Text::CopyLink, "Copy the link to this step", "이 단계로 오는 링크 복사"},
    {Text::ShareLesson, "Share this lesson as a link", "이 레슨을 링크로 공유"},
    {Text::OpenFromDisk, "Open a lesson file from this computer...", "이 컴퓨터의 레슨 파일 열기..."},
    {Text::SaveMarkdown, "Save the transcript as Markdown", "기록을 Markdown으로 저장"},
    {Text::SaveJsonl, "Save the transcript as jsonl", "기록을 jsonl로 저장"},
    {Text::LinkTitle, "Link", "링크"},
    {Text::LinkCopied,
     "The link is on the clipboard (if the browser allowed it). It opens this page where you are; "
     "you can also copy it from the field below.",
     "링크를 클립보드에 복사했습니다(브라우저가 허락한 경우). 이 링크를 열면 지금 이 자리가 열립니다. "
     "아래 칸에서 직접 복사할 수도 있습니다."},
    {Text::CopyAgain, "Copy", "복사"},
    {Text::LeftOutTitle, "What the page leaves out", "웹 페이지에서 빠진 기능"},
    {Text::LeftOutServe,
     "cookielab serve and --serve: a page cannot listen on a port. Use the desktop program for real browsers.",
     "cookielab serve와 --serve: 웹 페이지는 포트를 열 수 없습니다. 실제 브라우저로 실습하려면 데스크톱 "
     "프로그램을 쓰세요."},
    {Text::LeftOutFonts,
     "fontconfig: the fonts are in the page, cut to the characters the lessons and the interface use.",
     "fontconfig: 글꼴은 페이지에 들어 있고, 레슨과 화면에 쓰이는 글자만 담았습니다."},
    {Text::LeftOutMalloc, "tcmalloc: the page uses the browser's WebAssembly memory.",
     "tcmalloc: 웹 페이지는 브라우저의 WebAssembly 메모리를 씁니다."},
    {Text::LeftOutWatch, "Watching the open file: a file from your disk is read once; open it again after editing it.",
     "열린 파일 감시: 디스크에서 연 파일은 한 번만 읽습니다. 고친 뒤에는 다시 여세요."},
    {Text::LeftOutSettings,
     "Recent files last only until the page is closed; the settings stay in this browser (its localStorage), "
     "and the link keeps your place.",
     "최근 파일 목록은 페이지를 닫으면 사라집니다. 설정은 이 브라우저(localStorage)에 남고, 자리는 링크가 "
     "기억합니다."},
    {Text::LeftOutQuit, "File > Quit: close the browser tab instead.", "파일 > 끝내기: 브라우저 탭을 닫으세요."},
};
static_assert(std::size(kTexts) == static_cast<std::size_t>(Text::Count), "one text per web::Text");
constexpr bool texts_in_order() {
  for (std::size_t i = 0; i < std::size(kTexts); ++i)
    if (kTexts[i].id != static_cast<Text>(i)) return false;
  return true;
}
static_assert(texts_in_order(), "kTexts lists web::Text in order");

constexpr Text kLeftOut[] = {Text::LeftOutServe, Text::LeftOutFonts,    Text::LeftOutMalloc,
                             Text::LeftOutWatch, Text::LeftOutSettings, Text::LeftOutQuit};

std::vector<std::string>& opened() {
  static std::vector<std::string> files;
  return files;
}

constexpr const char* kLessons = "/scenarios";

}  // namespace

const char* text(Text id, Lang lang) {
  const Entry& e = kTexts[static_cast<std::size_t>(id)];
  return lang == Lang::Ko ? e.ko : e.en;
}

std::span<const Text> left_out() { return kLeftOut; }

std::string lesson_id(const std::string& path) {
  const std::filesystem::path p(path);
  if (p.parent_path() != kLessons) return "";
  const std::string name = p.filename().string();
  const auto dash = name.find('-');
  return dash == std::string::npos ? p.stem().string() : name.substr(0, dash);
}

std::string lesson_path(const std::string& id) {
  if (id.empty() || id.find('/') != std::string::npos) return "";
  std::error_code ec;
  std::string best;
  for (const auto& entry : std::filesystem::directory_iterator(kLessons, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".toml") continue;
    if (name == id || entry.path().stem() == id || lesson_id(entry.path().string()) == id)
      if (best.empty() || entry.path().string() < best) best = entry.path().string();
  }
  return best;
}

std::string transcript(const scenario::Scenario& scenario, report::Format format, Lang lang) {
  sim::WorldOptions options;
  options.lang = lang;  // the learner's browser asks the sites for their language, as `run --lang` does
  sim::World world(scenario, options);
  world.run_all();
  std::ostringstream out;
  report::write_transcript(out, world, format, lang);
  return out.str();
}

void add_opened(std::string path) { opened().push_back(std::move(path)); }

std::vector<std::string> take_opened() {
  std::vector<std::string> files;
  files.swap(opened());
  return files;
}

}  // namespace cl::app::web

// File > Export... without a window (app/logic/export.h): where the file is proposed, how
// its name follows the format, what is written (the same bytes as `cookielab run
// --format`), what a bad path says in both languages, and the pixels the PNG takes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include "app/logic/export.h"
#include "app/logic/lesson.h"
#include "report/har.h"
#include "report/mermaid.h"
#include "report/transcript.h"
#include "temp_dir.h"

using namespace cl;
using namespace cl::app;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the export is proposed beside the lesson, named after it", "[export]") {
  CHECK(default_export_path("scenarios/04-sessions.toml", "/home/t", ExportFormat::Har) == "scenarios/04-sessions.har");
  CHECK(default_export_path("/a/b/05-lifetimes.toml", "/home/t", ExportFormat::Markdown) == "/a/b/05-lifetimes.md");
  CHECK(default_export_path("/a/b/05-lifetimes.toml", "/home/t", ExportFormat::Mermaid) == "/a/b/05-lifetimes.mmd");
  CHECK(default_export_path("/a/b/05-lifetimes.toml", "/home/t", ExportFormat::SequencePng) == "/a/b/05-lifetimes.png");
  // The built-in lesson has no file: the folder the window was started in.
  CHECK(default_export_path("", "/home/t", ExportFormat::Har) == "/home/t/cookielab-lesson.har");
}

TEST_CASE("the file's name follows the format chosen after it was typed", "[export]") {
  CHECK(with_extension("/t/lesson.har", ExportFormat::Markdown) == "/t/lesson.md");
  CHECK(with_extension("/t/lesson.md", ExportFormat::SequencePng) == "/t/lesson.png");
  CHECK(with_extension("/t/lesson.png", ExportFormat::Mermaid) == "/t/lesson.mmd");
  // A name with no export extension keeps what it has and gains one.
  CHECK(with_extension("/t/notes.v2", ExportFormat::Markdown) == "/t/notes.v2.md");
  CHECK(with_extension("/t/notes", ExportFormat::Har) == "/t/notes.har");
  CHECK(with_extension("", ExportFormat::Har) == "");
}

TEST_CASE("each text format writes what cookielab run prints", "[export]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  const sim::World& world = *lesson.world();
  test::TempDir tmp("export");
  for (Lang lang : {Lang::En, Lang::Ko}) {
    std::ostringstream har, md, mmd;
    report::write_har(har, world, lang);
    report::write_markdown(md, world, lang);
    report::write_mermaid(mmd, world, lang);
    const std::string dir = (tmp.dir / (lang == Lang::Ko ? "ko" : "en")).string();
    fs::create_directories(dir);
    const ExportOutcome h = export_text(world, ExportFormat::Har, dir + "/l.har", lang);
    REQUIRE(h.ok);
    CHECK(h.path == dir + "/l.har");
    CHECK(read(h.path) == har.str());
    CHECK(nlohmann::json::parse(read(h.path))["log"]["version"] == "1.2");
    CHECK(read(export_text(world, ExportFormat::Markdown, dir + "/l.md", lang).path) == md.str());
    CHECK(read(export_text(world, ExportFormat::Mermaid, dir + "/l.mmd", lang).path) == mmd.str());
  }
  SECTION("a relative path is told as the absolute one it became") {
    const fs::path here = fs::current_path();
    fs::current_path(tmp.dir);
    const ExportOutcome o = export_text(world, ExportFormat::Mermaid, "rel.mmd", Lang::En);
    fs::current_path(here);
    CHECK(o.ok);
    CHECK(o.path == (tmp.dir / "rel.mmd").string());
  }
  SECTION("an existing file is replaced") {
    const std::string path = tmp.write("old.mmd", std::string(100000, 'x'));
    REQUIRE(export_text(world, ExportFormat::Mermaid, path, Lang::En).ok);
    CHECK(read(path).starts_with("sequenceDiagram\n"));
  }
}

TEST_CASE("a path that cannot be written is told, in the learner's language", "[export]") {
  Lesson lesson;
  REQUIRE(lesson.open_default());
  test::TempDir tmp("export-bad");
  SECTION("a folder that does not exist") {
    const ExportOutcome o =
        export_text(*lesson.world(), ExportFormat::Har, (tmp.dir / "no/such/x.har").string(), Lang::En);
    CHECK_FALSE(o.ok);
    CHECK(o.error == "No such file or directory");
    CHECK(export_status(o, Lang::En) ==
          "Could not write " + (tmp.dir / "no/such/x.har").string() + " (No such file or directory)");
    CHECK(export_status(o, Lang::Ko).starts_with("파일을 쓰지 못했습니다: "));
  }
  SECTION("a folder where the file should be") {
    const ExportOutcome o = export_text(*lesson.world(), ExportFormat::Markdown, tmp.dir.string(), Lang::En);
    CHECK_FALSE(o.ok);
    CHECK(o.error == "Is a directory");
  }
  SECTION("no path at all") { CHECK_FALSE(export_text(*lesson.world(), ExportFormat::Markdown, "", Lang::En).ok); }
  SECTION("the PNG is the window's to take, not a text format") {
    CHECK_FALSE(export_text(*lesson.world(), ExportFormat::SequencePng, (tmp.dir / "x.png").string(), Lang::En).ok);
  }
  SECTION("success says where the file went") {
    const ExportOutcome o{true, "/t/l.har", ""};
    CHECK(export_status(o, Lang::En) == "Exported: /t/l.har");
    CHECK(export_status(o, Lang::Ko) == "내보냈습니다: /t/l.har");
  }
}

TEST_CASE("the PNG takes the sequence panel's pixels, counted from the bottom", "[export]") {
  // A 1280x720 window, the panel at (345, 23) of 525 x 312 units.
  const PixelRect r = crop_to_pixels({345, 23, 525, 312}, 1, 1, 1280, 720);
  CHECK(r.x == 345);
  CHECK(r.w == 525);
  CHECK(r.h == 312);
  CHECK(r.y == 720 - 23 - 312);
  SECTION("a HiDPI framebuffer has twice the pixels") {
    const PixelRect d = crop_to_pixels({345, 23, 525, 312}, 2, 2, 2560, 1440);
    CHECK(d.x == 690);
    CHECK(d.w == 1050);
    CHECK(d.y == 1440 - 2 * (23 + 312));
  }
  SECTION("a panel partly off screen is cut to the framebuffer") {
    const PixelRect c = crop_to_pixels({1200, 700, 200, 100}, 1, 1, 1280, 720);
    CHECK(c.x == 1200);
    CHECK(c.w == 80);
    CHECK(c.h == 20);
    CHECK(c.y == 0);
  }
  SECTION("nothing on screen is empty") {
    CHECK(crop_to_pixels({2000, 0, 100, 100}, 1, 1, 1280, 720).empty());
    CHECK(crop_to_pixels({0, 0, 0, 0}, 1, 1, 1280, 720).empty());
  }
}

TEST_CASE("every export format has its label in both languages", "[export]") {
  for (int i = 0; i < static_cast<int>(ExportFormat::Count); ++i) {
    const auto f = static_cast<ExportFormat>(i);
    CHECK_FALSE(tr(export_label(f), Lang::En).empty());
    CHECK(ko::has_hangul(tr(export_label(f), Lang::Ko)));
    CHECK(export_extension(f).starts_with("."));
  }
}

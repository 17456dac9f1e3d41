#include "app/logic/export.h"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <cerrno>

#include "report/har.h"
#include "report/mermaid.h"
#include "report/transcript.h"

namespace cl::app {

namespace fs = std::filesystem;

namespace {

struct FormatInfo {
  const char* extension;
  Ui label;
};
constexpr FormatInfo kFormats[] = {
    {".har", Ui::ExportHar},
    {".md", Ui::ExportMarkdown},
    {".mmd", Ui::ExportMermaid},  // the extension Mermaid's own tools (mmdc, the live editor) use
    {".png", Ui::ExportPng},
};
static_assert(std::size(kFormats) == static_cast<std::size_t>(ExportFormat::Count), "every format has its row");

const FormatInfo& info(ExportFormat f) { return kFormats[static_cast<std::size_t>(f)]; }

}  // namespace

std::string_view export_extension(ExportFormat format) { return info(format).extension; }
Ui export_label(ExportFormat format) { return info(format).label; }

std::string default_export_path(const std::string& lesson_path, const std::string& directory, ExportFormat format) {
  if (lesson_path.empty()) return (fs::path(directory) / "cookielab-lesson").string() + info(format).extension;
  fs::path p(lesson_path);
  p.replace_extension(info(format).extension);
  return p.string();
}

std::string with_extension(const std::string& path, ExportFormat format) {
  if (path.empty()) return path;
  fs::path p(path);
  // Only a known export extension is replaced: "notes.v2" keeps its dot and gains ".md".
  for (const FormatInfo& f : kFormats)
    if (p.extension() == f.extension) {
      p.replace_extension(info(format).extension);
      return p.string();
    }
  return path + info(format).extension;
}

ExportOutcome export_text(const sim::World& world, ExportFormat format, const std::string& path, Lang lang) {
  ExportOutcome out;
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  out.path = ec ? path : absolute.lexically_normal().string();
  if (path.empty()) {
    out.error = std::strerror(ENOENT);
    return out;
  }
  if (fs::is_directory(out.path, ec)) {
    out.error = std::strerror(EISDIR);
    return out;
  }
  std::ofstream file(out.path, std::ios::binary | std::ios::trunc);
  if (!file) {
    out.error = std::strerror(errno);
    return out;
  }
  switch (format) {
    case ExportFormat::Har: report::write_har(file, world, lang); break;
    case ExportFormat::Markdown: report::write_markdown(file, world, lang); break;
    case ExportFormat::Mermaid: report::write_mermaid(file, world, lang); break;
    case ExportFormat::SequencePng:
    case ExportFormat::Count: out.error = "not a text format"; return out;
  }
  file.close();
  if (!file) {
    out.error = std::strerror(errno);
    return out;
  }
  out.ok = true;
  return out;
}

std::string export_status(const ExportOutcome& outcome, Lang lang) {
  if (outcome.ok) return std::string(tr(Ui::Exported, lang)) + " " + outcome.path;
  return std::string(tr(Ui::ExportFailed, lang)) + " " + outcome.path + " (" + outcome.error + ")";
}

PixelRect crop_to_pixels(const Rect& area, float scale_x, float scale_y, int fb_w, int fb_h) {
  const int left = std::clamp(static_cast<int>(std::lround(area.x * scale_x)), 0, fb_w);
  const int right = std::clamp(static_cast<int>(std::lround(area.right() * scale_x)), 0, fb_w);
  const int top = std::clamp(static_cast<int>(std::lround(area.y * scale_y)), 0, fb_h);
  const int bottom = std::clamp(static_cast<int>(std::lround(area.bottom() * scale_y)), 0, fb_h);
  // OpenGL counts rows from the bottom.
  return {left, fb_h - bottom, right - left, bottom - top};
}

}  // namespace cl::app

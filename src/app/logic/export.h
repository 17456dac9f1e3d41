// File > Export...: the shown timeline written as HAR, Markdown notes or a Mermaid
// diagram (the same writers as `cookielab run --format`), or the sequence panel as a
// PNG. Everything here runs without a window: the dialog (panels/export_dialog.cpp)
// only calls it, and the window takes the PNG's pixels where crop_to_pixels() says.
#pragma once
#include <string>
#include <string_view>
#include "app/logic/layout.h"
#include "app/logic/ui_text.h"
#include "base/text.h"
#include "sim/world.h"

namespace cl::app {

enum class ExportFormat { Har, Markdown, Mermaid, SequencePng, Count };

std::string_view export_extension(ExportFormat format);  // ".har", ".md", ".mmd", ".png"
Ui export_label(ExportFormat format);                    // the dialog's choice, in ui_text

// Where the file goes unless the learner types another path: beside the lesson's file,
// named after it ("scenarios/04-sessions.toml" -> "scenarios/04-sessions.har"); the
// built-in lesson (path "") in `directory`, as "cookielab-lesson.har".
std::string default_export_path(const std::string& lesson_path, const std::string& directory, ExportFormat format);
// The path with the format's extension in place of the one it has (the learner picked
// another format after typing a name); a path without one gets it appended.
std::string with_extension(const std::string& path, ExportFormat format);

struct ExportOutcome {
  bool ok = false;
  std::string path;   // as written (absolute when it could be made so)
  std::string error;  // why not, when !ok (the system's words)
};

// Writes the timeline of `world` in a text format (Har, Markdown, Mermaid) to `path`.
// A missing folder, a folder in the way or a read-only place is an outcome, never a throw.
ExportOutcome export_text(const sim::World& world, ExportFormat format, const std::string& path, Lang lang);

// The status line after an export: "Exported: /home/t/04-sessions.har", or
// "Could not write /x/y.har (No such file or directory)", in the learner's language.
std::string export_status(const ExportOutcome& outcome, Lang lang);

// The part of the framebuffer the sequence panel covers, in pixels with the origin at the
// bottom left (as glReadPixels reads): `area` is in the window's logical units, `scale` the
// framebuffer pixels per unit (HiDPI), clamped to the framebuffer. Empty when nothing is left.
struct PixelRect {
  int x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};
PixelRect crop_to_pixels(const Rect& area, float scale_x, float scale_y, int fb_w, int fb_h);

}  // namespace cl::app

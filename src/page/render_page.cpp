// Writes a Page as the plain HTML the built-in server sends. The markup is chosen
// so parse_page reads it back to the same Page: links sit in a list (so their
// text makes no paragraph), controls in <div>s (a <p> would add a block).
#include <string>

#include "page/html_text.h"
#include "page/page.h"

namespace cl::page {

namespace {

std::string_view block_open(BlockKind kind, bool first_heading) {
  switch (kind) {
    case BlockKind::Heading: return first_heading ? "<h1>" : "<h2>";
    case BlockKind::Paragraph: return "<p>";
    case BlockKind::Error: return "<p class=\"error\">";
    case BlockKind::Notice: return "<p class=\"notice\">";
  }
  return "<p>";
}

std::string_view block_close(BlockKind kind, bool first_heading) {
  if (kind == BlockKind::Heading) return first_heading ? "</h1>" : "</h2>";
  return "</p>";
}

// Appends its pieces in order: text as written, values escaped for where they go.
struct Writer {
  std::string& out;
  Writer& raw(std::string_view s) {
    out.append(s);
    return *this;
  }
  Writer& text(std::string_view s) {
    append_escaped_text(out, s);
    return *this;
  }
  Writer& attr(std::string_view s) {
    append_escaped_attribute(out, s);
    return *this;
  }
};

void render_input(Writer& w, const Input& input) {
  if (input.type == "textarea") {
    w.raw("<textarea name=\"").attr(input.name).raw("\">").text(input.value).raw("</textarea>");
    return;
  }
  w.raw("<input type=\"")
      .attr(input.type)
      .raw("\" name=\"")
      .attr(input.name)
      .raw("\" value=\"")
      .attr(input.value)
      .raw(input.checked ? "\" checked>" : "\">");
}

void render_form(Writer& w, const Form& form) {
  w.raw("<form action=\"")
      .attr(form.action)
      .raw("\" method=\"")
      .raw(form.method == "POST" ? "post" : "get")
      .raw("\">\n");
  bool submit_shown = false;
  for (const Input& input : form.inputs) {
    w.raw("<div>");
    if (!input.label.empty()) {
      w.raw("<label>").text(input.label).raw(" ");
      render_input(w, input);
      w.raw("</label>");
    } else {
      render_input(w, input);
    }
    w.raw("</div>\n");
    submit_shown = input.type == "submit" && input.value == form.submit_label;
  }
  // The reader takes the last submit control's text as the form's submit label.
  if (!submit_shown) w.raw("<div><button type=\"submit\">").text(form.submit_label).raw("</button></div>\n");
  w.raw("</form>\n");
}

}  // namespace

std::string render_page(const Page& page) {
  std::string out;
  out.reserve(1024);
  Writer w{out};
  w.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
  w.raw("<title>").text(page.title).raw("</title>\n</head>\n<body>\n");
  bool first_heading = true;
  for (const Block& block : page.blocks) {
    const bool h1 = block.kind == BlockKind::Heading && first_heading;
    w.raw(block_open(block.kind, h1)).text(block.text).raw(block_close(block.kind, h1)).raw("\n");
    if (block.kind == BlockKind::Heading) first_heading = false;
  }
  if (!page.links.empty()) {
    w.raw("<ul>\n");
    for (const Link& link : page.links)
      w.raw("<li><a href=\"").attr(link.href).raw("\">").text(link.text).raw("</a></li>\n");
    w.raw("</ul>\n");
  }
  for (const std::string& src : page.images) w.raw("<img src=\"").attr(src).raw("\" alt=\"\">\n");
  for (const Form& form : page.forms) render_form(w, form);
  w.raw("</body>\n</html>\n");
  return out;
}

}  // namespace cl::page

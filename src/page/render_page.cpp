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

void render_input(std::string& out, const Input& input) {
  if (input.type == "textarea") {
    out += "<textarea name=\"" + escape_attribute(input.name) + "\">" + escape_text(input.value) + "</textarea>";
    return;
  }
  out += "<input type=\"" + escape_attribute(input.type) + "\" name=\"" + escape_attribute(input.name) +
         "\" value=\"" + escape_attribute(input.value) + "\">";
}

void render_form(std::string& out, const Form& form) {
  out += "<form action=\"" + escape_attribute(form.action) + "\" method=\"" +
         (form.method == "POST" ? "post" : "get") + "\">\n";
  bool submit_shown = false;
  for (const Input& input : form.inputs) {
    out += "<div>";
    if (!input.label.empty()) {
      out += "<label>" + escape_text(input.label) + " ";
      render_input(out, input);
      out += "</label>";
    } else {
      render_input(out, input);
    }
    out += "</div>\n";
    submit_shown = input.type == "submit" && input.value == form.submit_label;
  }
  // The reader takes the last submit control's text as the form's submit label.
  if (!submit_shown) out += "<div><button type=\"submit\">" + escape_text(form.submit_label) + "</button></div>\n";
  out += "</form>\n";
}

}  // namespace

std::string render_page(const Page& page) {
  std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>" + escape_text(page.title) + "</title>\n</head>\n<body>\n";
  bool first_heading = true;
  for (const Block& block : page.blocks) {
    const bool h1 = block.kind == BlockKind::Heading && first_heading;
    out += block_open(block.kind, h1);
    out += escape_text(block.text);
    out += block_close(block.kind, h1);
    out += '\n';
    if (block.kind == BlockKind::Heading) first_heading = false;
  }
  if (!page.links.empty()) {
    out += "<ul>\n";
    for (const Link& link : page.links)
      out += "<li><a href=\"" + escape_attribute(link.href) + "\">" + escape_text(link.text) + "</a></li>\n";
    out += "</ul>\n";
  }
  for (const std::string& src : page.images) out += "<img src=\"" + escape_attribute(src) + "\" alt=\"\">\n";
  for (const Form& form : page.forms) render_form(out, form);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace cl::page

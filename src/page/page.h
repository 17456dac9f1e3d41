// What the simulated browser shows of a response: a small model of an HTML page
// (title, text, links, forms). The built-in server renders pages in a plain HTML
// subset and the browser reads them back with parse_page, so the GUI can show a
// real login form and real links without a web engine.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cl::page {

struct Link {
  std::string text, href;
  bool operator==(const Link&) const = default;
};

struct Input {
  std::string name, type = "text", value, label;  // type: text, password, hidden, checkbox, submit
  bool checked = false;                           // a checkbox's `checked` attribute: sent unless the user unticks it
  bool operator==(const Input&) const = default;
};

// The value a ticked checkbox submits: its value attribute, "on" when it has none
// (HTML, the input element's checkbox state). The simulated browser and the window's
// form both send it.
inline std::string checkbox_value(const Input& input) { return input.value.empty() ? "on" : input.value; }

struct Form {
  std::string action;          // as written ("" means the page's own URL)
  std::string method = "GET";  // upper-case
  std::vector<Input> inputs;
  std::string submit_label = "Submit";
  bool operator==(const Form&) const = default;
};

enum class BlockKind { Heading, Paragraph, Error, Notice };
struct Block {
  BlockKind kind;
  std::string text;
  bool operator==(const Block&) const = default;
};

struct Page {
  std::string title;
  std::vector<Block> blocks;  // text in document order
  std::vector<Link> links;
  std::vector<Form> forms;
  std::vector<std::string> images;  // <img src>: the browser fetches them as subresources (trackers)
  bool operator==(const Page&) const = default;
};

// Tolerant: unknown tags are skipped, their text kept; entities &amp; &lt; &gt; &quot; &#39; decoded.
Page parse_page(std::string_view html);
// The HTML the built-in server sends for a page model (escaped; UTF-8).
// parse_page(render_page(p)) == p for a page whose texts are already whitespace-
// collapsed and non-empty, whose forms use GET or POST, and whose hidden inputs
// have no label.
std::string render_page(const Page& page);

}  // namespace cl::page

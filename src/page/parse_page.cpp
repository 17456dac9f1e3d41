// A tolerant reader for the small HTML subset CookieLab pages use. It is not an
// HTML5 parser: it walks tags and text once, left to right, keeps a few "open
// element" flags, and never fails: whatever it cannot read it skips.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "page/html_text.h"
#include "page/page.h"

namespace cl::page {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Tag {
  std::string name;  // lower-case
  bool end = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower-case, values decoded

  const std::string* attribute(std::string_view n) const {
    for (const auto& [k, v] : attributes)
      if (k == n) return &v;
    return nullptr;
  }
};

// Reads a tag starting at html[pos] == '<' (HTML 13.2.5.6 onwards, simplified).
// Returns nullopt when the input ends inside the tag; HTML drops such a tag.
std::optional<Tag> read_tag(std::string_view html, std::size_t& pos) {
  Tag tag;
  std::size_t i = pos + 1;
  if (html[i] == '/') {
    tag.end = true;
    ++i;
  }
  while (i < html.size() && !is_html_space(html[i]) && html[i] != '/' && html[i] != '>') tag.name += html[i++];
  tag.name = to_lower_ascii(tag.name);
  while (true) {
    while (i < html.size() && (is_html_space(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size()) return std::nullopt;
    if (html[i] == '>') break;
    std::string name(1, html[i++]);  // a first '=' belongs to the name (HTML 13.2.5.32)
    while (i < html.size() && !is_html_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=')
      name += html[i++];
    while (i < html.size() && is_html_space(html[i])) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_html_space(html[i])) ++i;
      if (i >= html.size()) return std::nullopt;
      if (html[i] == '"' || html[i] == '\'') {
        const std::size_t close = html.find(html[i], i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        value = decode_entities(html.substr(i + 1, close - i - 1));
        i = close + 1;
      } else {
        const std::size_t start = i;
        while (i < html.size() && !is_html_space(html[i]) && html[i] != '>') ++i;
        value = decode_entities(html.substr(start, i - start));
      }
    }
    tag.attributes.emplace_back(to_lower_ascii(name), std::move(value));
  }
  pos = i + 1;
  return tag;
}

// Position just past the end tag `</name ...>` found case-insensitively from
// `from`, and the text before it; to the end of input when there is none.
std::string_view raw_text_until(std::string_view html, std::size_t& pos, std::string_view name) {
  const std::string closing = "</" + std::string(name);
  for (std::size_t i = pos; i + closing.size() <= html.size(); ++i) {
    if (html[i] == '<' && iequals_ascii(html.substr(i, closing.size()), closing)) {
      const std::string_view text = html.substr(pos, i - pos);
      const std::size_t gt = html.find('>', i);
      pos = gt == std::string_view::npos ? html.size() : gt + 1;
      return text;
    }
  }
  const std::string_view text = html.substr(pos);
  pos = html.size();
  return text;
}

// Tags that live inside running text: they neither start nor end a paragraph.
bool is_inline(std::string_view name) {
  static constexpr std::string_view kInline[] = {"a",     "span",   "b",    "i",    "em",   "strong", "code",
                                                 "small", "u",      "s",    "mark", "abbr", "kbd",    "q",
                                                 "sub",   "sup",    "time", "cite", "br",   "img",    "label",
                                                 "input", "button", "font", "wbr",  "var",  "samp",   "textarea"};
  for (std::string_view n : kInline)
    if (n == name) return true;
  return false;
}

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

class PageReader {
 public:
  Page read(std::string_view html) {
    std::size_t pos = 0;
    while (pos < html.size()) {
      const std::size_t lt = html.find('<', pos);
      const std::size_t text_end = lt == std::string_view::npos ? html.size() : lt;
      if (text_end > pos) on_text(decode_entities(html.substr(pos, text_end - pos)));
      pos = text_end;
      if (pos >= html.size()) break;
      read_markup(html, pos);
    }
    close_block();
    close_link();
    flush_loose();
    close_form();
    return std::move(page_);
  }

 private:
  // Reads what starts at html[pos] == '<' and moves pos past it (always forward).
  void read_markup(std::string_view html, std::size_t& pos) {
    const std::string_view rest = html.substr(pos);
    if (rest.starts_with("<!--")) {
      const std::size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      return;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</>")) {
      const std::size_t end = html.find('>', pos + 1);
      pos = end == std::string_view::npos ? html.size() : end + 1;
      return;
    }
    const bool tag_start = rest.size() >= 2 &&
                           (is_ascii_alpha(rest[1]) || (rest[1] == '/' && rest.size() >= 3 && is_ascii_alpha(rest[2])));
    if (!tag_start) {  // a stray '<' is text (HTML 13.2.5.6 "invalid-first-character-of-tag-name")
      on_text("<");
      ++pos;
      return;
    }
    std::optional<Tag> tag = read_tag(html, pos);
    if (!tag) {  // unterminated tag at the end of the input: dropped
      pos = html.size();
      return;
    }
    if (tag->end) {
      on_end_tag(tag->name);
      return;
    }
    // Elements whose content is not markup: title (text), script and style (skipped).
    if (tag->name == "title") {
      flush_loose();
      page_.title = collapse_whitespace(decode_entities(raw_text_until(html, pos, "title")));
      return;
    }
    if (tag->name == "script" || tag->name == "style") {
      raw_text_until(html, pos, tag->name);
      return;
    }
    if (tag->name == "textarea") {
      const std::string value = decode_entities(raw_text_until(html, pos, "textarea"));
      add_input(*tag, "textarea", value);
      return;
    }
    on_start_tag(*tag);
  }

  void on_text(const std::string& text) {
    if (in_select_) return;
    if (in_button_) {
      button_text_ += text;
      return;
    }
    if (in_label_) {
      label_text_ += text;
      return;
    }
    if (link_) link_->text += text;
    if (block_) {
      block_->text += text;
      return;
    }
    // Loose text: a paragraph of its own. Link text joins it, but a link alone
    // (as in a list of links) does not make a paragraph.
    loose_ += text;
    if (!link_ && !collapse_whitespace(text).empty()) loose_has_text_ = true;
  }

  void on_start_tag(const Tag& tag) {
    const std::string& n = tag.name;
    if (!is_inline(n)) {
      // A block boundary also ends controls whose end tag is missing, so one
      // unclosed <button> or <label> cannot swallow the rest of the page.
      if (n != "option" && n != "optgroup") in_select_ = false;
      if (in_button_) finish_button();
      in_label_ = false;
      close_block();
      flush_loose();
    }
    if (n == "p" || is_heading(n)) {
      BlockKind kind = is_heading(n) ? BlockKind::Heading : BlockKind::Paragraph;
      if (const std::string* cls = tag.attribute("class")) {
        const std::string classes = collapse_whitespace(*cls);  // split() views into it
        for (std::string_view word : split(classes, ' ')) {
          if (word == "error") kind = BlockKind::Error;
          if (word == "notice") kind = BlockKind::Notice;
        }
      }
      block_ = Block{kind, ""};
    } else if (n == "a") {
      close_link();
      if (const std::string* href = tag.attribute("href")) link_ = Link{"", *href};
    } else if (n == "br") {
      on_text(" ");
    } else if (n == "img") {
      if (const std::string* src = tag.attribute("src")) page_.images.push_back(*src);
    } else if (n == "form") {
      if (!form_) {  // HTML ignores a form inside a form
        Form form;
        if (const std::string* action = tag.attribute("action")) form.action = *action;
        // HTML 4.10.18.6: the method is GET unless it says POST ("dialog" is not a submission).
        const std::string* method = tag.attribute("method");
        form.method = method && iequals_ascii(*method, "post") ? "POST" : "GET";
        form_ = std::move(form);
      }
    } else if (n == "label") {
      in_label_ = true;
      label_text_.clear();
      label_used_ = false;
    } else if (n == "input") {
      const std::string* type = tag.attribute("type");
      const std::string* value = tag.attribute("value");
      add_input(tag, type ? to_lower_ascii(*type) : "text", value ? *value : "");
    } else if (n == "button") {
      in_button_ = true;
      button_text_.clear();
      button_ = tag;
    } else if (n == "select") {
      in_select_ = true;
    }
  }

  void on_end_tag(const std::string& n) {
    if (n == "p" || is_heading(n)) {
      close_block();
    } else if (n == "a") {
      close_link();
    } else if (n == "form") {
      close_block();
      flush_loose();
      close_form();
    } else if (n == "label") {
      in_label_ = false;
      if (label_used_) label_text_.clear();  // the input inside the label took it
      label_used_ = false;
    } else if (n == "button") {
      if (in_button_) finish_button();
    } else if (n == "select") {
      in_select_ = false;
    } else if (!is_inline(n)) {
      close_block();
      flush_loose();
    }
  }

  // An input belongs to the open form; outside one a browser cannot submit it.
  void add_input(const Tag& tag, const std::string& type, const std::string& value) {
    if (!form_) return;
    const std::string* name = tag.attribute("name");
    if (type == "submit") {
      form_->submit_label = value.empty() ? "Submit" : value;
      if (name) form_->inputs.push_back({*name, "submit", value, ""});  // its name=value is sent too
      return;
    }
    if (type == "reset" || type == "button" || type == "image") return;  // never submitted as fields
    Input input{name ? *name : "", type, value, ""};
    input.checked = type == "checkbox" && tag.attribute("checked") != nullptr;
    // A label names the next control (a <label> around it, or one just before it).
    // Hidden inputs are not shown, so they leave the label for the next one.
    if (type != "hidden" && !label_used_) {
      input.label = collapse_whitespace(label_text_);
      label_text_.clear();
      label_used_ = in_label_;
    }
    form_->inputs.push_back(std::move(input));
  }

  void finish_button() {
    in_button_ = false;
    const std::string* type = button_.attribute("type");
    if (!form_ || (type && !iequals_ascii(*type, "submit"))) return;  // reset/button do not submit
    const std::string label = collapse_whitespace(button_text_);
    form_->submit_label = label.empty() ? "Submit" : label;
    if (const std::string* name = button_.attribute("name")) {
      const std::string* value = button_.attribute("value");
      form_->inputs.push_back({*name, "submit", value ? *value : "", ""});
    }
  }

  void close_block() {
    if (!block_) return;
    block_->text = collapse_whitespace(block_->text);
    if (!block_->text.empty()) page_.blocks.push_back(std::move(*block_));
    block_.reset();
  }

  void close_link() {
    if (!link_) return;
    link_->text = collapse_whitespace(link_->text);
    page_.links.push_back(std::move(*link_));
    link_.reset();
  }

  void flush_loose() {
    if (loose_has_text_) {
      const std::string text = collapse_whitespace(loose_);
      if (!text.empty()) page_.blocks.push_back({BlockKind::Paragraph, text});
    }
    loose_.clear();
    loose_has_text_ = false;
  }

  void close_form() {
    if (in_button_) finish_button();
    if (!form_) return;
    page_.forms.push_back(std::move(*form_));
    form_.reset();
    in_label_ = false;
    label_text_.clear();
    label_used_ = false;
  }

  Page page_;
  std::optional<Block> block_;   // an open <p> or <hN>
  std::optional<Link> link_;     // an open <a href>
  std::optional<Form> form_;     // an open <form>
  std::string loose_;            // text outside any block, since the last block boundary
  bool loose_has_text_ = false;  // ... and some of it is not link text
  bool in_label_ = false, label_used_ = false;
  std::string label_text_;
  bool in_button_ = false;
  std::string button_text_;
  Tag button_;
  bool in_select_ = false;
};

}  // namespace

Page parse_page(std::string_view html) { return PageReader().read(html); }

}  // namespace cl::page

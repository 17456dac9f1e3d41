// Character-level pieces of HTML shared by the page reader and writer.
#pragma once
#include <string>
#include <string_view>

namespace cl::page {

// Replaces &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; &#NN; &#xHH; by their characters
// (UTF-8). Unknown or unterminated references stay as written.
std::string decode_entities(std::string_view text);
// Runs of ASCII whitespace become one space; none at the ends (HTML "collapse").
std::string collapse_whitespace(std::string_view text);
// Appends text escaped for text content (& < >) or for a double-quoted attribute
// value (also " and '): a page is written into one string.
void append_escaped_text(std::string& out, std::string_view text);
void append_escaped_attribute(std::string& out, std::string_view text);

}  // namespace cl::page

// What the server keeps so that a long run (`cookielab bench world`: 100 browsers,
// thousands of exchanges) does not redo the same work: every entry is a result its
// inputs fully determine, so keeping it changes no byte of any answer. A route asks
// in one line; how long an entry lives is decided here.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include "base/memo.h"
#include "base/text.h"
#include "server/session_format.h"

namespace cl::server {

// A session row's stored text and its decoding.
struct DecodedRow {
  std::string stored;
  DecodedSession session;
};

// Decoded session rows by key. Decoding (for Django: an HMAC) is done once per
// stored text, not per request; shared, so a request reads its session's data
// without copying it.
class DecodedRows {
 public:
  using Row = std::shared_ptr<const DecodedRow>;
  using Decode = DecodedSession (*)(std::string_view stored, std::string_view secret);

  // The decoding of `stored`, the text of row `key`: kept, or made now by decode().
  const Row& get(const std::string& key, std::string_view stored, Decode decode, std::string_view secret) {
    auto it = rows_.find(key);
    if (it != rows_.end() && it->second->stored == stored) return it->second;
    return remember(key, {std::string(stored), decode(stored, secret)});
  }
  // A row just written, whose decoding is known without decoding it.
  const Row& remember(const std::string& key, DecodedRow row) {
    if (rows_.size() > 100000) rows_.clear();
    return rows_.insert_or_assign(key, std::make_shared<const DecodedRow>(std::move(row))).first->second;
  }
  const DecodedRow* find(const std::string& key) const {
    auto it = rows_.find(key);
    return it == rows_.end() ? nullptr : it->second.get();
  }
  void forget(const std::string& key) { rows_.erase(key); }
  void clear() { rows_.clear(); }

 private:
  std::unordered_map<std::string, Row> rows_;
};

// Pages that depend only on what `inputs` name (home: the user and the theme;
// profile: the user) are built and rendered once per inputs: a long run asks for
// the same few again and again. render() builds and renders the page.
class RenderedPages {
 public:
  template <class Render>
  const std::string& get(std::initializer_list<std::string_view> inputs, Render&& render) {
    return pages_.get(inputs, render);
  }

 private:
  Memo<std::string> pages_;
};

// Sentences said on (nearly) every request, made once per their inputs.
class SaidOnce {
 public:
  // "The server found session ...": once per key and user.
  // The user's names (say::Who) are asked only when the sentence is made: they
  // follow from the username, so the username keys it.
  template <class Names>
  const Bilingual& session_found(std::string_view key, std::string_view user, Names&& names) {
    return found_.get({key, user}, [&] { return make_session_found(key, names()); });
  }

 private:
  static Bilingual make_session_found(std::string_view key, const std::pair<std::string_view, std::string_view>& who);
  Memo<Bilingual> found_;
};

// sha256(key_salt + secret), the key of Django's salted_hmac: the same few salts
// and one secret per server, so it is derived once, not for every cookie and session
// row signed or checked. Valid until the next call.
const std::string& salted_hmac_key(std::string_view key_salt, std::string_view secret);

}  // namespace cl::server

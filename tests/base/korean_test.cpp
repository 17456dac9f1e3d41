// Korean particles after filled-in words must read as a Korean speaker says them.
#include <catch2/catch.hpp>
#include "base/text.h"

using cl::ko::Josa;
using cl::ko::with;

TEST_CASE("particles after Hangul follow the final consonant") {
  CHECK(with("세션", Josa::IGa) == "세션이");
  CHECK(with("서버", Josa::IGa) == "서버가");
  CHECK(with("쿠키", Josa::EulReul) == "쿠키를");
  CHECK(with("브라우저", Josa::EunNeun) == "브라우저는");
  CHECK(with("서울", Josa::EuroRo) == "서울로");  // ㄹ takes 로
  CHECK(with("부산", Josa::EuroRo) == "부산으로");
}

TEST_CASE("particles after numbers follow the Korean reading of the last digit") {
  CHECK(with("200", Josa::EuroRo) == "200으로");  // 이백 -> ㄱ
  CHECK(with("302", Josa::EuroRo) == "302로");    // 삼백이
  CHECK(with("403", Josa::EuroRo) == "403으로");  // 사백삼
  CHECK(with("301", Josa::EuroRo) == "301로");    // 삼백일: ㄹ takes 로
  CHECK(with("404", Josa::IGa) == "404가");
  CHECK(with("user7", Josa::EunNeun) == "user7은");
}

TEST_CASE("particles after Latin words follow their usual Hangul spelling") {
  CHECK(with("alice", Josa::IGa) == "alice가");      // 앨리스
  CHECK(with("bob", Josa::IGa) == "bob이");          // 밥
  CHECK(with("shop", Josa::IGa) == "shop이");        // 숍
  CHECK(with("forum", Josa::EunNeun) == "forum은");  // 포럼
  CHECK(with("blog", Josa::IGa) == "blog가");        // 블로그
  CHECK(with("carol", Josa::EuroRo) == "carol로");   // 캐럴
  CHECK(with("tracker", Josa::EulReul) == "tracker를");
  CHECK(with("sessionid", Josa::IGa) == "sessionid가");
  CHECK(with("cookieking", Josa::IGa) == "cookieking이");
}

TEST_CASE("punctuation after a word does not decide the particle") {
  CHECK(with("\"apple\"", Josa::EulReul) == "\"apple\"를");
  CHECK(with("a1b2c3…", Josa::EulReul) == "a1b2c3…을");  // 삼 -> ㅁ
  CHECK(with("(bob)", Josa::IGa) == "(bob)이");
}

TEST_CASE("has_hangul finds a Hangul syllable and nothing else") {
  CHECK(cl::ko::has_hangul("가"));      // U+AC00, the first
  CHECK(cl::ko::has_hangul("x 힣 y"));  // U+D7A3, the last
  CHECK(cl::ko::has_hangul("step 3: 단계"));
  CHECK_FALSE(cl::ko::has_hangul(""));
  CHECK_FALSE(cl::ko::has_hangul("unknown key \"x\""));
  CHECK_FALSE(cl::ko::has_hangul("\xE3\x84\xB1"));  // U+3131 ㄱ, a compatibility jamo, not a syllable
  CHECK_FALSE(cl::ko::has_hangul("\xED\x9E\xA4"));  // U+D7A4, just past the syllables
  CHECK_FALSE(cl::ko::has_hangul("\xEA\xB0"));      // a syllable cut short
  CHECK_FALSE(cl::ko::has_hangul("日本語"));
}

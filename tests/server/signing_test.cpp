#include <catch2/catch.hpp>

#include "server/crypto.h"
#include "server/signing.h"

using namespace cl;
using namespace cl::server;

// Expected values computed independently with Python's hmac/hashlib/base64, the
// modules Django's signing.py is built on.
TEST_CASE("Django base62 timestamps", "[signing]") {
  CHECK(base62_encode(0) == "0");
  CHECK(base62_encode(61) == "z");
  CHECK(base62_encode(62) == "10");
  CHECK(base62_encode(1772442000) == "1vwz8C");
  CHECK(base62_decode("1vwz8C") == 1772442000u);
  SECTION("malformed") {
    CHECK_FALSE(base62_decode(""));
    CHECK_FALSE(base62_decode("1vw-8C"));
    CHECK_FALSE(base62_decode("12345678901"));  // would overflow
  }
}

TEST_CASE("Django session data signature", "[signing]") {
  const std::string signed_data = django_sign_session(R"({"_auth_user_id":"1"})", "cookielab-secret", 1772442000123);
  CHECK(signed_data == "eyJfYXV0aF91c2VyX2lkIjoiMSJ9:1vwz8C:MFkBbKJsuLtFxdCScnvriCiESz3AYTohQcJixn_TO-A");
  CHECK(django_unsign_session(signed_data, "cookielab-secret") == R"({"_auth_user_id":"1"})");
  SECTION("another secret") { CHECK_FALSE(django_unsign_session(signed_data, "other")); }
  SECTION("tampered payload") {
    std::string t = signed_data;
    t[3] = 'Z';
    CHECK_FALSE(django_unsign_session(t, "cookielab-secret"));
  }
  SECTION("tampered timestamp") {
    std::string t = signed_data;
    t[30] = '2';
    CHECK_FALSE(django_unsign_session(t, "cookielab-secret"));
  }
  SECTION("truncated one character at a time") {
    for (std::size_t n = 0; n < signed_data.size(); ++n)
      CHECK_FALSE(django_unsign_session(signed_data.substr(0, n), "cookielab-secret"));
  }
  SECTION("no separators") { CHECK_FALSE(django_unsign_session("abc", "cookielab-secret")); }
  SECTION("compressed payloads are not read") {
    std::string value = ".eJxTKkktLlGyUlBKSizO0AAAJWQEqw:1vwz8C";
    std::string salt = std::string(kDjangoSessionSalt) + "signer";
    const std::string signature = base64url_encode(django_salted_hmac(salt, value, "k"));
    value += ':';
    value += signature;
    CHECK_FALSE(django_unsign_session(value, "k"));
  }
}

TEST_CASE("Django session auth hash", "[signing]") {
  CHECK(django_session_auth_hash("pbkdf2_sha256$1000$x$y", "cookielab-secret") ==
        "8583939026d8308b145b3f3e0d245556fddfeb197b2fb566fa96ace32e238386");
}

TEST_CASE("Django CSRF masking", "[signing]") {
  const std::string secret = "abcdefghijklmnopqrstuvwxyzABCDEF";
  const std::string mask = "0123456789abcdefghijklmnopqrstuv";
  const std::string token = csrf_mask(secret, mask);
  REQUIRE(token.size() == 64);
  CHECK(token.substr(0, 32) == mask);
  CHECK(token[32] == '0');  // 'a' (0) + '0' (52) = 52 -> '0'
  CHECK(csrf_unmask(token) == secret);
  CHECK(csrf_unmask(csrf_mask(secret, std::string(32, 'a'))) == secret);
  CHECK(csrf_mask(secret, std::string(32, 'a')).substr(32) == secret);  // 'a' is the zero mask
  SECTION("malformed tokens") {
    CHECK(csrf_unmask("") == "");
    CHECK(csrf_unmask(token.substr(0, 63)) == "");
    CHECK(csrf_unmask(token + "a") == "");
    std::string bad = token;
    bad[10] = '-';
    CHECK(csrf_unmask(bad) == "");
    CHECK_FALSE(csrf_well_formed(bad));
    CHECK(csrf_well_formed(token));
  }
  SECTION("a token is well formed exactly when every byte is a-z, A-Z or 0-9") {
    // Every byte value, at the first, a middle and the last place: the edges of
    // each range ('@' '[' '`' '{' '/' ':') and bytes above 0x7f included.
    for (int b = 0; b < 256; ++b) {
      const char c = static_cast<char>(b);
      const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      for (std::size_t at : {std::size_t{0}, std::size_t{37}, std::size_t{63}}) {
        std::string t = token;
        t[at] = c;
        INFO("byte " << b << " at " << at);
        CHECK(csrf_well_formed(t) == allowed);
      }
    }
  }
}

TEST_CASE("express-session signed cookie", "[signing]") {
  const std::string value = express_cookie_value("abcDEF123-_", "cookielab-secret");
  CHECK(value == "s%3AabcDEF123-_.2VZFD6gmD49IPA27jcXmyucQZvAPEmrbOMk9te9o1EI");
  CHECK(express_unsign(value, "cookielab-secret") == "abcDEF123-_");
  CHECK(encode_uri_component("a+b/c=d:e") == "a%2Bb%2Fc%3Dd%3Ae");
  SECTION("rejected") {
    CHECK_FALSE(express_unsign(value, "other-secret"));
    CHECK_FALSE(express_unsign("abcDEF123-_", "cookielab-secret"));      // not signed
    CHECK_FALSE(express_unsign("s%3AabcDEF123-_", "cookielab-secret"));  // no signature
    CHECK_FALSE(express_unsign("s%3AabcDEF123-X.2VZFD6gmD49IPA27jcXmyucQZvAPEmrbOMk9te9o1EI", "cookielab-secret"));
    CHECK_FALSE(express_unsign("", "cookielab-secret"));
  }
}

TEST_CASE("base64 alphabets", "[signing]") {
  CHECK(base64_encode("\xfb\xff") == "+/8=");
  CHECK(base64_encode("\xfb\xff", false) == "+/8");
  CHECK(base64url_encode("\xfb\xff") == "-_8");
  CHECK(base64_decode("-_8") == std::string("\xfb\xff"));
  CHECK(base64_decode("+/8=") == std::string("\xfb\xff"));
  CHECK(base64_decode("") == std::string());
  CHECK_FALSE(base64_decode("a"));
  CHECK_FALSE(base64_decode("ab!c"));
  CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

// RFC 4648 section 10, every length of tail, padded and not; and every byte read back.
TEST_CASE("base64 matches RFC 4648's test vectors and reads back every byte", "[signing]") {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                         {"f", "Zg=="},
                                                         {"fo", "Zm8="},
                                                         {"foo", "Zm9v"},
                                                         {"foob", "Zm9vYg=="},
                                                         {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, coded] : vectors) {
    CAPTURE(plain);
    CHECK(base64_encode(plain) == coded);
    std::string unpadded = coded;
    while (!unpadded.empty() && unpadded.back() == '=') unpadded.pop_back();
    CHECK(base64_encode(plain, false) == unpadded);
    CHECK(base64url_encode(plain) == unpadded);
  }
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  for (std::size_t n = 0; n <= all.size(); n += 37) {
    const std::string part = all.substr(all.size() - n);
    CHECK(base64_decode(base64_encode(part)) == part);
    CHECK(base64_decode(base64url_encode(part)) == part);
  }
}

// RFC 4231 section 4: HMAC-SHA-256 test vectors, asked in turn so that a key
// kept from the previous call is both reused and replaced.
TEST_CASE("HMAC-SHA-256 matches RFC 4231, whichever key came before", "[signing]") {
  const std::string key1(20, '\x0b'), key6(131, '\xaa');
  const std::string case1 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";
  const std::string case2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
  const std::string case6 = "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54";
  for (int round = 0; round < 2; ++round) {
    CHECK(to_hex(hmac_sha256(key1, "Hi There")) == case1);
    CHECK(to_hex(hmac_sha256(key1, "Hi There")) == case1);
    CHECK(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")) == case2);
    CHECK(to_hex(hmac_sha256(key6, "Test Using Larger Than Block-Size Key - Hash Key First")) == case6);
  }
}

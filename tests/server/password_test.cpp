#include <catch2/catch.hpp>

#include "server/password.h"

using namespace cl::server;

TEST_CASE("PBKDF2 passwords in Django's format", "[password]") {
  // Python: base64.b64encode(hashlib.pbkdf2_hmac("sha256", b"wonderland", b"abcdefghijklmnopqrstuv", 1000))
  const std::string encoded = make_password("wonderland", "abcdefghijklmnopqrstuv", 1000);
  CHECK(encoded == "pbkdf2_sha256$1000$abcdefghijklmnopqrstuv$JwK+Glss1XcTn6e1jnFc4uyEf4xQKYcRJH4Zxdyq5cM=");
  CHECK(check_password("wonderland", encoded));
  CHECK_FALSE(check_password("Wonderland", encoded));
  CHECK_FALSE(check_password("", encoded));
  SECTION("malformed stored values, one by one") {
    for (const char* bad :
         {"", "pbkdf2_sha256", "pbkdf2_sha256$1000$abc", "md5$1000$abc$xyz", "pbkdf2_sha256$x$abc$xyz",
          "pbkdf2_sha256$0$abc$xyz", "pbkdf2_sha256$-5$abc$xyz",
          "pbkdf2_sha256$1000$abcdefghijklmnopqrstuv$JwK+Glss1XcTn6e1jnFc4uyEf4xQKYcRJH4Zxdyq5cM",
          "pbkdf2_sha256$1000$abcdefghijklmnopqrstuv$JwK+Glss1XcTn6e1jnFc4uyEf4xQKYcRJH4Zxdyq5cM=$"}) {
      INFO(bad);
      CHECK_FALSE(check_password("wonderland", bad));
    }
  }
}

TEST_CASE("PBKDF2 at Django 3.2's 260000 iterations", "[password]") {
  const std::string encoded = make_password("builder", "ZYXWVUTSRQPONMLKJIHGFE", 260000);
  CHECK(encoded == "pbkdf2_sha256$260000$ZYXWVUTSRQPONMLKJIHGFE$4r+3IWEmj+v2lW7xYNE2RwZA+Gt4taOM06TsGRbUHcE=");
  CHECK(check_password("builder", encoded));
  CHECK_FALSE(check_password("build", encoded));
}

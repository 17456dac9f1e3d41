#include <catch2/catch.hpp>

#include "server/password.h"

#include <thread>

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

TEST_CASE("Deferred hashes: a run learns which it needs, the hashes made elsewhere serve the next", "[password]") {
  // A salt no other test uses, so the process's memory of hashes does not know it yet.
  const HashRequest request{"wonderland", "deferreddeferreddefer1", 1000};
  std::vector<HashRequest> missed;
  {
    DeferHashes defer;
    CHECK(make_password("wonderland", "deferreddeferreddefer1", 1000) == "pbkdf2_sha256$1000$deferreddeferreddefer1$");
    // The same request twice is asked for once; a check against a stand-in never passes.
    make_password("wonderland", "deferreddeferreddefer1", 1000);
    CHECK_FALSE(check_password("wonderland", "pbkdf2_sha256$1000$deferreddeferreddefer1$"));
    missed = defer.missed();
  }
  REQUIRE(missed.size() == 1);
  CHECK(missed[0] == request);
  // Made "elsewhere" (another thread here), remembered, then the run is the real one.
  std::string hash;
  std::thread([&] { hash = compute_hash(request); }).join();
  remember_hash(request, hash);
  DeferHashes defer;
  const std::string encoded = make_password("wonderland", "deferreddeferreddefer1", 1000);
  CHECK(defer.missed().empty());
  CHECK(encoded == "pbkdf2_sha256$1000$deferreddeferreddefer1$" + hash);
  CHECK(hash.size() == 44);
}

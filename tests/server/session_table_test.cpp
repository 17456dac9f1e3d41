#include <catch2/catch.hpp>

#include <cstdio>
#include <sqlite3.h>
#include <string>
#include "client.h"
#include "server/session_table.h"

using namespace cl;
using namespace cl::server;

TEST_CASE("Django's SQLite datetime text", "[session-table]") {
  CHECK(sql_datetime(test::kStart) == "2026-03-02 09:00:00.000000");
  CHECK(sql_datetime(test::kStart + 1234) == "2026-03-02 09:00:01.234000");
  CHECK(sql_datetime(-1) == "1969-12-31 23:59:59.999000");
  CHECK(sql_datetime(days_from_civil(9999, 12, 31) * kDay + kDay - 1) == "9999-12-31 23:59:59.999000");
  CHECK(sql_datetime(days_from_civil(10000, 1, 1) * kDay + 5) == "10000-01-01 00:00:00.005000");
  CHECK(sql_datetime(days_from_civil(7, 8, 9) * kDay + 10 * kHour + 11 * kMinute + 12 * kSecond) ==
        "0007-08-09 10:11:12.000000");
  CHECK(parse_sql_datetime("2026-03-02 09:00:01.234000") == test::kStart + 1234);
  CHECK(parse_sql_datetime("2026-03-02 09:00:01") == test::kStart + 1000);
  CHECK(parse_sql_datetime("2026-03-02 09:00:01.5") == test::kStart + 1500);
  SECTION("malformed, one by one") {
    for (const char* bad :
         {"", "2026-03-02", "2026-03-02 09:00", "2026/03/02 09:00:00", "2026-13-02 09:00:00", "2026-03-02 24:00:00",
          "2026-03-02 09:00:00.", "2026-03-02 09:00:00.1234567", "2026-03-02 09:00:0x", "2026-03-02 09:00:00Z"}) {
      INFO(bad);
      CHECK_FALSE(parse_sql_datetime(bad));
    }
  }
}

TEST_CASE("session table operations", "[session-table]") {
  SessionTable t("", "");
  t.put("k2", "data2", test::kStart);
  t.put("k1", "data1", test::kStart + 5);
  CHECK(t.count() == 2);
  REQUIRE(t.get("k1"));
  CHECK(t.get("k1")->data == "data1");
  CHECK(t.get("k1")->expire == test::kStart + 5);
  CHECK_FALSE(t.get("k3"));
  // read() sees the row in place, the same as get() copies it.
  int calls = 0;
  CHECK(t.read("k1", [&](const StoredView& row) {
    ++calls;
    CHECK(row.key == "k1");
    CHECK(row.data == "data1");
    CHECK(row.expire == test::kStart + 5);
  }));
  CHECK_FALSE(t.read("k3", [&](const StoredView&) { ++calls; }));
  CHECK(calls == 1);
  auto all = t.all();
  REQUIRE(all.size() == 2);
  CHECK(all[0].key == "k1");  // ordered by key
  t.put("k1", "changed", test::kStart);
  CHECK(t.get("k1")->data == "changed");
  CHECK(t.count() == 2);
  CHECK(t.remove("k1"));
  CHECK_FALSE(t.remove("k1"));
  t.clear();
  CHECK(t.count() == 0);
}

TEST_CASE("a database file is readable with the sqlite3 API after the servers close", "[session-table]") {
  const std::string path = std::string(COOKIELAB_BINARY_DIR) + "/server-test-db.sqlite3";
  std::remove(path.c_str());
  std::string key;
  {
    IdGenerator ids(7);
    auto a = test::spec_for(Profile::Django);
    a.table_prefix = "shop_";
    auto b = test::spec_for(Profile::Php, "blog");
    b.table_prefix = "blog_";
    Server shop(a, &ids, path), blog(b, &ids, path);
    test::Client alice{shop};
    alice.get("/accounts/login/", test::kStart);
    alice.post("/accounts/login/",
               {{"csrfmiddlewaretoken", alice.jar["csrftoken"]}, {"username", "alice"}, {"password", "wonderland"}},
               test::kStart);
    key = alice.jar["sessionid"];
    test::Client bob{blog};
    bob.get("/", test::kStart);
  }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  auto scalar = [&](const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
  };
  CHECK(scalar("SELECT session_key FROM shop_django_session") == key);
  CHECK(scalar("SELECT expire_date FROM shop_django_session") == "2026-03-16 09:00:00.000000");
  CHECK(scalar("SELECT COUNT(*) FROM blog_django_session") == "1");
  CHECK(scalar("SELECT username FROM shop_auth_user WHERE id = 1") == "alice");
  CHECK(scalar("SELECT last_login FROM shop_auth_user WHERE id = 1") == "2026-03-02 09:00:00.000000");
  CHECK(scalar("SELECT is_staff FROM shop_auth_user WHERE username = 'bob'") == "1");
  CHECK(scalar("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shop_django_session' AND name LIKE "
               "'%expire%'") == "shop_django_session_expire_date_a5c62663");
  sqlite3_close(db);
  std::remove(path.c_str());
  std::remove((path + "-wal").c_str());
  std::remove((path + "-shm").c_str());
}

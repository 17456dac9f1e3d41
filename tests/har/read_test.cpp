// Reading HAR files: a good capture, and bad ones one by one, each told with its
// place (line:column, byte offset, JSON path) and never a crash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include "har/har.h"
#include "first_problem.h"
#include "har/har_messages.h"
#include "har/import.h"

using namespace cl;
using namespace cl::har;
using cl::har::test::first_problem;

namespace {

std::string file_text(const std::string& name) {
  std::ifstream in(std::string(COOKIELAB_SOURCE_DIR) + "/tests/data/har/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const char* kOne =
    R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "1"}, "entries": [
{"startedDateTime": "2026-12-03T09:00:00.000Z", "request": {"method": "GET", "url": "http://a.example/", "headers": []},
 "response": {"status": 200, "statusText": "OK", "headers": [{"name": "Set-Cookie", "value": "a=1"}], "content": {"size": 2, "mimeType": "text/plain", "text": "aGk=", "encoding": "base64"}}}
]}})";

}  // namespace

TEST_CASE("a good capture is read with its entries, headers in order and base64 bodies decoded") {
  const ReadResult r = read_har(kOne);
  REQUIRE(r.problems.empty());
  REQUIRE(r.capture);
  REQUIRE(r.capture->creator() == Creator::Chromium);
  REQUIRE(r.capture->entries.size() == 1);
  const Entry& e = r.capture->entries[0];
  CHECK(e.request.url == "http://a.example/");
  CHECK(e.response.status == 200);
  CHECK(e.response.headers.at(0).name == "Set-Cookie");
  CHECK(e.response.content.text == "hi");
  CHECK(e.time == *parse_har_time("2026-12-03T09:00:00Z"));

  SECTION("the hand-written login capture too") {
    const ReadResult login = read_har(file_text("login.har"));
    REQUIRE(login.problems.empty());
    CHECK(login.capture->entries.size() == 3);
    CHECK(login.capture->entries[2].response.content.text == "<h1>Hello, alice</h1>");
  }
  SECTION("a UTF-8 byte order mark is skipped") { CHECK(read_har("\xEF\xBB\xBF" + std::string(kOne)).capture); }
}

TEST_CASE("startedDateTime as Chromium and Firefox write it") {
  CHECK(parse_har_time("2026-12-03T09:00:00.123Z") == parse_har_time("2026-12-03T10:00:00.123+01:00"));
  CHECK(*parse_har_time("2026-12-03T09:00:00.5Z") - *parse_har_time("2026-12-03T09:00:00Z") == 500);
  CHECK(*parse_har_time("2026-12-03T09:00:00.123456Z") - *parse_har_time("2026-12-03T09:00:00Z") == 123);
  CHECK_FALSE(parse_har_time("yesterday"));
  CHECK_FALSE(parse_har_time("2026-12-03T09:00:00"));
  CHECK_FALSE(parse_har_time("2026-13-03T09:00:00Z"));
}

TEST_CASE("base64 as HAR bodies carry it") {
  CHECK(decode_base64("aGk=") == "hi");
  CHECK(decode_base64("aGk") == "hi");
  CHECK(decode_base64("aGVs\nbG8=") == "hello");
  CHECK_FALSE(decode_base64("a*b="));
  CHECK_FALSE(decode_base64("aG=k"));
}

TEST_CASE("bad input is told with its place, one case at a time") {
  SECTION("empty") { CHECK(first_problem("  \n") == "1:1 : the file is empty: a HAR capture is a JSON object"); }
  SECTION("not JSON") { CHECK(first_problem("<html>").starts_with("1:1 (top): not JSON: syntax error")); }
  SECTION("UTF-16") { CHECK(first_problem("\xFF\xFE{\0").find("UTF-16") != std::string::npos); }
  SECTION("JSON but not HAR") {
    CHECK(first_problem("[1, 2]").find("not a HAR capture") != std::string::npos);
    CHECK(first_problem(R"({"entries": []})").find("not a HAR capture") != std::string::npos);
    CHECK(first_problem(R"({"log": "x"})").find("not a HAR capture") != std::string::npos);
    CHECK(first_problem("42").find("not a HAR capture") != std::string::npos);
  }
  SECTION("log without entries") {
    CHECK(first_problem(R"({"log": {"version": "1.2"}})") == "1:9 log: \"entries\" is missing (HAR 1.2 requires it)");
  }
  SECTION("an entry without its URL, on the line it starts") {
    const std::string text =
        "{\"log\": {\"entries\": [\n  {\"startedDateTime\": \"2026-12-03T09:00:00Z\",\n"
        "   \"request\": {\"method\": \"GET\", \"headers\": []},\n"
        "   \"response\": {\"status\": 200, \"headers\": []}}]}}";
    CHECK(first_problem(text) == "3:15 log.entries[0].request: \"url\" is missing (HAR 1.2 requires it)");
  }
  SECTION("a status written as a string") {
    std::string text = kOne;
    text.replace(text.find("\"status\": 200"), 13, "\"status\": \"200\"");
    CHECK(first_problem(text).find("log.entries[0].response.status: expected a number, found a string") !=
          std::string::npos);
  }
  SECTION("headers as an object") {
    std::string text = kOne;
    text.replace(text.find("\"headers\": []"), 13, "\"headers\": {}");
    CHECK(first_problem(text).find("log.entries[0].request.headers: expected an array, found an object") !=
          std::string::npos);
  }
  SECTION("a bad time") {
    std::string text = kOne;
    text.replace(text.find("2026-12-03T09:00:00.000Z"), 24, "last Tuesday");
    CHECK(first_problem(text) ==
          "2:21 log.entries[0].startedDateTime: bad time \"last Tuesday\"; expected ISO 8601, "
          "e.g. \"2026-12-03T09:00:00.123Z\"");
  }
  SECTION("a bad URL") {
    std::string text = kOne;
    text.replace(text.find("http://a.example/"), 17, "http://a b/");
    CHECK(first_problem(text).find("log.entries[0].request.url: bad URL \"http://a b/\"") != std::string::npos);
  }
  SECTION("a body marked base64 that is not") {
    std::string text = kOne;
    text.replace(text.find("aGk="), 4, "a*k=");
    CHECK(first_problem(text).find("log.entries[0].response.content.text: the body is marked base64") !=
          std::string::npos);
  }
  SECTION("a string that is not UTF-8") {
    std::string text = kOne;
    text.replace(text.find("OK"), 2, "O\xC3");
    CHECK(first_problem(text).find("a string that is not UTF-8") != std::string::npos);
  }
  SECTION("the place in Korean is the same place") {
    const ReadResult r = read_har(R"({"log": {"version": "1.2"}})");
    CHECK(problem_line("x.har", r.problems[0], Lang::Ko) ==
          "x.har:1:9: log: \"entries\" 항목이 없습니다 (HAR 1.2의 필수 항목) (8번째 바이트)");
    CHECK(problem_line("x.har", r.problems[0], Lang::En) ==
          "x.har:1:9: log: \"entries\" is missing (HAR 1.2 requires it) (byte 8)");
  }
}

TEST_CASE("every truncation of a capture is refused with a place, never a crash") {
  const std::string text = kOne;
  for (std::size_t n = 1; n < text.size(); ++n) {
    const ReadResult r = read_har(std::string_view(text).substr(0, n));
    INFO("cut after " << n << " bytes");
    REQUIRE_FALSE(r.capture);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].where.offset <= n);
  }
  const ReadResult cut = read_har(text.substr(0, text.find("\"request\"") + 20));
  CHECK(cut.problems.at(0).what.en().starts_with("the file ends before this value is complete"));
  CHECK(cut.problems.at(0).where.path.starts_with("log.entries[0].request"));
}

TEST_CASE("a file over the limit is refused before it is read") {
  const std::string path = std::filesystem::temp_directory_path() / "cookielab-200mb.har";
  {
    std::ofstream out(path, std::ios::binary);
    out << kOne;
  }
  std::filesystem::resize_file(path, 200u << 20);  // sparse: costs no disk
  const ReadResult r = read_har_file(path);
  std::filesystem::remove(path);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].what.en().starts_with("the file is 200 MiB; CookieLab imports captures up to 128 MiB"));
  CHECK(read_har_file("/nonexistent.har").problems.at(0).what.en() == "cannot open the file");
}

TEST_CASE("the HAR catalogue is worded in both languages, with its arguments") {
  CHECK(catalogue_problems(har_catalogue()).empty());
}

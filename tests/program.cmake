# Tests of the cookielab program as a user runs it.
set(cookielab $<TARGET_FILE:cookielab>)

# Every lesson passes its own expectations (cookielab check), one ctest each.
file(GLOB lessons CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/scenarios/*.toml)
foreach(lesson ${lessons})
  get_filename_component(name ${lesson} NAME_WE)
  add_test(NAME "lesson: ${name}" COMMAND ${cookielab} check ${lesson})
endforeach()
add_test(NAME "lesson: built-in" COMMAND ${cookielab} check -)
# The same in Korean: the learner's browser asks for Korean (Accept-Language), the sites
# answer in Korean, and every expectation still holds (page_contains = { en, ko }).
foreach(lesson ${lessons})
  get_filename_component(name ${lesson} NAME_WE)
  add_test(NAME "lesson: ${name} (ko)" COMMAND ${cookielab} check --lang ko ${lesson})
endforeach()
add_test(NAME "lesson: built-in (ko)" COMMAND ${cookielab} check --lang ko -)

# The golden transcripts (tests/golden/): every lesson and the built-in one, in the three
# formats and both languages, byte for byte. A change meant to change them is blessed
# with scripts/bless.sh, and review sees the diff.
foreach(lesson ${lessons})
  get_filename_component(name ${lesson} NAME_WE)
  add_test(NAME "golden: ${name}" COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/golden.sh compare ${cookielab} ${PROJECT_SOURCE_DIR} ${name})
endforeach()
add_test(NAME "golden: built-in" COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/golden.sh compare ${cookielab} ${PROJECT_SOURCE_DIR} builtin)

# Same scenario, same bytes: two processes, every output format.
foreach(format text jsonl markdown har mermaid)
  add_test(NAME "cli: run is deterministic (${format})"
           COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/same_twice.sh ${cookielab} run - --format ${format})
endforeach()
add_test(NAME "cli: run is deterministic (ko)"
         COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/same_twice.sh ${cookielab} run - --lang ko)
foreach(format jsonl markdown)
  add_test(NAME "cli: run is deterministic (ko, ${format})"
           COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/same_twice.sh ${cookielab} run - --lang ko --format ${format})
endforeach()

# A broken file is reported with file:line:column and a non-zero exit, never a crash.
add_test(NAME "cli: check reports a broken file"
         COMMAND ${cookielab} check ${PROJECT_SOURCE_DIR}/tests/data/broken.toml)
set_tests_properties("cli: check reports a broken file" PROPERTIES
  WILL_FAIL FALSE PASS_REGULAR_EXPRESSION "broken.toml:[0-9]+:[0-9]+: ")
# The same in Korean, for teachers who write lessons in it: the mistake and the failed
# expectation are told in Korean, at the same place.
add_test(NAME "cli: check --lang ko reports a broken file in Korean"
         COMMAND ${cookielab} check --lang ko ${PROJECT_SOURCE_DIR}/tests/data/broken.toml)
set_tests_properties("cli: check --lang ko reports a broken file in Korean" PROPERTIES
  PASS_REGULAR_EXPRESSION "broken.toml:12:10: 단계 1: action: 알 수 없는 동작 \"teleport\"")
add_test(NAME "cli: check --lang ko says which step failed, in Korean"
         COMMAND ${cookielab} check --lang ko ${PROJECT_SOURCE_DIR}/tests/data/wrong_expectation.toml)
set_tests_properties("cli: check --lang ko says which step failed, in Korean" PROPERTIES
  PASS_REGULAR_EXPRESSION "wrong_expectation.toml:11: 단계 1 \\(visit\\): status: 기대: 상태 코드 404, 실제: 200")
add_test(NAME "cli: a failing expectation fails check"
         COMMAND ${cookielab} check ${PROJECT_SOURCE_DIR}/tests/data/wrong_expectation.toml)
set_tests_properties("cli: a failing expectation fails check" PROPERTIES WILL_FAIL TRUE)

# The benchmarks run (their figures are the README's, not a test's): a small world
# answers every request, keeps every exchange, and times its jumps twice.
add_test(NAME "bench: a small world runs" COMMAND ${cookielab} bench world --browsers 20 --exchanges 300)
set_tests_properties("bench: a small world runs" PROPERTIES PASS_REGULAR_EXPRESSION
  "\"exchanges\":300,\"timeline_steps\":300,\"error_responses\":0,\"sessions\":20,.*\"jump_worst_repeat_ms\":[0-9.]+")
set_tests_properties("bench: a small world runs" PROPERTIES LABELS "core;bench")

cookielab_label("core;program")

file(GLOB program_extras CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/program_*.cmake)
foreach(extra ${program_extras})
  include(${extra})
endforeach()

# A --db file SQLite cannot open is told, with a failed exit, not an abort (it was
# "terminate called after throwing" and exit 134 until 2026-12-01).
add_test(NAME "cli: run --db with a file that cannot be opened fails cleanly"
         COMMAND sh -c "\"$0\" run - --db /nonexistent-dir/x.db; echo exit=$?" ${cookielab})
set_tests_properties("cli: run --db with a file that cannot be opened fails cleanly" PROPERTIES
  PASS_REGULAR_EXPRESSION "cookielab: cannot open session database /nonexistent-dir/x.db[^\n]*\n.*exit=1")

# cookielab import: a capture becomes a transcript or (-o) a scenario that check accepts;
# a broken capture is told with line:column, the JSON path and the byte, exit 1.
add_test(NAME "import: a capture prints its exchanges with the differences said"
         COMMAND ${cookielab} import ${PROJECT_SOURCE_DIR}/tests/data/har/login.har)
set_tests_properties("import: a capture prints its exchanges with the differences said" PROPERTIES
  PASS_REGULAR_EXPRESSION "theme: sent by the browser, but no Set-Cookie in the capture sets it")
add_test(NAME "import: a truncated capture is told where"
         COMMAND ${cookielab} import ${PROJECT_SOURCE_DIR}/tests/data/har/truncated.har)
set_tests_properties("import: a truncated capture is told where" PROPERTIES
  PASS_REGULAR_EXPRESSION "truncated.har:3:[0-9]+: log.entries\\[0\\].request.headers\\[0\\].value: the file ends before")
add_test(NAME "import: JSON that is not HAR is told so, in Korean"
         COMMAND ${cookielab} import --lang ko ${PROJECT_SOURCE_DIR}/tests/data/har/not-har.json)
set_tests_properties("import: JSON that is not HAR is told so, in Korean" PROPERTIES
  PASS_REGULAR_EXPRESSION "not-har.json:1:1: .*HAR 캡처가 아닙니다")
add_test(NAME "import: -o writes a scenario check accepts"
         COMMAND sh -c "'${cookielab}' import '${PROJECT_SOURCE_DIR}/tests/data/har/login.har' -o '${CMAKE_CURRENT_BINARY_DIR}/imported-login.toml' && '${cookielab}' check '${CMAKE_CURRENT_BINARY_DIR}/imported-login.toml'")
set_tests_properties("import: -o writes a scenario check accepts" PROPERTIES
  PASS_REGULAR_EXPRESSION "imported-login.toml: ok")
add_test(NAME "bench: a small capture imports" COMMAND ${cookielab} bench har --mb 2)
set_tests_properties("bench: a small capture imports" PROPERTIES PASS_REGULAR_EXPRESSION "\"steps\":[1-9]" LABELS "core;bench")

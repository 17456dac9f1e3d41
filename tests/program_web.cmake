# The page (scripts/web.sh builds it into build-web/site/) in a real headless Chromium
# (tests/web/web_page.py, driven through the DevTools protocol as the referees are). Only
# when the web build is configured: scripts/test.sh builds it before this build, so CI
# runs these. Label web; each skips (exit 77) when Chromium or python3-websocket is missing.
set(web_site ${PROJECT_SOURCE_DIR}/build-web/site)
if(NOT EXISTS ${PROJECT_SOURCE_DIR}/build-web/CMakeCache.txt OR COOKIELAB_SANITIZE OR NOT TARGET png_check)
  return()
endif()
find_program(COOKIELAB_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
set(web_out ${CMAKE_CURRENT_BINARY_DIR}/web)
set(web_py ${COOKIELAB_SYSTEM_PYTHON} ${PROJECT_SOURCE_DIR}/tests/web/web_page.py ${web_site} ${web_out})
set(web_tests)
macro(web_test name)
  add_test(NAME "${name}" COMMAND ${ARGN})
  list(APPEND web_tests "${name}")
endmacro()
web_test("web: the page starts at once, prepares the lesson, steps with keys, screenshots in both languages differ"
         ${web_py} shots $<TARGET_FILE:png_check>)
web_test("web: every lesson's transcript in the page equals cookielab run's"
         ${web_py} transcripts ${cookielab} ${PROJECT_SOURCE_DIR}/scenarios)
web_test("web: a broken scenario opened in the page shows its errors"
         ${web_py} broken ${PROJECT_SOURCE_DIR}/tests/data/broken.toml)
web_test("web: links open a lesson at a step, a shared lesson from the fragment, the settings outlive a reload"
         ${web_py} link)
web_test("web: on a touch screen a tap on Next steps, at devicePixelRatio 2 the canvas has twice the pixels"
         ${web_py} touch $<TARGET_FILE:png_check>)
foreach(t IN LISTS web_tests)
  # Chromium with SwiftShader takes both cores while it draws: one at a time.
  set_tests_properties("${t}" PROPERTIES LABELS web SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE
                       FAIL_REGULAR_EXPRESSION "FAIL:")
endforeach()

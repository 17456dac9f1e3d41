# The HAR export opened by Chromium's own DevTools HAR importer (tests/referee/devtools_har_import.py),
# every lesson; skipped (exit 77) without chromium or python3-websocket. Plain build only,
# as the other Chromium referees.
find_program(COOKIELAB_HAR_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(COOKIELAB_HAR_PYTHON AND NOT COOKIELAB_SANITIZE)
  add_test(NAME "har: Chromium's DevTools reads every lesson's HAR export as it was exchanged"
           COMMAND ${COOKIELAB_HAR_PYTHON} ${PROJECT_SOURCE_DIR}/tests/referee/devtools_har_import.py ${cookielab})
  set_tests_properties("har: Chromium's DevTools reads every lesson's HAR export as it was exchanged" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
  cookielab_label(referee)
endif()

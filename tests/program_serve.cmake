# cookielab serve against real clients (tests/referee/). Each test skips (exit 77)
# when its client is not installed.
find_package(Python3 COMPONENTS Interpreter)
# python3-websocket is a Debian package: prefer the system interpreter that has it
# over another python3 earlier on PATH.
find_program(COOKIELAB_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(COOKIELAB_SYSTEM_PYTHON)
  set(referee_python ${COOKIELAB_SYSTEM_PYTHON})
elseif(Python3_FOUND)
  set(referee_python ${Python3_EXECUTABLE})
endif()
if(referee_python)
  add_test(NAME "serve: curl's jar equals the simulated jar (login lesson)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/curl_login.py
                   ${cookielab} ${PROJECT_SOURCE_DIR}/tests/referee/login_curl.toml)
  set_tests_properties("serve: curl's jar equals the simulated jar (login lesson)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 60)
  cookielab_label(referee)
endif()
# The Chromium referees compare behaviour, not memory safety: they run in the plain
# build only, which keeps CI inside its time (the sanitized build runs the rest).
if(referee_python AND NOT COOKIELAB_SANITIZE)
  # About 40 s on 2 cores: 187 Set-Cookie lines, 5 page loads each.
  add_test(NAME "serve: Chromium agrees with the engine (Set-Cookie corpus)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/chromium_referee.py ${cookielab})
  set_tests_properties("serve: Chromium agrees with the engine (Set-Cookie corpus)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
  cookielab_label(referee)
endif()
if(referee_python AND NOT COOKIELAB_SANITIZE)
  # About 10 s: Chromium logs in to lesson 4; the test builds a HAR from the DevTools
  # protocol's Network events, as DevTools' exporter does, and imports it.
  add_test(NAME "import: a HAR capture Chromium made of a login imports (referee)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/chromium_har.py ${cookielab})
  set_tests_properties("import: a HAR capture Chromium made of a login imports (referee)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 120 RUN_SERIAL TRUE)
  cookielab_label(referee)
endif()
add_test(NAME "lesson: login-curl" COMMAND ${cookielab} check ${PROJECT_SOURCE_DIR}/tests/referee/login_curl.toml)
cookielab_label("core;program")
if(referee_python AND NOT COOKIELAB_SANITIZE)
  # About 25 s: every lesson up to its first step a real browser cannot take.
  add_test(NAME "serve: Chromium agrees with the simulation (lessons)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/chromium_lessons.py ${cookielab})
  set_tests_properties("serve: Chromium agrees with the simulation (lessons)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
  cookielab_label(referee)
endif()

# `cookielab FILE --serve`: the window serves the lesson while it is open (on the
# display there is, or on a fresh Xvfb, as the screenshot tests). curl logs in, a raw
# socket sends a malformed request and one cut off halfway; each is a timeline step,
# the window writes its screenshot once the 5 have arrived, and png_check proves it
# is a real rendering that differs from the lesson's first step.
if(TARGET cookielab_app AND TARGET png_check AND referee_python)
  set(window_serve_run sh -c "[ -n \"$DISPLAY\" ] && exec \"$@\" || exec xvfb-run -a -s '-screen 0 1920x1080x24' \"$@\"" gui)
  set(window_serve_png ${CMAKE_CURRENT_BINARY_DIR}/screenshots/serve-live-en.png)
  add_test(NAME "serve: the window shows real exchanges live (--serve, screenshot)"
           COMMAND ${window_serve_run} ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/window_serve.py screenshot
                   ${cookielab} ${PROJECT_SOURCE_DIR}/scenarios/04-sessions.toml ${window_serve_png})
  add_test(NAME "serve: the live screenshot is a real rendering"
           COMMAND png_check 1280x720 ${CMAKE_CURRENT_BINARY_DIR}/screenshots/step1-en.png ${window_serve_png})
  add_test(NAME "serve: Ctrl+C closes the serving window cleanly (--db consistent)"
           COMMAND ${window_serve_run} ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/window_serve.py interrupt
                   ${cookielab} ${PROJECT_SOURCE_DIR}/scenarios/04-sessions.toml)
  set_tests_properties("serve: the window shows real exchanges live (--serve, screenshot)"
                       "serve: Ctrl+C closes the serving window cleanly (--db consistent)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 90)
  set_tests_properties("serve: the window shows real exchanges live (--serve, screenshot)" PROPERTIES
    FIXTURES_SETUP serve_live_screenshot)
  set_tests_properties("serve: the live screenshot is a real rendering" PROPERTIES
    FIXTURES_REQUIRED "serve_live_screenshot;gui_screenshots")
  cookielab_label("gui;referee")
endif()

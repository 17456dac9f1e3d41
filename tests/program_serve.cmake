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
endif()
# The Chromium referees compare behaviour, not memory safety: they run in the plain
# build only, which keeps CI inside its time (the sanitized build runs the rest).
if(referee_python AND NOT COOKIELAB_SANITIZE)
  # About 40 s on 2 cores: 187 Set-Cookie lines, 5 page loads each.
  add_test(NAME "serve: Chromium agrees with the engine (Set-Cookie corpus)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/chromium_referee.py ${cookielab})
  set_tests_properties("serve: Chromium agrees with the engine (Set-Cookie corpus)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
endif()
add_test(NAME "lesson: login-curl" COMMAND ${cookielab} check ${PROJECT_SOURCE_DIR}/tests/referee/login_curl.toml)
if(referee_python AND NOT COOKIELAB_SANITIZE)
  # About 25 s: every lesson up to its first step a real browser cannot take.
  add_test(NAME "serve: Chromium agrees with the simulation (lessons)"
           COMMAND ${referee_python} ${PROJECT_SOURCE_DIR}/tests/referee/chromium_lessons.py ${cookielab})
  set_tests_properties("serve: Chromium agrees with the simulation (lessons)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
endif()

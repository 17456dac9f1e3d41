# cookielab serve against real clients (tests/referee/). Each skips (exit 77) when
# its client is not installed.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME "serve: curl's jar equals the simulated jar (login lesson)"
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/referee/curl_login.py
                   ${cookielab} ${PROJECT_SOURCE_DIR}/tests/referee/login_curl.toml)
  set_tests_properties("serve: curl's jar equals the simulated jar (login lesson)" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 60)
endif()
add_test(NAME "lesson: login-curl" COMMAND ${cookielab} check ${PROJECT_SOURCE_DIR}/tests/referee/login_curl.toml)

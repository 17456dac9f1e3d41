# The window's command line (src/cli/window_args.cpp): every bad argument is refused
# with a one-line reason, then the usage, and exit status 2; `-` is the built-in
# lesson, as in run and check. The exit status is printed after the output so one
# regular expression checks both. (CMake's `.` matches a newline too: `.*` is what
# `(.|\n)*` was, without its backtracking, which took minutes once the usage grew.)
if(NOT TARGET cookielab_app)
  return()
endif()

set(args_exit sh -c "\"$@\"\; echo \"exit $?\"" args)
# name, the line expected on stderr (a regular expression), the arguments
function(cookielab_bad_args name reason)
  add_test(NAME "cli: window refuses ${name}" COMMAND ${args_exit} $<TARGET_FILE:cookielab> ${ARGN})
  set_tests_properties("cli: window refuses ${name}" PROPERTIES
    PASS_REGULAR_EXPRESSION "^cookielab: ${reason}\n\nCookieLab: .*usage:.*\nexit 2\n$")
endfunction()

cookielab_bad_args("an unknown language" "--lang wants en or ko, not \"xx\"" --lang xx)
cookielab_bad_args("a language left out" "--lang needs en or ko" --lang)
cookielab_bad_args("an unknown option" "unknown option --frobnicate" --frobnicate)
cookielab_bad_args("a bad size" "--size wants WxH, e.g. 1920x1080, not \"big\"" --size big)
cookielab_bad_args("a size left out" "--size needs WxH, e.g. 1280x720" --screenshot out.png --size)
cookielab_bad_args("a step that is no number" "--step wants a step number \\(0 is before the first step\\), not \"two\"" --step two)
cookielab_bad_args("a negative step" "--step wants a step number \\(0 is before the first step\\), not \"-1\"" --step -1)
cookielab_bad_args("a bad port" "--port wants a port number \\(0 to 65535\\), not \"99999\"" --serve --port 99999)
cookielab_bad_args("an unknown panel" "--panel wants a panel name \\(playground, lessons, glossary, export, file-menu, what-if, experiments, sequence\\), not \"jar\"" --panel jar)
cookielab_bad_args("a what-if without its step" "--what-if \"cookie:sessionid:httponly=false\": a what-if starts with the step it forks at, e.g. 9:cookie:sessionid:httponly=false" --what-if cookie:sessionid:httponly=false)
cookielab_bad_args("an experiment without a prediction" "--experiment wants N:parts or N:same \\(an experiment from 1 and a prediction\\), not \"2\"" --experiment 2)
cookielab_bad_args("two lessons" "one lesson at a time: \"b.toml\" comes after another FILE" a.toml b.toml)

# `-` opens the built-in lesson in the window too (a screenshot shows it opened).
set(args_gui sh -c "[ -n \"$DISPLAY\" ] && exec \"$@\" || exec xvfb-run -a -s '-screen 0 1920x1080x24' \"$@\"" gui)
set(args_out ${CMAKE_CURRENT_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${args_out})
add_test(NAME "cli: the window opens - as the built-in lesson"
         COMMAND ${args_gui} $<TARGET_FILE:cookielab> - --screenshot ${args_out}/dash-en.png --step 2 --size 1280x720)
set_tests_properties("cli: the window opens - as the built-in lesson" PROPERTIES TIMEOUT 60)

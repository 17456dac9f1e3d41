# Screenshot tests of the window (owned with src/app). Each renders the window at a
# step, a size and a language into a PNG; png_check then proves the images are real
# renderings: right size, not blank, different from step to step and language to
# language. Xvfb is started when there is no display.
if(NOT TARGET cookielab_app)
  return()
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
add_executable(png_check ${CMAKE_CURRENT_LIST_DIR}/app/png_check/png_check.cpp)
target_link_libraries(png_check PRIVATE PkgConfig::STB)

set(gui_out ${CMAKE_CURRENT_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${gui_out})
# Runs the command on the display there is, or on a fresh Xvfb server.
# (No ';' in the script: CMake would split the argument there.)
set(gui_run sh -c "[ -n \"$DISPLAY\" ] && exec \"$@\" || exec xvfb-run -a -s '-screen 0 1920x1080x24' \"$@\"" gui)

# name, step, language, size, extra arguments
function(cookielab_screenshot name step lang size)
  add_test(NAME "gui: screenshot ${name}"
           COMMAND ${gui_run} $<TARGET_FILE:cookielab> ${ARGN} --screenshot ${gui_out}/${name}.png
                   --step ${step} --lang ${lang} --size ${size})
  set_tests_properties("gui: screenshot ${name}" PROPERTIES FIXTURES_SETUP gui_screenshots TIMEOUT 60)
endfunction()

cookielab_screenshot(step1-en 1 en 1280x720)
cookielab_screenshot(step3-en 3 en 1280x720)
cookielab_screenshot(step5-en 5 en 1280x720)
cookielab_screenshot(step5-ko 5 ko 1280x720)
cookielab_screenshot(step0-en 0 en 1280x720)
cookielab_screenshot(full-step4-en 4 en 1920x1080)
cookielab_screenshot(full-step4-ko 4 ko 1920x1080)
cookielab_screenshot(lesson2-step2-en 2 en 1280x720 ${PROJECT_SOURCE_DIR}/scenarios/02-a-cookie.toml)
# A broken file: the window still opens (on the built-in lesson) with the errors shown.
cookielab_screenshot(broken-en 1 en 1280x720 ${PROJECT_SOURCE_DIR}/tests/data/broken.toml)

add_test(NAME "gui: screenshots differ step to step"
         COMMAND png_check 1280x720 ${gui_out}/step0-en.png ${gui_out}/step1-en.png ${gui_out}/step3-en.png
                 ${gui_out}/step5-en.png ${gui_out}/step5-ko.png ${gui_out}/lesson2-step2-en.png)
add_test(NAME "gui: screenshots at 1920x1080 differ by language"
         COMMAND png_check 1920x1080 ${gui_out}/full-step4-en.png ${gui_out}/full-step4-ko.png)
add_test(NAME "gui: a broken file shows its errors over the lesson"
         COMMAND png_check 1280x720 ${gui_out}/step1-en.png ${gui_out}/broken-en.png)
set_tests_properties("gui: screenshots differ step to step" "gui: screenshots at 1920x1080 differ by language"
                     "gui: a broken file shows its errors over the lesson"
                     PROPERTIES FIXTURES_REQUIRED gui_screenshots)

# The benchmark runs and prints its timings (the targets are checked by eye: a
# loaded CI machine must not fail the build).
add_test(NAME "gui: bench frames" COMMAND ${gui_run} $<TARGET_FILE:cookielab> --bench-frames 20)
set_tests_properties("gui: bench frames" PROPERTIES TIMEOUT 300
                     PASS_REGULAR_EXPRESSION "CPU time per frame \\(main thread\\): mean [0-9.]+ ms")

# The cookie playground window (--panel playground) over step 3, both languages and sizes.
cookielab_screenshot(playground-en 3 en 1280x720 --panel playground)
cookielab_screenshot(playground-ko 3 ko 1280x720 --panel playground)
cookielab_screenshot(full-playground-en 3 en 1920x1080 --panel playground)
cookielab_screenshot(full-playground-ko 3 ko 1920x1080 --panel playground)
add_test(NAME "gui: the playground opens over the lesson, in each language"
         COMMAND png_check 1280x720 ${gui_out}/step3-en.png ${gui_out}/playground-en.png ${gui_out}/playground-ko.png)
add_test(NAME "gui: the playground at 1920x1080 differs by language"
         COMMAND png_check 1920x1080 ${gui_out}/full-playground-en.png ${gui_out}/full-playground-ko.png)
set_tests_properties("gui: the playground opens over the lesson, in each language"
                     "gui: the playground at 1920x1080 differs by language"
                     PROPERTIES FIXTURES_REQUIRED gui_screenshots)

# What if (--what-if SPEC, --panel what-if|experiments): the lesson forked at a step and
# the window open on the comparison, the editor, the experiments; both languages and sizes.
set(whatif_lesson ${PROJECT_SOURCE_DIR}/scenarios/09b-httponly-and-secure.toml)
cookielab_screenshot(what-if-en 4 en 1280x720 ${whatif_lesson} --what-if 3:cookie:sessionid:httponly=false)
cookielab_screenshot(what-if-ko 4 ko 1280x720 ${whatif_lesson} --what-if 3:cookie:sessionid:httponly=false)
cookielab_screenshot(what-if-plain-en 4 en 1280x720 ${whatif_lesson})
cookielab_screenshot(what-if-form-en 4 en 1280x720 ${whatif_lesson} --panel what-if)
cookielab_screenshot(full-what-if-en 6 en 1920x1080 ${whatif_lesson} --what-if 3:cookie:sessionid:httponly=false
                     --theme high-contrast)
cookielab_screenshot(full-what-if-ko 6 ko 1920x1080 ${whatif_lesson} --what-if 3:cookie:sessionid:httponly=false
                     --theme high-contrast)
add_test(NAME "gui: what if opens over the lesson: the comparison, the editor, each language"
         COMMAND png_check 1280x720 ${gui_out}/what-if-plain-en.png ${gui_out}/what-if-en.png ${gui_out}/what-if-ko.png
                 ${gui_out}/what-if-form-en.png)
# An experiment predicted and run (--experiment N:parts|same): its answer in the window.
cookielab_screenshot(what-if-experiment-en 10 en 1280x720 ${PROJECT_SOURCE_DIR}/scenarios/09a-hijacking-and-fixation.toml
                     --experiment 2:same)
cookielab_screenshot(what-if-experiments-en 10 en 1280x720 ${PROJECT_SOURCE_DIR}/scenarios/09a-hijacking-and-fixation.toml
                     --panel experiments)
add_test(NAME "gui: an experiment run shows its answer"
         COMMAND png_check 1280x720 ${gui_out}/what-if-experiments-en.png ${gui_out}/what-if-experiment-en.png)
set_tests_properties("gui: an experiment run shows its answer" PROPERTIES FIXTURES_REQUIRED gui_screenshots)
add_test(NAME "gui: what if at 1920x1080 differs by language"
         COMMAND png_check 1920x1080 ${gui_out}/full-what-if-en.png ${gui_out}/full-what-if-ko.png)
set_tests_properties("gui: what if opens over the lesson: the comparison, the editor, each language"
                     "gui: what if at 1920x1080 differs by language" PROPERTIES FIXTURES_REQUIRED gui_screenshots)
# The sequence with a branch shown (--panel sequence: the What if window closed): the
# branch's arrows beside the original's, where the runs part marked; a click on a branch
# arrow shows that step of the branch in the inspector. Each against the one-lane view.
set(whatif_branch --what-if 3:cookie:sessionid:httponly=false --panel sequence)
cookielab_screenshot(sequence-plain-en 5 en 1280x720 ${whatif_lesson})
cookielab_screenshot(sequence-branch-en 5 en 1280x720 ${whatif_lesson} ${whatif_branch})
cookielab_screenshot(sequence-plain-ko 5 ko 1280x720 ${whatif_lesson})
cookielab_screenshot(sequence-branch-ko 5 ko 1280x720 ${whatif_lesson} ${whatif_branch})
cookielab_screenshot(mid-sequence-branch-ko 9 ko 1366x768 ${whatif_lesson} ${whatif_branch})
cookielab_screenshot(mid-sequence-branch-en 9 en 1366x768 ${whatif_lesson} ${whatif_branch})
cookielab_screenshot(mid-sequence-branch-click-en 9 en 1366x768 ${whatif_lesson} ${whatif_branch} --hover 600,330
                     --screenshot-action click)
cookielab_screenshot(full-sequence-branch-en 9 en 1920x1080 ${whatif_lesson} ${whatif_branch} --theme high-contrast)
cookielab_screenshot(full-sequence-branch-ko 9 ko 1920x1080 ${whatif_lesson} ${whatif_branch} --theme high-contrast)
add_test(NAME "gui: the sequence draws a shown branch beside the original, in each language"
         COMMAND png_check 1280x720 ${gui_out}/sequence-plain-en.png ${gui_out}/sequence-branch-en.png
                 ${gui_out}/sequence-plain-ko.png ${gui_out}/sequence-branch-ko.png)
add_test(NAME "gui: a click on a branch arrow shows that step of the branch"
         COMMAND png_check 1366x768 ${gui_out}/mid-sequence-branch-ko.png ${gui_out}/mid-sequence-branch-en.png
                 ${gui_out}/mid-sequence-branch-click-en.png)
add_test(NAME "gui: the sequence's two runs at 1920x1080 differ by language"
         COMMAND png_check 1920x1080 ${gui_out}/full-sequence-branch-en.png ${gui_out}/full-sequence-branch-ko.png)
set_tests_properties("gui: the sequence draws a shown branch beside the original, in each language"
                     "gui: a click on a branch arrow shows that step of the branch"
                     "gui: the sequence's two runs at 1920x1080 differ by language"
                     PROPERTIES FIXTURES_REQUIRED gui_screenshots)
# A change the lesson cannot take is told, and no window opens.
add_test(NAME "gui: what if refuses a cookie the jar does not hold"
         COMMAND ${gui_run} $<TARGET_FILE:cookielab> ${whatif_lesson} --what-if 3:cookie:nosuch:httponly=false
                 --screenshot ${gui_out}/what-if-refused.png)
set_tests_properties("gui: what if refuses a cookie the jar does not hold" PROPERTIES
                     PASS_REGULAR_EXPRESSION "cookielab: --what-if: .*nosuch")

cookielab_label(gui)

# The learner's own path as the window shows it (src/app/panels/own_path.cpp): a
# click at a step (--screenshot-action close) puts the strip "Your own path, from
# step N [Undo] [Back to the lesson]" above the controls, in both languages and
# sizes; png_check proves each is a real rendering that differs from the lesson's.
if(NOT TARGET cookielab_app)
  return()
endif()

set(own_gui sh -c "[ -n \"$DISPLAY\" ] && exec \"$@\" || exec xvfb-run -a -s '-screen 0 1920x1080x24' \"$@\"" gui)
set(own_out ${CMAKE_CURRENT_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${own_out})
# name, language, size, extra arguments
function(cookielab_own_path_shot name lang size)
  add_test(NAME "gui: own path ${name}"
           COMMAND ${own_gui} $<TARGET_FILE:cookielab> --step 9 --lang ${lang} --size ${size} ${ARGN}
                   --screenshot ${own_out}/own-path-${name}.png)
  set_tests_properties("gui: own path ${name}" PROPERTIES FIXTURES_SETUP own_path_screenshots TIMEOUT 60)
endfunction()
cookielab_own_path_shot(lesson-en en 1280x720)
cookielab_own_path_shot(en en 1280x720 --screenshot-action close)
cookielab_own_path_shot(ko ko 1280x720 --screenshot-action close)
cookielab_own_path_shot(full-en en 1920x1080 --screenshot-action close)
cookielab_own_path_shot(full-ko ko 1920x1080 --screenshot-action close)
add_test(NAME "gui: a click at a step shows the own path, in each language"
         COMMAND png_check 1280x720 ${own_out}/own-path-lesson-en.png ${own_out}/own-path-en.png ${own_out}/own-path-ko.png)
add_test(NAME "gui: the own path at 1920x1080 differs by language"
         COMMAND png_check 1920x1080 ${own_out}/own-path-full-en.png ${own_out}/own-path-full-ko.png)
set_tests_properties("gui: a click at a step shows the own path, in each language"
                     "gui: the own path at 1920x1080 differs by language"
                     PROPERTIES FIXTURES_REQUIRED own_path_screenshots)

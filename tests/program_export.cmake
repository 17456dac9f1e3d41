# File > Export... in the window (src/app/panels/export_dialog.cpp): the menu with its
# Export item and the dialog, in both languages and sizes (png_check: real renderings that
# differ by language), and the PNG of the sequence view the dialog writes, taken by the
# same code through --screenshot-action export-sequence (a part of the window's size).
if(NOT TARGET cookielab_app)
  return()
endif()
set(export_gui sh -c "[ -n \"$DISPLAY\" ] && exec \"$@\" || exec xvfb-run -a -s '-screen 0 1920x1080x24' \"$@\"" gui)
set(export_out ${CMAKE_CURRENT_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${export_out})
# name, language, size, extra arguments
function(cookielab_export_shot name lang size)
  add_test(NAME "gui: export ${name}"
           COMMAND ${export_gui} $<TARGET_FILE:cookielab> --step 5 --lang ${lang} --size ${size} ${ARGN}
                   --screenshot ${export_out}/export-${name}.png)
  set_tests_properties("gui: export ${name}" PROPERTIES FIXTURES_SETUP export_screenshots TIMEOUT 60)
endfunction()
foreach(lang en ko)
  cookielab_export_shot(menu-${lang} ${lang} 1280x720 --panel file-menu)
  cookielab_export_shot(dialog-${lang} ${lang} 1280x720 --panel export)
  cookielab_export_shot(full-dialog-${lang} ${lang} 1920x1080 --panel export)
  cookielab_export_shot(sequence-${lang} ${lang} 1280x720 --screenshot-action export-sequence)
  cookielab_export_shot(full-sequence-${lang} ${lang} 1920x1080 --screenshot-action export-sequence)
endforeach()
add_test(NAME "gui: the File menu and the export dialog, in each language"
         COMMAND png_check 1280x720 ${export_out}/export-menu-en.png ${export_out}/export-menu-ko.png
                 ${export_out}/export-dialog-en.png ${export_out}/export-dialog-ko.png)
add_test(NAME "gui: the export dialog at 1920x1080 differs by language"
         COMMAND png_check 1920x1080 ${export_out}/export-full-dialog-en.png ${export_out}/export-full-dialog-ko.png)
find_program(export_python python3)
add_test(NAME "gui: the exported PNG of the sequence view is that panel, not the window"
         COMMAND ${export_python} ${PROJECT_SOURCE_DIR}/tests/scripts/png_inside.py 1280x720
                 ${export_out}/export-sequence-en.png ${export_out}/export-sequence-ko.png)
add_test(NAME "gui: the exported PNG of the sequence view at 1920x1080"
         COMMAND ${export_python} ${PROJECT_SOURCE_DIR}/tests/scripts/png_inside.py 1920x1080
                 ${export_out}/export-full-sequence-en.png ${export_out}/export-full-sequence-ko.png)
set_tests_properties("gui: the File menu and the export dialog, in each language"
                     "gui: the export dialog at 1920x1080 differs by language"
                     "gui: the exported PNG of the sequence view is that panel, not the window"
                     "gui: the exported PNG of the sequence view at 1920x1080"
                     PROPERTIES FIXTURES_REQUIRED export_screenshots)
cookielab_label(gui)

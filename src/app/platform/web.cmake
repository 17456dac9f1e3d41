# The page's window (included by src/app/CMakeLists.txt under emcmake): the same logic and
# drawing code as the desktop program, with platform/web_*.cpp, Dear ImGui built from
# Debian's source (cmake/web.cmake fetched it), GLFW and WebGL 2 from emscripten's own
# JavaScript libraries. Output: build-web/site/, a static folder for any web host.
set(site ${PROJECT_BINARY_DIR}/site)
file(GLOB app_logic_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/logic/*.cpp)
add_library(cl_app STATIC ${app_logic_sources} ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_fonts.cpp)
target_include_directories(cl_app PUBLIC ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(cl_app PUBLIC cookielab_core)

set(imgui ${WEB_IMGUI_DIR})
add_library(web_imgui STATIC ${imgui}/imgui.cpp ${imgui}/imgui_draw.cpp ${imgui}/imgui_tables.cpp
  ${imgui}/imgui_widgets.cpp ${imgui}/backends/imgui_impl_glfw.cpp ${imgui}/backends/imgui_impl_opengl3.cpp
  ${imgui}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(web_imgui SYSTEM PUBLIC ${imgui} ${imgui}/misc/cpp)
# WebGL 2 is OpenGL ES 3.0: the backend's ES 3 path ("#version 300 es" shaders).
target_compile_definitions(web_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_compile_options(web_imgui PRIVATE -w)

file(GLOB app_window_sources CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/panels/*.cpp)
add_library(cookielab_app STATIC ${app_window_sources} ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_window.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_stb.cpp ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_page.cpp)
target_include_directories(cookielab_app PRIVATE ${PROJECT_BINARY_DIR}/web-headers/stb)
target_link_libraries(cookielab_app PUBLIC cl_app web_imgui)

# The page's data: every lesson and the cut fonts, preloaded into the file system at
# /scenarios and /fonts (lesson_list.cpp finds ./scenarios from the root folder).
find_program(DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)  # with python3-fonttools
file(GLOB lesson_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/scenarios/*.toml)
file(GLOB_RECURSE text_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h)
set(fonts_dir ${PROJECT_BINARY_DIR}/fonts)
add_custom_command(OUTPUT ${fonts_dir}/sans.ttf ${fonts_dir}/mono.ttf ${fonts_dir}/korean.ttf ${fonts_dir}/korean-mono.ttf
  COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/web_fonts.py ${fonts_dir} ${PROJECT_SOURCE_DIR} 2>/dev/null
  DEPENDS ${PROJECT_SOURCE_DIR}/cmake/web_fonts.py ${lesson_files} ${text_sources}
  COMMENT "Cutting the page's fonts to the characters the lessons and the interface use")
add_custom_target(web_fonts DEPENDS ${fonts_dir}/korean.ttf)

add_executable(cookielab_web ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_main.cpp)
target_link_libraries(cookielab_web PRIVATE cookielab_app)
add_dependencies(cookielab_web web_fonts)
set_target_properties(cookielab_web PROPERTIES OUTPUT_NAME cookielab SUFFIX .js RUNTIME_OUTPUT_DIRECTORY ${site})
target_link_options(cookielab_web PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sENVIRONMENT=web -sEXIT_RUNTIME=0
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_cookielab_transcript,_cookielab_open_text,_cookielab_status,_cookielab_bench_steps
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,FS
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/scenarios@/scenarios"
  "SHELL:--preload-file ${fonts_dir}@/fonts" "SHELL:--exclude-file *.md")
# -DCOOKIELAB_WEB_DEBUG=ON: emscripten's run-time checks and function names in stack traces.
option(COOKIELAB_WEB_DEBUG "The page with emscripten's assertions and function names" OFF)
if(COOKIELAB_WEB_DEBUG)
  target_link_options(cookielab_web PRIVATE -sASSERTIONS=2 -sSTACK_OVERFLOW_CHECK=2 --profiling-funcs)
endif()
set_property(TARGET cookielab_web APPEND PROPERTY LINK_DEPENDS ${lesson_files} ${fonts_dir}/korean.ttf)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/platform/web_index.html ${site}/index.html COPYONLY)

# The hash worker (web_hash_worker.cpp): Django's PBKDF2 off the window's thread, with the
# same server code and mbedTLS; the page loads cookielab-hash.js as a Web Worker.
add_executable(cookielab_hash_worker ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_hash_worker.cpp)
target_include_directories(cookielab_hash_worker PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(cookielab_hash_worker PRIVATE cl_server)
set_target_properties(cookielab_hash_worker PROPERTIES OUTPUT_NAME cookielab-hash SUFFIX .js
  RUNTIME_OUTPUT_DIRECTORY ${site})
target_link_options(cookielab_hash_worker PRIVATE -sBUILD_AS_WORKER=1 -sENVIRONMENT=worker --no-entry
  -sALLOW_MEMORY_GROWTH=1 -sEXPORTED_FUNCTIONS=_cookielab_hash)
add_dependencies(cookielab_web cookielab_hash_worker)

# Tests of the source tree itself, not of what it builds.

# The layers: a core module includes only the modules CMakeLists.txt links it with, and no
# GUI library (tests/scripts/layers.py says why).
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME "source: every module includes only its own layers"
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/scripts/layers.py ${PROJECT_SOURCE_DIR})

# The C++ files read as .clang-format says (scripts/format.sh formats them; clang-format
# from Debian, installed by scripts/setup.sh).
find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT)
  add_test(NAME "source: the C++ files follow .clang-format"
           COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/format.sh --check)
else()
  message(WARNING "clang-format not found: the formatting test is left out (scripts/setup.sh installs it)")
endif()

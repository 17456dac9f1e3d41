# Tests of the source tree itself, not of what it builds.

# The layers: a core module includes only the modules CMakeLists.txt links it with, and no
# GUI library (tests/scripts/layers.py says why).
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME "source: every module includes only its own layers"
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/scripts/layers.py ${PROJECT_SOURCE_DIR})

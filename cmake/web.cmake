# The page's build (emcmake, preset `web`): the same targets the native build finds with
# pkg-config, made from Debian's source packages that scripts/web-deps.sh fetched into the
# build folder (deps/deps.cmake says where), compiled here by emcc behind ccache.
set(web_deps ${PROJECT_BINARY_DIR}/deps)
if(NOT EXISTS ${web_deps}/deps.cmake)
  message(FATAL_ERROR "run scripts/web.sh (it fetches the libraries' sources into ${web_deps} first)")
endif()
include(${web_deps}/deps.cmake)

# Header-only libraries from Debian's -dev packages: only their own folders on the include
# path, never /usr/include itself (its glibc headers are not emscripten's).
set(web_headers ${PROJECT_BINARY_DIR}/web-headers)
file(MAKE_DIRECTORY ${web_headers})
foreach(h toml++ httplib.h stb nlohmann)
  if(NOT EXISTS ${web_headers}/${h})
    file(CREATE_LINK /usr/include/${h} ${web_headers}/${h} SYMBOLIC)
  endif()
endforeach()
add_library(PkgConfig::TOMLPP INTERFACE IMPORTED)
target_include_directories(PkgConfig::TOMLPP INTERFACE ${web_headers})
add_library(PkgConfig::HTTPLIB INTERFACE IMPORTED)
target_include_directories(PkgConfig::HTTPLIB INTERFACE ${web_headers})
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json INTERFACE ${web_headers})

# SQLite: the amalgamation made from Debian's sqlite3 source. One thread, no extensions.
add_library(web_sqlite STATIC ${WEB_SQLITE_DIR}/sqlite3.c)
target_include_directories(web_sqlite SYSTEM PUBLIC ${WEB_SQLITE_DIR})
target_compile_definitions(web_sqlite PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_LOAD_EXTENSION SQLITE_DQS=0)
target_compile_options(web_sqlite PRIVATE -w)
add_library(SQLite::SQLite3 ALIAS web_sqlite)

# libidn2: built by scripts/web-deps.sh (its configure), linked here.
add_library(PkgConfig::IDN2 STATIC IMPORTED)
set_target_properties(PkgConfig::IDN2 PROPERTIES IMPORTED_LOCATION ${WEB_IDN2_DIR}/lib/libidn2.a
  INTERFACE_INCLUDE_DIRECTORIES ${WEB_IDN2_DIR}/include)

# libpsl with the list the publicsuffix package ships, compiled in as libpsl's build does
# (psl-make-dafsa turns the list into a DAFSA table; psl_builtin() reads it).
set(psl_list /usr/share/publicsuffix/public_suffix_list.dat)
set(psl_gen ${PROJECT_BINARY_DIR}/generated/psl)
file(MAKE_DIRECTORY ${psl_gen})
file(STRINGS ${WEB_PSL_DIR}/version.txt psl_version LIMIT_COUNT 1)
if(NOT psl_version)
  set(psl_version 0.21.2)
endif()
string(REPLACE "." ";" psl_parts ${psl_version})
list(GET psl_parts 0 LIBPSL_VERSION_MAJOR)
list(GET psl_parts 1 LIBPSL_VERSION_MINOR)
list(GET psl_parts 2 LIBPSL_VERSION_PATCH)
set(LIBPSL_VERSION ${psl_version})
math(EXPR LIBPSL_VERSION_NUMBER "(${LIBPSL_VERSION_MAJOR} << 16) | (${LIBPSL_VERSION_MINOR} << 8) | ${LIBPSL_VERSION_PATCH}"
  OUTPUT_FORMAT HEXADECIMAL)
configure_file(${WEB_PSL_DIR}/include/libpsl.h.in ${psl_gen}/libpsl.h @ONLY)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_custom_command(OUTPUT ${psl_gen}/suffixes_dafsa.h
  COMMAND Python3::Interpreter ${WEB_PSL_DIR}/src/psl-make-dafsa --output-format=cxx+ ${psl_list} ${psl_gen}/suffixes_dafsa.h
  DEPENDS ${psl_list} COMMENT "The public suffix list (publicsuffix package) as libpsl's built-in table")
add_library(web_psl STATIC ${WEB_PSL_DIR}/src/psl.c ${WEB_PSL_DIR}/src/lookup_string_in_fixed_set.c
  ${psl_gen}/suffixes_dafsa.h)
target_include_directories(web_psl SYSTEM PUBLIC ${psl_gen} PRIVATE ${WEB_PSL_DIR}/src)
target_compile_definitions(web_psl PRIVATE ENABLE_BUILTIN HAVE_STRINGS_H HAVE_ALLOCA_H
  PSL_DISTFILE="" PACKAGE_VERSION="${psl_version}")
target_compile_options(web_psl PRIVATE -w)
add_library(PkgConfig::PSL ALIAS web_psl)

# mbedTLS's cryptography (no TLS, no X.509): the digests behind server/crypto.h.
file(GLOB mbedtls_sources ${WEB_MBEDTLS_DIR}/library/*.c)
list(FILTER mbedtls_sources EXCLUDE REGEX "/(ssl_|x509|net_sockets|debug|certs|pkcs11|mps_)[^/]*\\.c$")
add_library(web_mbedcrypto STATIC ${mbedtls_sources})
target_include_directories(web_mbedcrypto SYSTEM PUBLIC ${WEB_MBEDTLS_DIR}/include PRIVATE ${WEB_MBEDTLS_DIR}/library)
target_compile_options(web_mbedcrypto PRIVATE -w)
set(COOKIELAB_CRYPTO web_mbedcrypto)
set(COOKIELAB_CRYPTO_SOURCE ${PROJECT_SOURCE_DIR}/src/server/crypto/mbedtls.cpp)

# Every C++ file of the page: toml++ reports a scenario's syntax errors by throwing, and the
# loader catches them, so exceptions are on (emscripten's JavaScript-based catching).
add_compile_options(-fexceptions)
add_link_options(-fexceptions)

# Called once the core's modules are defined: a page cannot listen on a port (and Debian's
# cpp-httplib is a native library), so serve/listener.cpp gives way to serve/web/listener.cpp,
# which refuses to bind and says why.
function(cookielab_web_after_modules)
  get_target_property(serve_sources cl_serve SOURCES)
  list(FILTER serve_sources EXCLUDE REGEX "/listener\\.cpp$")
  list(APPEND serve_sources ${PROJECT_SOURCE_DIR}/src/serve/web/listener.cpp)
  set_target_properties(cl_serve PROPERTIES SOURCES "${serve_sources}")
endfunction()

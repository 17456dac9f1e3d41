# The sequence diagrams parse with the mermaid npm package's parser (installed once into
# build/npm at test time; skipped, exit 77, where npm or its registry is missing).
# Labelled referee: an outside program judges our output, and it needs the network once.
if(NOT COOKIELAB_SANITIZE)
  add_test(NAME "mermaid: every lesson's sequence diagram parses"
           COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/mermaid_parse.sh ${cookielab} ${PROJECT_SOURCE_DIR}
                   ${PROJECT_BINARY_DIR}/npm)
  set_tests_properties("mermaid: every lesson's sequence diagram parses" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 400)
  cookielab_label(referee)
endif()

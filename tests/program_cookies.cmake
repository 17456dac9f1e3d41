# `cookielab cookies` as a script or a learner runs it: the README's examples, the
# sentences behind the reason ids (--explain, --lang ko), `why` and `jar`.
add_test(NAME "cookies: the README's examples are what the program prints"
         COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/readme_examples.sh ${cookielab} ${PROJECT_SOURCE_DIR}/README.md
                 "### The cookie playground: `cookielab cookies`")

set(cookies_input ${PROJECT_SOURCE_DIR}/tests/data/cookies_why_jar.txt)
# Without --explain the answers are one line each, as scripts read them.
add_test(NAME "cookies: one line per answer without --explain" COMMAND ${cookielab} cookies ${cookies_input})
set_tests_properties("cookies: one line per answer without --explain" PROPERTIES PASS_REGULAR_EXPRESSION
  "^ignored: public-suffix-domain \\(RFC 6265 5.3 step 5\\)\nstored: sid \\(host-only www.example.com, path /app, session, secure\\)\nstored: theme [^\n]*\nnot sent: sid \\(host-only www.example.com, path /app\\): secure-only \\(RFC 6265 5.4 step 1\\)\nsent: theme \\(domain example.com, path /\\)\njar: 2 cookies\n  sid=1; host-only=www.example.com; path=/app; expires=session; secure=yes; httponly=no; samesite=unspecified; created=2026-01-01T00:00:00Z\n  theme=dark; domain=example.com; path=/; expires=2026-01-01T01:00:00Z; secure=no; httponly=no; samesite=Lax; created=2026-01-01T00:00:00Z\n$")
# --lang ko: the sentence under each reason id, in Korean; the answer line stays English.
add_test(NAME "cookies: --lang ko explains each reason in Korean" COMMAND ${cookielab} cookies --lang ko ${cookies_input})
set_tests_properties("cookies: --lang ko explains each reason in Korean" PROPERTIES PASS_REGULAR_EXPRESSION
  "^ignored: public-suffix-domain \\(RFC 6265 5.3 step 5\\)\n  Domain 속성이 com이나 co.kr 같은 공개 접미사라서 어느 한 사이트의 것이 아닙니다.\nstored: sid [^\n]*\nstored: theme [^\n]*\nnot sent: sid [^\n]*: secure-only \\(RFC 6265 5.4 step 1\\)\n  Secure 쿠키는 https로만 전송됩니다.\nsent: theme")
add_test(NAME "cookies: a bad --lang is refused with the usage" COMMAND ${cookielab} cookies --lang xx ${cookies_input})
set_tests_properties("cookies: a bad --lang is refused with the usage" PROPERTIES WILL_FAIL TRUE)
add_test(NAME "cookies: a bad --lang says why" COMMAND ${cookielab} cookies --lang xx ${cookies_input})
set_tests_properties("cookies: a bad --lang says why" PROPERTIES PASS_REGULAR_EXPRESSION "--lang \"xx\" is not en or ko")

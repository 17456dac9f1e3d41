# `cookielab run --what-if SPEC`: the branch's transcript with where it parts, the jsonl
# marks, the errors of a bad SPEC (one line, exit 2), and experiments that fail check.
set(lesson9b ${PROJECT_SOURCE_DIR}/scenarios/09b-httponly-and-secure.toml)

# (The output is cut with head or grep: ctest's regular expressions over a whole
# transcript overflow its matcher's stack.)
add_test(NAME "whatif-cli: run --what-if says where the branch parts and why"
         COMMAND sh -c "\"$0\" run \"$1\" --what-if 3:cookie:sessionid:httponly=false | head -n 2" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: run --what-if says where the branch parts and why" PROPERTIES
  PASS_REGULAR_EXPRESSION "^What if, at step 3: sessionid in alice's jar: HttpOnly off\nThe runs part at step 3: sessionid: replaced [^\n]*RFC 6265 5.3 step 11[^\n]*\n$")
add_test(NAME "whatif-cli: the branch's transcript has the change as a step"
         COMMAND sh -c "\"$0\" run \"$1\" --what-if 3:cookie:sessionid:httponly=false | grep '^=== Step [34] of'" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: the branch's transcript has the change as a step" PROPERTIES
  PASS_REGULAR_EXPRESSION "^=== Step 3 of 14 [^\n]* alice · follow the redirect[^\n]*\n=== Step 4 of 14 [^\n]* alice · what if ===\n$")
add_test(NAME "whatif-cli: run --what-if in Korean"
         COMMAND sh -c "\"$0\" run \"$1\" --lang ko --what-if 3:cookie:sessionid:httponly=false | head -n 2" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: run --what-if in Korean" PROPERTIES
  PASS_REGULAR_EXPRESSION "^만약에, 3단계에서: alice의 쿠키 저장소에 있는 sessionid: HttpOnly 끔\n갈라지는 곳: 3단계: ")
# A Korean run's branch is Korean too: it parts where the English one does (step 2, the
# session cookie), not at the first page, and the words around the raw Set-Cookie line are Korean.
set(lesson06 ${PROJECT_SOURCE_DIR}/scenarios/06-django-sessions.toml)
add_test(NAME "whatif-cli: a Korean branch parts where the English one does, in Korean"
         COMMAND sh -c "\"$0\" run \"$1\" --lang ko --what-if 1:server:django:max-age=1h | head -n 2" ${cookielab} ${lesson06})
set_tests_properties("whatif-cli: a Korean branch parts where the English one does, in Korean" PROPERTIES
  PASS_REGULAR_EXPRESSION "^만약에, 1단계에서: django 서버: 세션 쿠키 Max-Age 1시간\n갈라지는 곳: 2단계: Set-Cookie sessionid: 쿠키 저장소에 저장했습니다 \\(호스트 전용 shop.example, 경로 /, 2026년 3월 2일 10:00:01\\(UTC\\)까지 유지, HttpOnly, SameSite=Lax\\)\\. 원래는: 쿠키 저장소에 저장했습니다 [^\n]*2026년 3월 16일[^\n]*\n$")
add_test(NAME "whatif-cli: a step that sent nothing parts in one sentence"
         COMMAND sh -c "\"$0\" run \"$1\" --lang ko --what-if 2:close | sed -n 2p" ${cookielab} ${lesson06})
set_tests_properties("whatif-cli: a step that sent nothing parts in one sentence" PROPERTIES
  PASS_REGULAR_EXPRESSION "^갈라지는 곳: 2단계: 지금 페이지에 폼이 없어 아무것도 보내지 않습니다\\. 원래는: [^\n]*csrftoken\n$")
add_test(NAME "whatif-cli: a change that makes no difference says so"
         COMMAND sh -c "\"$0\" run \"$1\" --what-if 7:browser:policy=rfc6265 | head -n 2" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: a change that makes no difference says so" PROPERTIES
  PASS_REGULAR_EXPRESSION "^What if, at step 7: browser alice: policy rfc6265\nno step differs: ")
add_test(NAME "whatif-cli: jsonl marks the original's step each one replaces"
         COMMAND sh -c "\"$0\" run \"$1\" --format jsonl --what-if 9:cookie:bank_session:secure=false | grep -e '\"step\":1,' -e '\"scenario_step\":10,' | sed 's/,\"time\".*\"cookies_sent\"/ \"cookies_sent\"/; s/,\"cookies_not_sent\".*,\"replaces\"/ \"replaces\"/'" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: jsonl marks the original's step each one replaces" PROPERTIES
  PASS_REGULAR_EXPRESSION "^\\{\"step\":1,\"scenario_step\":1 \"cookies_sent\":\\[\\] \"replaces\":1,\"differs\":false\\}\n\\{\"step\":11,\"scenario_step\":10 \"cookies_sent\":\\[\"bank_session\"\\] \"replaces\":10,\"differs\":true\\}\n$")
add_test(NAME "whatif-cli: several --what-if make one branch"
         COMMAND sh -c "\"$0\" run \"$1\" --what-if 9:cookie:bank_session:secure=false --what-if 9:wait:1h | head -n 1" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: several --what-if make one branch" PROPERTIES
  PASS_REGULAR_EXPRESSION "^What if, at step 9: bank_session in alice's jar: Secure off; 1h pass\n$")
foreach(bad "x:wait:1h|a what-if starts with the step it forks at"
            "0:wait:1h|is not a step number \\(1 or more\\)"
            "3:teleport:now|unknown change \"teleport\"; allowed: cookie, server, browser, close, wait"
            "3:cookie:sessionid:httponly=maybe|httponly: \"maybe\" is not true or false"
            "3:server:shop:colour=red|unknown setting \"colour\""
            "99:wait:1h|step 99: the lesson has steps 1 to 12"
            "3:cookie:nosuch:value=1|before step 3, alice's jar holds no cookie nosuch; it holds: csrftoken, sessionid"
            "3:server:rails:renew-key=off|no server is called rails")
  string(REPLACE "|" ";" parts "${bad}")
  list(GET parts 0 spec)
  list(GET parts 1 reason)
  add_test(NAME "whatif-cli: a bad --what-if ${spec} is refused"
           COMMAND sh -c "\"$0\" run \"$1\" --what-if \"$2\"; echo \"exit $?\"" ${cookielab} ${lesson9b} ${spec})
  set_tests_properties("whatif-cli: a bad --what-if ${spec} is refused" PROPERTIES
    PASS_REGULAR_EXPRESSION "^cookielab run: [^\n]*${reason}[^\n]*\nexit 2\n$")
endforeach()
add_test(NAME "whatif-cli: --what-if forks at one step"
         COMMAND sh -c "\"$0\" run \"$1\" --what-if 3:wait:1h --what-if 4:wait:1h; echo \"exit $?\"" ${cookielab} ${lesson9b})
set_tests_properties("whatif-cli: --what-if forks at one step" PROPERTIES
  PASS_REGULAR_EXPRESSION "^cookielab run: every --what-if forks at one step: step 3 and step 4\nexit 2\n$")
add_test(NAME "whatif-cli: the branch is the same twice"
         COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/same_twice.sh ${cookielab} run ${lesson9b} --format jsonl
                 --what-if 2:server:shop:httponly=false,samesite=strict)
add_test(NAME "whatif-cli: check fails an experiment whose prediction is wrong"
         COMMAND sh -c "\"$0\" check \"$1\"; echo \"exit $?\"" ${cookielab} ${PROJECT_SOURCE_DIR}/tests/data/wrong_experiment.toml)
set_tests_properties("whatif-cli: check fails an experiment whose prediction is wrong" PROPERTIES
  PASS_REGULAR_EXPRESSION "wrong_experiment.toml:21:1: experiment 1: the runs should part at step 2, but step 3: [^\n]*\n(.|\n)*wrong_experiment.toml:21:1: experiment 1: step 3: expected sessionid is sent, saw [^\n]*\n(.|\n)*exit 1\n")
add_test(NAME "whatif-cli: check reports a broken experiment at its line and column"
         COMMAND sh -c "\"$0\" check \"$1\"; echo \"exit $?\"" ${cookielab} ${PROJECT_SOURCE_DIR}/tests/data/broken_experiment.toml)
set_tests_properties("whatif-cli: check reports a broken experiment at its line and column" PROPERTIES
  PASS_REGULAR_EXPRESSION "broken_experiment.toml:18:37: experiment 1: change: httponly: \"sometimes\" is not true or false[^\n]*\n(.|\n)*broken_experiment.toml:23:10: experiment 2: at: the lesson has 3 steps; an experiment forks at one of 1 to 3, not 7\nbroken_experiment.toml:24:23: experiment 2: change: unknown change \"teleport\"[^\n]*\nbroken_experiment.toml:27:1: experiment 3: missing key \"change\"[^\n]*\n(.|\n)*exit 1\n")
cookielab_label("core;program")

# The what-if benchmark runs (its figures are the README's): every fork replays the
# 20-step lesson and the branch parts from the original.
add_test(NAME "bench: whatif runs" COMMAND ${cookielab} bench whatif --forks 3)
set_tests_properties("bench: whatif runs" PROPERTIES LABELS "core;bench" PASS_REGULAR_EXPRESSION
  "^\\{\"lesson_steps\":20,\"timeline_steps\":[0-9]+,\"fork_at\":1,\"branch_timeline_steps\":[0-9]+,\"replayed_entries\":[0-9]+,\"parts_at\":[1-9][0-9]*,\"forks\":3,.*\"rss_per_branch_kib\":[-0-9.]+\\}\n$")

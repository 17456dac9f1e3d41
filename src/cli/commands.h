// The subcommands of the `cookielab` program. Each takes argv as main does, with
// argv[0] the subcommand's name, and returns the process exit status.
#pragma once

int cmd_run(int argc, char** argv);      // cookielab run FILE [--lang] [--format] [--db]
int cmd_check(int argc, char** argv);    // cookielab check FILE...
int cmd_cookies(int argc, char** argv);  // cookielab cookies [FILE] [--now] [--policy]
int cmd_serve(int argc, char** argv);    // cookielab serve [FILE] [--port N] [--listen ADDR] [--db FILE]
int cmd_jar(int argc, char** argv);      // cookielab jar FILE [--browser NAME]: the jar after the run, Netscape format
int cmd_import(int argc,
               char** argv);  // cookielab import FILE.har [-o LESSON.toml] [--keep-secrets]: a browser's capture

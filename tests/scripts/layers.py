#!/usr/bin/env python3
"""The layers of the core: a file in src/<module>/ may include only its own module and the
modules CMakeLists.txt links it with (cookielab_module(name deps...)), directly or through
them. The build would often still compile a wrong include (every module's headers sit on one
include path), so this is what keeps, say, the cookie engine from reaching up into the
simulation. The window (src/app) and the program (src/cli) sit on top and may include any
core module; no core module may include them, nor ImGui, GLFW or GL.

usage: layers.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
cmake = (root / "CMakeLists.txt").read_text()
# cookielab_core bundles the modules set(core_modules ...) names: a module linked with it
# (the benchmarks) may include any of them.
core = re.search(r"^set\(core_modules([^)]*)\)", cmake, re.M)
core_modules = core.group(1).split() if core else []
deps = {}
for name, args in re.findall(r"^cookielab_module\((\w+)([^)]*)\)", cmake, re.M):
    deps[name] = [a[3:] for a in args.split() if a.startswith("cl_")]
    if "cookielab_core" in args.split():
        deps[name] += core_modules
if not deps:
    sys.exit("layers.py: no cookielab_module(...) lines found in CMakeLists.txt")


def reachable(module):
    seen, todo = set(), [module]
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        todo.extend(deps.get(m, []))
    return seen


include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
gui = re.compile(r"^(imgui|backends/|GLFW/|glad/|GL/)")
problems, checked = [], 0
for module in sorted(deps):
    allowed = reachable(module)
    for path in sorted((root / "src" / module).rglob("*")):
        if path.suffix not in (".h", ".cpp", ".inc"):
            continue
        checked += 1
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in include.finditer(text):
            target = m.group(1)
            line = text.count("\n", 0, m.start()) + 1
            where = f"{path.relative_to(root)}:{line}"
            if gui.match(target):
                problems.append(f"{where}: the core includes <{target}>: it must know no GUI library")
                continue
            top = target.split("/")[0]
            if "/" in target and (root / "src" / top).is_dir() and top not in allowed:
                problems.append(f"{where}: {module} includes \"{target}\", but {module} may include only "
                                f"{', '.join(sorted(allowed))} (CMakeLists.txt: cookielab_module({module} ...))")
for p in problems:
    print(p)
print(f"{checked} files of {len(deps)} core modules checked, {len(problems)} wrong includes")
sys.exit(1 if problems else 0)

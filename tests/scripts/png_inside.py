#!/usr/bin/env python3
"""File > Export's PNG of the sequence view is a part of the window: each file named is a
PNG smaller than the window (WxH) in both directions, and big enough to hold the panel.
   png_inside.py WxH a.png [b.png ...]"""
import struct
import sys

w, h = (int(v) for v in sys.argv[1].split("x"))
failed = 0
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        print(f"{path}: not a PNG")
        failed += 1
        continue
    pw, ph = struct.unpack(">II", head[16:24])
    if not (w // 4 < pw < w and h // 4 < ph < h):
        print(f"{path}: {pw}x{ph}, expected a part of a {w}x{h} window")
        failed += 1
    else:
        print(f"{path}: {pw}x{ph}")
sys.exit(1 if failed else 0)

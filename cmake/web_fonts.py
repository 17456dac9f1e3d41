#!/usr/bin/env python3
"""The page's fonts: the four files the desktop program finds with fontconfig, each cut with
fontTools' subsetter (pyftsubset, python3-fonttools) to what the page can show.

usage: web_fonts.py OUT_DIR SOURCE_DIR

The Latin fonts keep the whole of the window's Latin ranges (app/logic/glyphs.cpp: a few
hundred glyphs). The Hangul fonts keep only the characters that the lessons
(scenarios/*.toml) and the program's own texts (every src/**/*.cpp and .h: the interface,
the messages, the glossary) use, plus the jamo, CJK punctuation and full-width forms the
glyph ranges name: all eleven thousand syllables would be 2 MB more to download.
"""
import pathlib
import sys

from fontTools import subset

LATIN = [(0x20, 0xFF), (0x2010, 0x205E), (0x20A0, 0x20CF), (0x2190, 0x21FF),
         (0x2200, 0x22FF), (0x2500, 0x25FF), (0x2700, 0x27BF)]
KOREAN_ALWAYS = [(0x3000, 0x303F), (0x3130, 0x318F), (0xFF00, 0xFFEF)]
FONTS = {  # the files fontconfig picks on Debian 12 (fonts-dejavu-core, fonts-nanum)
    "sans.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "mono.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "korean.ttf": "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "korean-mono.ttf": "/usr/share/fonts/truetype/nanum/NanumGothicCoding.ttf",
}


def expand(ranges):
    return {c for a, b in ranges for c in range(a, b + 1)}


def used_characters(source_dir):
    chars = set()
    files = list(source_dir.glob("scenarios/*.toml")) + list(source_dir.glob("src/**/*.cpp")) + \
        list(source_dir.glob("src/**/*.h"))
    for f in files:
        chars.update(ord(c) for c in f.read_text(encoding="utf-8", errors="ignore"))
    return chars


def cut(src, dst, unicodes):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False  # ImGui's stb_truetype does not hint: the hints are dead weight
    options.notdef_outline = True
    font = subset.load_font(src, options)
    s = subset.Subsetter(options)
    s.populate(unicodes=sorted(unicodes))
    s.subset(font)
    subset.save_font(font, dst, options)


def main():
    out, source_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    used = used_characters(source_dir)
    hangul = {c for c in used if 0x1100 <= c <= 0x11FF or 0xAC00 <= c <= 0xD7A3}
    korean = hangul | expand(KOREAN_ALWAYS)
    latin = expand(LATIN)
    for name, src in FONTS.items():
        cut(src, str(out / name), korean if name.startswith("korean") else latin)
    print(f"web fonts: {len(hangul)} Hangul characters used")


main()

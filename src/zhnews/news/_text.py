"""Matching keys for news lines: one-to-one folding so that offsets survive.

Rules are written once, in simplified script with ASCII punctuation; a line is matched
through its *key*: traditional characters folded to simplified (one character for one),
full-width ASCII to ASCII, and every kind of space to U+0020. Because the fold maps one
character to one character, an offset in the key is an offset in the line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhnews._resources import data_text

__all__ = ["PINYIN_NOTE", "fold", "is_blank", "key", "squash"]

#: Characters that count as blank on a line (not U+FEFF: a lone BOM is page debris).
BLANK_CHARS = " \t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

#: An inserted reading after a Han character, as pinyin-annotating mirrors write it;
#: used only to build matching keys (the text itself is repaired by zhnews.script.pinyin).
PINYIN_NOTE = re.compile(r"(?<=[\u3400-\u9fff?])\((?:[a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}[1-5]?)\)")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in data_text("news_fold.tsv").split("\n"):
        if not line or line[0] == "#":
            continue
        trad, simp = line.split("\t")
        table[ord(trad)] = simp
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    for ch in BLANK_CHARS:
        table[ord(ch)] = " "
    # a few punctuation marks that sites use interchangeably
    table.update({0x3010: "【", 0x3011: "】", 0x300A: "《", 0x300B: "》", 0x2215: "/"})
    table[0x2571] = "/"  # ╱ (a box-drawing diagonal): 聯合報╱記者張三/台北報導
    table[0xFE30] = ":"
    table[0xFE31] = "丨"  # ︱ (a vertical form of the dash): 编辑︱张三, like 编辑丨张三
    table[0x2022] = "·"
    table[0x30FB] = "·"
    return table


@lru_cache(maxsize=1)
def _bmp_table() -> str:
    # a 65,536-character string indexed by code point: faster than a dict for translate;
    # characters beyond the BMP raise IndexError there and are left unchanged
    chars = [chr(i) for i in range(0x10000)]
    for cp, to in _table().items():
        if cp < 0x10000:
            chars[cp] = to
    return "".join(chars)


def fold(text: str) -> str:
    """Fold ``text`` character for character (same length) into the rules' script.

    >>> fold("來源：人民網")
    '来源:人民网'
    """
    # lines are folded several times over (key, credits, dates): short ones are cached
    return _fold_cached(text) if len(text) <= 512 else text.translate(_bmp_table())


@lru_cache(maxsize=8192)
def _fold_cached(text: str) -> str:
    return text.translate(_bmp_table())


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    # str.split() and the regex class \s agree on what whitespace is (str.isspace)
    return " ".join(text.split())


def key(line: str, *, drop_pinyin: bool = False) -> str:
    """The matching key of a line: folded, squashed, optionally without inserted readings.

    >>> key("  分享讓更多人看到 ")
    '分享让更多人看到'
    """
    k = fold(line)
    if drop_pinyin and "(" in k:
        k = PINYIN_NOTE.sub("", k)
    k = squash(k)
    if k.endswith("***"):
        # 某某标题******: a mirror's run of asterisks after the headline is decoration
        k = k.rstrip("*").rstrip() or k
    return k


def is_blank(line: str) -> bool:
    """True for a line made only of spaces (NBSP and U+3000 included)."""
    return not line.strip(BLANK_CHARS)

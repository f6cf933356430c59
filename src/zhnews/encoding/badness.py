"""Plausibility cost of a string as Chinese (or as the text around it): lower is better.

Repair compares the cost of a garbled span with the cost of each candidate decoding. Hanzi
are scored with the shared character bigram model (:func:`zhnews.langmodel.model`) plus a
penalty outside the GB2312 level-1 and Big5 common sets; other characters get a cost by
class: cheap for ASCII, CJK punctuation and accented letters among Latin letters, dear for
C1 controls, Private Use characters, box drawing, isolated kana or Greek among hanzi, and
Latin-1 letters or symbols next to hanzi.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from zhnews.chardata import big5_common, gb2312_level1, is_han, is_hangul, is_kana, is_pua
from zhnews.langmodel import model

__all__ = ["char_cost", "span_cost"]

#: Extra cost of a hanzi outside the common simplified and traditional sets.
RARE_HAN = 2.5
#: Extra cost of a Cyrillic capital right after a small letter (GBK read as cp1251 writes
#: НшТЧЦЗФм; Russian capitalises words, not letters inside them: кВт is the rare case).
CASE_CHAOS = 4.0
#: Extra cost of a symbol between two letters (``SUV§jÆv``): Western text sets its symbols
#: apart (``§ 3``, ``50°C``, ``Coca-Cola®``); Big5's trail bytes in the ASCII range put
#: letters on both sides of the symbols its lead bytes become.
INTERIOR_SYMBOL = 4.0
_CHEAP_PUNCT = frozenset("“”‘’—…·•–")
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u200b\u3000")


@cache
def _common() -> frozenset[str]:
    return gb2312_level1() | big5_common()


def _is_latin_letter(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or (0xC0 <= ord(c) <= 0x24F and c not in "×÷")


@lru_cache(maxsize=65536)
def _base_cost(c: str) -> float:
    """Context-free cost of a non-hanzi character."""
    o = ord(c)
    if o < 0x80:
        if c in " \t\n\r":
            return 0.5
        return 1.0 if o >= 0x20 else 15.0
    if o < 0xA0:
        return 20.0  # C1 control
    if c in _SPACES:
        return 0.5
    if c in _CHEAP_PUNCT:
        return 2.0
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
        return 2.0
    if o == 0xFFFD:
        return 12.0
    if is_pua(c):
        return 20.0
    if 0x2500 <= o <= 0x259F:
        return 10.0
    if is_kana(c) or is_hangul(c):
        return 4.0
    if o < 0x250:
        return 3.0 if _is_latin_letter(c) else 8.0
    cat = unicodedata.category(c)
    if cat.startswith("L"):
        return 5.0
    if cat in ("Mn", "Me", "Cc", "Cf", "Co", "Cn", "Cs"):
        return 15.0
    if cat == "So" and o >= 0x1F000:
        return 4.0  # emoji
    return 6.0


@lru_cache(maxsize=65536)
def _script(c: str) -> str:
    o = ord(c)
    if is_han(c):
        return "han"
    if o < 0x80:
        return "ascii-letter" if c.isalpha() else "ascii"
    if _is_latin_letter(c):
        return "latin"
    if is_kana(c):
        return "kana"
    if is_hangul(c):
        return "hangul"
    if 0x370 <= o <= 0x3FF:
        return "greek"
    if 0x400 <= o <= 0x4FF:
        return "cyrillic"
    return "other"


@lru_cache(maxsize=65536)
def char_cost(c: str) -> float:
    """Context-free cost of one character (for fast estimates).

    >>> char_cost("的") < char_cost("浣")
    True
    """
    if is_han(c):
        return -model().char_logp(c) + (0.0 if c in _common() else RARE_HAN)
    if ord(c) < 0x80 and c.isalnum():
        return 1.0
    return _other_cost(c, "", "")


def _word_letter(c: str) -> bool:
    """A letter of a word in a Latin script (ASCII or accented)."""
    return bool(c) and (("a" <= c <= "z") or ("A" <= c <= "Z") or _is_latin_letter(c))


def _anchor(c: str) -> bool:
    """Characters that make a neighbouring symbol or letter look at home."""
    if not c:
        return False
    o = ord(c)
    if o < 0x80:
        return c.isalnum() or c in " \t\n\r"
    return c in _SPACES or is_han(c) or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E


@lru_cache(maxsize=65536)
def _other_cost(c: str, prev: str, nxt: str) -> float:
    cost = _base_cost(c)
    s = _script(c)
    han_near = bool((prev and is_han(prev)) or (nxt and is_han(nxt)))
    if s == "latin":
        p_s = _script(prev) if prev else ""
        n_s = _script(nxt) if nxt else ""
        if "ascii-letter" in (p_s, n_s):
            pass  # accented letters live inside words of ASCII letters
        elif "latin" in (p_s, n_s):
            cost += 5.0
        else:
            cost += 7.0
        if han_near:
            cost += 3.0
    elif s in ("kana", "hangul", "greek", "cyrillic"):
        if not ((prev and _script(prev) == s) or (nxt and _script(nxt) == s)):
            cost += 6.0
            if s in ("greek", "cyrillic") and han_near:
                cost += 3.0
        elif s == "cyrillic" and c.isupper() and prev and prev.islower() and _script(prev) == s:
            cost += CASE_CHAOS  # НшТЧ: a capital after a small letter inside a word
    elif c in _CHEAP_PUNCT:
        if not (_anchor(prev) or _anchor(nxt)):
            cost += 6.0
    elif s == "other" and ord(c) >= 0xA0 and cost < 10.0:
        if _word_letter(prev) and _word_letter(nxt) and c not in _SPACES:
            cost += INTERIOR_SYMBOL  # V§j: a symbol inside a word (Big5 read as MacRoman)
        if not (_anchor(prev) or _anchor(nxt)):
            cost += 3.0
        elif han_near:
            cost += 1.0
    return cost


def span_cost(text: str, left: str = "", right: str = "") -> float:
    """Cost of ``text`` as it would read between ``left`` and ``right`` (one character each).

    >>> span_cost("你好") < span_cost("浣犲ソ") < span_cost("ä½ å¥½")
    True
    """
    m = model()
    common = _common()
    total = 0.0
    prev = left
    n = len(text)
    for i, c in enumerate(text):
        if is_han(c):
            if prev and is_han(prev):
                total -= m.pair_logp(prev, c)
            else:
                total -= m.char_logp(c)
            if c not in common:
                total += RARE_HAN
        elif ord(c) < 0x80 and c.isalnum():
            total += 1.0
        else:
            total += _other_cost(c, prev, text[i + 1] if i + 1 < n else right)
        prev = c
    if right and text and is_han(right) and is_han(text[-1]):
        total -= m.pair_logp(text[-1], right) - m.char_logp(right)
    return total

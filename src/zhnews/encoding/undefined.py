"""Bytes that cp1252 leaves undefined: put back what a ``replace`` decoder wrote as U+FFFD.

Python's ``cp1252`` codec has no character for the five bytes 0x81, 0x8D, 0x8F, 0x90 and
0x9D; ``bytes.decode("cp1252", "replace")`` writes U+FFFD for each. When the bytes were
UTF-8 (``理`` is E7 90 86 and comes out as ``ç�†``), the lost byte is a continuation byte
of a multi-byte sequence, so it is one of those five values and the UTF-8 structure around
it says which character it belonged to. :func:`guess_undefined_bytes` tries the five values
(at most 25 pairs when one character lost two bytes), keeps the ones that give a valid
character, and writes back the byte (as the C1 control the repair's cp1252 chain reads for
it) only when a single candidate is a common character or the language model prefers one
clearly. Everything else is left as U+FFFD.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Optional

from zhnews.chardata import big5_common, gb2312_level1, is_han
from zhnews.langmodel import model

__all__ = ["UNDEFINED_CP1252", "guess_undefined_bytes"]

#: The bytes that cp1252 does not define.
UNDEFINED_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
#: Natural-log margin by which the best candidate must beat the runner-up.
MARGIN = 3.0


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Characters a guess may produce: common hanzi and the punctuation of Chinese text."""
    return gb2312_level1() | big5_common() | frozenset("“”‘’—…·")


@lru_cache(maxsize=512)
def _byte(c: str) -> Optional[int]:
    """The cp1252 byte of ``c`` (C1 controls stand for the undefined bytes), or None."""
    o = ord(c)
    if o < 0x80 or 0x80 <= o <= 0x9F:
        return o
    try:
        return c.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def _need(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _neighbour(data: bytes, before: bool) -> str:
    """The character that ``data`` (a few bytes) ends with (or starts with)."""
    text = data.decode("utf-8", "ignore")
    if not text:
        return ""
    return text[-1] if before else text[0]


def _score(c: str, prev: str, nxt: str) -> float:
    m = model()
    s = m.pair_logp(prev, c) if prev and is_han(prev) and is_han(c) else m.char_logp(c)
    if nxt and is_han(nxt) and is_han(c):
        s += m.pair_logp(c, nxt) - m.char_logp(nxt)
    return s


def _resolve(text: str, p: int) -> Optional[dict[int, int]]:
    """Bytes for the U+FFFD at ``p`` (and any other in the same character), or None."""
    for back in (1, 2, 3):
        q = p - back
        if q < 0:
            return None
        lead = _byte(text[q]) if text[q] != "\ufffd" else None
        if lead is None or not (0xC2 <= lead <= 0xF4):
            continue
        need = _need(lead)
        if q + need <= p or q + need > len(text):
            return None
        unknown: list[int] = []
        known: dict[int, int] = {}
        for k in range(q + 1, q + need):
            if text[k] == "\ufffd":
                unknown.append(k)
                continue
            b = _byte(text[k])
            if b is None or not 0x80 <= b <= 0xBF:
                return None
            known[k] = b
        if not unknown or len(unknown) > 2:
            return None
        found: list[tuple[str, tuple[int, ...]]] = []
        for combo in product(UNDEFINED_CP1252, repeat=len(unknown)):
            fill = dict(zip(unknown, combo))
            raw = bytes([lead] + [fill.get(k, known.get(k, 0)) for k in range(q + 1, q + need)])
            try:
                c = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            found.append((c, combo))
        usable = [(c, combo) for c, combo in found if c in _common()]
        if not usable:
            return None
        if len(usable) > 1:
            before = bytes(b for b in (_byte(x) for x in text[max(0, q - 4) : q]) if b is not None)
            after = bytes(
                b for b in (_byte(x) for x in text[q + need : q + need + 4]) if b is not None
            )
            prev, nxt = _neighbour(before, True), _neighbour(after, False)
            ranked = sorted(((_score(c, prev, nxt), combo) for c, combo in usable), reverse=True)
            if ranked[0][0] - ranked[1][0] < MARGIN:
                return None
            combo = ranked[0][1]
        else:
            combo = usable[0][1]
        return dict(zip(unknown, combo))
    return None


def guess_undefined_bytes(text: str) -> tuple[str, dict[int, int]]:
    """Write back, as C1 controls, the undefined cp1252 bytes that U+FFFD replaced in UTF-8.

    Returns the new text (same length) and the positions filled, with the byte chosen.

    >>> text, filled = guess_undefined_bytes("ç\\ufffd†")
    >>> text == "ç\\x90†", filled
    (True, {1: 144})
    """
    if "\ufffd" not in text:
        return text, {}
    chars = list(text)
    filled: dict[int, int] = {}
    p = text.find("\ufffd")
    while p >= 0:
        if p in filled:
            p = text.find("\ufffd", p + 1)
            continue
        got = _resolve(text, p)
        if got:
            for k, b in got.items():
                filled[k] = b
                chars[k] = chr(b)
        p = text.find("\ufffd", p + 1)
    return "".join(chars), filled

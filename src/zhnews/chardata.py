"""Character classes used by the repair layers: CJK ranges and the common-character sets.

The GB2312 level-1 set (3,755 most common simplified characters) and the Big5 common set
(5,401 most common traditional characters) are read off Python's own codecs, so they need
no data file.
"""

from __future__ import annotations

from functools import cache

__all__ = ["big5_common", "gb2312_level1", "is_han", "is_hangul", "is_kana", "is_pua"]


def is_han(c: str) -> bool:
    """True for a CJK unified or compatibility ideograph.

    >>> is_han("中"), is_han("a")
    (True, False)
    """
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3FFFF
        or 0xF900 <= o <= 0xFAFF
    )


def is_kana(c: str) -> bool:
    """True for hiragana, katakana and their extensions (Japanese evidence).

    >>> is_kana("の")
    True
    """
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F


def is_hangul(c: str) -> bool:
    """True for Hangul syllables and jamo (Korean evidence).

    >>> is_hangul("한")
    True
    """
    o = ord(c)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def is_pua(c: str) -> bool:
    """True for a Private Use Area code point (GBK user-defined pairs decode to these).

    >>> is_pua("\\ue000")
    True
    """
    o = ord(c)
    return 0xE000 <= o <= 0xF8FF or 0xF0000 <= o <= 0x10FFFF


def _decode_grid(codec: str, leads: range, trails: list[int]) -> frozenset[str]:
    out: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                ch = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ch)
    return frozenset(out)


@cache
def gb2312_level1() -> frozenset[str]:
    """The 3,755 level-1 hanzi of GB2312 (rows 16-55), the core of simplified text.

    >>> len(gb2312_level1()), "的" in gb2312_level1()
    (3755, True)
    """
    return _decode_grid("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))


@cache
def big5_common() -> frozenset[str]:
    """The 5,401 common hanzi of Big5 (0xA440-0xC67E), the core of traditional text.

    >>> len(big5_common()), "們" in big5_common()
    (5401, True)
    """
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    common = _decode_grid("big5", range(0xA4, 0xC7), trails)
    # the common block ends at 0xC67E; 0xC6A1.. starts the symbols/rare block
    rare_tail = _decode_grid("big5", range(0xC6, 0xC7), list(range(0xA1, 0xFF)))
    return common - rare_tail

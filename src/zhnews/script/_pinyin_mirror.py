"""The byte-level forward model of a pinyin-annotating mirror (steps 3-5 of the mechanism).

Used by the repair to check that a candidate original re-runs to exactly the observed text:
insert ``(py)`` after every byte-level occurrence of each key's two-byte GBK code, decode the
bytes the way PHP's mbstring does (a lead byte followed by an invalid trail becomes one ``?``
and both bytes are consumed; user-defined pairs vanish), then narrow ``，：（）`` and U+3000.
"""

from __future__ import annotations

from collections.abc import Mapping

from zhnews.script._pinyin_data import tables

__all__ = ["NARROW", "insert_readings", "narrow", "php_gbk_decode"]

#: The crawl store's narrowing of full-width punctuation (and U+3000 to a space).
NARROW = {"，": ",", "：": ":", "（": "(", "）": ")", "\u3000": " "}
_NARROW_TABLE = str.maketrans(NARROW)


def narrow(text: str) -> str:
    """Apply the crawl store's narrowing of ``，：（）`` and U+3000.

    >>> narrow("甲，乙（丙）")
    '甲,乙(丙)'
    """
    return text.translate(_NARROW_TABLE)


def insert_readings(data: bytes, keys: Mapping[int, str]) -> bytes:
    """Insert ``(reading)`` after every byte-level occurrence of each key code in ``data``.

    Insertion points are computed on the original bytes, so a key that straddles two
    characters (second byte of one, first byte of the next) is annotated as well.

    >>> insert_readings("日報".encode("gbk"), {0xD588: "qing"})
    b'\\xc8\\xd5\\x88(qing)\\xf3'
    """
    if not keys or len(data) < 2:
        return bytes(data)
    out = bytearray()
    prev = -1
    for b in data:
        out.append(b)
        if prev >= 0:
            py = keys.get(prev << 8 | b)
            if py is not None:
                out += b"(" + py.encode("gbk", "replace") + b")"
        prev = b
    return bytes(out)


def php_gbk_decode(data: bytes) -> str:
    """Decode GBK bytes like PHP mbstring: bad pairs become one ``?``, user-defined pairs vanish.

    The inserted readings are GBK too (tone-marked vowels are the ``a8xx`` pinyin letters).

    >>> php_gbk_decode(b"\\xc8\\xd5\\x88(ab)")
    '日?ab)'
    """
    pair = tables().pair
    out: list[str] = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        if b == 0x80 or b == 0xFF or i + 1 >= n:
            out.append("?")
            i += 1
            continue
        t = data[i + 1]
        if t < 0x40 or t == 0x7F or t == 0xFF:
            out.append("?")
            i += 2
            continue
        out.append(pair[b << 8 | t])
        i += 2
    return "".join(out)

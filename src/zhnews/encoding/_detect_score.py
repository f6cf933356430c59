"""Plausibility scores for candidate decodings of the same bytes (helper of ``detect``).

A candidate decoding is scored by the sum of per-character log-likelihoods: hanzi get the
shared bigram model (:func:`zhnews.langmodel.model`), every other character a fixed cost by
class (common punctuation is cheap; kana, Hangul, Latin-1 letters, box drawing, Private Use
characters, C0/C1 controls and U+FFFD are increasingly expensive). Decodings of identical
bytes are therefore directly comparable: the higher total is the likelier reading.
"""

from __future__ import annotations

from functools import lru_cache

from zhnews.chardata import big5_common, gb2312_level1
from zhnews.langmodel import model

__all__ = ["char_cost", "score_text"]

#: Extra cost for a hanzi outside both the GB2312 level-1 and the Big5 common sets.
RARE_HAN_PENALTY = 3.0
#: Cost per character of the minority script when simplified and traditional mix.
MIXED_SCRIPT_PENALTY = 6.0
#: Cost of U+FFFD (an undecodable byte sequence).
REPLACEMENT_COST = -30.0

_COMMON_ASCII_PUNCT = frozenset(",.:;!?()-/\"'%")
_COMMON_CJK_PUNCT = frozenset("，。、“”‘’《》：；！？（）「」『』【】—…·〈〉℃№")


def _is_han_ord(o: int) -> bool:
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3FFFF
        or 0xF900 <= o <= 0xFAFF
    )


@lru_cache(maxsize=65536)
def char_cost(c: str) -> float:
    """Log-likelihood-like cost of one non-hanzi character (higher is more plausible).

    >>> char_cost("，") > char_cost("╬") > char_cost("\\x85")
    True
    """
    o = ord(c)
    if o < 0x80:
        if c in "\n\r\t":
            return -1.0
        if c == " ":
            return -2.0
        if c.isalnum():
            return -3.0
        if c in _COMMON_ASCII_PUNCT:
            return -3.5
        if o < 0x20 or o == 0x7F:
            return -20.0
        return -6.0
    if c in _COMMON_CJK_PUNCT:
        return -4.0
    if o == 0xFFFD or o in (0xFFFE, 0xFFFF) or 0xFDD0 <= o <= 0xFDEF:
        return REPLACEMENT_COST  # undecodable, or a noncharacter
    if o < 0xA0:
        return -25.0  # C1 controls
    if o == 0x3000:
        return -4.0
    if 0xFF01 <= o <= 0xFF5E:
        return -5.0  # full-width ASCII
    if 0x3001 <= o <= 0x303F:
        return -6.0
    if 0x2010 <= o <= 0x2027:
        return -6.0  # dashes, quotes, ellipsis
    if o <= 0xFF:
        return -10.0  # Latin-1 supplement
    if 0xE000 <= o <= 0xF8FF or o >= 0xF0000:
        return -20.0  # Private Use Area
    if 0xD800 <= o <= 0xDFFF:
        return REPLACEMENT_COST
    if o <= 0x24F:
        return -11.0  # Latin extended
    if o <= 0x4FF:
        return -13.0  # IPA, Greek, Cyrillic
    if 0x3040 <= o <= 0x30FF:
        return -13.0  # kana
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return -14.0  # Hangul
    if 0x2460 <= o <= 0x24FF:
        return -7.0  # circled numbers
    if 0x2160 <= o <= 0x217F:
        return -8.0  # Roman numerals
    if 0x25A0 <= o <= 0x25FF or 0x2190 <= o <= 0x21FF:
        return -9.0  # geometric shapes, arrows
    if 0x2500 <= o <= 0x259F:
        return -14.0  # box drawing, block elements
    if 0xFF61 <= o <= 0xFF9F:
        return -14.0  # half-width katakana
    if 0xA000 <= o <= 0xA4CF:
        return -16.0  # Yi syllables
    if 0x2200 <= o <= 0x22FF or 0x2600 <= o <= 0x26FF or 0xFFE0 <= o <= 0xFFEF:
        return -10.0
    if 0x1F000 <= o <= 0x1FAFF:
        return -9.0  # emoji
    return -16.0


def _decode_all(codec: str) -> list[str]:
    out = []
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                out.append(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return out


class _Tables:
    """Per-character and per-pair scores, filled from the shared model as they are met."""

    def __init__(self) -> None:
        self.model = model()
        common = gb2312_level1() | big5_common()
        self.common = common
        # hanzi -> unigram score (with the rarity penalty); pair "ab" -> bigram score of b
        self.han: dict[str, float] = {}
        self.pairs: dict[str, float] = {}
        self.other: dict[str, float] = {}
        for c in common:
            self.han[c] = self.model.char_logp(c)
        gb2312_all = set(_decode_all("gb2312"))
        # script markers: characters only simplified text uses, and only traditional text
        self.simp_only = frozenset(gb2312_level1() - big5_common())
        self.trad_only = frozenset(big5_common() - gb2312_all)

    def han_score(self, c: str) -> float:
        v = self.model.char_logp(c) - (0.0 if c in self.common else RARE_HAN_PENALTY)
        if len(self.han) < _MAX_CACHE:
            self.han[c] = v
        return v

    def pair_score(self, a: str, b: str) -> float:
        v = self.model.pair_logp(a, b) - (0.0 if b in self.common else RARE_HAN_PENALTY)
        if len(self.pairs) < _MAX_CACHE:
            self.pairs[a + b] = v
        return v


_MAX_CACHE = 1_000_000


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def score_text(text: str) -> float:
    """Total plausibility of ``text`` as Chinese news text (sum of per-character log scores).

    >>> score_text("我们的国家") > score_text("鎴戜滑鐨勫浗瀹")
    True
    """
    t = _tables()
    han = t.han
    pairs = t.pairs
    other = t.other
    total = 0.0
    prev = ""
    for c in text:
        v = han.get(c)
        if v is None:
            v = other.get(c)
            if v is None:
                if _is_han_ord(ord(c)):
                    v = t.han_score(c)
                else:
                    v = char_cost(c)
                    other[c] = v
                    total += v
                    prev = ""
                    continue
            else:
                total += v
                prev = ""
                continue
        if prev:
            p = pairs.get(prev + c)
            total += p if p is not None else t.pair_score(prev, c)
        else:
            total += v
        prev = c
    if total < 0.0 and len(text) > 1:
        # A text is written in one script: simplified-only next to traditional-only
        # characters is what reading Big5 bytes as GBK (or the reverse) produces.
        n_simp = sum(1 for c in text if c in t.simp_only)
        if n_simp:
            n_trad = sum(1 for c in text if c in t.trad_only)
            total -= MIXED_SCRIPT_PENALTY * min(n_simp, n_trad)
    return total

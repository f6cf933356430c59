"""Reading table and GBK byte tables for the pinyin-mirror repair (loaded once, lazily).

``data/readings.tsv.gz`` (built by ``tools/build_readings.py`` from pypinyin's MIT data and
OpenCC's character tables) gives each two-byte GBK character its readings, default first,
and whether script conversion changes it (``T`` traditional-only, ``S`` simplified-only).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from zhnews._resources import data_text

__all__ = ["ReadingData", "tables", "toneless"]

_TONELESS_CACHE: dict[str, str] = {}


def toneless(py: str) -> str:
    """Drop tone marks from a pinyin syllable; ü (and the ``v``/``u:`` spellings) become ``v``.

    >>> toneless("lǜ"), toneless("guó"), toneless("lv")
    ('lv', 'guo', 'lv')
    """
    got = _TONELESS_CACHE.get(py)
    if got is not None:
        return got
    out = []
    for ch in unicodedata.normalize("NFD", py):
        if unicodedata.combining(ch) and ch != "\u0308":
            continue
        out.append(ch)
    value = "".join(out).replace("u\u0308", "v").replace("ü", "v").replace("u:", "v")
    if len(_TONELESS_CACHE) < 10_000:
        _TONELESS_CACHE[py] = value
    return value


def has_tone(py: str) -> bool:
    """True if the syllable carries a tone mark (ü alone is not a tone mark).

    >>> has_tone("guó"), has_tone("lü"), has_tone("guo")
    (True, False, False)
    """
    return toneless(py) != py.replace("ü", "v")


class ReadingData:
    """Readings per character plus the GBK pair table used to re-run the mirror's bytes."""

    def __init__(self, text: str) -> None:
        self.readings: dict[str, tuple[str, ...]] = {}
        self.toneless_readings: dict[str, frozenset[str]] = {}
        #: traditional-only character -> its simplified form (to score in one script)
        self.simplified: dict[str, str] = {}
        trad: set[str] = set()
        simp: set[str] = set()
        for line in text.split("\n"):
            if not line or line[0] == "#":
                continue
            ch, rs, flags, simple = line.split("\t")
            if simple:
                self.simplified[ch] = simple
            readings = tuple(rs.split(","))
            self.readings[ch] = readings
            if "T" in flags:
                trad.add(ch)
            if "S" in flags:
                simp.add(ch)
        self.trad_only: frozenset[str] = frozenset(trad)
        self.simp_only: frozenset[str] = frozenset(simp)
        self.tone_syllables: frozenset[str] = frozenset(
            r for rs in self.readings.values() for r in rs
        )
        self.toneless_syllables: frozenset[str] = frozenset(
            toneless(r) for r in self.tone_syllables
        )
        # GBK pair table: code (lead << 8 | trail) -> character, "" where the pair decodes to
        # nothing usable (user-defined area, unassigned).
        pair = [""] * 65536
        code_of: dict[str, int] = {}
        trails = [t for t in range(0x40, 0xFF) if t != 0x7F]
        for lead in range(0x81, 0xFF):
            base = lead << 8
            for t in trails:
                try:
                    c = bytes((lead, t)).decode("gbk")
                except UnicodeDecodeError:
                    continue
                if len(c) == 1 and not (0xE000 <= ord(c) <= 0xF8FF):
                    pair[base | t] = c
                    code_of.setdefault(c, base | t)
        self.pair = pair
        self.code_of = code_of
        self._by_default: dict[tuple[str, bool], tuple[int, ...]] = {}

    def default_reading(self, c: str) -> str:
        """The first (default) reading of ``c``, or "" when the table has none."""
        rs = self.readings.get(c)
        return rs[0] if rs else ""

    def is_syllable(self, py: str) -> bool:
        """True for a tone-marked reading of some character, or a toneless syllable."""
        return py in self.tone_syllables or (
            not has_tone(py) and toneless(py) in self.toneless_syllables
        )

    def reads_as(self, c: str, py: str) -> bool:
        """True if ``py`` is one of ``c``'s readings (toneless ``py`` matches any tone)."""
        rs = self.readings.get(c)
        if not rs:
            return False
        if py in rs:
            return True
        if has_tone(py):
            return False
        key = toneless(py)
        tl = self.toneless_readings.get(c)
        if tl is None:
            tl = frozenset(toneless(r) for r in rs)
            self.toneless_readings[c] = tl
        return key in tl

    def reads_by_default(self, c: str, py: str) -> bool:
        """True if ``py`` is ``c``'s default reading (toneless ``py``: ignoring the tone)."""
        d = self.default_reading(c)
        if not d:
            return False
        return d == py or (not has_tone(py) and toneless(d) == toneless(py))

    def codes_by_default(self, py: str) -> tuple[int, ...]:
        """GBK codes of every character whose default reading is ``py`` (toneless: any tone)."""
        if not self._by_default:
            index: dict[tuple[str, bool], list[int]] = {}
            for code, c in enumerate(self.pair):
                d = self.default_reading(c) if c else ""
                if d:
                    index.setdefault((d, True), []).append(code)
                    index.setdefault((toneless(d), False), []).append(code)
            self._by_default = {k: tuple(v) for k, v in index.items()}
        if has_tone(py):
            return self._by_default.get((py, True), ())
        return self._by_default.get((toneless(py), False), ())


@lru_cache(maxsize=1)
def tables() -> ReadingData:
    """The shared reading data, loaded from the package data on first use.

    >>> tables().default_reading("報"), "報" in tables().trad_only
    ('bào', True)
    """
    return ReadingData(data_text("readings.tsv.gz"))

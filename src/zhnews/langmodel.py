"""A compact character bigram model of Chinese, shared by every repair that must choose.

Mojibake repair and the restoration of pinyin-damaged spans both need to ask "which of
these candidate strings looks more like Chinese?". This module answers with smoothed
log-probabilities from ``data/hanzi_lm.tsv.gz`` (derived from jieba's MIT-licensed word
counts in both scripts; see ``tools/build_langmodel.py`` for provenance). The table is
loaded once, on first use.
"""

from __future__ import annotations

import math
from functools import lru_cache

from zhnews._resources import data_text
from zhnews.chardata import is_han

__all__ = ["HanziModel", "model"]

#: Log-probability of a CJK character that the table has never seen (rare or unknown).
UNSEEN_CHAR_LOGP = -17.0
#: Weight of the bigram estimate against the unigram in the interpolated model.
BIGRAM_WEIGHT = 0.6


class HanziModel:
    """Unigram and interpolated bigram log-probabilities (natural log) over CJK characters."""

    def __init__(self, text: str) -> None:
        uni: dict[str, int] = {}
        bi: dict[str, int] = {}
        for line in text.split("\n"):
            if not line or line[0] == "#":
                continue
            kind, key, count = line.split("\t")
            (uni if kind == "U" else bi)[key] = int(count)
        total = sum(uni.values())
        self._uni_count = uni
        self._bi_count = bi
        self._log_total = math.log(total)
        self._uni_logp = {c: math.log(n) - self._log_total for c, n in uni.items()}
        self._pair_cache: dict[str, float] = {}
        self._top: dict[int, frozenset[str]] = {}

    def knows(self, c: str) -> bool:
        """True if ``c`` occurs in the model's table.

        >>> model().knows("的"), model().knows("a")
        (True, False)
        """
        return c in self._uni_logp

    def char_logp(self, c: str) -> float:
        """Unigram log-probability of a character; unseen CJK characters get a floor.

        >>> model().char_logp("的") > model().char_logp("兀")
        True
        """
        return self._uni_logp.get(c, UNSEEN_CHAR_LOGP)

    def top_chars(self, n: int) -> frozenset[str]:
        """The ``n`` commonest characters of the table (cached per ``n``).

        >>> "的" in model().top_chars(100), "兀" in model().top_chars(1500)
        (True, False)
        """
        top = self._top.get(n)
        if top is None:
            ranked = sorted(self._uni_count, key=lambda c: (-self._uni_count[c], c))
            top = self._top[n] = frozenset(ranked[:n])
        return top

    def pair_count(self, a: str, b: str) -> int:
        """How often ``a`` ``b`` occurs inside a word of the source dictionary.

        >>> model().pair_count("中", "国") > 0, model().pair_count("国", "兀")
        (True, 0)
        """
        return self._bi_count.get(a + b, 0)

    def pair_logp(self, a: str, b: str) -> float:
        """Log-probability of ``b`` after ``a``: bigram interpolated with the unigram.

        >>> model().pair_logp("中", "国") > model().pair_logp("中", "兀")
        True
        """
        key = a + b
        cached = self._pair_cache.get(key)
        if cached is not None:
            return cached
        p_uni = math.exp(self.char_logp(b))
        n_ab = self._bi_count.get(key, 0)
        n_a = self._uni_count.get(a, 0)
        p_bi = n_ab / n_a if n_a and n_ab else 0.0
        value = math.log(BIGRAM_WEIGHT * p_bi + (1.0 - BIGRAM_WEIGHT) * p_uni)
        if len(self._pair_cache) < 500_000:
            self._pair_cache[key] = value
        return value

    def logp(self, text: str) -> float:
        """Log-probability of the CJK characters of ``text``; other characters break the chain.

        Non-CJK characters contribute nothing here: callers that compare candidates with
        different non-CJK content add their own penalties.

        >>> model().logp("我们的国家") > model().logp("浣犲ソ鍚")
        True
        """
        total = 0.0
        prev = ""
        for c in text:
            if is_han(c):
                total += self.pair_logp(prev, c) if prev else self.char_logp(c)
                prev = c
            else:
                prev = ""
        return total

    def mean_logp(self, text: str) -> float:
        """Average log-probability per CJK character, or 0.0 when there is none.

        >>> model().mean_logp("新闻报道") > model().mean_logp("鏂伴椈鎶ラ亾")
        True
        """
        n = sum(1 for c in text if is_han(c))
        return self.logp(text) / n if n else 0.0


@lru_cache(maxsize=1)
def model() -> HanziModel:
    """The shared model, loaded from the package data on first call."""
    return HanziModel(data_text("hanzi_lm.tsv.gz"))

"""Resynchronising lossy UTF-8 damage: a character whose last byte a decoder destroyed.

When UTF-8 is read as GBK, a run of three-byte characters of odd length leaves its last
byte unpaired; the decoder writes U+FFFD or ``?`` for it (or drops it). The character it
belonged to keeps its first bytes, which narrow it to at most 64 candidates; the context
model picks one only when it is clearly better than the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from zhnews.chardata import big5_common, gb2312_level1, is_han
from zhnews.langmodel import model

__all__ = ["Inference", "infer_lost_char", "missing_bytes", "missing_one"]

#: Natural-log margin by which the best candidate must beat the runner-up.
MARGIN = 3.0


@dataclass(frozen=True)
class Inference:
    """Outcome for one damaged character: the text written and how many candidates there were."""

    text: str
    candidates: int
    inferred: bool


def missing_one(prefix: bytes) -> bool:
    """True if ``prefix`` is a UTF-8 character missing exactly its last byte.

    >>> missing_one(b"\\xe5\\x90"), missing_one(b"\\xe5")
    (True, False)
    """
    if not prefix:
        return False
    lead = prefix[0]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return False
    if len(prefix) != need - 1:
        return False
    return all(0x80 <= b <= 0xBF for b in prefix[1:])


def missing_bytes(prefix: bytes) -> int:
    """How many bytes the UTF-8 character that ``prefix`` starts still needs (0 if invalid).

    >>> missing_bytes(bytes([0xE5])), missing_bytes(bytes([0xE5, 0x90])), missing_bytes(b"a")
    (2, 1, 0)
    """
    if not prefix:
        return 0
    lead = prefix[0]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return 0
    if len(prefix) >= need or not all(0x80 <= b <= 0xBF for b in prefix[1:]):
        return 0
    missing = need - len(prefix)
    return missing if missing <= 2 else 0


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return gb2312_level1() | big5_common()


@lru_cache(maxsize=4096)
def _candidates(prefix: bytes) -> tuple[str, ...]:
    missing = missing_bytes(prefix)
    tails: list[bytes] = [bytes((x,)) for x in range(0x80, 0xC0)]
    if missing == 2:
        tails = [bytes((x, y)) for x in range(0x80, 0xC0) for y in range(0x80, 0xC0)]
    elif missing != 1:
        return ()
    common = _common()
    out = []
    for t in tails:
        try:
            c = (prefix + t).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if missing == 1 or c in common:
            out.append(c)
    return tuple(out)


@lru_cache(maxsize=65536)
def infer_lost_char(prefix: bytes, prev: str, nxt: str) -> Inference:
    """Pick the character that ``prefix`` (missing its last byte) was, or U+FFFD.

    >>> infer_lost_char(b"\\xe4\\xb8", "", "").text
    '\\ufffd'
    """
    cands = _candidates(prefix)
    if not cands:
        return Inference("\ufffd", 0, False)
    m = model()
    common = _common()
    scored: list[tuple[float, str]] = []
    for c in cands:
        if not is_han(c):
            continue
        s = m.pair_logp(prev, c) if prev and is_han(prev) else m.char_logp(c)
        if nxt and is_han(nxt):
            s += m.pair_logp(c, nxt) - m.char_logp(nxt)
        scored.append((s, c))
    scored.sort(reverse=True)
    best: Optional[str] = None
    has_context = bool((prev and is_han(prev)) or (nxt and is_han(nxt)))
    if scored and scored[0][1] in common and has_context:
        second = scored[1][0] if len(scored) > 1 else -1e9
        if scored[0][0] - second >= MARGIN:
            best = scored[0][1]
    if best is None:
        return Inference("\ufffd", len(cands), False)
    return Inference(best, len(cands), True)

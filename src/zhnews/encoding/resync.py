"""Resynchronising UTF-8 that a Big5 or Shift-JIS reader decoded with loss.

UTF-8 read as Big5/cp950/Big5-HKSCS or as Shift-JIS/cp932 comes out lossy: many UTF-8 byte
pairs are not valid in those codecs, and the decoder writes a marker (U+FFFD, ``?`` or
``・``) instead. :func:`resync_utf8` re-encodes every other character with the misread codec,
treats each marker as one byte of unknown value, finds the UTF-8 structure of the resulting
byte stream and decodes it; a character with unknown bytes is narrowed to its candidates and
restored only when the language model (:func:`zhnews.langmodel.model`) makes it clearly
better than the runner-up, else written as U+FFFD.

What the decoders do (checked byte by byte for Python's codecs with ``errors="replace"``,
every lead byte 0x00-0xFF followed by every trail byte 0x00-0xFF, and at the end of input):

* ``big5``, ``cp950``, ``big5hkscs``, ``cp932``, ``shift_jis`` and ``gbk`` write exactly one
  U+FFFD per byte they cannot use. An invalid lead byte gives one U+FFFD and consumes one
  byte. A valid lead byte followed by an invalid trail byte also consumes only the lead: one
  U+FFFD, then the trail byte is decoded again as a possible lead. A lead byte at the end of
  the input gives one U+FFFD. So a marker always stands for one byte, never two, and the
  bytes of every other character are recovered exactly by re-encoding it (the few characters
  with two encodings, e.g. cp932's NEC/IBM duplicates, are tried both ways).
* ASCII bytes are never lost (they are valid leads everywhere), so a lost byte is always a
  byte >= 0x80. They can be consumed as trail bytes, and they then come back exactly.
* Big5 loses a UTF-8 lead byte E0-EF only together with the next byte (an invalid trail
  0x80-0xA0 is also an invalid lead); cp932 always loses the lead bytes EB, EC and EF (the
  last one starts every full-width punctuation mark such as ``，``).
* ``gb18030`` is not supported: after a lead byte and an ASCII digit it may write a single
  U+FFFD for three bytes, swallowing the ASCII byte that follows, so a marker no longer
  stands for one byte.

A lost byte also says something about its value: the decoder dropped it, so it was not a
character by itself and either no pair starts with it or the pair it started with the next
byte is invalid. Each marker carries the set of values this leaves (for Big5 before a valid
trail byte, only 0x80-0xA0 and a few others), which narrows the candidates and the structure.

The structure is found by a Viterbi pass over the characters whose state is the UTF-8 decoder
state (continuation bytes still needed, and the range allowed for the next one): a constant
number of states, so the pass is linear in the input. A marker where a character starts is an
unknown lead byte whose length (2, 3 or 4 bytes, hanzi being 3) the following bytes decide;
``?`` and ``・`` may also be literal characters. Characters that the chain cannot explain are
kept as they are at a cost, and too many of them mean the text was not garbled this way.
A decoder writes one kind of marker: in a text with U+FFFD, ``?`` and ``・`` are literal;
with both ``?`` and ``・`` the rarer is literal. A character with two encodings (cp932's
NEC/IBM duplicates, Big5's ``＼``) is read with the differing bytes unknown.

A damaged three-byte character with at least one known byte is matched against every
character those bytes allow: hanzi are scored with the character bigram model given the
neighbours, common CJK punctuation, other symbols and other scripts get fixed priors
(:data:`PUNCT_LOGP`, :data:`SYMBOL_LOGP`, :data:`OTHER_LOGP`) so that they compete; only a
common hanzi or common punctuation mark that wins by :data:`RESYNC_MARGIN` is written. A
character with all its bytes lost, or of another length, is always U+FFFD.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from zhnews.chardata import big5_common, gb2312_level1, is_han
from zhnews.encoding.chains import LOSSY_MARKERS
from zhnews.encoding.lossy import MARGIN
from zhnews.langmodel import model

__all__ = ["RESYNC_MARGIN", "SUPPORTED", "Resync", "resync_utf8"]

#: Natural-log margin by which an inferred character must beat the runner-up. The lossy
#: GBK margin (:data:`zhnews.encoding.lossy.MARGIN`) is too loose here: Big5 and cp932 lose
#: lead bytes and middle bytes too. On 1,000 dev-corpus lines, 3 nats gave 73 wrong of 922
#: inferences through Big5 and 7 of 2,017 through cp932; three times that gave none on all
#: 3,010 lines, for every codec (``benchmarks/bench_resync.py``).
RESYNC_MARGIN = 3.0 * MARGIN

#: Misread codecs (Python names) whose markers stand for exactly one lost byte.
SUPPORTED = ("big5", "cp950", "big5hkscs", "cp932", "shift_jis", "gbk")

#: Common CJK punctuation: candidates for a damaged character besides hanzi.
PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】—…·～\u3000")
#: Log-probability given to a punctuation candidate (the model only knows hanzi) ...
PUNCT_LOGP = -4.5
#: ... to other CJK and general symbols (full-width forms, ``｜``, ``①``) ...
SYMBOL_LOGP = -8.5
#: ... and to every other character (kana, hangul, other scripts): competitors only.
OTHER_LOGP = -14.0

# Viterbi costs: how much each reading of the byte stream is disbelieved.
_LEAD_COST = {2: 2.0, 3: 1.0, 4: 5.0}  # unknown lead byte opening a 2/3/4-byte character
_LITERAL_COST = {"?": 1.3, "・": 2.0}  # a marker character that is really itself
_MARKER_KEEP = 3.0  # a marker kept as it is (a U+FFFD that was in the text)
_FOREIGN_COST = 20.0  # an encodable non-ASCII character that the chain cannot explain
_ABORT_COST = 8.0  # a character cut short: its continuation bytes never came
#: Chain rejected when more than this share of its multi-byte characters needed a break.
_MAX_BREAK_SHARE = 0.25

# Range allowed for the next continuation byte, by constraint id.
_RANGES = ((0x80, 0xBF), (0xA0, 0xBF), (0x80, 0x9F), (0x90, 0xBF), (0x80, 0x8F))

# action kinds in the back-pointers
_READ = 0
_KEEP = 1

_State = tuple[int, int]  # (continuation bytes still needed, constraint id)
# Byte values; a lost byte is written as minus the bit mask of the values it may have had.
_Reading = tuple[int, ...]


@dataclass(frozen=True)
class Resync:
    """Outcome of :func:`resync_utf8`.

    ``text`` is the repaired text; ``exact`` counts the characters whose bytes all survived;
    ``inferred`` lists (position in ``text``, character) for characters restored from part
    of their bytes; ``lost`` counts the characters written as U+FFFD; ``restored`` counts
    the exact characters of more than one byte (the proof that the chain happened: a run of
    markers alone, ``����2.txt``, may come from any lossy decoder).
    """

    text: str
    exact: int
    inferred: tuple[tuple[int, str], ...]
    lost: int
    restored: int = 0


def _py_name(misread: str) -> Optional[str]:
    try:
        name = codecs.lookup(misread).name
    except (LookupError, TypeError, ValueError):
        return None
    name = name.replace("-", "_")
    aliases = {"big5_hkscs": "big5hkscs", "ms932": "cp932", "shift_jis": "shift_jis"}
    name = aliases.get(name, name)
    return name if name in SUPPORTED else None


@lru_cache(maxsize=8)
def _reverse(codec: str) -> tuple[dict[str, tuple[bytes, ...]], dict[str, bytes]]:
    """Every byte sequence the decoder maps to each character, and its two-character decodes."""
    rev: dict[str, list[bytes]] = {}
    pairs: dict[str, bytes] = {}
    for b in range(256):
        try:
            s = bytes((b,)).decode(codec)
        except UnicodeDecodeError:
            continue
        if len(s) == 1:
            rev.setdefault(s, []).append(bytes((b,)))
    for lead in range(0x80, 0x100):
        if bytes((lead,)).decode(codec, "replace") != "\ufffd":
            continue  # a one-byte character: it is never a lead
        for trail in range(256):
            raw = bytes((lead, trail))
            try:
                s = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                rev.setdefault(s, []).append(raw)
            elif len(s) == 2:
                pairs.setdefault(s, raw)
    return {c: tuple(v) for c, v in rev.items()}, pairs


def _range_mask(lo: int, hi: int) -> int:
    return ((1 << (hi + 1)) - 1) ^ ((1 << lo) - 1)


@lru_cache(maxsize=8)
def _lost_masks(codec: str) -> tuple[int, tuple[int, ...]]:
    """Which bytes the decoder can lose: before an unknown byte, and before each known one.

    A byte is lost when it is not a character by itself and either no pair starts with it
    or the pair it starts with the next byte is invalid (then only the lead is consumed).
    """
    single = [_decodes(bytes((b,)), codec) for b in range(256)]
    lost_any = 0
    for b in range(256):
        if not single[b]:
            lost_any |= 1 << b
    before = []
    for nxt in range(256):
        mask = 0
        for b in range(0x80, 0x100):
            if not single[b] and not _decodes(bytes((b, nxt)), codec):
                mask |= 1 << b
        before.append(mask)
    return lost_any, tuple(before)


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _readings(
    c: str, rev: dict[str, tuple[bytes, ...]], markers: frozenset[str], lost: int
) -> list[tuple[_Reading, float]]:
    out: list[tuple[_Reading, float]] = []
    raws = rev.get(c, ())
    if raws:
        # A character with several encodings (cp932's NEC/IBM duplicates, Big5's "＼") is
        # read once, with the bytes where the encodings differ unknown: which one the page
        # had cannot be told, so the characters they belong to are not exact.
        out.append((_merge(raws), 0.0))
    if c in markers:
        literal = [(r, _LITERAL_COST.get(c, 2.0)) for r, _ in out]
        out = [((-lost,), 0.0), *literal]
    return out


def _merge(raws: tuple[bytes, ...]) -> _Reading:
    if len(raws) == 1 or len({len(raw) for raw in raws}) > 1:
        return tuple(raws[0])
    out: list[int] = []
    for k in range(len(raws[0])):
        values = {raw[k] for raw in raws}
        out.append(values.pop() if len(values) == 1 else -sum(1 << v for v in values))
    return tuple(out)


_LEAD_MASKS = {2: _range_mask(0xC2, 0xDF), 3: _range_mask(0xE0, 0xEF), 4: _range_mask(0xF0, 0xF4)}


def _feed(state: _State, b: int) -> list[tuple[_State, float, int]]:
    """UTF-8 decoder step: (next state, cost, lead length or 0) for byte ``b``."""
    need, con = state
    lo, hi = _RANGES[con]
    if need:
        if b < 0:
            return [((need - 1, 0), 0.0, 0)] if -b & _range_mask(lo, hi) else []
        return [((need - 1, 0), 0.0, 0)] if lo <= b <= hi else []
    if b < 0:  # a lost byte is never ASCII: it opened a multi-byte character
        out = [((n - 1, 0), cost, n) for n, cost in _LEAD_COST.items() if -b & _LEAD_MASKS[n]]
        if -b & 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:  # an uncertain byte of a duplicate
            out.append(((0, 0), 0.0, 1))
        return out
    if b < 0x80:
        return [((0, 0), 0.0, 1)]
    if 0xC2 <= b <= 0xDF:
        return [((1, 0), 0.0, 2)]
    if 0xE0 <= b <= 0xEF:
        return [((2, {0xE0: 1, 0xED: 2}.get(b, 0)), 0.0, 3)]
    if 0xF0 <= b <= 0xF4:
        return [((3, {0xF0: 3, 0xF4: 4}.get(b, 0)), 0.0, 4)]
    return []


@lru_cache(maxsize=4096)
def _walk(state: _State, reading: _Reading) -> tuple[tuple[_State, float, tuple[int, ...]], ...]:
    """Every way ``reading`` can follow ``state``: end state, cost, lead lengths per byte."""
    paths: list[tuple[_State, float, tuple[int, ...]]] = [(state, 0.0, ())]
    for b in reading:
        nxt: list[tuple[_State, float, tuple[int, ...]]] = []
        for st, cost, leads in paths:
            for st2, c2, lead in _feed(st, b):
                nxt.append((st2, cost + c2, (*leads, lead)))
        paths = nxt
    best: dict[_State, tuple[_State, float, tuple[int, ...]]] = {}
    for p in paths:
        if p[0] not in best or p[1] < best[p[0]][1]:
            best[p[0]] = p
    return tuple(best.values())


# A back-pointer: (previous state, action, token length in chars, reading, lead lengths,
# aborted-before flag).
_Back = tuple[_State, int, int, _Reading, tuple[int, ...], bool]


def _markers(text: str) -> frozenset[str]:
    """The markers that ``text`` uses: a decoder writes one kind. Next to U+FFFD, ``?`` and
    ``・`` are themselves; when both of those occur, the rarer one is itself."""
    if "\ufffd" in text:
        return frozenset("\ufffd")
    q, dot = text.count("?"), text.count("・")
    if q and dot and q != dot:
        return frozenset("?" if q > dot else "・")
    return LOSSY_MARKERS


def _viterbi(
    text: str, codec: str
) -> Optional[list[tuple[int, str, _Reading, tuple[int, ...], bool]]]:
    """Best parse: per token (action, chars, reading, lead lengths, aborted-before)."""
    rev, pairs = _reverse(codec)
    n = len(text)
    start: _State = (0, 0)
    # cost and back-pointers per character position; positions with no entry are unreached
    costs: list[Optional[dict[_State, float]]] = [None] * (n + 1)
    backs: list[Optional[dict[_State, _Back]]] = [None] * (n + 1)
    costs[0] = {start: 0.0}
    backs[0] = {}
    lost_any, lost_before = _lost_masks(codec)
    reading_cache: dict[tuple[str, int], list[tuple[_Reading, float]]] = {}
    markers = _markers(text)
    for i in range(n):
        here = costs[i]
        if here is None:
            continue
        c = text[i]
        tokens: list[tuple[int, list[tuple[_Reading, float]]]] = []
        lost = lost_any
        if c in markers and i + 1 < n:
            after = rev.get(text[i + 1], ())
            if len(after) == 1 and text[i + 1] not in markers:
                lost = lost_before[after[0][0]]
        rd = reading_cache.get((c, lost))
        if rd is None:
            rd = _readings(c, rev, markers, lost)
            reading_cache[(c, lost)] = rd
        tokens.append((1, rd))
        if pairs and i + 1 < n and text[i : i + 2] in pairs:
            tokens.append((2, [(tuple(pairs[text[i : i + 2]]), 0.0)]))
        is_marker = c in markers
        keep_cost = 0.0 if not rd else (_MARKER_KEEP if is_marker else _FOREIGN_COST)
        if len(here) == 1 and len(tokens) == 1 and len(rd) == 1 and costs[i + 1] is None:
            # fast path: one live state and one way to read the character
            ((st, base),) = here.items()
            paths = _walk(st, rd[0][0])
            if len(paths) == 1 and not is_marker:
                st2, wcost, leads = paths[0]
                costs[i + 1] = {st2: base + wcost}
                backs[i + 1] = {st2: (st, _READ, 1, rd[0][0], leads, False)}
                continue
        for st, base in here.items():
            # Reading the token is tried first; a character cut short (abort) and a character
            # kept as it is are tried only where it cannot be read, or for a marker.
            entries: list[tuple[_State, float, bool]] = [(st, base, False)]
            if st[0]:
                entries.append(((0, 0), base + _ABORT_COST, True))
            for st0, cost0, aborted in entries:
                moved = False
                for length, readings in tokens:
                    for reading, rcost in readings:
                        for st2, wcost, leads in _walk(st0, reading):
                            moved = True
                            _relax(
                                costs,
                                backs,
                                i + length,
                                st2,
                                cost0 + rcost + wcost,
                                (st, _READ, length, reading, leads, aborted),
                            )
                if st0[0] == 0 and (is_marker or not moved):
                    _relax(
                        costs, backs, i + 1, st0, cost0 + keep_cost, (st, _KEEP, 1, (), (), aborted)
                    )
                    moved = True
                if moved:
                    break
    final = costs[n]
    if not final:
        return None
    end_cost = {st: v + (_ABORT_COST if st[0] else 0.0) for st, v in final.items()}
    st = min(end_cost, key=lambda s: end_cost[s])
    out: list[tuple[int, str, _Reading, tuple[int, ...], bool]] = []
    pos = n
    end_abort = st[0] != 0
    while pos > 0:
        back = backs[pos]
        assert back is not None
        prev, action, length, reading, leads, aborted = back[st]
        out.append((action, text[pos - length : pos], reading, leads, aborted))
        pos -= length
        st = prev
    out.reverse()
    if end_abort:
        out.append((_KEEP, "", (), (), True))
    return out


def _relax(
    costs: list[Optional[dict[_State, float]]],
    backs: list[Optional[dict[_State, _Back]]],
    pos: int,
    st: _State,
    total: float,
    back: _Back,
) -> None:
    slot = costs[pos]
    if slot is None:
        slot = {}
        costs[pos] = slot
        backs[pos] = {}
    old = slot.get(st)
    if old is None or total < old:
        slot[st] = total
        b = backs[pos]
        assert b is not None
        b[st] = back


# One output unit: a finished character ("exact"), a character with unknown bytes
# ("partial", its bytes), or a character kept from the input ("kept").
_Unit = tuple[str, str, _Reading]


def _units(
    parse: list[tuple[int, str, _Reading, tuple[int, ...], bool]],
) -> tuple[list[_Unit], int]:
    units: list[_Unit] = []
    breaks = 0
    cur: list[int] = []
    need = 0

    def close() -> None:
        nonlocal cur, need
        if cur:
            if need or min(cur) < 0:
                units.append(("partial", "", tuple(cur)))
            else:
                try:
                    units.append(("exact", bytes(cur).decode("utf-8"), tuple(cur)))
                except UnicodeDecodeError:
                    units.append(("partial", "", tuple(cur)))
        cur = []
        need = 0

    for action, chars, reading, leads, aborted in parse:
        if aborted:
            breaks += 1
            close()  # the cut-short character: its missing bytes make it partial
        if action == _KEEP:
            close()
            if chars:
                units.append(("kept", chars, ()))
            continue
        for b, lead in zip(reading, leads):
            if lead:
                close()
                need = lead - 1
                cur = [b]
                if lead == 1:
                    close()
            else:
                cur.append(b)
                need -= 1
                if need == 0:
                    close()
    close()
    return units, breaks


def _allowed(mask: int, lo: int, hi: int) -> list[int]:
    return [v for v in range(lo, hi + 1) if mask >> v & 1]


@lru_cache(maxsize=8192)
def _candidates(pattern: _Reading) -> tuple[tuple[str, ...], tuple[tuple[float, str], ...]]:
    """Every character that a three-byte ``pattern`` can be: (hanzi, other characters with
    their prior log-probability). Other characters are never written, only competitors."""
    options: list[list[int]] = []
    for k, b in enumerate(pattern):
        if b >= 0:
            options.append([b])
        else:
            options.append(_allowed(-b, 0xE0, 0xEF) if k == 0 else _allowed(-b, 0x80, 0xBF))
    han: list[str] = []
    other: list[tuple[float, str]] = []
    for x in options[0]:
        for y in options[1]:
            for z in options[2]:
                try:
                    c = bytes((x, y, z)).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if is_han(c):
                    han.append(c)
                else:
                    other.append((_prior(c), c))
    return tuple(han), tuple(other)


def _prior(c: str) -> float:
    """Log-probability of a non-hanzi candidate: common punctuation, symbols, the rest."""
    if c in PUNCTUATION:
        return PUNCT_LOGP
    o = ord(c)
    if (
        0x2000 <= o <= 0x2BFF
        or 0x3000 <= o <= 0x303F
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
    ):
        return SYMBOL_LOGP
    return OTHER_LOGP


@lru_cache(maxsize=1)
def _winnable() -> frozenset[str]:
    return gb2312_level1() | big5_common() | PUNCTUATION


@lru_cache(maxsize=65536)
def _infer(pattern: _Reading, prev: str, nxt: str, margin: float) -> Optional[str]:
    """The character ``pattern`` (bytes, some unknown) clearly was, given its neighbours."""
    if len(pattern) != 3 or min(pattern) >= 0 or max(pattern) < 0:
        return None  # only three-byte characters with at least one byte known
    if not ((prev and is_han(prev)) or (nxt and is_han(nxt))):
        return None
    han, other = _candidates(pattern)
    m = model()
    scored = list(other)
    right0 = m.char_logp(nxt) if nxt and is_han(nxt) else 0.0
    for c in han:
        s = m.pair_logp(prev, c) if prev and is_han(prev) else m.char_logp(c)
        if nxt and is_han(nxt):
            s += m.pair_logp(c, nxt) - right0
        scored.append((s, c))
    if not scored:
        return None
    scored.sort(reverse=True)
    best_score, best = scored[0]
    second = scored[1][0] if len(scored) > 1 else -1e9
    if best in _winnable() and best_score - second >= margin:
        return best
    return None


def resync_utf8(
    text: str, misread: str, *, infer: bool = True, margin: Optional[float] = None
) -> Optional[Resync]:
    """Repair UTF-8 that ``misread`` (a Big5 or Shift-JIS codec, or GBK) decoded with loss.

    Each lossy marker (U+FFFD, ``?``, ``・``) in ``text`` stands for one lost byte. Returns
    None when ``text`` is not consistent with that chain (clean text included). With
    ``infer=False`` damaged characters are always written as U+FFFD; ``margin`` overrides
    :data:`RESYNC_MARGIN`.

    >>> r = resync_utf8("銝剜��", "big5")
    >>> r.text, r.exact, r.lost
    ('中\\ufffd', 1, 1)
    >>> resync_utf8("譁ｰ髣ｻ謚･驕�", "cp932").text
    '新闻报\\ufffd'
    >>> resync_utf8("中文", "big5") is None
    True
    """
    if not isinstance(text, str) or not isinstance(misread, str):
        return None
    codec = _py_name(misread)
    if codec is None or not text:
        return None
    parse = _viterbi(text, codec)
    if parse is None:
        return None
    units, breaks = _units(parse)
    multi = 0
    for kind, chars, raw in units:
        if kind == "kept":
            if chars in LOSSY_MARKERS or not _reverse(codec)[0].get(chars[:1]):
                continue
            if ord(chars[0]) >= 0x80:
                breaks += 1
        elif len(raw) > 1:
            multi += 1
    if multi == 0 or breaks > _MAX_BREAK_SHARE * multi:
        return None
    lim = RESYNC_MARGIN if margin is None else margin
    out: list[str] = []
    inferred: list[tuple[int, str]] = []
    exact = 0
    restored = 0
    lost = 0
    pos = 0
    for k, (kind, chars, raw) in enumerate(units):
        if kind == "exact":
            out.append(chars)
            exact += 1
            restored += len(raw) > 1
        elif kind == "kept":
            out.append(chars)
        else:
            guess: Optional[str] = None
            if infer:
                prev = out[-1][-1] if out and out[-1] else ""
                nxt = units[k + 1][1] if k + 1 < len(units) and units[k + 1][0] == "exact" else ""
                guess = _infer(raw, prev, nxt, lim)
            if guess is None:
                out.append("\ufffd")
                lost += 1
            else:
                inferred.append((pos, guess))
                out.append(guess)
        pos += len(out[-1])
    result = "".join(out)
    if result == text:
        return None
    return Resync(result, exact, tuple(inferred), lost, restored)

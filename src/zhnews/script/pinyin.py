"""Remove readings inserted by pinyin-annotating mirror sites, restoring the spans they broke.

Some mirror sites convert a page to traditional script, encode it as GBK and insert
``(pinyin)`` into the raw bytes after every byte-level occurrence of a per-page list of
characters (``人民網(wǎng)``). An occurrence that straddles two characters puts the reading
between the bytes of a character; the PHP decoder then turns the stray lead byte and the
``(`` into one ``?`` (``人民日?qǐng)?bào)`` for 人民日報). Both steps are reversible wherever
the bytes survive, so this module:

1. decides per document whether the mechanism is present (enough readings that are
   readings of the character before them, nearly all on traditional-only characters,
   nearly every occurrence of those characters annotated; or the ``?py)`` signature);
2. restores each damaged window by byte-level re-alignment (see ``_pinyin_repair``):
   exact when the surviving bytes determine the original, a ranked guess otherwise;
3. removes the remaining inserted readings, leaving every other parenthesis alone.

Documents without the mechanism come back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from zhnews._guards import require_str
from zhnews.changes import Change, Edit, apply_edits
from zhnews.chardata import is_han
from zhnews.script._pinyin_data import ReadingData, has_tone, tables
from zhnews.script._pinyin_repair import Slot, slot_for_char, solve_window

__all__ = ["strip_pinyin", "strip_pinyin_and_explain"]

STEP = "pinyin"
REASON_REMOVED = "inserted reading removed"
REASON_EXACT = "damaged span restored (exact)"
REASON_INFERRED = "damaged span restored (inferred, ranked guess)"
REASON_UNRESTORED = "inserted reading removed (damaged span could not be restored)"

#: Letters of a pinyin syllable as the mirrors write it (tone-marked or toneless).
_SYL = "a-zêüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
#: ``(py)`` (either parenthesis width) or the damage signature ``?py)``.
_TOKEN = re.compile("([(（?])([" + _SYL + "]{1,6})[)）]")

#: ASCII characters that the crawl store may have narrowed from full-width GBK pairs.
_NARROWED = frozenset(",:() ")
#: Minimum number of reading-consistent annotations for the annotation evidence.
MIN_TONED = 2
MIN_TONELESS = 3
#: Share of annotated characters that must be script-variant characters.
MIN_VARIANT_SHARE = 0.9
#: Share of the occurrences of annotated characters that must be annotated.
MIN_COVERAGE = 0.8
#: Limits that keep each repair window small (and the whole pass linear).
MAX_MARKS_PER_WINDOW = 8
MAX_UNITS_AFTER_MARK = 40
#: Windows per document that may use the inferring pass (keeps hostile input linear and
#: fast): a base allowance plus one per this many characters.
INFER_BASE = 100
INFER_PER_CHARS = 1000
#: A page with more ``?py)`` marks than this (base plus one per so many characters) is not
#: plausible mirror output; its marks are left alone (its readings still go).
MARKS_BASE = 50
MARKS_PER_CHARS = 50
#: How much text is sampled to tell a traditional page from a simplified one.
SCRIPT_SAMPLE = 20_000


class _Ed(NamedTuple):
    """A planned edit (a light twin of ``changes.Edit``; millions may be planned)."""

    start: int
    end: int
    after: str
    reason: str


class _Token(NamedTuple):
    start: int
    end: int
    mark: bool  # True for the ``?py)`` signature, False for ``(py)``
    py: str
    valid: bool  # for ``(py)``: a reading of the character (or byte pair) before it


def strip_pinyin(text: str) -> str:
    """Remove mirror-inserted readings and restore the characters they damaged.

    Text without the mirror mechanism (including ordinary parentheses and single glosses)
    is returned unchanged.

    >>> strip_pinyin("人民網(wǎng)-人民日?qǐng)?bào)")
    '人民網-人民日報'
    """
    require_str(text, "strip_pinyin")
    edits = _edits(text)
    if not edits:
        return text
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            continue
        out.append(text[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def strip_pinyin_and_explain(text: str) -> tuple[str, list[Change]]:
    """Like :func:`strip_pinyin`, and list every removal and restoration as a ``Change``.

    >>> out, changes = strip_pinyin_and_explain("當(dāng)?shù)禺a(chǎn)品")
    >>> out
    '當地產品'
    >>> [(c.before, c.after, c.reason) for c in changes]  # doctest: +NORMALIZE_WHITESPACE
    [('(dāng)', '', 'inserted reading removed'),
     ('?shù)禺a(chǎn)', '地產', 'damaged span restored (exact)')]
    """
    require_str(text, "strip_pinyin_and_explain")
    edits = _edits(text)
    if not edits:
        return text, []
    return apply_edits(text, [Edit(*e) for e in edits], STEP)


def _edits(text: str) -> list[_Ed]:
    if ")" not in text and "）" not in text:
        return []
    t = tables()
    tokens = _scan(text, t)
    if not tokens:
        return []
    if not _is_mirror(text, tokens, t):
        return []
    keys = _page_keys(text, tokens, t)
    return _plan(text, tokens, keys, t)


# -- scanning ------------------------------------------------------------------------------


def _gbk2(c: str) -> bytes:
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        return b""
    return b if len(b) == 2 else b""


def _scan(text: str, t: ReadingData) -> list[_Token]:
    out: list[_Token] = []
    syllable: dict[str, bool] = {}
    reads: dict[tuple[str, str], bool] = {}
    for m in _TOKEN.finditer(text):
        py = m.group(2)
        ok = syllable.get(py)
        if ok is None:
            ok = syllable[py] = t.is_syllable(py)
        if not ok:
            continue
        start = m.start()
        if m.group(1) == "?":
            out.append(_Token(start, m.end(), True, py, True))
            continue
        valid = False
        if start > 0:
            x = text[start - 1]
            got = reads.get((x, py))
            if got is None:
                got = reads[(x, py)] = t.reads_as(x, py)
            if got:
                valid = True
            elif "!" <= x <= "~" and start > 1:
                # the reading of a key that straddles the previous character and this byte
                p = start - 2
                if out and out[-1].end == start - 1 and not out[-1].mark:
                    p = out[-1].start - 1  # the previous character carries its own reading
                prev = _gbk2(text[p]) if p >= 0 else b""
                if prev:
                    c = t.pair[prev[1] << 8 | ord(x)]
                    valid = bool(c) and t.reads_by_default(c, py)
        out.append(_Token(start, m.end(), False, py, valid))
    return out


def _page_keys(text: str, tokens: list[_Token], t: ReadingData) -> dict[int, str]:
    """The page's key list as seen: the GBK code of every annotated character."""
    keys: dict[int, str] = {}
    seen: set[tuple[str, str]] = set()
    by_end = {tok.end - 1: tok for tok in tokens if not tok.mark}
    for tok in tokens:
        if tok.mark or not tok.valid:
            continue
        x = text[tok.start - 1]
        if (x, tok.py) in seen and is_han(x):
            continue
        seen.add((x, tok.py))
        b = _gbk2(x)
        if b:
            keys.setdefault(b[0] << 8 | b[1], tok.py)
        elif tok.start > 1 and ord(x) < 0x80:
            p = tok.start - 2
            if p in by_end:
                p = by_end[p].start - 1
            prev = _gbk2(text[p]) if p >= 0 else b""
            if prev:
                keys.setdefault(prev[1] << 8 | ord(x), tok.py)
    return keys


def _is_mirror(text: str, tokens: list[_Token], t: ReadingData) -> bool:
    if any(tok.mark and has_tone(tok.py) and _mark_in_han_context(text, tok) for tok in tokens):
        return True
    toned: list[str] = []
    plain: list[str] = []
    tone_of: dict[str, bool] = {}
    for tok in tokens:
        if tok.mark or not tok.valid:
            continue
        x = text[tok.start - 1]
        if not is_han(x):
            continue
        # an exact reading (tone marks, or a neutral-tone syllable such as 們 men) counts
        # with the tone-marked evidence; a reading matching only without tones does not
        exact = tone_of.get(x + tok.py)
        if exact is None:
            exact = tone_of[x + tok.py] = tok.py in t.readings.get(x, ())
        (toned if exact else plain).append(x)
    for chars, minimum, variant in (
        (toned, MIN_TONED, t.trad_only),
        (plain, MIN_TONELESS, t.trad_only | t.simp_only),
    ):
        if len(chars) < minimum or len(set(chars)) < 2:
            continue
        share = sum(1 for c in chars if c in variant) / len(chars)
        if share < MIN_VARIANT_SHARE:
            continue
        if _coverage(text, chars) >= (1.0 if len(chars) < 5 else MIN_COVERAGE):
            return True
    return False


def _mark_in_han_context(text: str, tok: _Token) -> bool:
    """A ``?py)`` signature counts when a two-byte GBK character (or a reading) precedes it."""
    if tok.start == 0:
        return False
    before = text[tok.start - 1]
    # ",:()" may be narrowed full-width pairs, whose second byte can start a key
    return is_han(before) or before in ",:()）" or bool(_gbk2(before))


def _coverage(text: str, annotated: list[str]) -> float:
    """Share of the occurrences of the annotated characters that carry a reading."""
    chars = sorted(set(annotated))
    pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
    total = sum(1 for _ in pattern.finditer(text))
    return len(annotated) / total if total else 0.0


def _looks_traditional(text: str, t: ReadingData) -> bool:
    sample = text[:SCRIPT_SAMPLE]
    trad = sum(1 for c in sample if c in t.trad_only)
    simp = sum(1 for c in sample if c in t.simp_only)
    return trad >= simp


# -- planning the edits --------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """One observed unit of a window: a character (with the reading after it) or a mark."""

    slot: Slot
    start: int  # the character (or the whole ``?py)`` mark)
    end: int
    ann_end: int  # end of the reading after the character; == end when there is none


def _plan(text: str, tokens: list[_Token], keys: dict[int, str], t: ReadingData) -> list[_Ed]:
    by_start = {tok.start: tok for tok in tokens}
    by_end = {tok.end: tok for tok in tokens if not tok.mark}
    traditional = _looks_traditional(text, t)
    narrow_out = "，" not in text and "：" not in text
    edits: list[_Ed] = []
    covered_to = 0
    spans: list[tuple[int, int]] = []
    budget = INFER_BASE + len(text) // INFER_PER_CHARS
    n_marks = sum(1 for tok in tokens if tok.mark)
    repair = n_marks <= MARKS_BASE + len(text) // MARKS_PER_CHARS
    for tok in tokens:
        if not repair or not tok.mark or tok.start < covered_to:
            continue
        units = _window(text, tok, by_start, by_end, covered_to)
        start, end = units[0].start, units[-1].ann_end
        sol = solve_window(
            [u.slot for u in units],
            text[start:end],
            keys,
            traditional=traditional,
            narrow_out=narrow_out,
            ctx_left=text[start - 1] if start > 0 else "",
            ctx_right=text[end] if end < len(text) else "",
            infer=budget > 0,
        )
        if sol is None:
            restored = "".join(text[u.start : u.end] for u in units if not u.slot.unknown)
            reason = REASON_UNRESTORED
        else:
            restored = sol.text
            reason = REASON_EXACT if sol.exact else REASON_INFERRED
        if sol is None or not sol.exact:
            budget -= 1
        edits.extend(_window_edits(text, units, restored, reason))
        spans.append((start, end))
        covered_to = end
    span_i = 0
    for tok in tokens:
        if tok.mark or not tok.valid:
            continue
        while span_i < len(spans) and spans[span_i][1] <= tok.start:
            span_i += 1
        if span_i < len(spans) and spans[span_i][0] < tok.end:
            continue  # inside a repaired window
        edits.append(_Ed(tok.start, tok.end, "", REASON_REMOVED))
    return edits


def _window(
    text: str,
    mark: _Token,
    by_start: dict[int, _Token],
    by_end: dict[int, _Token],
    floor: int,
) -> list[_Unit]:
    """The units around a damage mark that a repair must re-align (never empty)."""
    units: list[_Unit] = []
    before = by_end.get(mark.start)
    char_pos = before.start - 1 if before is not None and before.valid else mark.start - 1
    if char_pos >= floor and char_pos >= 0 and text[char_pos] not in "\r\n":
        slot = slot_for_char(text[char_pos])
        if slot is not None:
            if before is not None and before.valid:
                slot = Slot(slot.alts, before.py, literal_q=slot.literal_q)
            units.append(_Unit(slot, char_pos, char_pos + 1, mark.start))
    pos = mark.start
    n = len(text)
    marks = 0
    since_mark = 0
    while pos < n:
        tok = by_start.get(pos)
        if tok is not None and tok.mark:
            if marks >= MAX_MARKS_PER_WINDOW:
                break
            units.append(_Unit(Slot((), tok.py, unknown=True), tok.start, tok.end, tok.end))
            marks += 1
            since_mark = 0
            pos = tok.end
            continue
        if tok is not None:
            break  # a reading with no character before it: leave it to the plain pass
        c = text[pos]
        if c in "\r\n":
            break
        slot = slot_for_char(c)
        if slot is None:
            break
        nxt = pos + 1
        ann = by_start.get(nxt)
        if ann is not None and not ann.mark:
            slot = Slot(slot.alts, ann.py, literal_q=slot.literal_q)
            nxt = ann.end
        elif slot.literal_q and nxt == n:
            slot = Slot(slot.alts, None, literal_q=True, final=True)
        units.append(_Unit(slot, pos, pos + 1, nxt))
        pos = nxt
        since_mark += 1
        if (ord(c) < 0x80 and c not in _NARROWED) or since_mark >= MAX_UNITS_AFTER_MARK:
            # after a single-byte character the decoder is back in step (",:() " may be
            # narrowed full-width pairs, decoded out of step, so they do not count)
            break
    return units


def _window_edits(text: str, units: list[_Unit], restored: str, reason: str) -> list[_Ed]:
    """One edit for the re-aligned core of a window, plus plain removals around it.

    Units at either end whose character survived unchanged keep it; only their readings go.
    """
    i, j = 0, 0
    while (
        i < len(units)
        and j < len(restored)
        and not units[i].slot.unknown
        and text[units[i].start] == restored[j]
    ):
        i += 1
        j += 1
    k, r = len(units), len(restored)
    while (
        k > i
        and r > j
        and not units[k - 1].slot.unknown
        and text[units[k - 1].start] == restored[r - 1]
    ):
        k -= 1
        r -= 1
    edits = [
        _Ed(u.end, u.ann_end, "", REASON_REMOVED)
        for u in (*units[:i], *units[k:])
        if u.ann_end > u.end
    ]
    if i < k:
        edits.append(_Ed(units[i].start, units[k - 1].ann_end, restored[j:r], reason))
    elif j < r:
        edits.append(
            _Ed(
                units[i - 1].ann_end if i else units[0].start,
                units[i - 1].ann_end if i else units[0].start,
                restored[j:r],
                reason,
            )
        )
    return edits

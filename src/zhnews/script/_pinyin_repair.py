"""Byte-level re-alignment of a span damaged by a pinyin-annotating mirror.

A window of observed text is turned into *slots*: characters whose GBK bytes survived
(some with several possible byte forms, e.g. ``,`` was ASCII or a narrowed ``，``) and
``?`` marks, each an unknown lead byte that swallowed the ``(`` of the reading after it.
A beam search rebuilds the original byte stream left to right, decoding it in step:
every surviving reading must be a key (a character with that default reading) formed by
the two bytes before it, no unannotated key may occur, and every decoded pair must be a
real character. The exact pass allows no lost byte; if it yields one answer that re-runs
through the forward model to the observed text, the repair is exact. Otherwise a second
pass may insert up to two lost bytes (Private Use pairs, swallowed ASCII) and ranks the
candidates with the shared character model: an inferred guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from zhnews.chardata import is_han
from zhnews.langmodel import model
from zhnews.script._pinyin_data import ReadingData, has_tone, tables
from zhnews.script._pinyin_mirror import NARROW, insert_readings, narrow, php_gbk_decode

__all__ = ["Slot", "Solution", "solve_window"]

#: Score charged for each byte assumed lost from the stream.
LOST_BYTE_COST = -9.0
#: Score charged for a decoded character the character model has never seen.
UNKNOWN_CHAR_COST = -6.0
#: Score charged for a decoded symbol that news text rarely holds (full-width letters...).
ODD_CHAR_COST = -12.0
#: Characters other than known hanzi that a restored span may plausibly contain.
COMMON_SYMBOLS = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·　％")
#: Score charged for a candidate key that the page does not otherwise show.
NEW_KEY_COST = -1.5
#: Beam widths of the exact and the inferring pass; bound on the work per window.
EXACT_WIDTH = 256
INFER_WIDTH = 24
#: Candidates kept per inserted byte (best by the character model).
INSERT_FANOUT = 6
MAX_LOST = 2
#: Tie-breaker that reads a plain ``?`` after a pending lead as the stray lead itself.
STRAY_LEAD_BONUS = 0.5

_WIDE_OF = {v: k for k, v in NARROW.items()}


@dataclass(frozen=True)
class Slot:
    """One observed unit: a character (``alts``: its possible byte forms) or a ``?`` mark.

    ``marker`` is the reading that follows the unit (for a ``?`` mark it is the reading
    whose ``(`` was swallowed). ``literal_q`` marks a plain ``?`` (possibly a stray lead
    byte), ``final`` a unit that ends the text.
    """

    alts: tuple[bytes, ...]
    marker: str | None
    unknown: bool = False
    literal_q: bool = False
    final: bool = False


@dataclass(frozen=True)
class Solution:
    """The restored characters of a window; ``exact`` when the bytes fully determine them."""

    text: str
    exact: bool


@dataclass
class _State:
    score: float
    pending: int
    last: int
    prevc: str
    lost: int
    out: tuple[str, ...]
    data: bytes
    implied: tuple[tuple[int, str], ...]
    amb: bool


def plausible_char(c: str) -> bool:
    """True for ASCII and common CJK punctuation (hanzi are judged by the model)."""
    return ord(c) < 0x80 or c in COMMON_SYMBOLS


def slot_for_char(c: str) -> Slot | None:
    """The slot of an observed character, or None when it has no GBK form."""
    alts: list[bytes] = []
    for form in (c, _WIDE_OF.get(c)):
        if form is None:
            continue
        try:
            b = form.encode("gbk")
        except UnicodeEncodeError:
            continue
        if b == b"\x80":
            continue
        alts.append(b)
    if not alts:
        return None
    return Slot(tuple(alts), None, literal_q=c == "?")


#: Candidates per byte considered for a lost byte (the most frequent characters first).
PLAUSIBLE_PER_BYTE = 48
#: How many units after the last ``?`` mark a lost byte may still be assumed.
LOSS_REACH = 10
#: How many units before the exact pass's failure point the first guess places a loss.
LOSS_BACK = 3


@lru_cache(maxsize=2)
def _plausible(
    traditional: bool,
) -> tuple[dict[int, list[tuple[int, str]]], dict[int, list[tuple[int, str]]]]:
    """Per lead byte the likeliest trails, per trail byte the likeliest leads.

    Only characters the character model knows (in simplified form) qualify; on a
    traditional page simplified-only characters are left out.
    """
    m = model()
    t = tables()
    pair = t.pair
    simplified = t.simplified
    by_lead: dict[int, list[tuple[float, int, str]]] = {}
    by_trail: dict[int, list[tuple[float, int, str]]] = {}
    for code, c in enumerate(pair):
        if not c or not is_han(c) or (traditional and c in t.simp_only):
            continue
        s = simplified.get(c, c)
        if not m.knows(s):
            continue
        lp = m.char_logp(s)
        by_lead.setdefault(code >> 8, []).append((lp, code & 0xFF, c))
        by_trail.setdefault(code & 0xFF, []).append((lp, code >> 8, c))

    def top(d: dict[int, list[tuple[float, int, str]]]) -> dict[int, list[tuple[int, str]]]:
        return {
            k: [(b, c) for _lp, b, c in sorted(v, reverse=True)[:PLAUSIBLE_PER_BYTE]]
            for k, v in d.items()
        }

    return top(by_lead), top(by_trail)


_RANKED: dict[tuple[str, int, bool, bool], list[tuple[int, str]]] = {}
_RANKED_MAX = 50_000


def _remember(key: tuple[str, int, bool, bool], value: list[tuple[int, str]]) -> None:
    if len(_RANKED) >= _RANKED_MAX:
        _RANKED.clear()
    _RANKED[key] = value


class _Solver:
    def __init__(
        self,
        keys: Mapping[int, str],
        traditional: bool,
        toneless_page: bool,
        narrow_out: bool,
        ctx_left: str,
        ctx_right: str,
    ) -> None:
        self.t: ReadingData = tables()
        self.m = model()
        self.keys = keys
        self.key_chars = frozenset(self.t.pair[k] for k in keys)
        self.traditional = traditional
        self.toneless_page = toneless_page
        self.narrow_out = narrow_out
        self.simplified = self.t.simplified
        self.ctx_left = (
            self.simplified.get(ctx_left, ctx_left) if ctx_left and is_han(ctx_left) else ""
        )
        self.ctx_right = ctx_right

    # -- candidate keys for a reading --------------------------------------------------
    def key_ok(self, c: str) -> bool:
        if c in self.key_chars:
            return True
        if c in self.t.trad_only:
            return True
        return self.toneless_page and c in self.t.simp_only

    def lm_logp(self, prevc: str, c: str) -> float:
        """Character-model score of ``c`` (in simplified script) after ``prevc``."""
        c = self.simplified.get(c, c)
        score = self.m.pair_logp(prevc, c) if prevc else self.m.char_logp(c)
        if not self.m.knows(c):
            score += UNKNOWN_CHAR_COST
        return score

    def emit(self, st: _State, c: str, lost: int, extra: float) -> _State:
        if self.narrow_out:
            c = NARROW.get(c, c)
        if is_han(c):
            score = self.lm_logp(st.prevc, c)
            prevc = self.simplified.get(c, c)
        else:
            score = 0.0 if plausible_char(c) else ODD_CHAR_COST
            prevc = ""
        return _State(
            st.score + score + extra,
            -1,
            st.last,
            prevc,
            lost,
            (*st.out, c),
            st.data,
            st.implied,
            st.amb,
        )

    def feed(self, st: _State, byte: int, marker: str | None, lost: int) -> _State | None:
        """Append one original byte; None when it breaks a rule of the mechanism."""
        implied = st.implied
        extra = 0.0
        if st.last >= 0:
            code = st.last << 8 | byte
            if marker is not None:
                c = self.t.pair[code]
                if not c or not self.t.reads_by_default(c, marker) or not self.key_ok(c):
                    return None
                if code not in self.keys:
                    implied = (*implied, (code, marker))
                    extra += NEW_KEY_COST
            elif code in self.keys:
                return None
        elif marker is not None:
            return None
        base = _State(
            st.score,
            st.pending,
            byte,
            st.prevc,
            lost,
            st.out,
            st.data + bytes((byte,)),
            implied,
            st.amb,
        )
        if st.pending >= 0:
            if byte < 0x40 or byte == 0x7F or byte == 0xFF:
                return None
            c = self.t.pair[st.pending << 8 | byte]
            if not c:
                return None
            return self.emit(base, c, lost, extra)
        if byte < 0x80:
            return self.emit(base, chr(byte), lost, extra)
        if byte == 0x80 or byte == 0xFF:
            return None
        base.pending = byte
        base.score += extra
        return base

    def feed_with_losses(
        self, st: _State, byte: int, marker: str | None, max_lost: int
    ) -> list[_State]:
        """``feed`` plus the variants where one byte was lost just before ``byte``."""
        out: list[_State] = []
        got = self.feed(st, byte, marker, st.lost)
        if got is not None:
            out.append(got)
        if st.lost >= max_lost or byte < 0x40:
            # a byte below 0x40 can never follow a dropped pair; a stray lead before it
            # shows as "?" (handled as ``literal_q``)
            return out
        lost = st.lost + 1
        if st.pending >= 0:
            # the trail of the pending character was lost
            for t, _c in self.ranked_trails(st.prevc, st.pending):
                s1 = self.feed(st, t, None, lost)
                if s1 is None:
                    continue
                s1.score += LOST_BYTE_COST
                s2 = self.feed(s1, byte, marker, lost)
                if s2 is not None:
                    out.append(s2)
                if lost < max_lost and 0x40 <= byte <= 0xFE and byte != 0x7F:
                    # a whole dropped pair: this trail and the lead of the next character
                    for lead, _c2 in self.ranked_leads(s1.prevc, byte):
                        s3 = self.feed(s1, lead, None, lost + 1)
                        if s3 is None:
                            continue
                        s3.score += LOST_BYTE_COST
                        s4 = self.feed(s3, byte, marker, lost + 1)
                        if s4 is not None:
                            out.append(s4)
        elif 0x40 <= byte <= 0xFE and byte != 0x7F:
            # the lead of a character whose trail is ``byte`` was lost
            for lead, _c in self.ranked_leads(st.prevc, byte):
                s1 = self.feed(st, lead, None, lost)
                if s1 is None:
                    continue
                s1.score += LOST_BYTE_COST
                s2 = self.feed(s1, byte, marker, lost)
                if s2 is not None:
                    out.append(s2)
        return out

    def ranked_trails(self, prevc: str, lead: int) -> list[tuple[int, str]]:
        return self._ranked_by(prevc, lead, True)

    def ranked_leads(self, prevc: str, trail: int) -> list[tuple[int, str]]:
        return self._ranked_by(prevc, trail, False)

    def _ranked_by(self, prevc: str, byte: int, by_lead: bool) -> list[tuple[int, str]]:
        """Candidates sharing ``byte`` (as lead, or as trail), ranked after ``prevc``; cached."""
        key = (prevc, byte, by_lead, self.traditional)
        got = _RANKED.get(key)
        if got is None:
            table = _plausible(self.traditional)[0 if by_lead else 1]
            got = self.ranked(prevc, table.get(byte, ()))
            _remember(key, got)
        return got

    def ranked(self, prevc: str, cands: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
        scored = [(self.lm_logp(prevc, c), b, c) for b, c in cands]
        scored.sort(reverse=True)
        return [(b, c) for _s, b, c in scored[:INSERT_FANOUT]]

    # -- the search ---------------------------------------------------------------------
    def run(
        self,
        slots: Sequence[Slot],
        max_lost: int,
        width: int,
        loss_from: int = 0,
        loss_to: int | None = None,
    ) -> tuple[list[_State], int]:
        """Beam search over the slots; returns the final states and where the beam died
        (``len(slots)`` when it did not). Lost bytes are allowed from slot ``loss_from``
        on, and only after the first mark, within ``LOSS_REACH`` units of a mark."""
        start = _State(0.0, -1, -1, self.ctx_left, 0, (), b"", (), False)
        states: list[_State] = [start]
        mark_at = [i for i, slot in enumerate(slots) if slot.unknown]
        first = max(mark_at[0] if mark_at else len(slots), loss_from)
        for i, slot in enumerate(slots):
            reach = any(0 <= i - j <= LOSS_REACH for j in mark_at)
            # (a "?" that ends the text may always be a stray lead byte when guessing)
            in_range = i >= first and (loss_to is None or i <= loss_to or slot.final)
            lost_ok = max_lost if in_range and (reach or slot.literal_q) else 0
            nxt: dict[tuple[int, int, str, int], _State] = {}
            for st in states:
                for cand in self.expand(st, slot, lost_ok):
                    key = (cand.pending, cand.last, cand.prevc, cand.lost)
                    old = nxt.get(key)
                    if old is None:
                        nxt[key] = cand
                        continue
                    amb = old.amb or cand.amb or old.out != cand.out
                    keep = cand if cand.score > old.score else old
                    keep.amb = amb
                    nxt[key] = keep
            states = sorted(nxt.values(), key=lambda s: -s.score)[:width]
            if not states:
                return [], i
        finals = [s for s in states if s.pending < 0]
        if self.ctx_right and is_han(self.ctx_right):
            for s in finals:
                if s.prevc:
                    s.score += self.lm_logp(s.prevc, self.ctx_right)
        finals.sort(key=lambda s: -s.score)
        return finals, len(slots)

    def expand(self, st: _State, slot: Slot, max_lost: int) -> list[_State]:
        if slot.unknown:
            assert slot.marker is not None
            out: list[_State] = []
            for code in self.t.codes_by_default(slot.marker):
                lead, trail = code >> 8, code & 0xFF
                if trail < 0x81:
                    # a mark is a lead byte that swallowed the "(": the key ended on it,
                    # never on an ASCII byte (再?fù) is not 再x(fù))
                    continue
                if lead == st.last:
                    got = self.feed(st, trail, slot.marker, st.lost)
                    if got is not None:
                        out.append(got)
                elif st.lost < max_lost and self.key_ok(self.t.pair[code]):
                    # the byte before the swallowed lead was lost too
                    s1 = self.feed(st, lead, None, st.lost + 1)
                    if s1 is None:
                        continue
                    s1.score += LOST_BYTE_COST
                    s2 = self.feed(s1, trail, slot.marker, st.lost + 1)
                    if s2 is not None:
                        out.append(s2)
            return out
        results: list[_State] = []
        for alt in slot.alts:
            cur = [st]
            for i, byte in enumerate(alt):
                marker = slot.marker if i == len(alt) - 1 else None
                nxt: list[_State] = []
                for s in cur:
                    nxt.extend(self.feed_with_losses(s, byte, marker, max_lost))
                cur = nxt
                if not cur:
                    break
            results.extend(cur)
        if slot.literal_q and max_lost:
            # when guessing, a "?" inside a damaged window is read as junk, never as text
            results = []
            # a stray lead byte: it swallowed the byte after it, or the text ended after it
            # (its own value is unknown, like a mark's; only a swallowed byte is lost)
            cost = 1
            penalty = LOST_BYTE_COST / 2 if slot.final else LOST_BYTE_COST
            if st.lost + cost <= max_lost:
                if st.pending >= 0:
                    for t, _c in self.ranked_trails(st.prevc, st.pending):
                        s1 = self.feed(st, t, None, st.lost + cost)
                        if s1 is not None:
                            # preferred over "lost trail, then a real question mark"
                            s1.score += penalty + STRAY_LEAD_BONUS
                            results.append(s1)
                else:
                    results.append(
                        _State(
                            st.score + cost * LOST_BYTE_COST,
                            -1,
                            -1,
                            "",
                            st.lost + cost,
                            st.out,
                            st.data,
                            st.implied,
                            st.amb,
                        )
                    )
        return results


def solve_window(
    slots: Sequence[Slot],
    observed: str,
    keys: Mapping[int, str],
    *,
    traditional: bool,
    narrow_out: bool,
    ctx_left: str = "",
    ctx_right: str = "",
    infer: bool = True,
) -> Solution | None:
    """Restore the characters of a damaged window, or None when no candidate fits.

    ``observed`` is the window's text as seen (readings included); an exact answer must
    re-run through the forward model to it. ``infer=False`` skips the (slower) pass that
    assumes lost bytes.
    """
    toneless_page = not any(has_tone(py) for py in keys.values()) if keys else False
    solver = _Solver(keys, traditional, toneless_page, narrow_out, ctx_left, ctx_right)
    finals, died = solver.run(slots, 0, EXACT_WIDTH)
    if finals:
        best = finals[0]
        distinct = {s.out for s in finals}
        plausible = all(
            plausible_char(c) or (is_han(c) and solver.m.knows(solver.simplified.get(c, c)))
            for c in best.out
        )
        if plausible and len(distinct) == 1 and not best.amb and _reruns(best, keys, observed):
            return Solution("".join(best.out), True)
        if plausible or not infer:
            return Solution("".join(best.out), False)
        # the bytes decode, but to something odd: a dropped pair is the likelier story
        guess, _ = solver.run(slots, MAX_LOST, INFER_WIDTH)
        if guess and guess[0].score > best.score:
            return Solution("".join(guess[0].out), False)
        return Solution("".join(best.out), False)
    if not infer:
        return None
    # bytes were lost: first assume the loss lies just before the point where the exact
    # pass failed, then anywhere after the first mark
    finals, _ = solver.run(
        slots, MAX_LOST, INFER_WIDTH, loss_from=max(0, died - LOSS_BACK), loss_to=died
    )
    if not finals:
        finals, _ = solver.run(slots, MAX_LOST, INFER_WIDTH)
    if not finals:
        return None
    return Solution("".join(finals[0].out), False)


def _reruns(st: _State, keys: Mapping[int, str], observed: str) -> bool:
    all_keys = dict(keys)
    all_keys.update(st.implied)
    seen = php_gbk_decode(insert_readings(st.data, all_keys))
    return narrow(seen) == narrow(observed)

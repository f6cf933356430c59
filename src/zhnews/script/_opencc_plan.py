"""OpenCC conversion plans compiled for speed, with the reference converter's exact semantics.

This is the engine behind :mod:`zhnews.script.convert`. It reads the dictionaries and
configurations shipped by ``opencc-python-reimplemented`` (``opencc/dictionary/*.txt`` and
``opencc/config/<variant>.json``), or, when that package was overwritten by the native
``opencc`` wheel (both install a top-level ``opencc``), the same files bundled as
``zhnews/data/convert_opencc.txt.gz`` by ``tools/build_convert_data.py``.

Semantics replicated from ``opencc.OpenCC.convert`` (opencc-python-reimplemented 0.1.7):

* A plan is a chain of *groups*; each group is applied to the whole output of the previous.
* Inside a group the dictionaries are applied in order. Dictionary ``k`` only sees the
  pieces that no earlier dictionary of the group matched.
* Within one piece a dictionary repeatedly takes the *longest* key occurring anywhere in
  the piece (leftmost among equals), replaces it with its first value, and recurses on the
  left and right remainders. That is the same as accepting occurrences greedily in the
  order (longer first, then leftmost), skipping any that overlaps one already accepted.
* The reference first splits the text on separators (whitespace and punctuation, its
  ``split_chars_re``); no usable key contains a separator, so occurrences never cross a
  separator and converting the whole text at once gives the same result. Keys that contain
  a separator can never match in the reference and are dropped here.

Speed: a group is ``str.translate`` with its character table, except inside the few
*components* (maximal runs of overlapping phrase occurrences) that contain a phrase whose
value differs from the character-by-character conversion of its key. Such components are
found from the positions of "hot" characters (one per non-trivial phrase) with one compiled
character-class regex, and converted exactly; everything else is translated in C.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
from functools import cache, lru_cache
from typing import Optional

from zhnews._resources import data_text

__all__ = [
    "SIMPLIFIED_VARIANTS",
    "TRADITIONAL_VARIANTS",
    "Group",
    "Plan",
    "Table",
    "load_dict",
    "load_dict_all",
    "plan",
    "reference_split_re",
]

SIMPLIFIED_VARIANTS: tuple[str, ...] = ("t2s", "tw2s", "hk2s")
TRADITIONAL_VARIANTS: tuple[str, ...] = ("s2t", "s2tw", "s2twp", "s2hk")

# The reference converter's separators (opencc.opencc.OpenCC.split_chars_re), verbatim.
_SPLIT_PATTERN = r"(\s+|-|,|\.|\?|!|\*|　|，|。|、|；|：|？|！|…|“|”|‘|’|『|』|「|」|﹁|﹂|—|－|（|）|《|》|〈|〉|～|．|／|＼|︒|︑|︔|︓|︿|﹀|︹|︺|︙|︐|［|﹇|］|﹈|︕|︖|︰|︳|︴|︽|︾|︵|︶|｛|︷|｝|︸|﹃|﹄|【|︻|】|︼)"
reference_split_re = re.compile(_SPLIT_PATTERN)

_BUNDLE = "convert_opencc.txt.gz"


def _opencc_dir() -> Optional[str]:
    """The installed opencc-python-reimplemented package folder, if its data is there."""
    try:
        spec = importlib.util.find_spec("opencc")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        if os.path.isfile(os.path.join(folder, "dictionary", "STCharacters.txt")) and (
            os.path.isfile(os.path.join(folder, "config", "t2s.json"))
        ):
            return folder
    return None


@lru_cache(maxsize=1)
def _bundle() -> dict[str, str]:
    """Files of the bundled snapshot: ``name -> text`` (sections start with ``\\f<name>\\n``)."""
    try:
        text = data_text(_BUNDLE)
    except (FileNotFoundError, OSError, gzip.BadGzipFile):  # pragma: no cover - packaging error
        return {}
    files: dict[str, str] = {}
    for section in text.split("\f")[1:]:
        name, _, body = section.partition("\n")
        files[name] = body
    return files


def _read(kind: str, name: str) -> str:
    folder = _opencc_dir()
    if folder is not None:
        path = os.path.join(folder, kind, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                return f.read()
    bundled = _bundle().get(f"{kind}/{name}")
    if bundled is None:
        raise RuntimeError(
            f"OpenCC data {kind}/{name} not found: install opencc-python-reimplemented "
            "(the native 'opencc' wheel replaces its data files)"
        )
    return bundled


@lru_cache(maxsize=1)
def _char_rank() -> dict[str, int]:
    """Frequency rank of common hanzi (0 = most frequent), from ``convert_charfreq.txt``."""
    try:
        line = data_text("convert_charfreq.txt").strip()
    except (FileNotFoundError, OSError):  # pragma: no cover - packaging error
        return {}
    return {c: i for i, c in enumerate(line)}


def _hitting_set(keys: list[tuple[str, set[str]]]) -> dict[str, list[str]]:
    """Characters such that every key contains one (with the keys each must find), rare ones.

    Every occurrence of a key covers all of its characters, so one character per key is
    enough to find it. Start from each key's rarest *differing* character (the ambiguous
    one, shared by many keys), then drop a frequent character when covering its keys by
    their own rarest characters costs less (by estimated frequency).
    """
    rank = _char_rank()
    floor = len(rank) + 10

    def freq(c: str) -> float:
        return 1.0 / (rank.get(c, floor) + 10)

    owner: dict[str, list[str]] = {}
    for k, diff in keys:
        c = min(diff, key=lambda x: (freq(x), x))
        owner.setdefault(c, []).append(k)
    hot = set(owner)
    for c in sorted(owner, key=lambda x: (-freq(x), x)):
        moves: list[tuple[str, str]] = []  # (key, new owner)
        extra: set[str] = set()
        for k in owner[c]:
            cover = next((x for x in k if x != c and (x in hot or x in extra)), None)
            if cover is None:
                alt = [x for x in k if x != c]
                if not alt:
                    break
                cover = min(alt, key=lambda x: (freq(x), x))
                extra.add(cover)
            moves.append((k, cover))
        else:
            if sum(freq(x) for x in extra) < freq(c):
                hot.discard(c)
                hot |= extra
                for k, x in moves:
                    owner.setdefault(x, []).append(k)
                owner[c] = []
    return {c: owner[c] for c in hot}


def _is_separator_char(c: str) -> bool:
    return reference_split_re.fullmatch(c) is not None


@cache
def load_dict_all(name: str) -> dict[str, tuple[str, ...]]:
    """One OpenCC dictionary with every candidate value: ``key -> (first, second, ...)``."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _read("dictionary", name).split("\n"):
        parts = line.strip().split("\t")
        if len(parts) == 2 and parts[0]:
            out[parts[0]] = tuple(parts[1].split(" "))
    return out


@cache
def load_dict(name: str) -> dict[str, str]:
    """One OpenCC dictionary as ``key -> first value``, read once.

    Like the reference, a line is ``key<TAB>values`` and the first space-separated value
    wins. Keys containing a separator character (which the reference can never match) and
    keys containing ASCII letters or digits (zhnews never rewrites Latin text) are dropped.
    """
    out: dict[str, str] = {}
    for line in _read("dictionary", name).split("\n"):
        parts = line.strip().split("\t")
        if len(parts) != 2 or not parts[0]:
            continue
        key, value = parts
        if any(_is_separator_char(c) or (c.isascii() and c.isalnum()) for c in key):
            continue
        out[key] = value.split(" ")[0]
    return out


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _identity() -> tuple[str, ...]:
    return tuple(chr(i) for i in range(0x10000))


class Table:
    """A one-character mapping applied with ``str.translate`` at full C speed.

    ``str.translate`` with a sparse dict pays for a failed lookup (a raised and caught
    ``KeyError``) on every character it leaves alone. A list covering the whole BMP never
    misses, which makes the translation about twice as fast; the rare characters beyond
    the BMP are handled separately, at their positions only.
    """

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = {k: v for k, v in mapping.items() if k != v}
        bmp = list(_identity())
        astral: dict[str, str] = {}
        for k, v in self.mapping.items():
            if ord(k) < 0x10000:
                bmp[ord(k)] = v
            else:
                astral[k] = v
        self.bmp = bmp
        self.astral = astral

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def apply(self, text: str) -> str:
        """Map every character of ``text`` (values are single characters: lengths agree)."""
        if not self.mapping:
            return text
        out = text.translate(self.bmp)
        if not self.astral or text.isascii():
            return out
        first = _ASTRAL_RE.search(text)
        if first is None:
            return out
        pieces: list[str] = []
        pos = 0
        astral = self.astral
        for m in _ASTRAL_RE.finditer(text, first.start()):
            i = m.start()
            v = astral.get(text[i])
            if v is not None:
                pieces.append(out[pos:i])
                pieces.append(v)
                pos = i + 1
        if not pieces:
            return out
        pieces.append(out[pos:])
        return "".join(pieces)


class Group:
    """One link of a plan: dictionaries applied in order, each to what the earlier left."""

    def __init__(self, names: list[str]) -> None:
        self.names = tuple(names)
        dicts = [load_dict(n) for n in names]
        last = dicts[-1] if dicts else {}
        # A trailing one-character dictionary is a plain translate table.
        if dicts and all(len(k) == 1 for k in last):
            self.table = Table(last)
            phrase_dicts = dicts[:-1]
        else:
            self.table = Table({})
            phrase_dicts = dicts
        self.phrase_dicts: tuple[dict[str, str], ...] = tuple(phrase_dicts)
        self.dicts: tuple[dict[str, str], ...] = tuple(dicts)
        self.dict_single = tuple(all(len(k) == 1 for k in d) for d in dicts)
        self.dict_prefixes = tuple(
            frozenset(k[:i] for k in d for i in range(1, len(k) + 1)) for d in dicts
        )
        self.length_preserving = all(len(k) == len(v) for d in dicts for k, v in d.items())

        nontrivial: list[tuple[str, set[str]]] = []
        prefixes: set[str] = set()
        keys: set[str] = set()
        maxoff: dict[str, int] = {}
        changeable: set[str] = set(self.table.mapping)
        for d in phrase_dicts:
            for k, v in d.items():
                keys.add(k)
                for i in range(1, len(k) + 1):
                    prefixes.add(k[:i])
                for i, c in enumerate(k):
                    if maxoff.get(c, -1) < i:
                        maxoff[c] = i
                plain = self.table.apply(k)
                if len(v) == len(k):
                    changeable.update(c for c, t in zip(k, v) if c != t)
                else:
                    changeable.update(k)
                if v != plain:
                    if len(v) == len(k):
                        nontrivial.append((k, {c for c, t, q in zip(k, v, plain) if t != q}))
                    else:
                        nontrivial.append((k, set(k)))
        hot = _hitting_set(nontrivial)
        # where, around a hot character, the keys it must find can start and end
        probes: dict[str, set[tuple[int, int]]] = {}
        for c, owned in hot.items():
            for k in owned:
                probes.setdefault(c, set()).add((k.index(c), len(k)))
        self.probes = {c: tuple(sorted(v)) for c, v in probes.items()}
        # bigrams (hot character with its left or right neighbour) of the keys each hot
        # character must find; None when one of those keys is the character alone
        gates: dict[str, Optional[frozenset[str]]] = {}
        for c, owned in hot.items():
            grams: Optional[set[str]] = set()
            for k in owned:
                i = k.index(c)
                if len(k) == 1:
                    grams = None
                    break
                assert grams is not None
                grams.add(k[i - 1 : i + 1] if i > 0 else k[i : i + 2])
            gates[c] = frozenset(grams) if grams is not None else None
        self.gates = gates
        self.nontrivial = frozenset(k for k, _ in nontrivial)
        self.keys = frozenset(keys)
        self.prefixes = frozenset(prefixes)
        self.maxoff = maxoff
        self.changeable = frozenset(changeable)
        self.key_chars = frozenset(maxoff) | frozenset(self.table.mapping)
        self.hot_re: Optional[re.Pattern[str]] = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(hot)) + "]") if hot else None
        )

    # -- exact reference semantics on a (short) string -------------------------------------

    def _greedy(self, s: str, k: int) -> list[tuple[str, bool]]:
        """Pieces of ``s`` after dictionary ``k`` of the group: (text, matched) in order."""
        d = self.dicts[k]
        prefixes = self.dict_prefixes[k]
        n = len(s)
        occ: list[tuple[int, int]] = []  # (-length, start)
        for i in range(n):
            ln = 1
            while i + ln <= n:
                sub = s[i : i + ln]
                if sub not in prefixes:
                    break
                if sub in d:
                    occ.append((-ln, i))
                ln += 1
        if not occ:
            return [(s, False)]
        occ.sort()
        taken = bytearray(n)
        chosen: list[tuple[int, int]] = []
        for neg, i in occ:
            j = i - neg
            if taken.find(1, i, j) == -1:
                taken[i:j] = b"\x01" * (j - i)
                chosen.append((i, j))
        chosen.sort()
        pieces: list[tuple[str, bool]] = []
        pos = 0
        for i, j in chosen:
            if i > pos:
                pieces.append((s[pos:i], False))
            pieces.append((d[s[i:j]], True))
            pos = j
        if pos < n:
            pieces.append((s[pos:], False))
        return pieces

    def convert_exact(self, s: str) -> str:
        """This group on ``s`` by the reference's rules, without shortcuts (for components)."""
        pieces: list[tuple[str, bool]] = [(s, False)]
        for k, d in enumerate(self.dicts):
            single = self.dict_single[k]
            nxt: list[tuple[str, bool]] = []
            for piece, matched in pieces:
                if matched:
                    nxt.append((piece, True))
                elif single and k == len(self.dicts) - 1:
                    nxt.append(("".join([d.get(c, c) for c in piece]), True))
                elif single:
                    nxt.extend((d[c], True) if c in d else (c, False) for c in piece)
                else:
                    nxt.extend(self._greedy(piece, k))
            pieces = nxt
        return "".join([p for p, _ in pieces])

    # -- fast path -------------------------------------------------------------------------

    def _reach(self, text: str, s: int) -> int:
        """End of the longest phrase key starting at ``s`` (``s`` itself when none does)."""
        prefixes = self.prefixes
        keys = self.keys
        n = len(text)
        end = s
        ln = 1
        while s + ln <= n:
            sub = text[s : s + ln]
            if sub not in prefixes:
                break
            if sub in keys:
                end = s + ln
            ln += 1
        return end

    def _component(self, text: str, p: int, floor: int) -> tuple[int, int]:
        """The maximal run ``[a, b)`` of overlapping key occurrences around position ``p``.

        Returns ``(p, p)`` when no occurrence covers ``p``. Each start position is walked
        at most once, so the cost is linear in the size of the component.
        """
        maxoff = self.maxoff
        reach: dict[int, int] = {}

        def at(s: int) -> int:
            e = reach.get(s)
            if e is None:
                e = reach[s] = self._reach(text, s)
            return e

        a = b = p
        for s in range(max(floor, p - maxoff.get(text[p], 0)), p + 1):
            e = at(s)
            if e > p:
                a = min(a, s)
                b = max(b, e)
        if b == p:
            return p, p
        scanned_hi = p + 1
        while True:
            # occurrences starting inside [scanned_hi, b) may push b further right
            while scanned_hi < b:
                e = at(scanned_hi)
                if e > b:
                    b = e
                scanned_hi += 1
            # occurrences starting left of a that reach into [a, b)
            new_a = a
            for s in range(max(floor, a - maxoff.get(text[a], 0)), a):
                e = at(s)
                if e > a:
                    new_a = min(new_a, s)
                    b = max(b, e)
            if new_a == a and scanned_hi >= b:
                return a, b
            a = new_a

    def convert(self, text: str) -> str:
        """This group on ``text``; equal to :meth:`convert_exact` but linear and mostly C."""
        hot_re = self.hot_re
        table = self.table
        if hot_re is None:
            return table.apply(text)
        probes = self.probes
        gates = self.gates
        nontrivial = self.nontrivial
        full = table.apply(text)  # one C pass; components are spliced in below
        out: list[str] = []
        last = 0  # full[last:] not yet emitted
        floor = 0  # every component found later starts at or after this
        for m in hot_re.finditer(text):
            p = m.start()
            if p < floor:
                continue
            c = text[p]
            gate = gates[c]
            if (
                gate is not None
                and text[p : p + 2] not in gate
                and (p == 0 or text[p - 1 : p + 1] not in gate)
            ):
                continue  # no key this character must find has its neighbours here
            for off, ln in probes[c]:
                if p >= off and text[p - off : p - off + ln] in nontrivial:
                    break
            else:
                continue
            a, b = self._component(text, p, floor)
            if a == b:
                continue
            floor = b
            exact = self.convert_exact(text[a:b])
            if exact == full[a:b]:
                continue
            out.append(full[last:a])
            out.append(exact)
            last = b
        if not out:
            return full
        out.append(full[last:])
        return "".join(out)


class Plan:
    """A variant's chain of groups, read from its OpenCC configuration."""

    def __init__(self, variant: str) -> None:
        config = json.loads(_read("config", variant + ".json"))
        groups: list[Group] = []
        for link in config.get("conversion_chain", []):
            d = link.get("dict", {})
            if d.get("type") == "group":
                names = [x["file"] for x in d.get("dicts", []) if x.get("type") == "txt"]
            elif d.get("type") == "txt":
                names = [d["file"]]
            else:  # pragma: no cover - not used by the shipped configurations
                continue
            groups.append(Group(names))
        self.variant = variant
        self.groups = tuple(groups)
        self.length_preserving = all(g.length_preserving for g in groups)
        changeable: set[str] = set()
        key_chars: set[str] = set()
        for g in groups:
            changeable |= g.changeable
            key_chars |= g.key_chars
        self.changeable = frozenset(changeable)
        self.key_chars = frozenset(key_chars)

    def convert(self, text: str) -> str:
        """The whole chain on ``text`` (fast path)."""
        for g in self.groups:
            text = g.convert(text)
        return text

    def convert_exact(self, text: str) -> str:
        """The whole chain with the slow, literal algorithm (used by tests)."""
        for g in self.groups:
            text = g.convert_exact(text)
        return text


@cache
def plan(variant: str) -> Plan:
    """The compiled plan of an OpenCC variant such as ``"t2s"``, built once."""
    return Plan(variant)

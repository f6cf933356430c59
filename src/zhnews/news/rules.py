"""Rule packs for news structure: chrome phrases, end-of-article markers, breadcrumbs.

Rules are data (JSON files under ``zhnews/data/news_rules/``), one generic pack plus
per-site packs. Each rule has an ``id`` (reported in every removal), a ``kind``
(``chrome``: drop the line; ``end``: drop it and treat what follows as the page's tail;
``head``: a breadcrumb, dropped, after which the title is looked for), a ``where``
(``any``: safe anywhere, even in the middle of an article; ``edge``: only before the
title or after the article's end), a ``pattern`` (a regular expression that must match
the whole line's matching key: simplified script, ASCII punctuation, single spaces) and
an ``example`` that the test suite checks. A rule marked ``"prompt": true`` is a prompt to
the reader (log in, get the app, scan the code): a line that is a whole sentence matches it
only when it addresses the reader (``请``, ``您``, ``即可``...), so that an article's sentence
about an app or a login (``该应用已有一亿用户注册。``) is never taken for one.

Add your own rules without editing the package::

    from zhnews.news import parse, load_rules
    rules = load_rules(["my_site.json"])        # the built-in packs plus yours
    article = parse(text, rules=rules)

A pack file has the same shape as ``generic.json``: ``{"name": ..., "rules": [...],
"tokens": {"strong": [...], "weak": [...]}, "lexicon": {"agencies": [...]}}``; every
section is optional.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional, Union

__all__ = [
    "BUILTIN_PACKS",
    "Rule",
    "RulePack",
    "RuleSet",
    "addresses_reader",
    "default_rules",
    "load_rules",
]

#: Built-in packs, in the order they are merged.
BUILTIN_PACKS = ("generic", "people", "xinhua", "chinanews", "cna", "ltn", "sina", "portals")

_KINDS = ("chrome", "end", "head")
_WHERE = ("any", "edge")


#: Words of a sentence that speaks to the reader (请登录, 您的浏览器, 扫码即可, 欢迎关注).
_READER = re.compile(
    "请|您|欢迎|敬请|即可|即刻|点击|长按|立即|最佳|快来|关注我们|不再支持|不再受支持|不再受支援"
)
#: A whole sentence: ends with a full stop or an exclamation (closing quotes aside).
_SENTENCE = re.compile(r"[。!.！][”」』’)）]*$")


def addresses_reader(k: str) -> bool:
    """False for a line key that is a whole sentence not spoken to the reader: such a line
    is an article's prose, whatever a prompt rule's words it holds.

    >>> addresses_reader("该应用已有一亿用户注册。"), addresses_reader("请登录后发表评论。")
    (False, True)
    >>> addresses_reader("登录 | 注册")
    True
    """
    return _SENTENCE.search(k) is None or _READER.search(k) is not None


@dataclass(frozen=True)
class Rule:
    """One line rule: ``pattern`` must match a whole line's key (see the module docstring)."""

    id: str
    kind: str
    where: str
    pattern: str
    example: str
    pack: str = ""
    #: a prompt to the reader (login, app, QR code, browser advice): a line that is a
    #: whole sentence matches only when it addresses the reader (see :func:`addresses_reader`)
    prompt: bool = False


@dataclass(frozen=True)
class RulePack:
    """A named set of rules, widget tokens and lexicon entries (loaded from JSON).

    >>> RulePack.from_dict({"name": "demo", "rules": [{"id": "x", "kind": "chrome",
    ...     "where": "any", "pattern": "广告", "example": "广告"}]}).rules[0].id
    'x'
    """

    name: str
    rules: tuple[Rule, ...] = ()
    strong_tokens: frozenset[str] = frozenset()
    weak_tokens: frozenset[str] = frozenset()
    token_examples: tuple[str, ...] = ()
    lexicon: tuple[tuple[str, tuple[str, ...]], ...] = ()
    domains: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any], name: Optional[str] = None) -> RulePack:
        """Build a pack from parsed JSON, checking kinds, places and patterns."""
        pname = str(data.get("name") or name or "custom")
        rules: list[Rule] = []
        for raw in data.get("rules", []):
            rule = Rule(
                id=str(raw["id"]),
                kind=str(raw.get("kind", "chrome")),
                where=str(raw.get("where", "edge")),
                pattern=str(raw["pattern"]),
                example=str(raw.get("example", "")),
                pack=pname,
                prompt=bool(raw.get("prompt", False)),
            )
            if rule.kind not in _KINDS or rule.where not in _WHERE:
                raise ValueError(
                    f"rule {rule.id!r}: kind must be one of {_KINDS}, where one of {_WHERE}"
                )
            re.compile(rule.pattern)
            rules.append(rule)
        tokens = data.get("tokens", {}) or {}
        lex = data.get("lexicon", {}) or {}
        example = tokens.get("example")
        return cls(
            name=pname,
            rules=tuple(rules),
            strong_tokens=frozenset(str(t) for t in tokens.get("strong", [])),
            weak_tokens=frozenset(str(t) for t in tokens.get("weak", [])),
            token_examples=(str(example),) if example else (),
            lexicon=tuple((str(k), tuple(str(v) for v in vals)) for k, vals in sorted(lex.items())),
            domains=tuple(str(d) for d in data.get("domains", [])),
        )

    @classmethod
    def from_file(cls, path: Union[str, Path]) -> RulePack:
        """Load a pack from a JSON file of the shape of ``generic.json``."""
        p = Path(path)
        return cls.from_dict(json.loads(p.read_text(encoding="utf-8")), name=p.stem)


def _builtin(name: str) -> RulePack:
    raw = (
        resources.files("zhnews").joinpath("data").joinpath("news_rules").joinpath(f"{name}.json")
    ).read_text("utf-8")
    return RulePack.from_dict(json.loads(raw), name=name)


# --- a cheap necessary condition per combined pattern -------------------------------
#
# Most lines of a page are article prose that no rule matches. Before running the
# combined alternation (which tries every rule at position 0, several of them with
# leading ``.{0,80}`` scans), ``RuleSet.match`` asks a pre-filter that can only say
# "certainly no match": a rule can fullmatch ``k`` only if ``len(k)`` lies within the
# rule's width and, for each of the rule's literal conditions, ``k`` contains one of the
# condition's strings (a literal run such as ``返回顶部``, or one string per branch of an
# alternation). Rules without such literals are filtered by width alone.

_MAX_LITERALS = 64


def _re_parser() -> Any:
    try:
        return importlib.import_module("re._parser")  # Python >= 3.11
    except ImportError:  # pragma: no cover - Python 3.9 / 3.10
        return importlib.import_module("sre_parse")


def _op(op: Any) -> str:
    return str(getattr(op, "name", op))


def _rank(cond: frozenset[str]) -> tuple[int, int, list[str]]:
    # the most selective first: the longest shortest string, then the fewest strings
    return (-min(len(x) for x in cond), len(cond), sorted(cond))


def _conds(seq: Any) -> list[frozenset[str]]:
    """Conditions that hold whenever the parsed sequence ``seq`` matches in a line.

    Each condition is a set of strings of which the line contains at least one.
    """
    out: list[frozenset[str]] = []
    run: set[str] = set()  # variants of the literal run being read (`人 ?民` gives 2)
    for op, av in seq:
        name = _op(op)
        if name == "LITERAL":
            run = {r + chr(av) for r in run} if run else {chr(av)}
            continue
        if (
            run
            and name == "MAX_REPEAT"
            and av[0] == 0
            and av[1] == 1
            and len(av[2]) == 1
            and _op(av[2][0][0]) == "LITERAL"
            and len(run) * 2 <= 16
        ):
            # an optional character inside a literal run: both variants
            run |= {r + chr(av[2][0][1]) for r in run}
            continue
        if run:
            out.append(frozenset(run))
            run = set()
        if name == "IN":
            if len(av) <= 16 and all(_op(o) == "LITERAL" for o, _ in av):
                out.append(frozenset(chr(c) for _, c in av))
        elif name == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                out.extend(_conds(sub))
        elif name == "ATOMIC_GROUP":
            out.extend(_conds(av))
        elif name == "ASSERT":
            # what a positive look-around matches also lies within the line
            out.extend(_conds(av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                out.extend(_conds(av[2]))
        elif name == "BRANCH":
            union: set[str] = set()
            for alt in av[1]:
                sub_conds = _conds(alt)
                if not sub_conds:
                    union = set()
                    break
                chosen: frozenset[str] = min(sub_conds, key=_rank)
                union |= chosen
            if union and len(union) <= _MAX_LITERALS:
                out.append(frozenset(union))
    if run:
        out.append(frozenset(run))
    return out


def _edge_chars(seq: Any, last: bool) -> tuple[Optional[frozenset[str]], bool]:
    """(the characters a match of ``seq`` can start with, or end with when ``last``; can it be empty).

    ``None`` stands for "any character" (a class too large to list, ``.``, ``\\d``...).
    """
    acc: set[str] = set()
    items = list(seq)
    for op, av in reversed(items) if last else items:
        name = _op(op)
        chars: Optional[frozenset[str]]
        if name == "LITERAL":
            chars, empty = frozenset([chr(av)]), False
        elif name == "IN":
            got: set[str] = set()
            for o, a in av:
                oname = _op(o)
                if oname == "LITERAL":
                    got.add(chr(a))
                elif oname == "RANGE" and a[1] - a[0] < 256:
                    got.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    got = set()
                    break
            chars, empty = (frozenset(got) if got else None), False
        elif name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None, False
            chars, empty = _edge_chars(av[3], last)
        elif name == "ATOMIC_GROUP":
            chars, empty = _edge_chars(av, last)
        elif name == "BRANCH":
            union: set[str] = set()
            empty = False
            for alt in av[1]:
                c, e = _edge_chars(alt, last)
                if c is None:
                    return None, False
                union |= c
                empty = empty or e
            chars = frozenset(union)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            chars, empty = _edge_chars(av[2], last)
            empty = empty or av[0] == 0
        elif name in ("ASSERT", "ASSERT_NOT", "AT"):
            chars, empty = frozenset(), True  # zero width: the next item decides
        else:
            return None, False
        if chars is None:
            return None, False
        acc |= chars
        if not empty:
            return frozenset(acc), False
    return frozenset(acc), True


_Shape = tuple[int, int, Optional[frozenset[str]], Optional[frozenset[str]], list[frozenset[str]]]


def _analyse_pattern(pattern: str) -> Optional[_Shape]:
    """What every fullmatch of one rule pattern satisfies, or None when unknown.

    The shape is (min width, max width, first characters, last characters, literal
    conditions); character sets are None when any character may come there. On anything
    unexpected (back references, case-insensitive parts, a parser that changed) the
    answer is None and the pre-filter lets every line by.
    """
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return None
    try:
        parsed = _re_parser().parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        lo, hi = parsed.getwidth()
        first, _ = _edge_chars(parsed, False)
        last, _ = _edge_chars(parsed, True)
        conds = _conds(parsed)
    except Exception:  # private parser API: be safe, not clever
        return None
    return int(lo), int(hi), first, last, sorted(set(conds), key=_rank)[:8]


_UNBOUNDED = 1 << 30
_BACKREF = re.compile(r"\\(\d{1,2})|\(\?\((\d{1,2})\)")


def _own_groups(pattern: str, prefix: str) -> str:
    """``pattern`` with its numbered groups named ``{prefix}_N`` and ``\\N`` / ``(?(N)`` renamed.

    Rules are combined into one alternation, which renumbers their groups; named groups
    keep a rule's back references pointing at its own groups. Patterns without back
    references are returned unchanged.
    """
    if _BACKREF.search(pattern) is None:
        return pattern
    out: list[str] = []
    number = 0  # capturing groups seen (named ones count too, as in re)
    names: dict[int, str] = {}
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            m = re.match(r"\d{1,2}", pattern[i + 1 :]) if not in_class else None
            if m and pattern[i + 1] != "0" and int(m.group()) in names:
                out.append(f"(?P={names[int(m.group())]})")
                i += 1 + len(m.group())
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":  # a leading ] is a literal
                out.append("]")
                i += 1
            continue
        if ch == "(":
            rest = pattern[i + 1 : i + 4]
            if rest.startswith("?P<"):
                number += 1
                end = pattern.find(">", i)
                names[number] = pattern[i + 4 : end]
            elif rest.startswith("?("):
                m = re.match(r"\(\?\((\d{1,2})\)", pattern[i:])
                if m and int(m.group(1)) in names:
                    out.append(f"(?({names[int(m.group(1))]})")
                    i += len(m.group())
                    continue
            elif not rest.startswith("?"):
                number += 1
                names[number] = f"{prefix}_{number}"
                out.append(f"(?P<{names[number]}>")
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _minimal(strings: Iterable[str]) -> list[str]:
    # a string that contains another is implied by it
    out: list[str] = []
    for s in sorted(set(strings), key=len):
        if not any(m in s for m in out):
            out.append(s)
    return out


# width, last characters (None: any), literal conditions (one search each), own pattern
_Check = tuple[int, int, Optional[frozenset[str]], tuple["re.Pattern[str]", ...], "re.Pattern[str]"]


def _alternation(strings: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


@dataclass(frozen=True)
class _Prefilter:
    """A necessary condition for some rule of a combined pattern to fullmatch a key.

    A rule is looked at only when the key's first character can start it (or, for rules
    that may start with anything, when its last character can end it); the rules that
    may start and end with anything are looked at when the key contains one of the
    strings of their most selective literal condition. Then the rule's width, all its
    literal conditions and finally its own pattern are checked.
    """

    by_first: dict[str, tuple[_Check, ...]]
    by_last: dict[str, tuple[_Check, ...]]
    always: tuple[_Check, ...]  # no literal condition: width and own pattern only
    triggered: tuple[_Check, ...]
    trigger: Optional[re.Pattern[str]]

    @classmethod
    def build(cls, patterns: Sequence[str]) -> Optional[_Prefilter]:
        by_first: dict[str, list[_Check]] = {}
        by_last: dict[str, list[_Check]] = {}
        always: list[_Check] = []
        triggered: list[_Check] = []
        trigger: set[str] = set()
        for pattern in patterns:
            shape = _analyse_pattern(pattern)
            try:
                own = re.compile(pattern)
            except re.error:  # pragma: no cover - the combined pattern compiled
                return None
            if shape is None:
                # nothing known about the rule (a back reference...): its own pattern decides
                always.append((0, _UNBOUNDED, None, (), own))
                continue
            lo, hi, first, last, conds = shape
            tests = tuple(_alternation(_minimal(c)) for c in conds)
            if first is not None:
                for c in first:
                    by_first.setdefault(c, []).append((lo, hi, last, tests, own))
            elif last is not None:
                for c in last:
                    by_last.setdefault(c, []).append((lo, hi, None, tests, own))
            elif conds:
                triggered.append((lo, hi, None, tests, own))
                trigger |= conds[0]
            else:
                always.append((lo, hi, None, tests, own))
        return cls(
            {c: tuple(v) for c, v in by_first.items()},
            {c: tuple(v) for c, v in by_last.items()},
            tuple(always),
            tuple(triggered),
            _alternation(_minimal(trigger)) if trigger else None,
        )

    def may_match(self, k: str) -> bool:
        """False only if no rule of the combined pattern can fullmatch ``k``."""
        if not k:
            return True
        end = k[-1]
        groups = [self.by_first.get(k[0], ()), self.by_last.get(end, ()), self.always]
        if self.trigger is not None and self.trigger.search(k) is not None:
            groups.append(self.triggered)
        n = len(k)
        for group in groups:
            for lo, hi, last, tests, own in group:
                if n < lo or n > hi or (last is not None and end not in last):
                    continue
                for test in tests:
                    if test.search(k) is None:
                        break  # a literal condition fails: the rule cannot match
                else:
                    if own.fullmatch(k) is not None:
                        return True
        return False


@dataclass(frozen=True)
class RuleSet:
    """Packs merged for matching: one combined pattern per (kind, where)."""

    packs: tuple[RulePack, ...]
    by_id: dict[str, Rule] = field(default_factory=dict, compare=False, repr=False)
    _combined: dict[tuple[str, str], Optional[re.Pattern[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    _filters: dict[tuple[str, str], Optional[_Prefilter]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _any: Optional[_Prefilter] = field(default=None, compare=False, repr=False)
    #: results worked out once per rule set: lexicon sections, and the analysis of
    #: short lines by zhnews.news.lines (pure functions of the line and the rules)
    _memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, packs: Sequence[RulePack]) -> RuleSet:
        """Merge ``packs`` (later packs add to earlier ones; a repeated id replaces)."""
        by_id: dict[str, Rule] = {}
        strong: set[str] = set()
        weak: set[str] = set()
        for pack in packs:
            for rule in pack.rules:
                by_id[rule.id] = rule
            strong |= pack.strong_tokens
            weak |= pack.weak_tokens
        combined: dict[tuple[str, str], Optional[re.Pattern[str]]] = {}
        filters: dict[tuple[str, str], Optional[_Prefilter]] = {}
        all_patterns: list[str] = []
        names: dict[str, str] = {}
        for kind in _KINDS:
            for where in _WHERE:
                parts = []
                patterns = []
                # later (site) packs first, so that the most specific id is reported
                for i, rule in reversed(list(enumerate(by_id.values()))):
                    if rule.kind == kind and rule.where == where:
                        g = f"r{i}"
                        names[g] = rule.id
                        parts.append(f"(?P<{g}>{_own_groups(rule.pattern, g)})")
                        patterns.append(rule.pattern)
                        all_patterns.append(rule.pattern)
                combined[(kind, where)] = re.compile("|".join(parts)) if parts else None
                filters[(kind, where)] = _Prefilter.build(patterns) if parts else None
        return cls(
            tuple(packs),
            by_id,
            combined,
            names,
            frozenset(strong),
            frozenset(weak - strong),
            filters,
            _Prefilter.build(all_patterns),
        )

    def match(self, k: str, kind: str, where: str) -> Optional[str]:
        """The id of the first rule of ``kind``/``where`` whose pattern matches all of ``k``."""
        pat = self._combined.get((kind, where))
        if pat is None:
            return None
        flt = self._filters.get((kind, where))
        if flt is not None and not flt.may_match(k):
            return None
        m = pat.fullmatch(k)
        if m is None or m.lastgroup is None:
            return None
        return self._names[m.lastgroup]

    def is_prompt(self, rule_id: str) -> bool:
        """True when the rule ``rule_id`` is marked as a prompt to the reader."""
        rule = self.by_id.get(rule_id)
        return rule is not None and rule.prompt

    def may_match_any(self, k: str) -> bool:
        """False only if no rule of any kind or place can match all of ``k`` (a quick test).

        >>> default_rules().may_match_any("今天天气很好，我们去公园散步。")
        False
        """
        return self._any is None or self._any.may_match(k)

    def lexicon(self, name: str) -> tuple[str, ...]:
        """Every entry of lexicon section ``name`` across the packs."""
        cached = self._memo.get(("lexicon", name))
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        out: list[str] = []
        for pack in self.packs:
            for key, vals in pack.lexicon:
                if key == name:
                    out.extend(vals)
        result = tuple(dict.fromkeys(out))
        self._memo[("lexicon", name)] = result
        return result


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The built-in packs merged (cached).

    >>> default_rules().match("返回顶部", "chrome", "any")
    'back-to-top'
    """
    return RuleSet.build([_builtin(n) for n in BUILTIN_PACKS])


def load_rules(
    paths: Iterable[Union[str, Path, RulePack]] = (), *, builtin: bool = True
) -> RuleSet:
    """The built-in packs (unless ``builtin=False``) plus packs from JSON files or objects.

    >>> load_rules([RulePack.from_dict({"name": "mine", "rules": [{"id": "ad",
    ...     "kind": "chrome", "where": "any", "pattern": "本文广告位", "example": "本文广告位"}]})
    ... ]).match("本文广告位", "chrome", "any")
    'ad'
    """
    packs = [_builtin(n) for n in BUILTIN_PACKS] if builtin else []
    for p in paths:
        packs.append(p if isinstance(p, RulePack) else RulePack.from_file(p))
    return RuleSet.build(packs)

"""Compose the cleaning steps into one guarded pass: :func:`normalize` and :class:`Normalizer`.

The steps live in their own modules and stay usable on their own; this module only runs
them in a fixed order and collects what each one changed:

1. ``repair`` -- mojibake repair (:mod:`zhnews.encoding.repair`);
2. ``pinyin`` -- removal of inserted pinyin readings (:mod:`zhnews.script.pinyin`);
3. ``unicode`` -- Unicode clean-up (:mod:`zhnews.script.normalize`);
4. ``punctuation`` -- punctuation and spacing (:mod:`zhnews.script.normalize`);
5. ``width`` -- full-width/half-width folding (off by default: full-width letters and
   digits are normal in Chinese news);
6. ``chrome`` -- site chrome removal (:mod:`zhnews.news.lines`);
7. ``script`` -- optional conversion to simplified or traditional script
   (:mod:`zhnews.script.convert`);
8. ``rules`` -- the user's own literal replacement packs (tab-separated files), if any.

Each step's changes are reported against that step's input, in order, as the
:mod:`zhnews.changes` model says. Step modules are imported on first use, so a worker
process only pays for the steps it runs.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import itertools
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar

from zhnews._guards import require_str
from zhnews.changes import Change, Edit, apply_edits

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.pool import AsyncResult

__all__ = [
    "SCRIPTS",
    "STEPS",
    "Normalizer",
    "NormalizerConfig",
    "StepTrace",
    "normalize",
    "normalize_and_explain",
]

#: Every step in the order the pipeline runs them.
STEPS: tuple[str, ...] = (
    "repair",
    "pinyin",
    "unicode",
    "punctuation",
    "width",
    "chrome",
    "script",
    "rules",
)

#: Accepted values of ``script`` and the OpenCC-style variant each one uses by default.
SCRIPTS: dict[str, tuple[str, str]] = {
    "simplified": ("to_simplified", "t2s"),
    "traditional": ("to_traditional", "s2t"),
    "tw": ("to_traditional", "s2tw"),
    "hk": ("to_traditional", "s2hk"),
}

#: Steps that :meth:`Normalizer.parse` does not run before parsing (see its docstring).
PARSE_SKIPS: tuple[str, ...] = ("punctuation", "width", "chrome")

# step -> (module, plain function, explain function)
_STEP_FUNCS: dict[str, tuple[str, str, str]] = {
    "repair": ("zhnews.encoding.repair", "repair", "repair_and_explain"),
    "pinyin": ("zhnews.script.pinyin", "strip_pinyin", "strip_pinyin_and_explain"),
    "unicode": (
        "zhnews.script.normalize",
        "normalize_unicode",
        "normalize_unicode_and_explain",
    ),
    "punctuation": (
        "zhnews.script.normalize",
        "normalize_punctuation",
        "normalize_punctuation_and_explain",
    ),
    "width": ("zhnews.script.normalize", "normalize_width", "normalize_width_and_explain"),
    "chrome": ("zhnews.news.lines", "strip_chrome", "strip_chrome_and_explain"),
}

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


@dataclass(frozen=True)
class NormalizerConfig:
    """Which steps a :class:`Normalizer` runs, with their options (frozen, hashable, picklable).

    ``script`` is ``None`` (keep the script), ``"simplified"``, ``"traditional"``, ``"tw"``
    or ``"hk"``; ``script_variant`` overrides the OpenCC-style variant that goes with it.
    ``rules`` lists user rule packs: UTF-8 files of ``before<TAB>after[<TAB>reason]`` lines
    (``#`` starts a comment), applied last as literal, longest-first replacements.
    ``news_rules`` lists extra news-structure packs (JSON, see :mod:`zhnews.news.rules`)
    that :meth:`Normalizer.parse` adds to the built-in ones.

    >>> NormalizerConfig(script="simplified").enabled_steps()
    ('repair', 'pinyin', 'unicode', 'punctuation', 'chrome', 'script')
    """

    repair: bool = True
    pinyin: bool = True
    unicode: bool = True
    punctuation: bool = True
    width: bool = False
    strip_chrome: bool = True
    script: Optional[str] = None
    script_variant: Optional[str] = None
    rules: tuple[str, ...] = ()
    news_rules: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.script is not None and self.script not in SCRIPTS:
            raise ValueError(
                f"script must be None or one of {', '.join(sorted(SCRIPTS))}, not {self.script!r}"
            )
        if isinstance(self.rules, (str, bytes)) or not all(
            isinstance(p, (str, os.PathLike)) for p in self.rules
        ):
            raise TypeError("rules must be a sequence of file paths")
        object.__setattr__(self, "rules", tuple(os.fspath(p) for p in self.rules))
        if isinstance(self.news_rules, (str, bytes)):
            raise TypeError("news_rules must be a sequence of file paths")
        object.__setattr__(self, "news_rules", tuple(os.fspath(p) for p in self.news_rules))

    def enabled_steps(self) -> tuple[str, ...]:
        """The steps this configuration runs, in pipeline order."""
        on = {
            "repair": self.repair,
            "pinyin": self.pinyin,
            "unicode": self.unicode,
            "punctuation": self.punctuation,
            "width": self.width,
            "chrome": self.strip_chrome,
            "script": self.script is not None,
            "rules": bool(self.rules),
        }
        return tuple(s for s in STEPS if on[s])

    @classmethod
    def from_steps(cls, steps: Iterable[str], **options: Any) -> NormalizerConfig:
        """Build a configuration that runs exactly ``steps`` (names from :data:`STEPS`).

        ``script`` and ``rules`` still need their options (``script=...``, ``rules=...``).

        >>> NormalizerConfig.from_steps(["repair", "chrome"]).enabled_steps()
        ('repair', 'chrome')
        """
        wanted = set(steps)
        unknown = wanted - set(STEPS)
        if unknown:
            raise ValueError(f"unknown step(s): {', '.join(sorted(unknown))}")
        flags: dict[str, Any] = {
            "repair": "repair" in wanted,
            "pinyin": "pinyin" in wanted,
            "unicode": "unicode" in wanted,
            "punctuation": "punctuation" in wanted,
            "width": "width" in wanted,
            "strip_chrome": "chrome" in wanted,
        }
        flags.update(options)
        if "script" not in wanted:
            flags["script"] = None
        if "rules" not in wanted:
            flags["rules"] = ()
        return cls(**flags)


@dataclass(frozen=True)
class StepTrace:
    """What one step did to the text it received: its name and its changes (offsets into its input)."""

    step: str
    changes: tuple[Change, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- user rule packs


class _RulePack:
    """Literal replacements from the user's rule files, applied in one left-to-right pass."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        table: dict[str, tuple[str, str]] = {}
        for path in paths:
            with open(path, encoding="utf-8-sig") as fh:
                for lineno, raw in enumerate(fh, 1):
                    line = raw.rstrip("\r\n")
                    if not line.strip() or line.lstrip().startswith("#"):
                        continue
                    parts = line.split("\t")
                    if len(parts) < 2 or not parts[0]:
                        raise ValueError(
                            f"{path}:{lineno}: a rule is 'before<TAB>after[<TAB>reason]'"
                        )
                    reason = parts[2] if len(parts) > 2 and parts[2] else f"rule from {path}"
                    table[parts[0]] = (parts[1], reason)
        self.table = table
        # Longest first so that the alternation prefers the longest rule at each position;
        # an alternation of escaped literals cannot backtrack catastrophically.
        keys = sorted(table, key=lambda k: (-len(k), k))
        self.pattern: Optional[re.Pattern[str]] = (
            re.compile("|".join(re.escape(k) for k in keys)) if keys else None
        )

    def edits(self, text: str) -> list[Edit]:
        if self.pattern is None:
            return []
        out: list[Edit] = []
        for m in self.pattern.finditer(text):
            after, reason = self.table[m.group()]
            out.append(Edit(m.start(), m.end(), after, reason))
        return out

    def apply(self, text: str) -> str:
        """The replaced text only (no change records): one ``re.sub`` pass."""
        if self.pattern is None:
            return text
        table = self.table
        return self.pattern.sub(lambda m: table[m.group()][0], text)


# --------------------------------------------------------------------------- the normalizer


class Normalizer:
    """A reusable, picklable pipeline built from a :class:`NormalizerConfig`.

    Step functions are looked up once per process and cached; pickling keeps only the
    configuration, so a normalizer can be sent to worker processes.

    >>> Normalizer(NormalizerConfig.from_steps([])).normalize("新闻")
    '新闻'
    """

    def __init__(self, config: Optional[NormalizerConfig] = None) -> None:
        if config is not None and not isinstance(config, NormalizerConfig):
            raise TypeError(f"Normalizer() takes a NormalizerConfig, not {type(config).__name__}")
        self._setup(config if config is not None else NormalizerConfig())

    def _setup(self, config: NormalizerConfig) -> None:
        self.config: NormalizerConfig = config
        self._steps = self.config.enabled_steps()
        self._plain: Optional[list[tuple[str, Callable[[str], str]]]] = None
        self._explain: Optional[list[tuple[str, Callable[[str], tuple[str, list[Change]]]]]] = None
        self._rules: Optional[_RulePack] = None

    # pickling: the configuration only; caches are rebuilt lazily in the new process
    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._setup(state["config"])

    def __repr__(self) -> str:
        return f"Normalizer({self.config!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Normalizer) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    @property
    def steps(self) -> tuple[str, ...]:
        """The names of the steps this normalizer runs, in order."""
        return self._steps

    # -- step resolution -------------------------------------------------------------------

    def _rule_pack(self) -> _RulePack:
        if self._rules is None:
            self._rules = _RulePack(self.config.rules)
        return self._rules

    def _script_funcs(
        self,
    ) -> tuple[Callable[[str], str], Callable[[str], tuple[str, list[Change]]]]:
        assert self.config.script is not None
        fname, default_variant = SCRIPTS[self.config.script]
        variant = self.config.script_variant or default_variant
        mod = importlib.import_module("zhnews.script.convert")
        plain = getattr(mod, fname)
        explain = getattr(mod, fname + "_and_explain")

        def run_plain(text: str) -> str:
            return str(plain(text, variant=variant))

        def run_explain(text: str) -> tuple[str, list[Change]]:
            out, changes = explain(text, variant=variant)
            return out, list(changes)

        return run_plain, run_explain

    def _resolve(self) -> None:
        plain: list[tuple[str, Callable[[str], str]]] = []
        explain: list[tuple[str, Callable[[str], tuple[str, list[Change]]]]] = []
        for step in self._steps:
            if step == "script":
                p, e = self._script_funcs()
            elif step == "rules":
                pack = self._rule_pack()

                def e(text: str, pack: _RulePack = pack) -> tuple[str, list[Change]]:
                    return apply_edits(text, pack.edits(text), "rules")

                p = pack.apply

            else:
                module, pname, ename = _STEP_FUNCS[step]
                mod = importlib.import_module(module)
                p, e = getattr(mod, pname), getattr(mod, ename)
            plain.append((step, p))
            explain.append((step, e))
        self._plain, self._explain = plain, explain

    def _plain_steps(self) -> list[tuple[str, Callable[[str], str]]]:
        if self._plain is None:
            self._resolve()
        assert self._plain is not None
        return self._plain

    def _explain_steps(self) -> list[tuple[str, Callable[[str], tuple[str, list[Change]]]]]:
        if self._explain is None:
            self._resolve()
        assert self._explain is not None
        return self._explain

    # -- single texts ----------------------------------------------------------------------

    def normalize(self, text: str) -> str:
        """Run every enabled step on ``text`` and return the result.

        >>> Normalizer(NormalizerConfig.from_steps([])).normalize("你好")
        '你好'
        """
        require_str(text, "Normalizer.normalize")
        for _, func in self._plain_steps():
            text = func(text)
        return text

    def trace(self, text: str, *, skip: tuple[str, ...] = ()) -> tuple[str, list[StepTrace]]:
        """Run the steps (less ``skip``) and return the text and one :class:`StepTrace` per step.

        >>> Normalizer(NormalizerConfig.from_steps([])).trace("你好")
        ('你好', [])
        """
        require_str(text, "Normalizer.trace")
        traces: list[StepTrace] = []
        for step, func in self._explain_steps():
            if step in skip:
                continue
            text, changes = func(text)
            traces.append(StepTrace(step, tuple(changes)))
        return text, traces

    def normalize_and_explain(self, text: str) -> tuple[str, list[Change]]:
        """Like :meth:`normalize`, also returning every change, step by step, in order.

        >>> Normalizer(NormalizerConfig.from_steps([])).normalize_and_explain("你好")
        ('你好', [])
        """
        require_str(text, "Normalizer.normalize_and_explain")
        out, traces = self.trace(text)
        return out, [c for t in traces for c in t.changes]

    def parse(self, text: str, *, url: Optional[str] = None) -> Any:
        """Normalize ``text`` and parse it into an ``Article``.

        Chrome removal is left to :func:`zhnews.news.article.parse`, which needs the site's
        date, source and editor lines to find the metadata, and punctuation and width
        folding are skipped so that the fields keep the page's own punctuation (a title
        such as ``人民日报:…`` stays as printed; fold a field with :func:`normalize` if you
        want). The pipeline's changes come first in the article's ``changes``.
        """
        require_str(text, "Normalizer.parse")
        return self.parse_and_trace(text, url=url)[0]

    def parse_and_trace(
        self, text: str, *, url: Optional[str] = None
    ) -> tuple[Any, str, list[StepTrace]]:
        """Return ``(article, normalized_text, traces)``: what :meth:`parse` does, step by step."""
        require_str(text, "Normalizer.parse_and_trace")
        article_mod = importlib.import_module("zhnews.news.article")
        prepared, traces = self.trace(text, skip=PARSE_SKIPS)
        kwargs: dict[str, Any] = {"url": url}
        params = inspect.signature(article_mod.parse).parameters
        if "repair" in params:
            kwargs["repair"] = False  # the pipeline already ran the repairs its config asks for
        if self.config.news_rules:
            kwargs["rules"] = self.config.news_rules
        article = article_mod.parse(prepared, **kwargs)
        pre = [c for t in traces for c in t.changes]
        if pre and dataclasses.is_dataclass(article) and not isinstance(article, type):
            names = {f.name for f in dataclasses.fields(article)}
            if "changes" in names:
                own = getattr(article, "changes")  # noqa: B009
                combined = type(own)([*pre, *own]) if isinstance(own, (list, tuple)) else pre
                article = dataclasses.replace(article, changes=combined)
        return article, prepared, traces

    # -- streams ---------------------------------------------------------------------------

    def normalize_many(
        self, texts: Iterable[str], *, workers: Optional[int] = None, chunksize: int = 256
    ) -> Iterator[str]:
        """Normalize a stream of texts, yielding results in input order.

        ``workers`` None or 1 runs in this process; more uses a process pool fed in chunks of
        ``chunksize`` with a bounded number of chunks in flight, so the input is never
        materialised.

        >>> list(Normalizer(NormalizerConfig.from_steps([])).normalize_many(["甲", "乙"]))
        ['甲', '乙']
        """
        return imap_ordered(_normalize_one, self, texts, workers=workers, chunksize=chunksize)

    def parse_many(
        self, texts: Iterable[str], *, workers: Optional[int] = None, chunksize: int = 64
    ) -> Iterator[Any]:
        """Parse a stream of texts into ``Article`` objects, in input order (see :meth:`normalize_many`)."""
        return imap_ordered(_parse_one, self, texts, workers=workers, chunksize=chunksize)


def _normalize_one(normalizer: Normalizer, text: str) -> str:
    return normalizer.normalize(text)


def _parse_one(normalizer: Normalizer, text: str) -> Any:
    return normalizer.parse(text)


# --------------------------------------------------------------------------- process pool

_WORKER_STATE: Any = None


def _init_worker(state: Any) -> None:
    global _WORKER_STATE
    _WORKER_STATE = state


def _run_chunk(func: Callable[[Any, Any], Any], items: list[Any]) -> list[Any]:
    return [func(_WORKER_STATE, item) for item in items]


def imap_ordered(
    func: Callable[[S, T], R],
    state: S,
    items: Iterable[T],
    *,
    workers: Optional[int] = None,
    chunksize: int = 64,
    window: Optional[int] = None,
) -> Iterator[R]:
    """Yield ``func(state, item)`` for each item, in input order, optionally in worker processes.

    ``state`` is sent once to each worker (not with every chunk). At most ``window`` chunks
    (default ``4 * workers``) are in flight, so memory stays bounded however long the input.
    ``func`` must be a module-level function so that it can be pickled.

    >>> list(imap_ordered(_normalize_one, Normalizer(NormalizerConfig.from_steps([])), ["a"]))
    ['a']
    """
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError("chunksize must be a positive integer")
    if workers is None or workers <= 1:
        return (func(state, item) for item in items)
    return _pool_imap(func, state, items, workers, chunksize, window or 4 * workers)


def _pool_imap(
    func: Callable[[S, T], R],
    state: S,
    items: Iterable[T],
    workers: int,
    chunksize: int,
    window: int,
) -> Iterator[R]:
    iterator = iter(items)
    pool = multiprocessing.get_context().Pool(
        processes=workers, initializer=_init_worker, initargs=(state,)
    )
    pending: deque[AsyncResult[list[R]]] = deque()
    ok = False
    try:
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(iterator, chunksize))
                if not chunk:
                    break
                pending.append(pool.apply_async(_run_chunk, (func, chunk)))
            if not pending:
                break
            yield from pending.popleft().get()
        ok = True
    finally:
        if ok:
            pool.close()
        else:
            pool.terminate()
        pool.join()


# --------------------------------------------------------------------------- functions


@lru_cache(maxsize=32)
def _cached_normalizer(config: NormalizerConfig) -> Normalizer:
    return Normalizer(config)


def _flags_config(
    script: Optional[str],
    strip_chrome: bool,
    punctuation: bool,
    repair: bool,
    pinyin: bool,
    unicode: bool,
    width: bool,
) -> NormalizerConfig:
    """The config behind the keyword flags of :func:`normalize` and its explain variant."""
    return NormalizerConfig(
        repair=repair,
        pinyin=pinyin,
        unicode=unicode,
        punctuation=punctuation,
        width=width,
        strip_chrome=strip_chrome,
        script=script,
    )


def normalize(
    text: str,
    *,
    script: Optional[str] = None,
    strip_chrome: bool = True,
    punctuation: bool = True,
    repair: bool = True,
    pinyin: bool = True,
    unicode: bool = True,
    width: bool = False,
) -> str:
    """Clean one scraped text: repair mojibake, drop inserted pinyin, tidy Unicode and
    punctuation, remove site chrome, and optionally convert the script.

    Clean text comes back unchanged; every step guards its own repairs.

    >>> normalize("新华社北京电", repair=False, pinyin=False, unicode=False,
    ...           punctuation=False, strip_chrome=False)
    '新华社北京电'
    """
    require_str(text, "normalize")
    config = _flags_config(script, strip_chrome, punctuation, repair, pinyin, unicode, width)
    return _cached_normalizer(config).normalize(text)


def normalize_and_explain(
    text: str,
    *,
    script: Optional[str] = None,
    strip_chrome: bool = True,
    punctuation: bool = True,
    repair: bool = True,
    pinyin: bool = True,
    unicode: bool = True,
    width: bool = False,
) -> tuple[str, list[Change]]:
    """Like :func:`normalize`, also returning every change (each against its step's input).

    >>> normalize_and_explain("新闻", repair=False, pinyin=False, unicode=False,
    ...                       punctuation=False, strip_chrome=False)
    ('新闻', [])
    """
    require_str(text, "normalize_and_explain")
    config = _flags_config(script, strip_chrome, punctuation, repair, pinyin, unicode, width)
    return _cached_normalizer(config).normalize_and_explain(text)

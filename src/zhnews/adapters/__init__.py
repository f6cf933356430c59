"""Thin adapters that run a :class:`~zhnews.pipeline.Normalizer` inside data engines.

Each engine has its own submodule, which imports the engine when it is imported:

* :mod:`zhnews.adapters.datatrove` -- datatrove pipeline steps (``pip install zhnews[datatrove]``);
* :mod:`zhnews.adapters.hf_datasets` -- Hugging Face ``datasets.map`` functions
  (``pip install zhnews[datasets]``);
* :mod:`zhnews.adapters.spark` -- Spark pandas UDFs and ``mapInPandas`` helpers
  (``pip install zhnews[spark]``).

This package imports no engine. It holds what the adapters share: :func:`process` runs the
normalizer on one text and returns a small :class:`Processed` record, and
:func:`process_column` turns a column of texts into the extra columns that the tabular
engines add. Nothing here reimplements a cleaning step: the work is the normalizer's.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional, Union

from zhnews._guards import require_str

if TYPE_CHECKING:  # pragma: no cover
    from zhnews.pipeline import Normalizer, NormalizerConfig

__all__ = [
    "ARTICLE_FIELDS",
    "DEFAULT_PREFIX",
    "Processed",
    "added_columns",
    "column_value",
    "get_normalizer",
    "jsonable",
    "process",
    "process_column",
    "step_counts",
]

#: The ``Article.to_dict()`` keys that adapters store next to the text. ``body`` becomes the
#: text itself and ``changes`` is stored on its own, so neither is listed here.
ARTICLE_FIELDS: tuple[str, ...] = (
    "title",
    "authors",
    "author_roles",
    "published",
    "published_text",
    "source",
    "editors",
    "print_edition",
    "dateline",
    "original_title",
    "removed",
)

#: Prefix of the columns that the tabular adapters add (``zhnews_changed`` ...).
DEFAULT_PREFIX = "zhnews_"

#: What a caller may pass wherever an adapter takes a configuration.
ConfigLike = Union["Normalizer", "NormalizerConfig", None]


@dataclass(frozen=True)
class Processed:
    """What the normalizer made of one text, in JSON-ready values.

    ``text`` is the normalized text (the article body when the text was parsed);
    ``changes`` holds one ``Change.to_dict()`` per edit when the changes were asked for
    (always when parsed); ``fields`` holds the article fields of :data:`ARTICLE_FIELDS`
    when parsed, otherwise ``None``.

    >>> Processed("新闻", False).changes
    ()
    """

    text: str
    changed: bool
    changes: tuple[dict[str, Any], ...] = ()
    fields: Optional[dict[str, Any]] = field(default=None)


@lru_cache(maxsize=16)
def _normalizer_for(config: NormalizerConfig) -> Normalizer:
    from zhnews.pipeline import Normalizer

    return Normalizer(config)


def get_normalizer(config: ConfigLike = None) -> Normalizer:
    """Return a :class:`Normalizer` for ``config`` (a config, a normalizer, or ``None``).

    Normalizers are cached per configuration, so engines that call an adapter once per
    batch pay for step set-up once per process.

    >>> get_normalizer(None) is get_normalizer(None)
    True
    """
    from zhnews.pipeline import Normalizer, NormalizerConfig

    if isinstance(config, Normalizer):
        return config
    if config is None:
        config = NormalizerConfig()
    if not isinstance(config, NormalizerConfig):
        raise TypeError(
            "config must be a zhnews.NormalizerConfig, a zhnews.Normalizer or None, "
            f"not {type(config).__name__}"
        )
    return _normalizer_for(config)


def jsonable(value: Any) -> Any:
    """Convert ``value`` into plain JSON values (dict, list, str, int, float, bool, None).

    Dates and times become ISO 8601 strings, objects with ``to_dict()`` and dataclasses
    become dicts, tuples and sets become lists; anything else becomes its ``str``.

    >>> jsonable({"when": datetime.date(2020, 7, 3), "who": ("张三",)})
    {'when': '2020-07-03', 'who': ['张三']}
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=repr)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict())
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    return str(value)


def column_value(value: Any) -> Optional[str]:
    """Encode a field for a flat string column: strings stay, ``None`` stays, the rest is JSON.

    Lists and dicts (``authors``, ``removed`` ...) become compact JSON text with the
    Chinese left readable, so every added column is a plain string column in any engine.

    >>> column_value(["张三", "李四"]), column_value("新华社"), column_value(None)
    ('["张三", "李四"]', '新华社', None)
    """
    plain = jsonable(value)
    if plain is None or isinstance(plain, str):
        return plain
    return json.dumps(plain, ensure_ascii=False, separators=(", ", ": "))


def step_counts(changes: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Count changes per step, in the order the steps first appear.

    >>> step_counts([{"step": "repair"}, {"step": "pinyin"}, {"step": "repair"}])
    {'repair': 2, 'pinyin': 1}
    """
    counts: dict[str, int] = {}
    for change in changes:
        step = str(change.get("step", ""))
        counts[step] = counts.get(step, 0) + 1
    return counts


def process(
    text: str,
    config: ConfigLike = None,
    *,
    parse: bool = False,
    explain: bool = False,
) -> Processed:
    """Run the normalizer on one text and return a :class:`Processed` record.

    With ``parse`` the text is parsed into an ``Article``: ``text`` is its body and
    ``fields`` its metadata; with ``explain`` (or ``parse``) every change is kept.

    >>> from zhnews.pipeline import NormalizerConfig
    >>> process("新华社北京电", NormalizerConfig.from_steps([])).text
    '新华社北京电'
    """
    require_str(text, "process")
    normalizer = get_normalizer(config)
    if parse:
        article = normalizer.parse(text)
        record = article.to_dict()
        body = record.get("body")
        body = body if isinstance(body, str) else ""
        fields = {name: jsonable(record.get(name)) for name in ARTICLE_FIELDS}
        changes = tuple(jsonable(c) for c in (record.get("changes") or ()))
        return Processed(body, body != text, changes, fields)
    if explain:
        out, found = normalizer.normalize_and_explain(text)
        return Processed(out, out != text, tuple(c.to_dict() for c in found))
    out = normalizer.normalize(text)
    return Processed(out, out != text)


def added_columns(
    *, parse: bool = False, explain: bool = False, prefix: str = DEFAULT_PREFIX
) -> list[tuple[str, str]]:
    """The columns that :func:`process_column` adds, as ``(name, kind)`` in output order.

    ``kind`` is ``"bool"``, ``"int"`` or ``"string"``; each engine maps it to its own type.

    >>> added_columns(explain=True)
    [('zhnews_changed', 'bool'), ('zhnews_n_changes', 'int'), ('zhnews_changes', 'string')]
    """
    columns = [(f"{prefix}changed", "bool")]
    if parse or explain:
        columns += [(f"{prefix}n_changes", "int"), (f"{prefix}changes", "string")]
    if parse:
        columns += [(f"{prefix}{name}", "string") for name in ARTICLE_FIELDS]
    return columns


def process_column(
    values: Iterable[Optional[str]],
    config: ConfigLike = None,
    *,
    parse: bool = False,
    explain: bool = False,
    prefix: str = DEFAULT_PREFIX,
) -> tuple[list[Optional[str]], dict[str, list[Any]]]:
    """Process a column of texts: return the new texts and the added columns.

    Missing values (``None``, or a float NaN as pandas gives for a null) stay missing, with
    ``changed`` false. The added columns are those of :func:`added_columns`; changes and
    list-valued fields are JSON strings (see :func:`column_value`).

    >>> from zhnews.pipeline import NormalizerConfig
    >>> process_column(["新闻", None], NormalizerConfig.from_steps([]))
    (['新闻', None], {'zhnews_changed': [False, False]})
    """
    normalizer = get_normalizer(config)
    names = [name for name, _ in added_columns(parse=parse, explain=explain, prefix=prefix)]
    texts: list[Optional[str]] = []
    extra: dict[str, list[Any]] = {name: [] for name in names}
    field_names = [(f"{prefix}{name}", name) for name in ARTICLE_FIELDS]
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            texts.append(None)
            extra[f"{prefix}changed"].append(False)
            if parse or explain:
                extra[f"{prefix}n_changes"].append(0)
                extra[f"{prefix}changes"].append(None)
            if parse:
                for column, _ in field_names:
                    extra[column].append(None)
            continue
        result = process(value, normalizer, parse=parse, explain=explain)
        texts.append(result.text)
        extra[f"{prefix}changed"].append(result.changed)
        if parse or explain:
            extra[f"{prefix}n_changes"].append(len(result.changes))
            extra[f"{prefix}changes"].append(column_value(list(result.changes)))
        if parse:
            found = result.fields or {}
            for column, name in field_names:
                extra[column].append(column_value(found.get(name)))
    return texts, extra

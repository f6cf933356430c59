"""Hugging Face ``datasets`` support (``pip install zhnews[datasets]``).

:func:`normalize_dataset` is the one-liner: it maps a dataset in batches (optionally in
several processes) and declares the output column types. :func:`normalize_batch` and
:class:`BatchNormalizer` are the pieces for ``Dataset.map(batched=True)`` when you call
``map`` yourself; pass ``features=output_features(...)`` then, because a batch whose added
values are all ``None`` would otherwise leave ``datasets`` unable to type the column.

The text column is replaced by the normalized text (or written to ``output_column``);
the added columns are ``zhnews_changed`` (bool), with ``explain`` or ``parse``
``zhnews_n_changes`` (int) and ``zhnews_changes`` (JSON text), and with ``parse`` one
string column per article field (``zhnews_title``, ``zhnews_authors`` ...; list fields are
JSON text). Missing texts stay missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Optional

try:
    import datasets
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "zhnews.adapters.hf_datasets needs Hugging Face datasets; install it with "
        "`pip install zhnews[datasets]`"
    ) from exc

from zhnews.adapters import (
    DEFAULT_PREFIX,
    ConfigLike,
    added_columns,
    get_normalizer,
    process_column,
)

__all__ = ["BatchNormalizer", "normalize_batch", "normalize_dataset", "output_features"]

_KINDS = {"bool": "bool", "int": "int64", "string": "string"}


class BatchNormalizer:
    """A picklable callable for ``Dataset.map(batched=True)``: ``batch -> new columns``.

    It holds only its options and the normalizer's configuration, so ``num_proc`` workers
    and the ``datasets`` cache fingerprint handle it like any function.

    >>> from zhnews.pipeline import NormalizerConfig
    >>> BatchNormalizer(config=NormalizerConfig.from_steps([]))({"text": ["新闻"]})
    {'text': ['新闻'], 'zhnews_changed': [False]}
    """

    def __init__(
        self,
        column: str = "text",
        config: ConfigLike = None,
        *,
        parse: bool = False,
        explain: bool = False,
        output_column: Optional[str] = None,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        self.column = column
        self.normalizer = get_normalizer(config)
        self.parse = parse
        self.explain = explain
        self.output_column = output_column or column
        self.prefix = prefix

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list[Any]]:
        if self.column not in batch:
            raise KeyError(f"the batch has no column {self.column!r} (columns: {sorted(batch)})")
        texts, extra = process_column(
            batch[self.column],
            self.normalizer,
            parse=self.parse,
            explain=self.explain,
            prefix=self.prefix,
        )
        out: dict[str, list[Any]] = {self.output_column: texts}
        out.update(extra)
        return out

    def __repr__(self) -> str:
        return (
            f"BatchNormalizer(column={self.column!r}, config={self.normalizer.config!r}, "
            f"parse={self.parse}, explain={self.explain}, "
            f"output_column={self.output_column!r}, prefix={self.prefix!r})"
        )


def normalize_batch(
    batch: Mapping[str, Any],
    *,
    column: str = "text",
    config: ConfigLike = None,
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
) -> dict[str, list[Any]]:
    """Normalize one batch for ``Dataset.map(normalize_batch, batched=True, fn_kwargs=...)``.

    Returns the new text column and the added columns (see the module docstring).

    >>> from zhnews.pipeline import NormalizerConfig
    >>> normalize_batch({"text": ["新闻", None]}, config=NormalizerConfig.from_steps([]))
    {'text': ['新闻', None], 'zhnews_changed': [False, False]}
    """
    return BatchNormalizer(
        column,
        config,
        parse=parse,
        explain=explain,
        output_column=output_column,
        prefix=prefix,
    )(batch)


def output_features(
    features: datasets.Features,
    *,
    column: str = "text",
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
) -> datasets.Features:
    """The ``datasets.Features`` of the mapped dataset: the input's plus the added columns.

    >>> f = output_features(datasets.Features({"text": datasets.Value("string")}))
    >>> sorted(f)
    ['text', 'zhnews_changed']
    """
    out = datasets.Features(dict(features))
    out[output_column or column] = datasets.Value("string")
    for name, kind in added_columns(parse=parse, explain=explain, prefix=prefix):
        out[name] = datasets.Value(_KINDS[kind])
    return out


def normalize_dataset(
    dataset: datasets.Dataset,
    *,
    column: str = "text",
    config: ConfigLike = None,
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
    num_proc: Optional[int] = None,
    batch_size: int = 256,
    **map_kwargs: Any,
) -> datasets.Dataset:
    """Map ``dataset`` through zhnews in batches and return the new dataset.

    ``num_proc`` runs that many worker processes; further keyword arguments go to
    ``Dataset.map`` (``desc``, ``load_from_cache_file`` ...).

    >>> from zhnews.pipeline import NormalizerConfig
    >>> ds = datasets.Dataset.from_dict({"text": ["新闻"]})
    >>> normalize_dataset(ds, config=NormalizerConfig.from_steps([]))[0]
    {'text': '新闻', 'zhnews_changed': False}
    """
    if column not in dataset.column_names:
        raise KeyError(f"the dataset has no column {column!r} (columns: {dataset.column_names})")
    func = BatchNormalizer(
        column,
        config,
        parse=parse,
        explain=explain,
        output_column=output_column,
        prefix=prefix,
    )
    features = output_features(
        dataset.features,
        column=column,
        parse=parse,
        explain=explain,
        output_column=output_column,
        prefix=prefix,
    )
    result: datasets.Dataset = dataset.map(
        func,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        features=features,
        **map_kwargs,
    )
    return result

"""Spark support: a pandas UDF and ``mapInPandas`` helpers (``pip install zhnews[spark]``).

* :func:`normalize_udf` returns a pandas UDF (string column in, normalized string out)::

      df.withColumn("clean", normalize_udf()("text"))

* :func:`normalize_dataframe` adds the same columns as the ``datasets`` adapter
  (``zhnews_changed``, with ``explain`` the changes, with ``parse`` the article fields)
  through ``mapInPandas``; :func:`map_in_pandas_fn` and :func:`output_schema` are its two
  halves, for calling ``df.mapInPandas(fn, schema)`` yourself.

The functions sent to the executors carry only the normalizer's configuration; each Python
worker builds its normalizer once. Executors must be able to import ``zhnews``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable, Optional

try:
    import pandas as pd
    from pyspark.sql import types as T
    from pyspark.sql.pandas.functions import pandas_udf
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "zhnews.adapters.spark needs pyspark, pandas and pyarrow; install them with "
        "`pip install zhnews[spark]`"
    ) from exc

from zhnews.adapters import (
    DEFAULT_PREFIX,
    ConfigLike,
    added_columns,
    get_normalizer,
    process_column,
)

__all__ = ["map_in_pandas_fn", "normalize_dataframe", "normalize_udf", "output_schema"]

_KINDS: dict[str, Any] = {
    "bool": T.BooleanType(),
    "int": T.LongType(),
    "string": T.StringType(),
}


def normalize_udf(config: ConfigLike = None) -> Any:
    """Return a pandas UDF that maps a string column to its normalized text.

    Nulls stay null. Use it in ``select``/``withColumn``: ``normalize_udf()("text")``.

    >>> normalize_udf().returnType
    StringType()
    """
    normalizer = get_normalizer(config)

    def zhnews_normalize(texts: pd.Series) -> pd.Series:
        out, _ = process_column(texts.tolist(), normalizer)
        return pd.Series(out, index=texts.index, dtype=object)

    # pyspark's overloads do not describe a Series -> Series UDF given by type hints.
    make_udf: Any = pandas_udf
    return make_udf(zhnews_normalize, T.StringType())


def output_schema(
    schema: T.StructType,
    *,
    column: str = "text",
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
) -> T.StructType:
    """The schema of the ``mapInPandas`` output: the input's fields plus the added columns.

    >>> s = T.StructType([T.StructField("text", T.StringType())])
    >>> output_schema(s).fieldNames()
    ['text', 'zhnews_changed']
    """
    if column not in schema.fieldNames():
        raise KeyError(f"the schema has no column {column!r} (columns: {schema.fieldNames()})")
    target = output_column or column
    fields = [
        T.StructField(target, T.StringType(), True) if f.name == target else f
        for f in schema.fields
    ]
    names = {f.name for f in fields}
    if target not in names:
        fields.append(T.StructField(target, T.StringType(), True))
    for name, kind in added_columns(parse=parse, explain=explain, prefix=prefix):
        if name in names:
            raise ValueError(f"the input already has a column {name!r}; choose another prefix")
        fields.append(T.StructField(name, _KINDS[kind], True))
    return T.StructType(fields)


class _FrameMapper:
    """The ``mapInPandas`` function: each pandas batch gets the normalized and added columns."""

    def __init__(
        self,
        column: str,
        config: ConfigLike,
        parse: bool,
        explain: bool,
        output_column: Optional[str],
        prefix: str,
    ) -> None:
        self.column = column
        self.normalizer = get_normalizer(config)
        self.parse = parse
        self.explain = explain
        self.output_column = output_column or column
        self.prefix = prefix

    def __call__(self, frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in frames:
            texts, extra = process_column(
                frame[self.column].tolist(),
                self.normalizer,
                parse=self.parse,
                explain=self.explain,
                prefix=self.prefix,
            )
            out = frame.copy()
            out[self.output_column] = pd.Series(texts, index=frame.index, dtype=object)
            for name, values in extra.items():
                out[name] = pd.Series(values, index=frame.index, dtype=object)
            yield out


def map_in_pandas_fn(
    column: str = "text",
    config: ConfigLike = None,
    *,
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """Return the function for ``df.mapInPandas(fn, output_schema(df.schema, ...))``.

    Pass the same ``column``, ``parse``, ``explain``, ``output_column`` and ``prefix`` to
    :func:`output_schema`.

    >>> import pandas as pd
    >>> from zhnews.pipeline import NormalizerConfig
    >>> fn = map_in_pandas_fn(config=NormalizerConfig.from_steps([]))
    >>> next(fn(iter([pd.DataFrame({"text": ["新闻"]})]))).to_dict("list")
    {'text': ['新闻'], 'zhnews_changed': [False]}
    """
    return _FrameMapper(column, config, parse, explain, output_column, prefix)


def normalize_dataframe(
    df: Any,
    *,
    column: str = "text",
    config: ConfigLike = None,
    parse: bool = False,
    explain: bool = False,
    output_column: Optional[str] = None,
    prefix: str = DEFAULT_PREFIX,
) -> Any:
    """Return ``df`` with ``column`` normalized and the zhnews columns added (``mapInPandas``).

    Example (needs a running session)::

        clean = normalize_dataframe(spark.read.json("raw/"), parse=True)
    """
    fn = map_in_pandas_fn(
        column, config, parse=parse, explain=explain, output_column=output_column, prefix=prefix
    )
    schema = output_schema(
        df.schema,
        column=column,
        parse=parse,
        explain=explain,
        output_column=output_column,
        prefix=prefix,
    )
    return df.mapInPandas(fn, schema)

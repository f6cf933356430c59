"""Access to the data files shipped under ``zhnews/data``, each read once and cached."""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

__all__ = ["data_text"]


@cache
def data_text(name: str) -> str:
    """Return the UTF-8 text of ``zhnews/data/<name>`` (``.gz`` files are decompressed).

    >>> data_text("sample.txt").startswith("")
    True
    """
    raw = resources.files("zhnews").joinpath("data").joinpath(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")

"""zhnews: turn scraped Chinese news text into clean, trustworthy text and structured fields.

The public functions are importable from the top level; each layer's module is imported
on first use so that ``import zhnews`` stays cheap in worker processes.

>>> import zhnews
>>> zhnews.repair("浣犲ソ")
'你好'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Change": "zhnews.changes",
    # encoding layer
    "decode": "zhnews.encoding.detect",
    "detect_encoding": "zhnews.encoding.detect",
    "EncodingGuess": "zhnews.encoding.detect",
    "Segment": "zhnews.encoding.detect",
    "find_mojibake": "zhnews.encoding.repair",
    "Finding": "zhnews.encoding.repair",
    "repair": "zhnews.encoding.repair",
    "repair_and_explain": "zhnews.encoding.repair",
    # script layer
    "strip_pinyin": "zhnews.script.pinyin",
    "strip_pinyin_and_explain": "zhnews.script.pinyin",
    "to_simplified": "zhnews.script.convert",
    "to_traditional": "zhnews.script.convert",
    "detect_script": "zhnews.script.convert",
    "normalize_unicode": "zhnews.script.normalize",
    "normalize_unicode_and_explain": "zhnews.script.normalize",
    "normalize_punctuation": "zhnews.script.normalize",
    "normalize_punctuation_and_explain": "zhnews.script.normalize",
    "normalize_width": "zhnews.script.normalize",
    "normalize_width_and_explain": "zhnews.script.normalize",
    # news structure
    "label_lines": "zhnews.news.lines",
    "strip_chrome": "zhnews.news.lines",
    "strip_chrome_and_explain": "zhnews.news.lines",
    "parse": "zhnews.news.article",
    "Article": "zhnews.news.article",
    # pipeline
    "normalize": "zhnews.pipeline",
    "normalize_and_explain": "zhnews.pipeline",
    "Normalizer": "zhnews.pipeline",
    "NormalizerConfig": "zhnews.pipeline",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    from zhnews.changes import Change
    from zhnews.encoding.detect import EncodingGuess, Segment, decode, detect_encoding
    from zhnews.encoding.repair import Finding, find_mojibake, repair, repair_and_explain


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

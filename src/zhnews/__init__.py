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
    "to_simplified_and_explain": "zhnews.script.convert",
    "to_traditional_and_explain": "zhnews.script.convert",
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
    "RulePack": "zhnews.news.rules",
    "load_rules": "zhnews.news.rules",
    # pipeline
    "normalize": "zhnews.pipeline",
    "normalize_and_explain": "zhnews.pipeline",
    "Normalizer": "zhnews.pipeline",
    "NormalizerConfig": "zhnews.pipeline",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    from zhnews.changes import Change as Change
    from zhnews.encoding.detect import EncodingGuess as EncodingGuess
    from zhnews.encoding.detect import Segment as Segment
    from zhnews.encoding.detect import decode as decode
    from zhnews.encoding.detect import detect_encoding as detect_encoding
    from zhnews.encoding.repair import Finding as Finding
    from zhnews.encoding.repair import find_mojibake as find_mojibake
    from zhnews.encoding.repair import repair as repair
    from zhnews.encoding.repair import repair_and_explain as repair_and_explain
    from zhnews.news.article import Article as Article
    from zhnews.news.article import parse as parse
    from zhnews.news.lines import label_lines as label_lines
    from zhnews.news.lines import strip_chrome as strip_chrome
    from zhnews.news.lines import strip_chrome_and_explain as strip_chrome_and_explain
    from zhnews.news.rules import RulePack as RulePack
    from zhnews.news.rules import load_rules as load_rules
    from zhnews.pipeline import Normalizer as Normalizer
    from zhnews.pipeline import NormalizerConfig as NormalizerConfig
    from zhnews.pipeline import normalize as normalize
    from zhnews.pipeline import normalize_and_explain as normalize_and_explain
    from zhnews.script.convert import detect_script as detect_script
    from zhnews.script.convert import to_simplified as to_simplified
    from zhnews.script.convert import to_simplified_and_explain as to_simplified_and_explain
    from zhnews.script.convert import to_traditional as to_traditional
    from zhnews.script.convert import to_traditional_and_explain as to_traditional_and_explain
    from zhnews.script.normalize import normalize_punctuation as normalize_punctuation
    from zhnews.script.normalize import (
        normalize_punctuation_and_explain as normalize_punctuation_and_explain,
    )
    from zhnews.script.normalize import normalize_unicode as normalize_unicode
    from zhnews.script.normalize import (
        normalize_unicode_and_explain as normalize_unicode_and_explain,
    )
    from zhnews.script.normalize import normalize_width as normalize_width
    from zhnews.script.normalize import normalize_width_and_explain as normalize_width_and_explain
    from zhnews.script.pinyin import strip_pinyin as strip_pinyin
    from zhnews.script.pinyin import strip_pinyin_and_explain as strip_pinyin_and_explain


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

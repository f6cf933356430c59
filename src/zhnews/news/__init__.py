"""zhnews.news layer: label the lines of scraped news pages, strip site chrome, parse articles.

Names are imported lazily from their modules (``lines``, ``article``, ``rules``).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "label_lines": "zhnews.news.lines",
    "strip_chrome": "zhnews.news.lines",
    "strip_chrome_and_explain": "zhnews.news.lines",
    "parse": "zhnews.news.article",
    "Article": "zhnews.news.article",
    "PrintEdition": "zhnews.news.article",
    "Dateline": "zhnews.news.article",
    "Removed": "zhnews.news.article",
    "RulePack": "zhnews.news.rules",
    "RuleSet": "zhnews.news.rules",
    "load_rules": "zhnews.news.rules",
    "default_rules": "zhnews.news.rules",
    "find_dates": "zhnews.news.dates",
    "parse_date": "zhnews.news.dates",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhnews.news' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

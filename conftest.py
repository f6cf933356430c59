"""Repository-level pytest set-up: skip doctest collection of adapters whose engine is absent."""

from __future__ import annotations

import importlib.util

_OPTIONAL = {
    "src/zhnews/adapters/datatrove.py": "datatrove",
    "src/zhnews/adapters/hf_datasets.py": "datasets",
    "src/zhnews/adapters/spark.py": "pyspark",
}

collect_ignore = [path for path, module in _OPTIONAL.items() if importlib.util.find_spec(module) is None]

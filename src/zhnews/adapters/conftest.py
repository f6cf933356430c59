"""pytest: skip the doctests of the adapter modules whose engine is not installed.

``pytest --doctest-modules src`` imports every module; an adapter module raises
ImportError (naming its extra) when its engine is missing, so it is left out instead.
"""

from __future__ import annotations

from importlib.util import find_spec

_ENGINES = {
    "datatrove.py": ("datatrove",),
    "hf_datasets.py": ("datasets",),
    "spark.py": ("pyspark", "pandas", "pyarrow"),
}

collect_ignore = [
    module for module, needs in _ENGINES.items() if any(find_spec(name) is None for name in needs)
]

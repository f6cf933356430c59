"""The README's examples are real: every ``>>>`` line in it runs and gives the output shown."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_run() -> None:
    result = doctest.testfile(
        str(README), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.attempted >= 5, "the README should keep its examples"
    assert result.failed == 0

"""The documentation site: its examples are real outputs, its nav is complete, it builds.

``scripts/docs_examples.py --check`` is run in-process: every ``pycon`` example in docs/
must print what the page says, and the generated sections and reference pages must be
current. Skips where docs/ is absent (an sdist ships only src/ and tests/).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SCRIPT = ROOT / "scripts" / "docs_examples.py"
MKDOCS_YML = ROOT / "mkdocs.yml"

if not (DOCS.is_dir() and SCRIPT.is_file() and MKDOCS_YML.is_file()):
    pytest.skip("docs/, mkdocs.yml or scripts/ not present (sdist?)", allow_module_level=True)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_docs_examples_match_the_code() -> None:
    docs_examples = _load(SCRIPT, "zhnews_docs_examples")
    report = docs_examples.run(write=False)
    assert report.failed == []
    assert report.stale == [], "run `python scripts/docs_examples.py --write`"
    if report.pending:
        print("pending:", *report.pending, sep="\n  ")


def test_nav_lists_existing_pages_and_every_page_is_reachable() -> None:
    nav = re.findall(r":\s*([\w./-]+\.md)\s*$", MKDOCS_YML.read_text(encoding="utf-8"), re.M)
    assert nav and all((DOCS / page).is_file() for page in nav)
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md")}
    assert pages <= set(nav)


def test_reference_index_links_only_existing_pages() -> None:
    index = (DOCS / "reference" / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+\.md)\)", index)
    assert links and all((DOCS / "reference" / link).is_file() for link in links)


def test_doctest_fences_extension() -> None:
    pytest.importorskip("griffe", reason="griffe (mkdocstrings[python]) is not installed")
    ext = _load(DOCS / "_ext" / "griffe_doctest_fences.py", "zhnews_griffe_fences")
    text = "Intro.\n\n>>> f([1][0])\n'a'\n\nAfter.\n\n```python\n>>> kept\n```\n    >>> g()\n    ... h\n    2"
    assert ext.fence_doctests(text) == (
        "Intro.\n\n```pycon\n>>> f([1][0])\n'a'\n```\n\nAfter.\n\n```python\n>>> kept\n```\n"
        "    ```pycon\n    >>> g()\n    ... h\n    2\n    ```"
    )
    assert ext.fence_doctests("no examples") == "no examples"


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    for name in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python"):
        pytest.importorskip(name, reason=f"{name} is not installed (pip install zhnews[docs])")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "reference" / "zhnews.changes" / "index.html").is_file()

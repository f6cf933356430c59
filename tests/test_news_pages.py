"""A generalisation set: invented pages in the styles of many outlets (tests/news_pages/).

Each ``NN_site.txt`` is a page written for this test suite (no text from real articles),
with ``NN_site.json`` giving the fields and line labels an annotator would give, following
the development corpus conventions (审核/校对 are not editors, the source is the 来源 value,
…). Every page must parse to exactly its fields; over the whole set, the line labels must
be at least 97% right and no body line may be lost.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from zhnews.news import parse

PAGES = Path(__file__).resolve().parent / "news_pages"
FIELDS = (
    "title",
    "authors",
    "published",
    "source",
    "editors",
    "print_edition",
    "dateline",
    "original_title",
)
NAMES = sorted(p.stem for p in PAGES.glob("*.json"))


def _load(name: str) -> tuple[str, dict[str, Any]]:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    truth = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return text, truth


def test_the_set_is_broad() -> None:
    assert len(NAMES) >= 30
    scripts = {_load(n)[1]["script"] for n in NAMES}
    assert scripts == {"simplified", "traditional"}


@pytest.mark.parametrize("name", NAMES)
def test_page_fields(name: str) -> None:
    text, truth = _load(name)
    assert len(truth["line_labels"]) == len(text.split("\n"))
    got = parse(text, url=truth.get("url")).to_dict()
    for f in FIELDS:
        assert got[f] == truth[f], f"{name}: {f}"


@pytest.mark.parametrize("name", NAMES)
def test_page_keeps_every_body_line(name: str) -> None:
    text, truth = _load(name)
    article = parse(text, url=truth.get("url"))
    body = article.body.split("\n")
    lines = text.split("\n")
    for i, label in enumerate(truth["line_labels"]):
        if label == "body":
            assert article.labels[i] == "body", f"{name}: line {i} lost"
            assert lines[i].strip(" \u3000") in body


def test_summary_over_the_set(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from eval_corpus import evaluate

    result = evaluate(PAGES)
    assert result["lost"] == 0
    assert result["lines_ok"] / result["lines_total"] >= 0.97
    for f in FIELDS:
        assert result["invented"][f] == 0, f
        if result["have"][f]:
            assert result["right"][f] / result["have"][f] >= 0.95, f
    assert "line labels" in capsys.readouterr().out

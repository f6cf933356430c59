"""Measure zhnews.news on a folder of annotated pages (``NNN.txt`` + ``NNN.json``).

Usage: ``python benchmarks/eval_corpus.py [folder] [-v]`` (default folder:
``../shared/corpus/dev`` relative to the repository root). Prints, per field, how many
articles that have the field got it right and how many articles without it had a value
invented; line-label accuracy; and body-line loss (a line labelled body in the truth
that ``parse`` dropped).

A truth file may give ``url``, the address a caller would pass to ``parse`` (the
generalisation set ``tests/news_pages`` does where the site matters); the corpus's
``source_url`` is provenance only and is not passed. Run it on both folders:
``python benchmarks/eval_corpus.py tests/news_pages``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from zhnews.news.article import parse  # noqa: E402
from zhnews.news.lines import label_lines  # noqa: E402

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


_NOTE = re.compile(r"(?<=[\u3400-\u9fff?])\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\)")


def _strip_pinyin() -> Optional[Callable[[str], str]]:
    """Clean an expected verbatim field: zhnews.strip_pinyin on the field, then any reading left."""
    try:
        from zhnews.script.pinyin import strip_pinyin
    except ImportError:
        strip_pinyin = None

    def clean(s: str) -> str:
        if strip_pinyin is not None:
            s = strip_pinyin(s)
        return _NOTE.sub("", s)

    return clean


def _norm(v: Any, clean: Optional[Callable[[str], str]]) -> Any:
    if isinstance(v, str):
        s = clean(v) if clean else v
        return " ".join(s.replace("\u00a0", " ").replace("\u3000", " ").split())
    if isinstance(v, list):
        return [_norm(x, clean) for x in v]
    if isinstance(v, dict):
        return {k: _norm(x, clean) for k, x in v.items()}
    return v


def _has(v: Any) -> bool:
    return v not in (None, [], {}, "")


def evaluate(folder: Path, verbose: bool = False) -> dict[str, Any]:
    """Run parse and label_lines over ``folder``; return the counts."""
    sp = _strip_pinyin()
    right = dict.fromkeys(FIELDS, 0)
    have = dict.fromkeys(FIELDS, 0)
    invented = dict.fromkeys(FIELDS, 0)
    without = dict.fromkeys(FIELDS, 0)
    lines_ok = lines_total = lost = body_total = 0
    for jf in sorted(folder.glob("*.json")):
        truth = json.loads(jf.read_text(encoding="utf-8"))
        text = jf.with_suffix(".txt").read_text(encoding="utf-8")
        # the address a caller would pass along (not the annotation's provenance note)
        url = truth.get("url") if isinstance(truth.get("url"), str) else None
        parsed = parse(text, url=url)
        art = parsed.to_dict()
        clean_fields = truth.get("clean", {}) or {}
        use_sp = sp if truth.get("pinyin_annotated") else None
        for f in FIELDS:
            exp = _norm(clean_fields[f], None) if f in clean_fields else _norm(truth.get(f), use_sp)
            got = _norm(art.get(f), None)
            if f == "print_edition" and isinstance(exp, dict) and isinstance(got, dict):
                got = {k: got.get(k) for k in exp}
            if _has(exp):
                have[f] += 1
                if got == exp:
                    right[f] += 1
                elif verbose:
                    print(f"  {jf.stem} {f}: expected {exp!r} got {got!r}")
            else:
                without[f] += 1
                if _has(got):
                    invented[f] += 1
                    if verbose:
                        print(f"  {jf.stem} {f}: invented {got!r}")
        labels = label_lines(text)
        tl = truth["line_labels"]
        lines_total += len(tl)
        lines_ok += sum(1 for a, b in zip(labels, tl) if a == b)
        plabels = list(parsed.labels)
        if len(plabels) != len(tl):
            plabels = labels
        for i, t in enumerate(tl):
            if t == "body":
                body_total += 1
                if plabels[i] != "body":
                    lost += 1
                    if verbose:
                        print(f"  {jf.stem} LOST line {i}: {text.split(chr(10))[i][:60]!r}")
    print(f"{'field':16} {'right/have':>12} {'acc':>7} {'invented':>10}")
    for f in FIELDS:
        acc = right[f] / have[f] if have[f] else float("nan")
        print(f"{f:16} {right[f]:>5}/{have[f]:<6} {acc:7.1%} {invented[f]:>4}/{without[f]:<5}")
    print(f"line labels: {lines_ok}/{lines_total} = {lines_ok / max(lines_total, 1):.2%}")
    print(f"body lines lost: {lost} of {body_total}")
    return {
        "right": right,
        "have": have,
        "invented": invented,
        "lines_ok": lines_ok,
        "lines_total": lines_total,
        "lost": lost,
        "body_total": body_total,
    }


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    folder = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "dev"
    if not folder.is_dir():
        print(f"no corpus at {folder}")
        return 1
    evaluate(folder, verbose="-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Benchmark lossy resynchronisation: UTF-8 read as Big5 or Shift-JIS, with markers.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_resync.py [--lines N] [--corpus DIR] [--margin M]

Lines of the development corpus (``/work/shared/corpus/dev`` by default) are read at run
time (in traditional script, via ``to_traditional(x, variant="s2tw")``, for the Big5
codecs), encoded as UTF-8, decoded with each codec and ``errors="replace"``, and the U+FFFD
markers are optionally replaced by ``?``; nothing from the corpus is stored. Prints, per codec
and marker: lines, characters exact / inferred right / inferred wrong / lost, and whether the
repaired line is closer to the original than the garbled one (edit distance).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Optional

from bench_repair import edit_distance

from zhnews import to_traditional
from zhnews.encoding.resync import resync_utf8

CODECS = ("big5", "cp950", "big5hkscs", "cp932", "shift_jis")
MARKERS = ("\ufffd", "?")


def read_lines(corpus: Path, limit: int) -> list[str]:
    lines: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 4 and any(ord(c) > 0x2E80 for c in line) and len(line) <= 400:
                lines.append(line)
    return lines[:limit]


def run(lines: list[str], codec: str, marker: str, margin: Optional[float]) -> None:
    n_lines = changed = none = exact = right = wrong = lost = 0
    closer = same = further = 0
    t0 = time.perf_counter()
    for line in lines:
        g = line.encode("utf-8").decode(codec, "replace").replace("\ufffd", marker)
        if g == line:
            continue
        n_lines += 1
        r = resync_utf8(g, codec, margin=margin)
        if r is None:
            none += 1
            continue
        changed += 1
        exact += r.exact
        lost += r.lost
        if len(r.text) == len(line):
            for pos, c in r.inferred:
                if line[pos] == c:
                    right += 1
                else:
                    wrong += 1
                    print(
                        f"  WRONG {codec} {line[max(0, pos - 5) : pos + 6]!r}: {c}", file=sys.stderr
                    )
        else:
            wrong += len(r.inferred)  # unaligned output: count every inference as suspect
        before, after = edit_distance(g, line), edit_distance(r.text, line)
        if after < before:
            closer += 1
        elif after == before:
            same += 1
        else:
            further += 1
    dt = time.perf_counter() - t0
    label = "U+FFFD" if marker == "\ufffd" else marker
    print(
        f"{codec:10} {label:6} {n_lines:6} {none:5} {exact:8} {right:6} {wrong:5} {lost:7}"
        f" {closer:6} {same:5} {further:6} {dt:7.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus/dev"))
    ap.add_argument("--margin", type=float, default=None)
    args = ap.parse_args()
    simplified = read_lines(args.corpus, args.lines)
    traditional = [to_traditional(x, variant="s2tw") for x in simplified]
    print(f"{len(simplified)} lines, {sum(map(len, simplified))} characters")
    print(
        f"{'codec':10} {'marker':6} {'lines':>6} {'None':>5} {'exact':>8} {'inf_ok':>6}"
        f" {'wrong':>5} {'lost':>7} {'closer':>6} {'same':>5} {'further':>6} {'secs':>7}"
    )
    for codec in CODECS:
        lines = traditional if codec.startswith(("big5", "cp950")) else simplified
        for marker in MARKERS:
            run(lines, codec, marker, args.margin)


if __name__ == "__main__":
    main()

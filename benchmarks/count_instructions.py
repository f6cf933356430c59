"""Instructions per pass of `repair` and `ftfy.fix_encoding` over clean news lines.

Wall-clock ratios on a shared or virtual machine drift by 30% between runs; instruction
counts under valgrind's callgrind do not. Each function runs over the same corpus lines
once (warm-up) and then PASSES more times; a second run without the extra passes is
subtracted, so imports and table building drop out.

    python benchmarks/count_instructions.py [--lines 800] [--passes 10]

Needs `valgrind` on PATH (Debian: apt install valgrind); takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"

_CHILD = """
import sys
sys.path.insert(0, {here!r})
from pathlib import Path
from bench_repair import corpus_lines
lines = corpus_lines(Path({corpus!r}), {lines})
if {which!r} == "ftfy":
    import ftfy
    f = ftfy.fix_encoding
else:
    from zhnews import repair as f
for x in lines:
    f(x)
for _ in range({passes}):
    for x in lines:
        f(x)
"""


def _collected(which: str, lines: int, passes: int, corpus: Path) -> int:
    code = _CHILD.format(
        here=str(HERE), corpus=str(corpus), lines=lines, which=which, passes=passes
    )
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    out = subprocess.run(
        [*valgrind, os.path.realpath(sys.executable), "-c", code],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    m = re.search(r"Collected : (\d+)", out)
    if m is None:
        raise RuntimeError("no instruction count in valgrind's output:\n" + out[-2000:])
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=800)
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    per_pass = {}
    for which in ("zhnews", "ftfy"):
        full = _collected(which, args.lines, args.passes, args.corpus)
        base = _collected(which, args.lines, 0, args.corpus)
        per_pass[which] = (full - base) / args.passes
        print(f"{which:7} {per_pass[which] / 1e6:8.1f} M instructions per pass")
    print(f"ftfy / zhnews: {per_pass['ftfy'] / per_pass['zhnews']:.2f}x")


if __name__ == "__main__":
    main()

"""Build ``src/zhnews/data/news_fold.tsv``: the one-to-one traditional->simplified map used
to fold lines into a matching key for zhnews.news rules (rules are written in simplified).

Source: OpenCC's TSCharacters.txt (Apache-2.0), first candidate of each single-character
entry whose target is a single character. Run: ``python tools/build_news_fold.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import opencc


def main() -> None:
    src = Path(os.path.dirname(opencc.__file__)) / "dictionary" / "TSCharacters.txt"
    pairs: list[str] = []
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line or "\t" not in line:
            continue
        trad, simp = line.split("\t", 1)
        target = simp.split(" ")[0]
        if len(trad) == 1 and len(target) == 1 and trad != target:
            pairs.append(f"{trad}\t{target}")
    out = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "data" / "news_fold.tsv"
    out.write_text(
        "# traditional -> simplified, one character each (from OpenCC TSCharacters.txt)\n"
        + "\n".join(pairs)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(pairs)} pairs -> {out}")


if __name__ == "__main__":
    main()

"""Build the data files of ``zhnews.script.convert`` (run from the repository root).

* ``src/zhnews/data/convert_charfreq.txt``: the 6,000 most frequent hanzi of the shared
  language model (``hanzi_lm.tsv.gz``, itself from jieba's MIT word counts), most frequent
  first, one line. The converter uses it only to pick, for each phrase that needs context,
  its rarest character as the trigger to look for the phrase.
* ``src/zhnews/data/convert_opencc.txt.gz``: a snapshot of the OpenCC dictionaries and
  configurations shipped by the installed ``opencc-python-reimplemented`` (Apache-2.0, data
  from the OpenCC project), used only when the native ``opencc`` wheel has replaced that
  package's files. Each file is a section starting with ``\\f<folder>/<name>\\n``.

    python tools/build_convert_data.py
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "zhnews", "data")


def build_charfreq() -> None:
    with gzip.open(os.path.join(DATA, "hanzi_lm.tsv.gz"), "rt", encoding="utf-8") as f:
        counts = {}
        for line in f:
            if line.startswith("U\t"):
                _, key, n = line.rstrip("\n").split("\t")
                counts[key] = int(n)
    top = sorted(counts, key=lambda c: (-counts[c], c))[:6000]
    with open(os.path.join(DATA, "convert_charfreq.txt"), "w", encoding="utf-8") as f:
        f.write("".join(top) + "\n")


def build_bundle() -> None:
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("opencc-python-reimplemented is not installed")
    folder = next(iter(spec.submodule_search_locations))
    parts = []
    for kind in ("config", "dictionary"):
        for name in sorted(os.listdir(os.path.join(folder, kind))):
            if not name.endswith((".json", ".txt")):
                continue
            with open(os.path.join(folder, kind, name), encoding="utf-8") as f:
                parts.append(f"\f{kind}/{name}\n{f.read()}")
    notice = os.path.join(folder, "NOTICE.txt")
    if os.path.isfile(notice):
        with open(notice, encoding="utf-8") as f:
            parts.insert(0, f"\fNOTICE.txt\n{f.read()}")
    raw = "".join(parts).encode("utf-8")
    with open(os.path.join(DATA, "convert_opencc.txt.gz"), "wb") as f:
        f.write(gzip.compress(raw, compresslevel=9, mtime=0))


if __name__ == "__main__":
    build_charfreq()
    build_bundle()

"""Build ``src/zhnews/data/hanzi_lm.tsv.gz``, the character plausibility model (development time only).

Source: the word-frequency dictionary ``dict.txt`` of jieba 0.42.1 (MIT licence,
https://github.com/fxsjy/jieba), about 349,000 words with counts from a mixed corpus of
news and general text. Each word is also converted to traditional script with the OpenCC
``s2t``, ``s2tw`` and ``s2hk`` dictionaries (Apache-2.0, via opencc-python-reimplemented) so that the model
covers both scripts. From the counts we keep:

* ``U`` rows: every CJK character's summed count over all words;
* ``B`` rows: within-word character bigrams whose summed count reaches ``MIN_BIGRAM``.

Run: ``python tools/build_langmodel.py`` (needs ``pip install jieba opencc-python-reimplemented``).
"""

from __future__ import annotations

import gzip
import os
from collections import Counter
from pathlib import Path

import jieba
from opencc import OpenCC

MIN_BIGRAM = 15
OUT = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "data" / "hanzi_lm.tsv.gz"


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0x20000 <= o <= 0x3FFFF or 0xF900 <= o <= 0xFAFF


def main() -> None:
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    converters = [OpenCC(cfg) for cfg in ("s2t", "s2tw", "s2hk")]
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2:
            continue
        words.append((parts[0], int(parts[1])))
    # convert in one batch, separated by newlines, for speed
    joined = "\n".join(w for w, _ in words)
    trads = [cc.convert(joined).split("\n") for cc in converters]
    assert all(len(t) == len(words) for t in trads)
    for k, (w, n) in enumerate(words):
        # each distinct spelling counts once: OpenCC's standard traditional forms plus the
        # Taiwan and Hong Kong variants (眾, 啟, 偽 ...) that Big5 text actually uses
        forms = {w, *(t[k] for t in trads)}
        for form in forms:
            for c in form:
                if is_han(c):
                    uni[c] += n
            for a, b in zip(form, form[1:]):
                if is_han(a) and is_han(b):
                    bi[a + b] += n
    rows = [f"U\t{c}\t{n}" for c, n in uni.most_common()]
    rows += [f"B\t{ab}\t{n}" for ab, n in bi.most_common() if n >= MIN_BIGRAM]
    header = (
        "# zhnews hanzi plausibility model. Derived from jieba 0.42.1 dict.txt (MIT) word counts,\n"
        "# each word also in traditional script via OpenCC s2t/s2tw/s2hk (Apache-2.0). Built by\n"
        "# tools/build_langmodel.py. Rows: U<TAB>char<TAB>count, B<TAB>bigram<TAB>count.\n"
    )
    OUT.write_bytes(gzip.compress((header + "\n".join(rows) + "\n").encode("utf-8"), 9, mtime=0))
    print(
        f"{len(uni)} chars, {sum(1 for r in rows if r[0] == 'B')} bigrams, {OUT.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()

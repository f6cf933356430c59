"""Benchmark mojibake repair: speed against ftfy and exact-repair rates per chain.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_repair.py [--lines N] [--corpus DIR]

Lines of the development corpus (``../shared/corpus/dev`` by default) are garbled through
every chain, whole and as a span of 2, 5 or 10 characters inside the clean line, and through
pairs and triples of chains, at run time (in traditional script for Big5);
nothing from the corpus is stored. Prints tables.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from zhnews import to_traditional
from zhnews.encoding.repair import repair

# Windows cp936 maps GBK's user-defined area to Private Use characters, as gb18030 does
PY = {"mac-roman": "mac_roman"}
_READ = {"mac-roman": "mac_roman", "gbk": "gb18030"}
CHAINS = [
    ("utf-8", "gbk"),
    ("utf-8", "gb18030"),
    ("utf-8", "big5"),
    ("utf-8", "cp932"),
    ("gbk", "latin-1"),
    ("gbk", "cp1252"),
    ("gbk", "mac-roman"),
    ("gbk", "cp437"),
    ("big5", "latin-1"),
    ("big5", "cp1252"),
    ("big5", "mac-roman"),
    ("big5", "cp437"),
    ("utf-8", "latin-1"),
    ("utf-8", "cp1252"),
    ("utf-8", "mac-roman"),
    ("utf-8", "cp437"),
    ("utf-8", "cp1250"),
    ("utf-8", "cp1251"),
    ("gbk", "cp1250"),
    ("gbk", "cp1251"),
    ("gbk", "big5"),
    ("big5", "gbk"),
]

LAYER_INNER = [
    ("utf-8", "gbk"),
    ("utf-8", "latin-1"),
    ("utf-8", "cp1252"),
    ("gbk", "latin-1"),
    ("gbk", "cp1252"),
    ("big5", "latin-1"),
]
#: (middle, outer) layers over each of LAYER_INNER: three layers in all.
LAYER3_OUTER = [
    (("utf-8", "gbk"), ("utf-8", "latin-1")),
    (("utf-8", "gbk"), ("utf-8", "cp1252")),
    (("utf-8", "latin-1"), ("utf-8", "gbk")),
    (("utf-8", "latin-1"), ("utf-8", "cp1252")),
]
LAYER_OUTER = [("utf-8", "latin-1"), ("utf-8", "cp1252"), ("utf-8", "gbk"), ("utf-8", "mac-roman")]


def garble(text: str, original: str, misread: str) -> str:
    """Encode with ``original`` and decode with ``misread`` (strict; cp1252 and cp1250 keep
    their undefined bytes as C1 controls)."""
    data = text.encode(PY.get(original, original))
    if misread in ("cp1252", "cp1250"):
        return "".join(_code_page_char(b, misread) for b in data)
    return data.decode(_READ.get(misread, misread))


def _code_page_char(b: int, codec: str) -> str:
    try:
        return bytes((b,)).decode(codec)
    except UnicodeDecodeError:
        return chr(b)


def lossy_gbk(text: str, marker: str) -> str:
    """UTF-8 read as GBK by a decoder that writes ``marker`` for each invalid byte."""
    return text.encode("utf-8").decode("gbk", "replace").replace("\ufffd", marker)


def corpus_lines(folder: Path, limit: int) -> list[str]:
    lines: list[str] = []
    for f in sorted(folder.glob("*.txt")):
        for ln in f.read_text(encoding="utf-8").split("\n"):
            ln = ln.strip()
            if len(ln) >= 4 and sum(1 for c in ln if "\u4e00" <= c <= "\u9fff") >= 2:
                lines.append(ln)
    random.Random(1).shuffle(lines)
    return lines[:limit]


def throughput(func: object, lines: list[str], repeat: int = 3) -> float:
    """MB/s (UTF-8 bytes) of calling ``func`` on every line; best of ``repeat``."""
    size = sum(len(x.encode("utf-8")) for x in lines) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for x in lines:
            func(x)  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return size / best


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def layered_rate(name: str, chain: list[tuple[str, str]], lines: list[str], limit: int) -> None:
    """Print the share of ``lines[:limit]`` that come back exactly through ``chain``."""
    n = ok = 0
    for x in lines[:limit]:
        g = x
        try:
            for original, misread in chain:
                g = garble(g, original, misread)
        except UnicodeError:
            continue
        n += 1
        ok += repair(g) == x
    print(f"{name:60} {n:6d} {ok / n if n else float('nan'):7.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1000)
    ap.add_argument(
        "--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/dev")
    )
    args = ap.parse_args()
    folder = Path(args.corpus)
    if not folder.is_dir():
        print(f"corpus not found: {folder}")
        return 1
    lines = corpus_lines(folder, args.lines)
    print(f"{len(lines)} corpus lines")
    try:
        import ftfy
    except ImportError:  # pragma: no cover
        ftfy = None

    if ftfy is None:
        clean_mb = throughput(repair, lines, repeat=5)
        print(f"\nclean text: repair {clean_mb:8.1f} MB/s")
    else:
        # passes of the two alternate, so that a change of clock speed during the run
        # (shared or virtual machines) reaches both sides; best pass of each
        clean_mb, f_mb = 0.0, 0.0
        for _ in range(7):
            clean_mb = max(clean_mb, throughput(repair, lines, repeat=1))
            f_mb = max(f_mb, throughput(ftfy.fix_encoding, lines, repeat=1))
        print(f"\nclean text: repair {clean_mb:8.1f} MB/s", end="")
        print(f" | ftfy.fix_encoding {f_mb:8.1f} MB/s | ratio {clean_mb / f_mb:5.2f}x")
    changed = sum(1 for x in lines if repair(x) != x)
    print(f"clean lines changed: {changed} of {len(lines)}")

    # one-time loading (the language model, ftfy's tables) is not part of the throughput
    t = time.perf_counter()
    repair("浣犲ソ")
    repair("銝剜��?")  # (the tables of the lossy re-synchronisation, loaded on first use)
    print(f"\n(one-time warm-up of the mojibake path: {time.perf_counter() - t:.2f} s)")
    if ftfy is not None:
        ftfy.fix_encoding("ä½ å¥½")
    moj = [garble(x, "utf-8", "latin-1") for x in lines[:300]]
    moj_mb = throughput(repair, moj, repeat=1)
    print(f"\nmojibake (utf-8 read as latin-1): repair {moj_mb:6.2f} MB/s", end="")
    if ftfy is not None:
        f_mb = throughput(ftfy.fix_encoding, moj, repeat=1)
        print(f" | ftfy {f_mb:6.2f} MB/s | ratio {moj_mb / f_mb:5.2f}x")
    moj = [x.encode("utf-8").decode("gb18030", "replace") for x in lines[:300]]
    print(f"mojibake (utf-8 read as gb18030): repair {throughput(repair, moj, repeat=1):6.2f} MB/s")

    # Big5 pages carry traditional text: garble the lines in traditional script (Taiwan
    # forms) for the Big5 chains, so that nearly every line is encodable
    trad = [to_traditional(x, variant="s2tw") for x in lines]
    print(f"\n{'chain':32} {'lines':>6} {'exact':>7} {'rate':>7} {'ftfy':>7}")
    for original, misread in CHAINS:
        n = ok = f_ok = 0
        for x in trad if original == "big5" else lines:
            try:
                g = garble(x, original, misread)
            except UnicodeError:
                continue
            n += 1
            ok += repair(g) == x
            if ftfy is not None:
                f_ok += ftfy.fix_encoding(g) == x
        rate = ok / n if n else float("nan")
        f_rate = f_ok / n if n else float("nan")
        print(f"{original + ' read as ' + misread:32} {n:6d} {ok:7d} {rate:7.3f} {f_rate:7.3f}")
    # a clause garbled inside a clean line: 2, 5 and 10 characters from a random hanzi
    print(f"\n{'span inside a clean line (characters)':32} {'2':>13} {'5':>13} {'10':>13}")
    rng = random.Random(7)
    for original, misread in CHAINS:
        cells = []
        for size in (2, 5, 10):
            n = ok = 0
            for x in (trad if original == "big5" else lines)[:300]:
                han = [i for i, c in enumerate(x) if "\u4e00" <= c <= "\u9fff"]
                if not han:
                    continue
                a = rng.choice(han)
                b = min(len(x), a + size)
                try:
                    g = x[:a] + garble(x[a:b], original, misread) + x[b:]
                except UnicodeError:
                    continue
                n += g != x
                ok += g != x and repair(g) == x
            cells.append(f"{ok:4d}/{n:<4d}{ok / n if n else float('nan'):5.3f}")
        print(f"{original + ' read as ' + misread:32} {' '.join(cells)}")
    print(f"\n{'two layers (inner, then outer)':60} {'lines':>6} {'rate':>7}")
    for inner in LAYER_INNER:
        for outer in LAYER_OUTER:
            name = f"{inner[0]} read as {inner[1]}, then {outer[0]} read as {outer[1]}"
            layered_rate(name, [inner, outer], trad if inner[0] == "big5" else lines, 200)
    print(f"\n{'three layers (inner, middle, outer)':60} {'lines':>6} {'rate':>7}")
    for inner in LAYER_INNER:
        for middle, outer in LAYER3_OUTER:
            name = f"{inner[0]} as {inner[1]}, utf-8 as {middle[1]}, utf-8 as {outer[1]}"
            layered_rate(name, [inner, middle, outer], trad if inner[0] == "big5" else lines, 100)
    for name, marker in (("U+FFFD", "\ufffd"), ("?", "?")):
        n = exact = closer = further = 0
        for x in lines[:400]:
            g = lossy_gbk(x, marker)
            if g == garble(x, "utf-8", "gb18030") if _lossless(x) else False:
                continue
            n += 1
            r = repair(g)
            exact += r == x
            d0, d1 = edit_distance(g, x), edit_distance(r, x)
            closer += d1 < d0
            further += d1 > d0
        print(
            f"utf-8 read as gbk, lossy ({name}):   {n} lines, exact {exact}, "
            f"closer {closer}, further {further}"
        )
    return 0


def _lossless(x: str) -> bool:
    try:
        x.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark ``zhnews.decode`` against ``chardet.detect`` + decode: speed and accuracy.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_decode.py [--n 300] [--seed 1]

Samples are random spans of real Chinese sentences, generated at run time: body lines of
the development corpus (``../shared/corpus/dev`` or ``/work/shared/corpus/dev``) when it is
present, otherwise sentences assembled from words of jieba's dictionary. Each sentence is
taken in simplified and in traditional script (OpenCC), then encoded. Nothing from the
corpus is written anywhere. Prints ms per call and accuracy (decoded text == original) per
encoding and input size, the 10-29-byte GBK/Big5 accuracy target, and short inputs that mix
two encodings (a GBK or Big5 span next to a UTF-8 span).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import chardet

from zhnews.encoding.detect import decode

CORPUS_DIRS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev",
    Path("/work/shared/corpus/dev"),
)


def _corpus_lines() -> list[str]:
    for folder in CORPUS_DIRS:
        if not folder.is_dir():
            continue
        lines: list[str] = []
        for meta_path in sorted(folder.glob("*.json")):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("pinyin_annotated"):
                continue  # damaged text: not a fair source of clean sentences
            txt_path = meta_path.with_suffix(".txt")
            if not txt_path.exists():
                continue
            labels = meta.get("line_labels") or []
            for line, label in zip(txt_path.read_text(encoding="utf-8").split("\n"), labels):
                line = line.strip()
                if label == "body" and sum(1 for c in line if "\u4e00" <= c <= "\u9fff") >= 8:
                    lines.append(line)
        if lines:
            return lines
    return []


def _jieba_lines(rng: random.Random, n: int = 3000) -> list[str]:
    import jieba

    dict_path = Path(jieba.__file__).parent / "dict.txt"
    words: list[str] = []
    weights: list[int] = []
    for row in dict_path.read_text(encoding="utf-8").split("\n"):
        parts = row.split(" ")
        if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= 50:
            words.append(parts[0])
            weights.append(int(parts[1]))
    punct = "，。、：；！？"
    out = []
    for _ in range(n):
        ws = rng.choices(words, weights, k=rng.randint(6, 20))
        pieces = []
        for w in ws:
            pieces.append(w)
            if rng.random() < 0.12:
                pieces.append(rng.choice(punct))
        out.append("".join(pieces) + "。")
    return out


def sentences(rng: random.Random) -> tuple[list[str], list[str], str]:
    """(simplified lines, traditional lines, source description)."""
    import opencc

    lines = _corpus_lines()
    source = "dev corpus body lines"
    if not lines:
        lines = _jieba_lines(rng)
        source = "jieba dictionary words"
    s2t = opencc.OpenCC("s2t")
    t2s = opencc.OpenCC("t2s")
    simp = [t2s.convert(x) for x in lines]
    trad = [s2t.convert(x) for x in simp]
    return simp, trad, source


def spans(
    lines: list[str], codec: str, lo: int, hi: int, n: int, rng: random.Random
) -> Iterator[tuple[str, bytes]]:
    """``n`` random spans whose ``codec`` encoding is lo..hi bytes and holds >= 3 hanzi."""
    made = 0
    tries = 0
    while made < n and tries < n * 200:
        tries += 1
        i = rng.randrange(len(lines))
        line = lines[i]
        while len(line) * 2 < hi and i + 1 < len(lines):  # long samples span lines
            i += 1
            line += "\n" + lines[i]
        target = rng.randint(lo, hi)
        start = rng.randrange(len(line))
        text = ""
        size = 0
        for c in line[start:]:
            try:
                b = len(c.encode(codec))
            except UnicodeEncodeError:
                break
            if size + b > hi:
                break
            text += c
            size += b
            if size >= target:
                break
        if size < lo and start > 0:
            continue
        if not lo <= size <= hi or sum(1 for c in text if "\u4e00" <= c <= "\u9fff") < 3:
            continue
        if text.encode(codec).decode(codec) != text:  # e.g. cp950 reads back U+2022 as U+2027
            continue
        made += 1
        yield text, text.encode(codec)


def _chardet_decode(data: bytes) -> str:
    enc = chardet.detect(data)["encoding"] or "utf-8"
    try:
        return data.decode(enc, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def measure(
    fn: Callable[[bytes], str], samples: list[tuple[str, bytes]]
) -> tuple[float, float, list[tuple[str, str]]]:
    """(ms per call, accuracy, failures)."""
    failures = []
    ok = 0
    t0 = time.perf_counter()
    for text, data in samples:
        got = fn(data)
        if got == text:
            ok += 1
        else:
            failures.append((text, got))
    dt = time.perf_counter() - t0
    return 1000.0 * dt / max(1, len(samples)), ok / max(1, len(samples)), failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=300, help="samples per cell")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-failures", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    simp, trad, source = sentences(rng)
    decode("预热".encode("gb18030"))  # load the language model outside the timings
    chardet.detect("预热".encode("gb18030"))
    print(f"samples: {source}; {args.n} per cell; seed {args.seed}")

    cells = [
        ("utf-8", simp + trad, "utf-8"),
        ("gbk", simp, "gbk"),
        ("big5 (cp950)", trad, "cp950"),
        ("utf-16 (BOM)", simp, "utf-16"),
        ("utf-16-le (no BOM)", simp, "utf-16-le"),
    ]
    print()
    print(
        f"{'encoding':<20}{'bytes':>10}  {'zhnews ms':>10} {'acc':>7}   {'chardet ms':>10} {'acc':>7}"
    )
    for name, lines, codec in cells:
        for size in (20, 50, 200, 1000):
            lo, hi = int(size * 0.8), int(size * 1.2)
            samples = list(spans(lines, codec, lo, hi, args.n, rng))
            if codec in ("utf-16-le", "utf-16"):
                samples = [(t, b) for t, b in samples]
            if not samples:
                continue
            z_ms, z_acc, z_fail = measure(decode, samples)
            c_ms, c_acc, _ = measure(_chardet_decode, samples)
            print(
                f"{name:<20}{size:>10}  {z_ms:>10.3f} {z_acc:>7.1%}   {c_ms:>10.3f} {c_acc:>7.1%}"
            )
            for text, got in z_fail[: args.show_failures]:
                print(f"    expected {text!r} got {got!r}")

    print()
    print("target: 10-29-byte GBK and Big5 strings (>= 99% correct)")
    for name, lines, codec in (("gbk", simp, "gbk"), ("big5", trad, "cp950")):
        samples = list(spans(lines, codec, 10, 29, max(args.n, 1000), rng))
        z_ms, z_acc, z_fail = measure(decode, samples)
        c_ms, c_acc, _ = measure(_chardet_decode, samples)
        print(
            f"{name:<6} n={len(samples):<5} zhnews {z_acc:7.2%} ({z_ms:.3f} ms)   "
            f"chardet {c_acc:7.2%} ({c_ms:.3f} ms)"
        )
        for text, got in z_fail[: args.show_failures]:
            print(f"    expected {text!r} got {got!r}")

    print()
    print("mixed encodings: two spans of 10-40 bytes each, joined by a space")
    for name, (la, ca), (lb, cb) in (
        ("gbk + utf-8", (simp, "gbk"), (simp, "utf-8")),
        ("utf-8 + gbk", (simp, "utf-8"), (simp, "gbk")),
        ("big5 + utf-8", (trad, "cp950"), (trad, "utf-8")),
        ("utf-8 + big5", (trad, "utf-8"), (trad, "cp950")),
    ):
        firsts = list(spans(la, ca, 10, 40, args.n, rng))
        seconds = list(spans(lb, cb, 10, 40, args.n, rng))
        samples = [(ta + " " + tb, ba + b" " + bb) for (ta, ba), (tb, bb) in zip(firsts, seconds)]
        z_ms, z_acc, z_fail = measure(decode, samples)
        c_ms, c_acc, _ = measure(_chardet_decode, samples)
        print(
            f"{name:<14} n={len(samples):<5} zhnews {z_acc:7.2%} ({z_ms:.3f} ms)   "
            f"chardet {c_acc:7.2%} ({c_ms:.3f} ms)"
        )
        for text, got in z_fail[: args.show_failures]:
            print(f"    expected {text!r} got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

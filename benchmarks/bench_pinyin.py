"""Benchmark zhnews.strip_pinyin: per-region repair time, throughput, dev-corpus quality.

Run: ``PYTHONPATH=src python benchmarks/bench_pinyin.py [corpus_dir]`` (the corpus defaults
to ``../shared/corpus/dev``; that part is skipped when it is absent). Prints numbers only.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from zhnews.script._pinyin_data import tables
from zhnews.script._pinyin_mirror import insert_readings, narrow, php_gbk_decode
from zhnews.script.pinyin import (
    REASON_EXACT,
    REASON_INFERRED,
    strip_pinyin,
    strip_pinyin_and_explain,
)

PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
ANNOTATION = re.compile(rf"\([{PY}]+\)")
SIGNATURE = re.compile(rf"\?[{PY}]+\)")
WORDS = [
    "發展",
    "經濟",
    "當地",
    "產品",
    "報道",
    "領導",
    "幹部",
    "問題",
    "國際",
    "關係",
    "時間",
    "數據",
    "網絡",
    "請求",
    "選舉",
    "銀行",
    "電視",
    "歷史",
    "環境",
    "醫療",
    "議員",
    "總統",
    "專門",
    "開始",
    "認為",
    "這樣",
    "還是",
    "時候",
    "應該",
    "實現",
    "設計",
    "運動",
    "質量",
    "聯繫",
    "機會",
    "廣場",
    "飛機",
    "鐵路",
    "圖書館",
    "長城",
    "農業",
    "氣象",
    "颱風",
    "說話",
    "價格",
]


def mirror(original: str, keys: list[str]) -> str:
    t = tables()
    codes = {t.code_of[k]: t.default_reading(k) for k in keys}
    return narrow(php_gbk_decode(insert_readings(original.encode("gbk"), codes)))


def straddles(original: str) -> list[str]:
    t = tables()
    data = original.encode("gbk")
    out = set()
    for i in range(1, len(data) - 1, 2):
        c = t.pair[data[i] << 8 | data[i + 1]]
        if c and c in t.trad_only:
            out.add(c)
    return sorted(out)


def synthetic_pages(n: int, seed: int = 1) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    t = tables()
    pages = []
    while len(pages) < n:
        original = "，".join(
            "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) for _ in range(6)
        )
        trad = sorted(c for c in set(original) if c in t.trad_only)
        keys = set(rng.sample(trad, min(len(trad), 12)))
        cross = straddles(original)
        if cross:
            keys |= set(rng.sample(cross, min(len(cross), 2)))
        pages.append((original, mirror(original, sorted(keys))))
    return pages


def bench_regions() -> None:
    pages = synthetic_pages(300)
    strip_pinyin(pages[0][1])  # load tables and model
    times: dict[str, list[float]] = {REASON_EXACT: [], REASON_INFERRED: []}
    correct = {REASON_EXACT: 0, REASON_INFERRED: 0}
    pages_with = {REASON_EXACT: 0, REASON_INFERRED: 0}
    exact_pages = 0
    for original, seen in pages:
        t0 = time.perf_counter()
        out, changes = strip_pinyin_and_explain(seen)
        dt = time.perf_counter() - t0
        kinds = [c.reason for c in changes if c.reason in times]
        if not kinds:
            continue
        kind = REASON_INFERRED if REASON_INFERRED in kinds else REASON_EXACT
        times[kind].append(dt / len(kinds))
        pages_with[kind] += 1
        if out == original.replace("，", ","):
            correct[kind] += 1
        exact_pages += kind == REASON_EXACT
    print(f"synthetic damaged pages: {sum(pages_with.values())} of {len(pages)}")
    for kind, ts in times.items():
        if ts:
            print(
                f"  {kind}: pages {pages_with[kind]}, original restored {correct[kind]}, "
                f"median {statistics.median(ts) * 1e3:.2f} ms/region, "
                f"max {max(ts) * 1e3:.2f} ms/region"
            )


def bench_throughput() -> None:
    clean_unit = "北京市政府今天(記者 張三)發布(2020)消息，新城(城區)人口增長。Café (naïve)\n"
    clean = clean_unit * (10_000_000 // len(clean_unit))
    t0 = time.perf_counter()
    strip_pinyin(clean)
    dt = time.perf_counter() - t0
    print(f"clean text with parentheses: {len(clean) / 1e6:.1f} M chars in {dt:.2f} s")
    plain = "北京市政府今天發布消息，新城人口增長。\n" * 500_000
    t0 = time.perf_counter()
    strip_pinyin(plain)
    dt = time.perf_counter() - t0
    print(f"clean text without parentheses: {len(plain) / 1e6:.1f} M chars in {dt:.3f} s")
    pages = "\n".join(seen for _o, seen in synthetic_pages(200, seed=2))
    t0 = time.perf_counter()
    strip_pinyin(pages)
    dt = time.perf_counter() - t0
    print(
        f"mirror text: {len(pages) / 1e3:.0f} k chars in {dt:.2f} s ({len(pages) / dt / 1e3:.0f} k chars/s)"
    )


def bench_corpus(folder: Path) -> None:
    if not folder.is_dir():
        print(f"corpus not found at {folder}; skipped")
        return
    unchanged = changed = 0
    for txt in sorted(folder.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        out, changes = strip_pinyin_and_explain(text)
        dt = time.perf_counter() - t0
        if not meta.get("pinyin_annotated"):
            if out == text:
                unchanged += 1
            else:
                changed += 1
            continue
        reasons: dict[str, int] = {}
        for c in changes:
            reasons[c.reason] = reasons.get(c.reason, 0) + 1
        print(
            f"{txt.name}: readings {len(ANNOTATION.findall(text))} -> {len(ANNOTATION.findall(out))}, "
            f"?py) {len(SIGNATURE.findall(text))} -> {len(SIGNATURE.findall(out))}, "
            f"{dt * 1e3:.1f} ms, {reasons}"
        )
        clean = meta.get("clean")
        if isinstance(clean, dict):
            for field in ("title", "source"):
                if isinstance(meta.get(field), str) and isinstance(clean.get(field), str):
                    ok = strip_pinyin(meta[field]) == clean[field]
                    print(f"  {field}: {'matches clean' if ok else 'DIFFERS from clean'}")
    print(f"non-mirror files: {unchanged} unchanged, {changed} changed")


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else root / ".." / "shared" / "corpus" / "dev"
    t0 = time.perf_counter()
    strip_pinyin("人民網(wǎng)-人民日?qǐng)?bào)")
    print(f"first call (loads reading table and character model): {time.perf_counter() - t0:.2f} s")
    bench_regions()
    bench_throughput()
    bench_corpus(folder)


if __name__ == "__main__":
    main()

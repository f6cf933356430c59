"""Throughput of zhnews.script.normalize on clean news text and on text that needs fixing.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_normalize_text.py [--mb 4] [--repeat 3]

The texts are generated here (no corpus needed). "clean" is Chinese news prose with
full-width punctuation, times, numbers and a little Latin; "dirty" is the same prose as a
crawler leaves it: full-width ,:;?!() narrowed to ASCII, &nbsp;/&#8220; entities, NBSP,
zero-width spaces, CRLF line ends, decomposed accents and full-width letters/digits.
Speeds are MB of UTF-8 per second, the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from typing import Callable

from zhnews.script.normalize import (
    normalize_punctuation,
    normalize_punctuation_and_explain,
    normalize_unicode,
    normalize_unicode_and_explain,
    normalize_width,
    normalize_width_and_explain,
)

WORDS = [
    "我们",
    "今天",
    "记者",
    "北京",
    "上海",
    "经济",
    "发展",
    "政府",
    "人民",
    "国家",
    "中国",
    "问题",
    "工作",
    "社会",
    "市场",
    "企业",
    "城市",
    "时间",
    "目前",
    "已经",
    "表示",
    "认为",
    "进行",
    "可以",
    "没有",
    "一个",
    "这个",
    "他们",
    "经济",
    "發展",
    "記者",
    "臺灣",
    "學生",
    "學校",
    "醫院",
    "報道",
    "新聞",
    "電視",
    "銀行",
    "公司",
    "國際",
    "會議",
    "部門",
    "地區",
    "疫情",
    "防控",
    "產品",
    "服務",
    "消費",
    "投資",
]


def clean_text(n_chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_chars:
        clauses = [
            "".join(rng.choices(WORDS, k=rng.randint(2, 6))) for _ in range(rng.randint(1, 4))
        ]
        sentence = "，".join(clauses)
        if rng.random() < 0.2:
            sentence += "（记者 张三）"
        if rng.random() < 0.2:
            sentence = "来源：新华社 2020年07月03日05:36 3,500元 " + sentence
        sentence += rng.choice("。。。？！")
        if rng.random() < 0.15:
            sentence += "\n"
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:n_chars]


def dirty_text(clean: str, seed: int = 2) -> str:
    rng = random.Random(seed)
    text = clean.translate(str.maketrans("，：；？！（）", ",:;?!()")).replace("\n", "\r\n")
    out: list[str] = []
    for ch in text:
        r = rng.random()
        if r < 0.004:
            out.append("&nbsp;")
        elif r < 0.008:
            out.append("\xa0")
        elif r < 0.011:
            out.append("\u200b")
        elif r < 0.012:
            out.append("&#8220;")
        elif r < 0.013:
            out.append("e\u0301")
        elif r < 0.015:
            out.append("ＧＤＰ２０２０")
        out.append(ch)
    return "".join(out)


def bench(func: Callable[[str], str], text: str, repeat: int) -> float:
    mb = len(text.encode("utf-8")) / 1e6
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - start)
    return mb / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="approximate size in MB of UTF-8")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n_chars = int(args.mb * 1e6 / 3)
    clean = clean_text(n_chars)
    dirty = dirty_text(clean)
    # warm up the lazily built tables and the character model
    for func in (normalize_unicode, normalize_punctuation, normalize_width):
        func(dirty[:10_000])
    start = time.perf_counter()
    sum(range(10_000_000))
    print(f"machine reference: sum(range(10**7)) {time.perf_counter() - start:.3f}s")
    print(f"clean {len(clean.encode()) / 1e6:.1f} MB, dirty {len(dirty.encode()) / 1e6:.1f} MB")
    print(f"{'function':24} {'clean MB/s':>11} {'dirty MB/s':>11} {'changes':>9}")
    for name, func, explain in (
        ("normalize_unicode", normalize_unicode, normalize_unicode_and_explain),
        ("normalize_punctuation", normalize_punctuation, normalize_punctuation_and_explain),
        ("normalize_width", normalize_width, normalize_width_and_explain),
    ):
        fixed = len(explain(dirty)[1])
        print(
            f"{name:24} {bench(func, clean, args.repeat):11.1f} "
            f"{bench(func, dirty, args.repeat):11.1f} {fixed:>9}"
        )


if __name__ == "__main__":
    main()

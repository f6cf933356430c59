"""Benchmark the pipeline: throughput, time per step, parse speed, worker scaling, memory.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_pipeline.py            # everything
    PYTHONPATH=src python benchmarks/bench_pipeline.py --skip-rss # without the CLI memory test

It prints numbers and asserts nothing. The text is generated here (clean simplified news
sentences written for this benchmark), never taken from the development corpus.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from zhnews.pipeline import Normalizer, NormalizerConfig

SENTENCES = [
    "新华社北京3月15日电，记者从有关部门获悉，今年以来各地积极推进改革，优化营商环境。",
    "据介绍，该项目总投资约十二亿元，建成后将有效缓解周边地区的交通压力。",
    "专家表示，下一步应进一步加强监管，完善相关制度，切实保障群众的合法权益。",
    "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。",
    "“我们会继续努力，把这件事情做好。”一位参与调研的工作人员说。",
    "数据显示，一季度全市规模以上工业增加值同比增长百分之六点二，好于预期。",
    "当天上午，来自全国各地的两百多名代表参加了开幕式，并围绕主题展开讨论。",
    "目前，相关工作正在有序推进中，预计年底前完成全部建设任务。",
]


def article(rng: random.Random, paragraphs: int = 8) -> str:
    lines = ["示例日报记者 李明", "2024年03月15日10:20 | 来源：示例日报", ""]
    for _ in range(paragraphs):
        lines.append("　　" + "".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))))
        lines.append("")
    lines.append("（责任编辑：张华）")
    return "\n".join(lines) + "\n"


def corpus(n_bytes: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    size = 0
    while size < n_bytes:
        docs.append(article(rng))
        size += len(docs[-1].encode("utf-8"))
    return docs


def rate(func: Callable[[str], object], docs: list[str], repeat: int = 3) -> float:
    """Median MB/s of ``func`` over ``docs``."""
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for d in docs:
            func(d)
        times.append(time.perf_counter() - t)
    return mb / sorted(times)[len(times) // 2]


def bench_throughput(docs: list[str]) -> None:
    print("== normalize on clean simplified news ==")
    n = Normalizer()
    changed = sum(n.normalize(d) != d for d in docs)
    print(
        f"documents: {len(docs)}, {sum(len(d.encode()) for d in docs) / 1e6:.2f} MB; changed by default normalize: {changed}"
    )
    ours = rate(n.normalize, docs)
    print(f"zhnews.normalize (default steps): {ours:8.2f} MB/s")
    no_chrome = Normalizer(NormalizerConfig(strip_chrome=False))
    ours_nc = rate(no_chrome.normalize, docs)
    print(f"zhnews.normalize (strip_chrome=False): {ours_nc:8.2f} MB/s")
    try:
        import ftfy
    except ImportError:
        print("ftfy not installed: no comparison")
        return
    theirs = rate(ftfy.fix_text, docs)
    ftfy_changed = sum(ftfy.fix_text(d) != d for d in docs)
    print(
        f"ftfy.fix_text: {theirs:8.2f} MB/s (changed {ftfy_changed} of {len(docs)} clean documents)"
    )
    print(
        f"speed ratio zhnews/ftfy: default {ours / theirs:.2f}x, without chrome {ours_nc / theirs:.2f}x (target >= 5x)"
    )


def bench_steps(docs: list[str]) -> None:
    print("== share of time per step (default configuration) ==")
    total = 0.0
    results = []
    for step in Normalizer().steps:
        single = Normalizer(NormalizerConfig.from_steps([step]))
        single.normalize("")
        t = time.perf_counter()
        for d in docs:
            single.normalize(d)
        dt = time.perf_counter() - t
        total += dt
        results.append((step, dt))
    mb = sum(len(d.encode()) for d in docs) / 1e6
    for step, dt in results:
        print(f"{step:12s} {dt:7.3f} s  {100 * dt / total:5.1f}%  {mb / dt:8.2f} MB/s")


def bench_parse(docs: list[str]) -> None:
    print("== parse ==")
    try:
        importlib.import_module("zhnews.news.article")
    except ImportError:
        print("zhnews.news.article not available: skipped")
        return
    n = Normalizer()
    sample = docs[:300]
    t = time.perf_counter()
    for d in sample:
        n.parse(d)
    dt = time.perf_counter() - t
    print(
        f"parse: {len(sample) / dt:.1f} articles/s ({sum(len(d.encode()) for d in sample) / 1e6 / dt:.2f} MB/s)"
    )


def bench_workers(docs: list[str], target_mb: float) -> None:
    # Enough work that starting the pool (and loading the tables in each worker) is a
    # small part of the run, as it is on a real corpus.
    size = sum(len(d.encode()) for d in docs) / 1e6
    docs = docs * max(1, round(target_mb / size))
    print(f"== normalize_many scaling ({len(docs)} documents) ==")
    n = Normalizer()
    mb = sum(len(d.encode()) for d in docs) / 1e6
    base = None
    for workers in range(1, (os.cpu_count() or 1) + 1):
        t = time.perf_counter()
        for _ in n.normalize_many(iter(docs), workers=workers):
            pass
        dt = time.perf_counter() - t
        base = base or dt
        print(
            f"workers={workers}: {len(docs) / dt:8.1f} docs/s  {mb / dt:6.2f} MB/s  speed-up {base / dt:.2f}x"
        )


def bench_rss(sizes_mb: list[int], steps: str) -> None:
    print(f"== CLI peak RSS as input grows (steps: {steps}) ==")
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes_mb:
            path = os.path.join(tmp, f"in{size}.jsonl")
            written = 0
            with open(path, "w", encoding="utf-8") as fh:
                i = 0
                while written < size * 1_000_000:
                    line = json.dumps({"id": i, "text": article(rng, 4)}, ensure_ascii=False) + "\n"
                    fh.write(line)
                    written += len(line.encode("utf-8"))
                    i += 1
            cmd = [
                sys.executable,
                "-m",
                "zhnews",
                "clean",
                path,
                "-o",
                os.devnull,
                "-q",
                "--format",
                "jsonl",
                "--steps",
                steps,
            ]
            # a fresh parent per size, so that RUSAGE_CHILDREN holds only this run's peak
            probe = (
                "import resource, subprocess, sys, json; "
                "subprocess.run(json.loads(sys.argv[1]), check=False); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
            )
            t = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", probe, json.dumps(cmd)],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            ).stdout
            dt = time.perf_counter() - t
            peak_kb = int(out.strip().splitlines()[-1])
            print(
                f"{size:5d} MB input: {i} records in {dt:6.1f} s ({size / dt:5.2f} MB/s), peak RSS {peak_kb / 1024:.0f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of text for throughput runs")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument(
        "--workers-mb", type=float, default=40.0, help="MB of text for the worker scaling run"
    )
    parser.add_argument("--rss-sizes", default="10,100", help="MB sizes for the RSS test")
    parser.add_argument(
        "--rss-steps",
        default="unicode,punctuation",
        help="steps the RSS runs use (chrome removal is slow)",
    )
    args = parser.parse_args()
    docs = corpus(int(args.mb * 1e6))
    bench_throughput(docs)
    bench_steps(docs)
    bench_parse(docs)
    bench_workers(docs, args.workers_mb)
    if not args.skip_rss:
        bench_rss([int(s) for s in args.rss_sizes.split(",")], args.rss_steps)


if __name__ == "__main__":
    main()

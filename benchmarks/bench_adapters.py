"""Overhead of the engine adapters over a plain Normalizer loop (prints numbers, asserts nothing).

Texts are the development corpus's articles (``../shared/corpus/dev`` beside the repository,
or ``--corpus``), repeated to ``--repeat`` copies. Spark is left out: its JVM start-up
dwarfs the per-row cost; its per-batch work is the same ``process_column`` measured here.

    python benchmarks/bench_adapters.py [--repeat 5] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from zhnews.adapters import process_column  # noqa: E402
from zhnews.pipeline import Normalizer  # noqa: E402


def timed(func: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no corpus at {args.corpus}")
        return 1
    texts = [p.read_text(encoding="utf-8") for p in files] * args.repeat
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    normalizer = Normalizer()
    for t in texts[: len(files)]:  # warm up: data tables, caches
        normalizer.normalize(t)
        normalizer.parse(t)
    print(f"{len(texts)} texts, {mb:.2f} MB UTF-8; median of 3 runs")

    rows: list[tuple[str, Callable[[], Any]]] = [
        ("Normalizer.normalize loop", lambda: [normalizer.normalize(t) for t in texts]),
        ("process_column", lambda: process_column(texts, normalizer)),
        ("process_column explain", lambda: process_column(texts, normalizer, explain=True)),
        ("Normalizer.parse loop", lambda: [normalizer.parse(t).to_dict() for t in texts]),
        ("process_column parse", lambda: process_column(texts, normalizer, parse=True)),
    ]
    try:
        import datasets

        from zhnews.adapters.hf_datasets import normalize_dataset

        ds = datasets.Dataset.from_dict({"text": texts})
        datasets.disable_progress_bars()
        rows.append(
            ("datasets normalize_dataset", lambda: normalize_dataset(ds, config=normalizer))
        )
    except ImportError:
        print("datasets not installed: skipped")
    try:
        from datatrove.data import Document

        from zhnews.adapters.datatrove import ZhNewsNormalizer

        step = ZhNewsNormalizer(normalizer, parse_fields=False)

        def run_step() -> None:
            docs = (Document(text=t, id=str(i)) for i, t in enumerate(texts))
            for _ in step.run(docs):
                pass

        rows.append(("datatrove ZhNewsNormalizer", run_step))
    except ImportError:
        print("datatrove not installed: skipped")

    for name, func in rows:
        seconds = timed(func)
        print(f"{name:30s} {seconds:7.3f} s  {mb / seconds:7.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of zhnews traditional/simplified conversion against opencc-python-reimplemented.

Builds ~2 MB of traditional text at run time (the dev corpus bodies, or jieba's word list
when the corpus is absent, converted with the reference ``s2t``; nothing is committed),
then times, best of ``--repeat`` runs:

* ``engine``: ``zhnews.script._opencc_plan.plan(v).convert`` (OpenCC semantics, whole text);
* ``api``: ``to_simplified`` / ``to_traditional`` (span rule, protection, authorship 著);
* ``reference``: ``opencc.OpenCC(v).convert`` (run once: it is slow).

MB are megabytes of UTF-8 input. Both wall-clock and CPU time are printed because the
machine may be shared; compare ratios from the same run.

    PYTHONPATH=src python benchmarks/bench_convert.py [--mb 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import glob
import os
import time
from typing import Callable

import opencc

from zhnews.script._opencc_plan import plan
from zhnews.script.convert import to_simplified, to_traditional

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus", "dev")


def source_text(mb: float) -> str:
    """Simplified-ish running text of about ``mb`` megabytes (corpus or jieba words)."""
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    if files:
        parts = []
        for f in files:
            with open(f, encoding="utf-8") as fh:
                parts.append(fh.read())
        base = "\n".join(parts)
    else:
        import jieba

        path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
        with open(path, encoding="utf-8") as fh:
            words = [line.split(" ")[0] for line in fh]
        base = "".join(w + ("，" if i % 7 else "。\n") for i, w in enumerate(words[:300_000]))
    size = len(base.encode("utf-8"))
    reps = max(1, round(mb * 1e6 / size))
    return (base + "\n") * reps


def best(fn: Callable[[str], str], text: str, repeat: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    simp = source_text(args.mb)
    trad = opencc.OpenCC("s2t").convert(simp)
    print(
        f"built {len(trad.encode('utf-8')) / 1e6:.2f} MB traditional text in {time.perf_counter() - t0:.1f}s"
    )

    cases: list[tuple[str, str, str]] = [
        ("t2s", "traditional", trad),
        ("tw2s", "traditional", trad),
        ("hk2s", "traditional", trad),
        ("s2t", "traditional", trad),
        ("s2t", "simplified", simp),
    ]
    print(
        f"{'variant':8}{'input':13}{'what':10}{'MB/s wall':>10}{'MB/s cpu':>10}{'x ref (cpu)':>13}"
    )
    for variant, label, text in cases:
        mb = len(text.encode("utf-8")) / 1e6
        pl = plan(variant)
        pl.convert(text[:1000])  # load dictionaries outside the timing
        ref = opencc.OpenCC(variant)
        ref.convert(text[:1000])
        if variant[0] == "s":

            def api(s: str, v: str = variant) -> str:
                return to_traditional(s, variant=v)

        else:

            def api(s: str, v: str = variant) -> str:
                return to_simplified(s, variant=v)

        api(text[:1000])
        r_wall, r_cpu = best(ref.convert, text, 1)
        rows = [("reference", r_wall, r_cpu)]
        rows.append(("engine", *best(pl.convert, text, args.repeat)))
        rows.append(("api", *best(api, text, args.repeat)))
        for what, wall, cpu in rows:
            ratio = r_cpu / cpu if cpu > 0 else float("inf")
            print(f"{variant:8}{label:13}{what:10}{mb / wall:10.1f}{mb / cpu:10.1f}{ratio:13.1f}")
        same = pl.convert(text) == ref.convert(text)
        print(f"{'':31}engine output identical to reference: {same}")


if __name__ == "__main__":
    main()

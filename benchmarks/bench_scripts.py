"""Throughput of `repair` on clean text in other scripts (not timed tests: printed numbers).

Chinese news pipelines meet Japanese, Korean, Russian, Greek and Western pages too; repair
must leave them unchanged and should not crawl over them. Each sample is a sentence written
for this benchmark, repeated as lines.

    python benchmarks/bench_scripts.py [--lines N]
"""

from __future__ import annotations

import argparse
import time

from zhnews import repair

SAMPLES = {
    "Chinese (simplified)": "国务院总理今天在北京主持召开常务会议，部署进一步扩大内需的措施。",
    "Chinese (traditional)": "國務院總理今天在北京主持召開常務會議，部署進一步擴大內需的措施。",
    "Japanese": "日本の首相は今日、東京で記者会見を開き、新しい経済政策について説明した。",
    "Japanese (rare kanji)": "彼は畿内の古い寺院で曖昧な記録を丹念に調べ、驍勇な武将の足跡を辿った。",
    "Korean": "대한민국 정부는 오늘 서울에서 새로운 경제 정책을 발표했다. 國際 協力을 强化한다고 밝혔다.",
    "Russian": "Президент России заявил сегодня в Москве о новых экономических мерах.",
    "Greek": "Ο πρωθυπουργός ανακοίνωσε σήμερα νέα οικονομικά μέτρα στην Αθήνα.",
    "German": "Der Präsident kündigte heute in Berlin neue wirtschaftliche Maßnahmen an, sagte Müller.",
    "French": "Le président a annoncé aujourd’hui à Paris de nouvelles mesures économiques.",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lines", type=int, default=300)
    args = ap.parse_args()
    repair("预热")  # load the tables once
    for name, sentence in SAMPLES.items():
        text = (sentence + "\n") * args.lines
        start = time.perf_counter()
        out = repair(text)
        elapsed = time.perf_counter() - start
        mb = len(text.encode("utf-8")) / 1e6
        print(f"{name:24} {mb / elapsed:8.2f} MB/s  unchanged: {out == text}")


if __name__ == "__main__":
    main()

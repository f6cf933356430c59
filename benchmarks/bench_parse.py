"""Throughput of zhnews.news.parse on a typical ~3 KB article (prints numbers, asserts nothing).

Usage: ``python benchmarks/bench_parse.py [repeats]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from zhnews.news.article import parse
from zhnews.news.lines import label_lines

PARA = (
    "　　记者从市交通部门获悉，今年以来全市公共交通客运量稳步回升，地铁日均客运量比去年同期增长一成多，"
    "公交线路也根据市民出行需求进行了优化调整，新开通的社区巴士受到沿线居民欢迎。"
)
ARTICLE = "\n".join(
    [
        "首页 > 新闻 > 正文",
        "全市公共交通客运量稳步回升",
        "2021年05月12日09:30  来源：示例日报",
        "分享到：",
    ]
    + [PARA] * 12
    + ["(责编：赵小红、钱多多)", "相关新闻", "本市新增三处口袋公园", "返回顶部", "示例日报版权所有"]
)


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    size = len(ARTICLE.encode("utf-8"))
    parse(ARTICLE)  # warm caches (rule packs, tables, repair layers)
    for name, fn in (
        ("parse (with repair layers)", lambda: parse(ARTICLE)),
        ("parse (repair=False)", lambda: parse(ARTICLE, repair=False)),
        ("label_lines", lambda: label_lines(ARTICLE)),
    ):
        t = time.perf_counter()
        for _ in range(repeats):
            fn()
        dt = (time.perf_counter() - t) / repeats
        print(
            f"{name:28} {dt * 1e3:7.3f} ms per {size / 1024:.1f} KB article  ({size / dt / 1e6:6.2f} MB/s)"
        )


if __name__ == "__main__":
    main()

"""Throughput of zhnews.news.parse on a typical ~3 KB article (prints numbers, asserts nothing).

Usage: ``python benchmarks/bench_parse.py [repeats]``.

The first rows parse one article over and over (short lines such as credits and chrome
are remembered between calls, as they are when a crawl repeats a site's page furniture);
the "distinct" rows parse articles that differ in title, date, credits and body order, so
that only the page furniture repeats.
"""

from __future__ import annotations

import random
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


WORDS = "城市交通公园学校医院企业农业科技文化体育环境能源市场社区居民服务建设发展改革"


def distinct_articles(n: int, seed: int = 5) -> list[str]:
    """``n`` articles shaped like ARTICLE, each with its own title, date, credits and body."""
    rng = random.Random(seed)
    sentences = [s + "。" for s in PARA.strip("\u3000").rstrip("。").split("，")]
    out = []
    for i in range(n):
        title = "".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16)))
        body = [
            "\u3000\u3000" + "，".join(rng.sample(sentences, len(sentences))).replace("。，", "，")
            for _ in range(12)
        ]
        date = f"{2000 + i % 24}年{1 + i % 12:02d}月{1 + i % 28:02d}日{i % 24:02d}:{i % 60:02d}"
        editor = rng.choice(WORDS) + rng.choice(WORDS)
        lines = [
            "首页 > 新闻 > 正文",
            title,
            f"{date}  来源：示例日报",
            "分享到：",
            *body,
            f"(责编：{editor})",
            "相关新闻",
            title[::-1],
            "返回顶部",
            "示例日报版权所有",
        ]
        out.append("\n".join(lines))
    return out


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
    for seed, (name, fn2) in enumerate(
        (
            ("distinct: parse (repair)", parse),
            ("distinct: parse (no repair)", lambda d: parse(d, repair=False)),
            ("distinct: label_lines", label_lines),
        )
    ):
        # each row gets articles of its own: per-line caches warmed by one row must not
        # speed up the next
        docs = distinct_articles(repeats, seed=5 + seed)
        size = sum(len(d.encode("utf-8")) for d in docs) / len(docs)
        t = time.perf_counter()
        for d in docs:
            fn2(d)
        dt = (time.perf_counter() - t) / len(docs)
        print(
            f"{name:28} {dt * 1e3:7.3f} ms per {size / 1024:.1f} KB article  ({size / dt / 1e6:6.2f} MB/s)"
        )


if __name__ == "__main__":
    main()

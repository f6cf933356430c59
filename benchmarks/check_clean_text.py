"""Count changes that the repair steps make to clean text (the number must be zero).

Clean strings are built at run time (nothing is copied into the repo): every line of the
development corpus pages that are not pinyin-annotated, in their own script and converted
with the reference OpenCC (s2t / t2s); sentences made of random jieba dictionary words; a
small hand-written set of Japanese, Korean, Latin, emoji and pinyin strings; Babel's CLDR
names (territories, languages, months... in every locale and script) when Babel is
installed, and their non-ASCII words glued to hanzi (``来自Пакистан``); with
``--word-lines`` every jieba word as a short line; with ``--faker`` Faker's ja/ko/zh text;
and with ``--debian DIR`` real Japanese, Korean and Chinese text from Debian's documentation
packages (see ``debian_text.py``). Each string goes through ``repair``, ``strip_pinyin`` and
the conversion to its own script (``to_simplified`` on simplified text, ``to_traditional`` on
traditional text), which must all return it unchanged.

Run: ``python benchmarks/check_clean_text.py [corpus_dir] [--words N]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import zhnews

HANDWRITTEN = [
    "今日は東京で会議があります。",
    "私はコーヒーが好きです、でも紅茶も飲みます。",
    "日本語の文章には漢字と平仮名と片仮名が混ざっている。",
    "東京都知事は記者会見で新しい政策を発表した。",
    "한국어 문장은 띄어쓰기를 합니다.",
    "서울특별시는 대한민국의 수도이다.",
    "大韓民國 憲法 第一條",
    "Ça va très bien, merci à vous.",
    "São Paulo é a maior cidade do Brasil.",
    "Müller äußerte sich über die Größe.",
    "Zhōngguó rénmín yínháng fābù le xīn zhèngcè.",
    "请(qǐng)坐(zuò)下来喝茶",
    "北京(Běijīng)是中国的首都。",
    "价格上涨了 3.5%，约合 €12 或 $15，∑x² ≤ 100。",
    "今天天气很好😀👍🏽，大家一起去公园吧！👨‍👩‍👧",
    "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？",
    "天地玄黃，宇宙洪荒。日月盈昃，辰宿列張。",
    "（記者 張三）台北報導",
    "《人民日报》（2020年07月03日 05 版）",
    "Ã é uma letra do alfabeto português? Não, mas Ã aparece em alguns nomes.",
]


def corpus_strings(folder: Path) -> list[tuple[str, str]]:
    from opencc import OpenCC

    s2t, t2s = OpenCC("s2t"), OpenCC("t2s")
    out: list[tuple[str, str]] = []
    for meta in sorted(folder.glob("*.json")):
        info = json.loads(meta.read_text(encoding="utf-8"))
        if info.get("pinyin_annotated"):
            continue
        text = meta.with_suffix(".txt").read_text(encoding="utf-8")
        script = info.get("script", "simplified")
        for line in text.split("\n"):
            if not line.strip():
                continue
            if script == "simplified":
                out.append(("simplified", line))
                out.append(("traditional", s2t.convert(line)))
            elif script == "traditional":
                out.append(("traditional", line))
                out.append(("simplified", t2s.convert(line)))
            else:
                out.append(("mixed", line))
    return out


def word_sentences(n: int, seed: int = 7) -> list[tuple[str, str]]:
    import jieba

    from zhnews.chardata import gb2312_level1

    simplified = gb2312_level1()  # jieba's dictionary also lists traditional words
    words = []
    for line in (Path(os.path.dirname(jieba.__file__)) / "dict.txt").open(encoding="utf-8"):
        w, freq, *_ = line.split(" ")
        if int(freq) >= 200 and all(c in simplified for c in w):
            words.append(w)
    rng = random.Random(seed)
    punct = ["，", "。", "、", "：", "；", "！", "？", ""]
    return [
        (
            "simplified",
            "".join(rng.choice(words) + rng.choice(punct) for _ in range(rng.randint(2, 12))),
        )
        for _ in range(n)
    ]


def word_lines(min_freq: int = 3) -> list[tuple[str, str]]:
    """Every jieba dictionary word of two characters or more (frequency >= ``min_freq``) as
    a short line of its own, in both scripts, alone and as chrome writes it (``X (0)``,
    ``+ X``): the shape of line that GBK/Big5 swaps are judged on whole."""
    import jieba

    from zhnews import to_traditional

    out: set[tuple[str, str]] = set()
    for line in (Path(os.path.dirname(jieba.__file__)) / "dict.txt").open(encoding="utf-8"):
        w, freq, *_ = line.split(" ")
        if len(w) < 2 or int(freq) < min_freq:
            continue
        # (jieba lists words of both scripts: the word as listed has no script label, so
        # the conversion check leaves it alone; its Taiwan form is traditional)
        for script, x in (("other", w), ("traditional", to_traditional(w, variant="s2tw"))):
            out.update((script, y) for y in (x, f"{x} (0)", f"+ {x}"))
    return sorted(out)


def cldr_strings() -> list[tuple[str, str]]:
    """Names of territories, languages, scripts, currencies, months and days in every CLDR
    locale (Babel's data: Latin with every accent, Cyrillic, Greek, Arabic, Indic, Japanese,
    Korean, both Chinese scripts). Empty when Babel is not installed."""
    try:
        from babel import Locale, localedata
    except ImportError:
        return []
    out: set[str] = set()
    for lid in localedata.locale_identifiers():
        if "_" in lid and not lid.startswith("zh_"):
            continue
        try:
            loc = Locale.parse(lid)
        except Exception:  # a locale Babel cannot load is skipped
            continue
        for names in (loc.territories, loc.languages, loc.scripts, loc.currencies):
            out.update(v for v in names.values() if isinstance(v, str))
        for table in (loc.months, loc.days):
            for ctx in table.values():
                for width in ctx.values():
                    out.update(width.values())
    return [("other", s) for s in sorted(out)]


def glued_words(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every non-ASCII word of the CLDR names (Latin with accents, Cyrillic, Greek) glued
    to hanzi with no space, as Chinese text quotes foreign names (``来自Пакистан``,
    ``据Müller报道``): a code-page misreading must not take two of its letters for a
    hanzi that makes a word with its neighbour."""
    import re

    word = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff'\-]+")
    words = sorted(
        {w for _, s in names for w in s.split() if not w.isascii() and word.fullmatch(w)}
    )
    return [("other", t.format(w)) for w in words for t in ("据{}报道", "{}公司", "来自{}")]


def faker_strings(n: int = 2000, seed: int = 4) -> list[tuple[str, str]]:
    """Generated sentences, addresses, names and company names from Faker's ja_JP, ko_KR,
    zh_TW and zh_CN providers. Empty when Faker is not installed (it is not a dependency:
    ``pip install faker`` to run this part)."""
    try:
        from faker import Faker
    except ImportError:
        return []
    out: list[tuple[str, str]] = []
    for loc in ("ja_JP", "ko_KR", "zh_TW", "zh_CN"):
        fake = Faker(loc)
        fake.seed_instance(seed)
        for _ in range(n):
            for s in (fake.text(120), fake.address(), fake.name(), fake.company()):
                out += [("other", line) for line in s.split("\n") if line.strip()]
    return out


def debian_strings(folder: Path) -> list[tuple[str, str]]:
    """The strings of ``debian_text.py`` (manual pages, help pages and interface strings in
    Japanese, Korean and both Chinese scripts). Labelled "other": UI text mixes the scripts
    (``正體=繁体``), so only repair and strip_pinyin are held to them."""
    out: list[tuple[str, str]] = []
    for f in sorted(folder.glob("*.json")):
        out += [("other", s) for s in json.loads(f.read_text(encoding="utf-8"))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "corpus",
        nargs="?",
        default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"),
    )
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--no-cldr", action="store_true", help="skip Babel's CLDR names")
    ap.add_argument(
        "--faker", action="store_true", help="add Faker's ja/ko/zh text (needs faker installed)"
    )
    ap.add_argument(
        "--debian",
        metavar="DIR",
        help="add the Japanese, Korean and Chinese strings that debian_text.py wrote to DIR",
    )
    ap.add_argument("--only", help="run only this check (repair, strip_pinyin, to_own_script)")
    ap.add_argument(
        "--word-lines",
        action="store_true",
        help="add every jieba word as a short line (about 1.4 million strings; slow)",
    )
    args = ap.parse_args()
    strings = [("other", s) for s in HANDWRITTEN]
    if Path(args.corpus).is_dir():
        strings += corpus_strings(Path(args.corpus))
    strings += word_sentences(args.words)
    if not args.no_cldr:
        names = cldr_strings()
        strings += names + glued_words(names)
    if args.word_lines:
        strings += word_lines()
    if args.faker:
        strings += faker_strings()
    if args.debian:
        strings += debian_strings(Path(args.debian))
    checks = {
        "repair": lambda script, s: zhnews.repair(s),
        "strip_pinyin": lambda script, s: zhnews.strip_pinyin(s),
        "to_own_script": lambda script, s: (
            zhnews.to_simplified(s)
            if script == "simplified"
            else zhnews.to_traditional(s)
            if script == "traditional"
            else s
        ),
    }
    print(f"{len(strings)} clean strings")
    for name, fn in checks.items():
        if args.only and name != args.only:
            continue
        t0 = time.perf_counter()
        changed = [(script, s, out) for script, s in strings if (out := fn(script, s)) != s]
        dt = time.perf_counter() - t0
        print(f"{name:15s} changed {len(changed):5d} of {len(strings)}  ({dt:.1f}s)")
        for script, s, out in changed[:12]:
            print(f"    [{script}] {s[:60]!r}\n      -> {out[:60]!r}")


if __name__ == "__main__":
    main()

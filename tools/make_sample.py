"""Build ``src/zhnews/data/sample.txt``, the bundled demo page (development time only).

The article is written for zhnews (fictional, not taken from any site). The script runs
it through the damage that real pages show: a one-to-one simplified->traditional table,
GBK bytes with ``(pinyin)`` inserted after every byte-level occurrence of a per-page key
list (the mirror mechanism in shared/notes/pinyin-mirrors.md), a PHP-style GBK decode,
full-width punctuation narrowed to ASCII; then one clause is broken as UTF-8 read as GBK
and the editor line as GBK read as cp1252.

Run: ``python tools/make_sample.py`` (needs opencc-python-reimplemented).
"""

from __future__ import annotations

from pathlib import Path

from opencc import OpenCC

OUT = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "data" / "sample.txt"

ARTICLE = """人民网
人民网>>科技

国产新能源汽车出口持续增长 企业加快布局海外市场

记者　王明　李华
2024年03月15日08:30 | 来源：人民网-人民日报
小字号

　　本报上海3月14日电　今年前两个月，我国新能源汽车出口量同比增长超过三成，多家整车企业加快在东南亚、欧洲等地建设销售和服务网络。

　　业内人士表示，电池技术进步和产业链完整是出口增长的重要原因。与此同时，海外市场对充电设施、售后服务的要求也在提高，企业需要在当地培养专业人才。

　　专家认为，未来应当进一步完善标准体系，加强国际合作，推动产业高质量发展。

《 人民日报 》（ 2024年03月15日 06 版）
（责编：张伟、刘洋）

分享让更多人看到

返回顶部"""

# characters of the page's key list and the default reading the mirror inserts
KEYS = {
    "網": "wǎng",
    "報": "bào",
    "業": "yè",
    "術": "shù",
    "這": "zhè",
    "體": "tǐ",
    "務": "wù",
    "請": "qǐng",
}
MOJIBAKE_CLAUSE = "产业链完整是出口增长"
EDITOR_LINE = "（责编：张伟、刘洋）"


def php_gbk_decode(data: bytes) -> str:
    """Decode like PHP mbstring: a lead byte with an invalid trail becomes one '?' for both."""
    out: list[str] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        pair = data[i : i + 2]
        try:
            out.append(pair.decode("gbk"))
        except UnicodeDecodeError:
            out.append("?")
        i += 2
    return "".join(out)


def cp1252_or_c1(b: int) -> str:
    """Read one byte as cp1252, keeping its five undefined bytes as C1 controls."""
    try:
        return bytes((b,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def mirror(simplified: str) -> str:
    trad = "".join(OpenCC("s2t").convert(c) for c in simplified)  # one-to-one table
    raw = trad.encode("gbk")
    inserts: dict[int, bytes] = {}
    for ch, py in KEYS.items():
        key = ch.encode("gbk")
        start = raw.find(key)
        while start != -1:
            inserts[start + 2] = inserts.get(start + 2, b"") + f"({py})".encode("gbk")
            start = raw.find(key, start + 1)
    pieces = []
    for i in range(len(raw) + 1):
        if i in inserts:
            pieces.append(inserts[i])
        if i < len(raw):
            pieces.append(raw[i : i + 1])
    text = php_gbk_decode(b"".join(pieces))
    return text.translate(
        str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "\u3000": " "})
    )


def main() -> None:
    page = mirror(ARTICLE)
    clause = "".join(OpenCC("s2t").convert(c) for c in MOJIBAKE_CLAUSE)
    broken = clause.encode("utf-8").decode("gbk")  # this clause survives losslessly
    marked = mirror(MOJIBAKE_CLAUSE)
    assert marked in page, marked
    page = page.replace(marked, broken, 1)
    editor = mirror(EDITOR_LINE)
    editor_gbk = "".join(OpenCC("s2t").convert(c) for c in EDITOR_LINE).translate(
        str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")"})
    )
    as_cp1252 = "".join(cp1252_or_c1(b) for b in editor_gbk.encode("gbk"))
    page = page.replace(editor, as_cp1252, 1)
    OUT.write_text(page + "\n", encoding="utf-8")
    print(page)


if __name__ == "__main__":
    main()

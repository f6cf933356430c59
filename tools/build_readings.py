"""Build ``src/zhnews/data/readings.tsv.gz``, the character -> pinyin table (development time only).

Used by ``zhnews.script.pinyin`` to recognise readings inserted by pinyin-annotating mirror
sites and to constrain the byte-level repair of the spans they damaged.

Sources:

* readings: ``pypinyin`` 0.55 (MIT licence, https://github.com/mozillazg/python-pinyin),
  its ``PINYIN_DICT`` (derived from the Unicode Unihan ``kHanyuPinyin``/``kMandarin``
  fields); the first reading is pypinyin's default reading, which is the one the mirror
  sites insert;
* script flags: the OpenCC character tables (Apache-2.0, via opencc-python-reimplemented):
  ``T`` when ``t2s`` changes the character (traditional-only), ``S`` when ``s2t`` changes
  it (simplified-only).

Only characters with a two-byte GBK (cp936) code are kept, because the mirror mechanism
works on GBK bytes. Row format: ``char<TAB>reading,reading,...<TAB>flags<TAB>simplified``
(the last field, OpenCC's ``t2s`` form of a traditional-only character, lets the repair score
candidates with the character model in one script).

Run: ``python tools/build_readings.py`` (needs ``pip install pypinyin opencc-python-reimplemented``).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pypinyin
from opencc import OpenCC
from pypinyin.constants import PINYIN_DICT

OUT = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "data" / "readings.tsv.gz"


def gbk_chars() -> list[str]:
    out: list[str] = []
    for lead in range(0x81, 0xFF):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
            try:
                c = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                out.append(c)
    return out


def main() -> None:
    t2s = OpenCC("t2s")
    s2t = OpenCC("s2t")
    rows: list[str] = []
    for c in gbk_chars():
        entry = PINYIN_DICT.get(ord(c))
        if not entry:
            continue
        readings = [r.strip() for r in entry.split(",") if r.strip()]
        flags = ""
        simplified = t2s.convert(c)
        if simplified != c:
            flags += "T"
        if s2t.convert(c) != c:
            flags += "S"
        simple = simplified if simplified != c and len(simplified) == 1 else ""
        rows.append(f"{c}\t{','.join(readings)}\t{flags}\t{simple}")
    header = (
        "# zhnews readings table: char<TAB>readings (default first)<TAB>flags (T traditional-only, "
        "S simplified-only)<TAB>t2s form\n"
        f"# readings from pypinyin {pypinyin.__version__} PINYIN_DICT (MIT); flags from OpenCC "
        "t2s/s2t character tables (Apache-2.0); GBK two-byte characters only\n"
        "# built by tools/build_readings.py\n"
    )
    data = (header + "\n".join(rows) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(rows)} characters, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()

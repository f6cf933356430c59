"""Collect real Japanese, Korean and Chinese strings from Debian's documentation packages.

Clean text that no one wrote for the tests: Japanese manual pages (``manpages-ja``), Chinese
ones (``manpages-zh``), LibreOffice's help pages and Firefox's interface strings in
Japanese, Korean and both Chinese scripts. The packages are fetched with ``apt-get
download`` (a Debian or Ubuntu machine with its package lists) and unpacked with
``dpkg-deb``; each language's distinct lines (2-400 characters, with a kana, hangul or hanzi)
are written to ``OUT/<lang>.json`` for ``check_clean_text.py --debian OUT``. Nothing is
stored in the repository.

    python benchmarks/debian_text.py /tmp/debian-text
"""

from __future__ import annotations

import argparse
import glob
import gzip
import html
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

#: language -> (packages, LibreOffice help folder, man page folder, Firefox language pack)
LANGUAGES = {
    "ja": (["manpages-ja", "libreoffice-help-ja", "firefox-esr-l10n-ja"], "ja", "ja", "ja"),
    "ko": (["libreoffice-help-ko", "firefox-esr-l10n-ko"], "ko", None, "ko"),
    "zh-cn": (
        ["manpages-zh", "libreoffice-help-zh-cn", "firefox-esr-l10n-zh-cn"],
        "zh-CN",
        "zh_CN",
        "zh-CN",
    ),
    "zh-tw": (["libreoffice-help-zh-tw", "firefox-esr-l10n-zh-tw"], "zh-TW", "zh_TW", "zh-TW"),
}
_WANTED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"</?(?:p|h\d|td|li|div|br|title|span class=\"[^\"]*\")[^>]*>")
_ROFF_ESCAPE = re.compile(r"\\f[BIRP]|\\-|\\\(..|\\[&e]")


def _help_lines(root: Path, folder: str) -> list[str]:
    out: list[str] = []
    for f in glob.glob(
        str(root / f"usr/share/libreoffice/help/{folder}/**/*.html"), recursive=True
    ):
        t = Path(f).read_text(encoding="utf-8", errors="replace")
        t = re.sub(r"(?s)<script.*?</script>|<style.*?</style>", " ", t)
        out += [html.unescape(_TAG.sub("", p)).replace("\n", " ") for p in _BLOCK.split(t)]
    return out


def _man_lines(root: Path, folder: str) -> list[str]:
    out: list[str] = []
    for f in glob.glob(str(root / f"usr/share/man/{folder}/**/*.gz"), recursive=True):
        try:
            with gzip.open(f) as fh:
                t = fh.read().decode("utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # (a few pages are still in EUC-JP or GB2312)
        for line in t.split("\n"):
            if line.startswith((".", "'")):
                line = re.sub(r"^\.[A-Za-z]+\s*", "", line)
            out.append(_ROFF_ESCAPE.sub("", line))
    return out


def _firefox_lines(root: Path, lang: str) -> list[str]:
    out: list[str] = []
    for xpi in glob.glob(str(root / f"usr/lib/firefox-esr/browser/extensions/langpack-{lang}@*")):
        with zipfile.ZipFile(xpi) as z:
            for name in z.namelist():
                if name.endswith((".ftl", ".properties", ".dtd")):
                    for line in z.read(name).decode("utf-8", "replace").split("\n"):
                        out.append(line.split("=", 1)[1] if "=" in line else line)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", help="folder for the packages and the <lang>.json files")
    args = ap.parse_args()
    out = Path(args.out)
    debs, root = out / "debs", out / "root"
    debs.mkdir(parents=True, exist_ok=True)
    for lang, (packages, help_dir, man_dir, fx) in LANGUAGES.items():
        subprocess.run(["apt-get", "download", *packages], cwd=debs, check=True)
        for package in packages:
            for deb in debs.glob(f"{package}_*.deb"):
                subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        lines = _help_lines(root, help_dir) + _firefox_lines(root, fx)
        if man_dir:
            lines += _man_lines(root, man_dir)
        kept = sorted({s for x in lines if 2 <= len(s := x.strip()) <= 400 and _WANTED.search(s)})
        (out / f"{lang}.json").write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        print(f"{lang}: {len(kept)} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
